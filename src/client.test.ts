// The client's runtime behaviour, with a plain handler injected as `fetch`: every request it
// receives is recorded, so each test can say exactly how many POSTs went out.
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import { briefError, briefJsonSimAccount, briefSuccess, withListener } from '../contract-tests/fixtures/brief.js';
import { jsonSim } from './builders.js';
import {
  type ConnectClientOptions,
  type ContractWarning,
  type CreateConfigurationResult,
  createConnectClient,
  type RetryNotice,
} from './client.js';
import {
  ConnectAbortError,
  ConnectClientError,
  ConnectContractError,
  ConnectInputError,
  ConnectNetworkError,
  ConnectTimeoutError,
  ConsentRequiredError,
} from './errors.js';
import type { ConnectConfiguration } from './types.js';
import type { ConfigurationWarning } from './validate.js';
import { VERSION } from './version.js';

const BASE_URL = 'https://demo.docusign.net/restapi';
const ACCOUNT_ID = '1234567';
const TOKEN = 'test-token-123';
const CONNECT_URL = `${BASE_URL}/v2.1/accounts/${ACCOUNT_ID}/connect`;
const LISTENER = 'https://hooks.example.com/docusign/connect';

const JSON_SIM: ConnectConfiguration = withListener(briefJsonSimAccount, LISTENER);
const SUCCESS = briefSuccess;
const ERROR = briefError;

/** Answers one request; a new Response each time, since a body can be read only once. */
type Answer = (request: Request) => Response | Promise<Response>;

/** A JSON response. */
function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A response with a non-JSON body. */
function html(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html', ...headers } });
}

const created: Answer = () => json(201, SUCCESS);
const rateLimited: Answer = () => json(429, { success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests' } }, { 'Retry-After': '0' });

/** A fetch that never answers: it rejects only when the request's signal aborts. */
const hang: Answer = (request) =>
  new Promise<Response>((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

/** A fetch failure the way undici reports one: a TypeError whose cause carries the system code. */
function networkFailure(code: string, message = `connect ${code} 203.0.113.7:443`): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
}
const fails = (error: unknown): Answer => () => Promise.reject(error);

/**
 * A recording fetch: the n-th request gets the n-th answer (the last one repeats). `bodies`
 * holds the text of each request body, read from a clone.
 */
function recorder(...answers: Answer[]) {
  const requests: Request[] = [];
  const bodies: string[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    // The Request the global fetch would build from the client's call, as it went out.
    const request = new Request(url, init);
    requests.push(request.clone());
    const answer = answers[Math.min(requests.length, answers.length) - 1];
    bodies.push(await request.clone().text());
    if (answer === undefined) throw new Error('the test gave no answer');
    return answer(request);
  };
  return { fetch, requests, bodies };
}

/**
 * A client on BASE_URL with TOKEN and tiny retry delays; overrides win. These tests are about the
 * envelope wire, which a DocuSign host gets only when asked for (wire-docusign.test.ts has the other).
 */
function clientWith(fetch: (url: string, init: RequestInit) => Promise<Response>, overrides: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({ baseUrl: BASE_URL, accessToken: TOKEN, wire: 'envelope', fetch, retry: { baseDelayMs: 1 }, ...overrides });
}

/** Asserts that the promise rejects with an instance of `type`, and returns the error. */
async function rejection<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  await expect(promise).rejects.toBeInstanceOf(type);
  return promise.then(
    () => {
      throw new Error('unreachable: the promise resolved');
    },
    (error: unknown) => error as E,
  );
}

/** Asserts that `run` throws synchronously, and returns what it threw. */
function thrownBy(run: () => unknown): unknown {
  let threw = false;
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    threw = true;
    thrown = error;
  }
  expect(threw, 'expected a synchronous throw').toBe(true);
  return thrown;
}

/** Every place a secret could show up on an error. */
function renderings(error: ConnectClientError): Record<string, string> {
  return {
    message: error.message,
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10 }),
    stack: String(error.stack),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('results', () => {
  test('resolves a 201 success envelope to a created result', async () => {
    const { fetch } = recorder(created);
    const result = await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toStrictEqual({
      success: true,
      data: { id: 'abc123', created_at: '2025-01-01T00:00:00Z' },
      status: 201,
      headers: expect.any(Headers),
      retryAfter: undefined,
      attempts: 1,
      outcome: 'created',
    });
    expect(result.headers.get('content-type')).toBe('application/json');
  });

  test.each([
    { status: 400, headers: {}, outcome: 'rejected', retryAfter: undefined },
    { status: 401, headers: {}, outcome: 'rejected', retryAfter: undefined },
    { status: 403, headers: {}, outcome: 'rejected', retryAfter: undefined },
    { status: 404, headers: {}, outcome: 'rejected', retryAfter: undefined },
    { status: 429, headers: { 'Retry-After': '7' }, outcome: 'rejected', retryAfter: 7 },
    { status: 500, headers: {}, outcome: 'unknown', retryAfter: undefined },
    { status: 503, headers: { 'Retry-After': '5' }, outcome: 'rejected', retryAfter: 5 },
    { status: 503, headers: {}, outcome: 'unknown', retryAfter: undefined },
  ])('resolves a $status error envelope with $headers to a failure with outcome $outcome', async ({ status, headers, outcome, retryAfter }) => {
    const { fetch, requests } = recorder(() => json(status, ERROR, headers));
    const result = await clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toStrictEqual({
      success: false,
      error: { code: 'VALIDATION_ERROR', message: 'Invalid request parameters' },
      status,
      headers: expect.any(Headers),
      retryAfter,
      attempts: 1,
      outcome,
    });
    expect(requests).toHaveLength(1);
  });

  test('reads a retry-after http-date as seconds from now', async () => {
    const date = new Date(Date.now() + 120_000).toUTCString();
    const { fetch } = recorder(() => json(503, ERROR, { 'Retry-After': date }));
    const result = await clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.outcome).toBe('rejected');
    expect(result.retryAfter).toBeGreaterThanOrEqual(118);
    expect(result.retryAfter).toBeLessThanOrEqual(120);
  });

  test('ignores an unreadable retry-after', async () => {
    const { fetch } = recorder(() => json(503, ERROR, { 'Retry-After': 'soon' }));
    const result = await clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.retryAfter).toBeUndefined();
    expect(result.outcome).toBe('unknown');
  });

  test('types the result as a union narrowed by success', async () => {
    const { fetch } = recorder(created);
    const result = await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expectTypeOf(result).toEqualTypeOf<CreateConfigurationResult>();
    if (result.success) {
      expectTypeOf(result.data.id).toEqualTypeOf<string>();
      expectTypeOf(result.outcome).toEqualTypeOf<'created'>();
    } else {
      expectTypeOf(result.error.code).toEqualTypeOf<string>();
      expectTypeOf(result.outcome).toEqualTypeOf<'rejected' | 'unknown'>();
    }
    expect(result.success).toBe(true);
  });
});

describe('the request on the wire', () => {
  test.each([
    { baseUrl: 'https://demo.docusign.net/restapi', url: `https://demo.docusign.net/restapi/v2.1/accounts/${ACCOUNT_ID}/connect` },
    { baseUrl: 'https://demo.docusign.net/restapi/', url: `https://demo.docusign.net/restapi/v2.1/accounts/${ACCOUNT_ID}/connect` },
    { baseUrl: 'https://demo.docusign.net', url: `https://demo.docusign.net/v2.1/accounts/${ACCOUNT_ID}/connect` },
    { baseUrl: 'https://demo.docusign.net/', url: `https://demo.docusign.net/v2.1/accounts/${ACCOUNT_ID}/connect` },
  ])('sends exactly one post to the connect path under baseUrl $baseUrl', async ({ baseUrl, url }) => {
    const { fetch, requests } = recorder(created);
    await clientWith(fetch, { baseUrl }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe(url);
  });

  test('sends bearer auth, json content type and accept, and the client user-agent', async () => {
    const { fetch, requests } = recorder(created);
    await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests[0]?.url).toBe(CONNECT_URL);
    const headers = requests[0]?.headers;
    expect(headers?.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('accept')).toBe('application/json');
    expect(headers?.get('user-agent')).toBe(`docusign-connect-client/${VERSION}`);
  });

  test('puts the caller user-agent in front of the client one', async () => {
    const { fetch, requests } = recorder(created);
    await clientWith(fetch, { userAgent: 'acme-contracts/2.4' }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests[0]?.headers.get('user-agent')).toBe(`acme-contracts/2.4 docusign-connect-client/${VERSION}`);
  });

  test('sends the configuration as exactly its json', async () => {
    const configuration = jsonSim({ name: 'Built', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] });
    const { fetch, bodies } = recorder(created);
    await clientWith(fetch).createConfiguration(ACCOUNT_ID, configuration);
    expect(bodies).toEqual([JSON.stringify(configuration)]);
    expect(JSON.parse(bodies[0] ?? '')).toEqual(configuration);
  });

  test('does not let fetch follow redirects', async () => {
    const { fetch, requests } = recorder(created);
    await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests[0]?.redirect).toBe('manual');
  });

  test('calls fetch as the global fetch is called: the URL, then an init with the JSON text as body and a signal', async () => {
    const calls: Array<{ url: unknown; init: RequestInit | undefined }> = [];
    const fetch = async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return created(new Request(url, init));
    };
    await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(CONNECT_URL);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe(JSON.stringify(JSON_SIM));
    expect(calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.init?.redirect).toBe('manual');
  });

  test('sends the headers a caller middleware set', async () => {
    const { fetch, requests } = recorder(created);
    const middleware = [{ onRequest: ({ request }: { request: Request }) => (request.headers.set('X-Trace-Id', 'trace-1'), request) }];
    await clientWith(fetch, { middleware }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests[0]?.headers.get('x-trace-id')).toBe('trace-1');
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('sends the body of a Request a caller middleware put in place of the built one', async () => {
    const { fetch, bodies, requests } = recorder(created);
    const replaced = JSON.stringify({ ...JSON_SIM, name: 'Renamed by middleware' });
    const middleware = [{ onRequest: ({ request }: { request: Request }) => new Request(request.url, { method: 'POST', headers: request.headers, body: replaced }) }];
    await clientWith(fetch, { middleware }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(bodies).toEqual([replaced]);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });
});

describe('the access token', () => {
  test.each([
    { kind: 'a string', accessToken: 'tok-plain' },
    { kind: 'a sync function', accessToken: () => 'tok-plain' },
    { kind: 'an async function', accessToken: async () => 'tok-plain' },
  ])('accepts the token as $kind', async ({ accessToken }) => {
    const { fetch, requests } = recorder(created);
    const result = await clientWith(fetch, { accessToken }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.success).toBe(true);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer tok-plain']);
  });

  test('passes on a typed error of a token function (a JWT Grant without consent) as it is, and sends nothing', async () => {
    const refusal = new ConsentRequiredError('consent is missing', { code: 'consent_required', consentUrl: 'https://account-d.docusign.com/oauth/auth?x=1' });
    const { fetch, requests } = recorder(created);
    const call = clientWith(fetch, { accessToken: async () => Promise.reject(refusal) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    await expect(call).rejects.toBe(refusal);
    expect(requests).toHaveLength(0);
  });

  test('calls a token function once per request, so again for a retry', async () => {
    let calls = 0;
    const accessToken = async () => `tok-${++calls}`;
    const { fetch, requests } = recorder(rateLimited, created);
    const result = await clientWith(fetch, { accessToken }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.attempts).toBe(2);
    expect(calls).toBe(2);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  test.each([
    { kind: 'a throwing function', accessToken: () => { throw new Error('token refresh failed'); }, hasCause: true },
    { kind: 'a rejecting async function', accessToken: () => Promise.reject(new Error('token refresh failed')), hasCause: true },
    { kind: 'a function returning an empty token', accessToken: () => '', hasCause: false },
    { kind: 'a function returning a blank token', accessToken: async () => '   ', hasCause: false },
    { kind: 'a string starting with Bearer', accessToken: 'Bearer tok-SECRET-9', hasCause: false },
    { kind: 'a function returning a token starting with bearer', accessToken: () => 'bearer tok-SECRET-9', hasCause: false },
    { kind: 'a function returning a token with a line break', accessToken: () => 'tok-SECRET-9\r\nX-Injected: 1', hasCause: false },
  ])('refuses $kind before sending anything', async ({ accessToken, hasCause }) => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch, { accessToken }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectInputError);
    expect(error.kind).toBe('invalid-input');
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(0);
    expect(error.problems).toEqual([expect.objectContaining({ location: 'options', pointer: '/accessToken' })]);
    expect(error.cause !== undefined).toBe(hasCause);
    expect(requests).toHaveLength(0);
    for (const [where, text] of Object.entries(renderings(error))) {
      expect(text, where).not.toContain('tok-SECRET-9');
    }
  });
});

describe('pre-flight validation', () => {
  const base = { name: 'Invalid', urlToPublishTo: LISTENER, allowEnvelopePublish: 'true', enableLog: 'true' };
  test.each([
    {
      kind: 'a JSON SIM event name in an XML aggregate configuration',
      configuration: { ...base, configurationType: 'custom', deliveryMode: 'aggregate', allUsers: 'true', envelopeEvents: ['sent'] },
      pointer: '/envelopeEvents/0',
    },
    {
      kind: 'allUsers "false" without userIds',
      configuration: { ...JSON_SIM, allUsers: 'false' },
      pointer: '/userIds',
    },
    {
      kind: 'an http:// listener',
      configuration: { ...JSON_SIM, urlToPublishTo: 'http://hooks.example.com/docusign/connect' },
      pointer: '/urlToPublishTo',
    },
    {
      kind: 'a misspelled allUser',
      configuration: { ...JSON_SIM, allUsers: undefined, allUser: 'true' },
      pointer: '/allUser',
    },
  ])('refuses $kind without calling fetch', async ({ configuration, pointer }) => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, configuration as unknown as ConnectConfiguration), ConnectInputError);
    expect(error.outcome).toBe('not-sent');
    expect(error.problems).toContainEqual(expect.objectContaining({ location: 'body', pointer }));
    expect(error.message).toContain('Nothing was sent');
    expect(requests).toHaveLength(0);
  });

  test('reports account id and body problems together', async () => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(
      clientWith(fetch).createConfiguration('..', { ...JSON_SIM, urlToPublishTo: 'http://hooks.example.com/x' }),
      ConnectInputError,
    );
    expect(error.problems.map((problem) => [problem.location, problem.pointer])).toEqual([
      ['path', '/accountId'],
      ['body', '/urlToPublishTo'],
    ]);
    expect(requests).toHaveLength(0);
  });

  test('sends an invalid configuration unchecked when validate is off', async () => {
    const invalid = { ...JSON_SIM, envelopeEvents: ['sent'] } as unknown as ConnectConfiguration;
    const { fetch, requests, bodies } = recorder(created);
    const result = await clientWith(fetch, { validate: 'off' }).createConfiguration(ACCOUNT_ID, invalid);
    expect(result.success).toBe(true);
    expect(requests).toHaveLength(1);
    expect(bodies).toEqual([JSON.stringify(invalid)]);
  });

  test('still refuses a configuration that is not an object when validate is off', async () => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(
      clientWith(fetch, { validate: 'off' }).createConfiguration(ACCOUNT_ID, ['not', 'an', 'object'] as unknown as ConnectConfiguration),
      ConnectInputError,
    );
    expect(error.problems).toEqual([expect.objectContaining({ location: 'body', pointer: '' })]);
    expect(requests).toHaveLength(0);
  });

  test('passes the warnings of a valid configuration to onValidationWarning and sends it', async () => {
    const seen: ConfigurationWarning[][] = [];
    const { enableLog: _omitted, ...withoutLog } = JSON_SIM;
    const { fetch, requests } = recorder(created);
    const result = await clientWith(fetch, { onValidationWarning: (warnings) => seen.push(warnings) }).createConfiguration(ACCOUNT_ID, { ...withoutLog, pausePublish: 'true' });
    expect(result.success).toBe(true);
    expect(requests).toHaveLength(1);
    expect(seen).toEqual([
      [
        expect.objectContaining({ pointer: '/enableLog', rule: 'logging-unset' }),
        expect.objectContaining({ pointer: '/pausePublish', rule: 'paused' }),
      ],
    ]);
  });

  test('does not call onValidationWarning for a configuration without warnings', async () => {
    const seen: ConfigurationWarning[][] = [];
    const { fetch } = recorder(created);
    await clientWith(fetch, { onValidationWarning: (warnings) => seen.push(warnings) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(seen).toEqual([]);
  });

  const unwritable: Array<[string, () => unknown]> = [
    ['a cycle', () => {
      const cyclic: Record<string, unknown> = { ...JSON_SIM };
      cyclic.self = cyclic;
      return cyclic;
    }],
    ['a BigInt', () => ({ ...JSON_SIM, name: 1n })],
    ['a getter that throws', () => Object.defineProperty({ ...JSON_SIM }, 'password', { enumerable: true, get: () => { throw new Error('no password today'); } })],
    ['a toJSON that throws', () => ({ ...JSON_SIM, toJSON: () => { throw new Error('cannot serialise'); } })],
  ];
  test.each(unwritable)('refuses a configuration with %s before sending', async (_kind, make) => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, make() as ConnectConfiguration), ConnectInputError);
    expect(error.problems).toEqual([expect.objectContaining({ location: 'body', keyword: 'json' })]);
    expect(requests).toHaveLength(0);
  });
});

describe('the account id', () => {
  test.each([
    { label: '..', accountId: '..' },
    { label: '.', accountId: '.' },
    { label: '/', accountId: '/' },
    { label: 'a/b', accountId: 'a/b' },
    { label: '%2F', accountId: '%2F' },
    { label: '123%2F..', accountId: '123%2F..' },
    { label: '12 34', accountId: '12 34' },
    { label: 'a leading space', accountId: ' 123' },
    { label: 'a line break', accountId: '\n' },
    { label: 'a trailing line break', accountId: '123\n' },
    { label: 'the empty string', accountId: '' },
    { label: 'a 37-character string', accountId: '7a1c9e0b-2d4f-4a6b-8c1d-3e5f7a9b0c2d1' },
    { label: 'a query', accountId: '123?x=1' },
    { label: 'a number (cast)', accountId: 1234567 as unknown as string },
    { label: 'undefined (cast)', accountId: undefined as unknown as string },
  ])('refuses the account id $label with zero requests', async ({ accountId }) => {
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch).createConfiguration(accountId, JSON_SIM), ConnectInputError);
    expect(error.outcome).toBe('not-sent');
    expect(error.problems).toEqual([expect.objectContaining({ location: 'path', pointer: '/accountId' })]);
    expect(requests).toHaveLength(0);
  });

  test.each([
    { label: 'digits', accountId: '1234567' },
    { label: 'a GUID', accountId: '7a1c9e0b-2d4f-4a6b-8c1d-3e5f7a9b0c2d' },
    { label: 'an upper-case GUID', accountId: '7A1C9E0B-2D4F-4A6B-8C1D-3E5F7A9B0C2D' },
  ])('accepts $label as account id', async ({ accountId }) => {
    const { fetch, requests } = recorder(created);
    await clientWith(fetch).createConfiguration(accountId, JSON_SIM);
    expect(requests.map((request) => request.url)).toEqual([`${BASE_URL}/v2.1/accounts/${accountId}/connect`]);
  });

  test('rejects a non-string account id at compile time', () => {
    const { fetch } = recorder(created);
    const client = clientWith(fetch);
    // @ts-expect-error accountId is a string
    const call = () => client.createConfiguration(1234567, JSON_SIM);
    expectTypeOf(call).returns.toEqualTypeOf<Promise<CreateConfigurationResult>>();
  });

  test.each([
    { kind: 'another path', rewrite: (url: string) => url.replace('/connect', '/users') },
    { kind: 'another account', rewrite: (url: string) => url.replace(`/accounts/${ACCOUNT_ID}/`, '/accounts/999/') },
    { kind: 'another host', rewrite: (url: string) => url.replace('demo.docusign.net', 'evil.example.com') },
    { kind: 'an added query', rewrite: (url: string) => `${url}?debug=1` },
  ])('refuses a request that a middleware rewrote to $kind, with zero requests', async ({ rewrite }) => {
    const { fetch, requests } = recorder(created);
    const client = clientWith(fetch, {
      middleware: [{ onRequest: ({ request }) => new Request(rewrite(request.url), request) }],
    });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectInputError);
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(0);
    expect(error.problems).toEqual([expect.objectContaining({ location: 'path', pointer: '/accountId' })]);
    expect(requests).toHaveLength(0);
  });

  test('runs caller middleware before the token is added', async () => {
    const seenAuthorization: Array<string | null> = [];
    const { fetch, requests } = recorder(created);
    const client = clientWith(fetch, {
      middleware: [{ onRequest: ({ request }) => { seenAuthorization.push(request.headers.get('authorization')); return request; } }],
    });
    await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(seenAuthorization).toEqual([null]);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('caller middleware never sees the token after the request was sent either', async () => {
    const seen: string[] = [];
    const look = ({ request }: { request: Request }) => {
      seen.push(`${request.headers.get('authorization')}`);
      return undefined;
    };
    const answered = clientWith(recorder(created).fetch, { middleware: [{ onResponse: look }] });
    await answered.createConfiguration(ACCOUNT_ID, JSON_SIM);
    const failed = clientWith(recorder(fails(networkFailure('ECONNRESET'))).fetch, { middleware: [{ onError: look }] });
    await rejection(failed.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(seen).toEqual(['Bearer [REDACTED]', 'Bearer [REDACTED]']);
  });

  test('caller middleware gets a real Request, with the body, and an answer it can read', async () => {
    const seen: Array<{ isRequest: boolean; body: string }> = [];
    const answers: unknown[] = [];
    const client = clientWith(recorder(created).fetch, {
      middleware: [
        {
          async onRequest({ request }) {
            seen.push({ isRequest: request instanceof Request, body: await request.clone().text() });
            return undefined;
          },
          async onResponse({ response }) {
            answers.push(await response.clone().json());
            return undefined;
          },
        },
      ],
    });
    const result = await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.success).toBe(true);
    expect(seen).toEqual([{ isRequest: true, body: JSON.stringify(JSON_SIM) }]);
    expect(answers).toEqual([SUCCESS]);
  });

  test('an answer a caller middleware replaced is the one the client reads', async () => {
    const replaced = { success: true, data: { id: 'replaced-by-middleware', created_at: '2026-11-27T10:00:00Z' } };
    const client = clientWith(recorder(created).fetch, {
      middleware: [{ onResponse: () => json(201, replaced) }],
    });
    const result = await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.success && result.data.id).toBe('replaced-by-middleware');
  });

  test.each([
    { kind: 'a success envelope', answer: () => json(201, SUCCESS), success: true },
    { kind: 'an error envelope', answer: () => json(400, ERROR), success: false },
  ])('takes $kind that a caller middleware answers with instead of sending', async ({ answer, success }) => {
    const { fetch, requests } = recorder(created);
    const client = clientWith(fetch, { middleware: [{ onRequest: () => answer() }] });
    const result = await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(requests).toHaveLength(0);
    expect(result.success).toBe(success);
    expect(result.success ? result.data : result.error).toEqual(success ? SUCCESS.data : ERROR.error);
  });

  test('an answer a caller middleware replaced is read within maxResponseBytes too', async () => {
    const client = clientWith(recorder(created).fetch, {
      maxResponseBytes: 200,
      middleware: [{ onResponse: () => json(201, { ...SUCCESS, padding: 'x'.repeat(1000) }) }],
    });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectContractError);
    expect(error.message).toContain('larger than 200 bytes');
  });
});

describe('contract checks', () => {
  const longPage = `<html><body>${'<p>Bad gateway</p>\n'.repeat(100)}</body></html>`;
  test.each([
    { kind: 'a 201 with an HTML page', answer: () => html(201, longPage) },
    { kind: 'a 200 with an HTML page', answer: () => html(200, '<html>proxy</html>') },
    { kind: 'a 201 with an empty body', answer: () => new Response('', { status: 201 }) },
    { kind: 'a 201 with no body and content-length 0', answer: () => new Response(null, { status: 201, headers: { 'Content-Length': '0' } }) },
    { kind: 'a 201 with the error envelope', answer: () => json(201, ERROR) },
    { kind: 'a 201 envelope without data.id', answer: () => json(201, { success: true, data: { created_at: '2025-01-01T00:00:00Z' } }) },
    { kind: 'a 201 envelope whose created_at is not a date-time', answer: () => json(201, { success: true, data: { id: 'abc123', created_at: 'yesterday' } }) },
    { kind: 'a 201 envelope with success false', answer: () => json(201, { success: false, data: SUCCESS.data }) },
    { kind: 'a 201 with a double-encoded success envelope', answer: () => json(201, JSON.stringify(SUCCESS)) },
    { kind: 'a 500 with an HTML page', answer: () => html(500, longPage) },
    { kind: 'a 502 with an HTML page', answer: () => html(502, longPage) },
    { kind: 'a 500 with an empty body', answer: () => new Response('', { status: 500 }) },
    { kind: 'a 302 redirect with a location', answer: () => new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example.com/restapi' } }) },
  ])('turns $kind into a contract error after one post', async ({ answer }) => {
    const { fetch, requests } = recorder(answer);
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectContractError);
    const expected = await answer();
    expect(error.kind).toBe('contract');
    expect(error.outcome).toBe('unknown');
    expect(error.status).toBe(expected.status);
    expect(error.response?.status).toBe(expected.status);
    expect(error.response?.excerpt.length).toBeLessThanOrEqual(300);
    expect(error.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  test.each([
    { kind: 'a 400 with an HTML page', answer: () => html(400, longPage), says: /not JSON \(text\/html\)/ },
    { kind: 'a 400 with a double-encoded error envelope', answer: () => json(400, JSON.stringify(ERROR)), says: /double-encoded/ },
    { kind: 'a 400 with a json string', answer: () => json(400, 'Bad request'), says: /JSON string/ },
    { kind: 'a 404 with a lower-case error code', answer: () => json(404, { success: false, error: { code: 'not_found', message: 'Not found' } }), says: /valid error envelope/ },
    { kind: 'a 401 from a gateway with an empty body', answer: () => new Response('', { status: 401 }), says: /empty body/ },
    { kind: 'a 403 with DocuSign\'s errorDetails', answer: () => json(403, { errorCode: 'USER_LACKS_PERMISSIONS', message: 'This user lacks sufficient permissions' }), says: /valid error envelope/ },
    { kind: 'a 413 with an HTML page from a proxy', answer: () => html(413, '<html>Request Entity Too Large</html>'), says: /not JSON/ },
  ])('resolves $kind to a rejection with an unreadable-error warning: a 4xx created nothing', async ({ answer, says }) => {
    const warnings: ContractWarning[] = [];
    const { fetch, requests } = recorder(answer);
    const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    const { status } = await answer();
    expect(result).toMatchObject({ success: false, status, outcome: 'rejected', attempts: 1, error: { code: `HTTP_${status}`, message: expect.stringMatching(says) } });
    expect(!result.success && result.error.message).toContain('nothing was processed');
    expect(!result.success && result.error.message).not.toMatch(/may have been created/);
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'unreadable-error', status, message: expect.stringMatching(says) }));
    expect(requests).toHaveLength(1);
  });

  test('quotes the start of an unreadable refusal\'s body, without the call\'s secrets', async () => {
    const { fetch } = recorder(() => html(403, `<html><p>Forbidden for Bearer ${TOKEN}</p></html>`));
    const result = await clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, outcome: 'rejected', error: { code: 'HTTP_403' } });
    expect(!result.success && result.error.message).toContain('The body starts: <html><p>Forbidden for Bearer [REDACTED]</p></html>');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  test('keeps the start of a long html body as a one-line excerpt', async () => {
    const { fetch } = recorder(() => html(201, longPage));
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectContractError);
    expect(error.response?.excerpt).toMatch(/^<html><body><p>Bad gateway<\/p> <p>/);
    expect(error.response?.excerpt).not.toContain('\n');
    expect(error.response?.excerpt).toHaveLength(300);
  });

  test('names the redirect target in the error message', async () => {
    const { fetch } = recorder(() => new Response(null, { status: 307, headers: { Location: 'https://eu.docusign.net/restapi' } }));
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectContractError);
    expect(error.status).toBe(307);
    expect(error.message).toContain('https://eu.docusign.net/restapi');
  });

  test('drops unknown fields from a success envelope and reports each one', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch, requests } = recorder(() => json(201, { success: true, data: { ...SUCCESS.data, etag: 'x1' }, traceId: 't-1' }));
    const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: true, data: SUCCESS.data, outcome: 'created', status: 201 });
    expect(result).not.toHaveProperty('traceId');
    expect(result.success && result.data).toStrictEqual(SUCCESS.data);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'unknown-field', status: 201, pointer: '/traceId' }),
        expect.objectContaining({ kind: 'unknown-field', status: 201, pointer: '/data/etag' }),
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  test('drops unknown fields from an error envelope and reports them', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch } = recorder(() => json(400, { ...ERROR, error: { ...ERROR.error, details: ['x'] } }));
    const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.success === false && result.error).toStrictEqual(ERROR.error);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'unknown-field', status: 400, pointer: '/error/details' })]);
  });

  test('still refuses an envelope that is invalid apart from its unknown fields', async () => {
    const { fetch } = recorder(() => json(201, { success: true, data: { created_at: '2025-01-01T00:00:00Z' }, traceId: 't-1' }));
    await expect(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM)).rejects.toBeInstanceOf(ConnectContractError);
  });

  test('warns about a 429 without retry-after', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch } = recorder(() => json(429, ERROR));
    const result = await clientWith(fetch, { retry: false, onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, outcome: 'rejected', retryAfter: undefined });
    expect(warnings).toEqual([expect.objectContaining({ kind: 'missing-header', status: 429 })]);
  });

  test('resolves a status the spec does not declare and warns about it', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch, requests } = recorder(() => json(409, { success: false, error: { code: 'CONFLICT', message: 'Exists' } }));
    const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 409, outcome: 'rejected', error: { code: 'CONFLICT' } });
    expect(warnings).toEqual([expect.objectContaining({ kind: 'undeclared-status', status: 409 })]);
    expect(requests).toHaveLength(1);
  });

  test('resolves json labelled with another content type and warns about it', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch } = recorder(() => new Response(JSON.stringify(SUCCESS), { status: 201, headers: { 'Content-Type': 'text/plain' } }));
    const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.outcome).toBe('created');
    expect(warnings).toEqual([expect.objectContaining({ kind: 'content-type', status: 201 })]);
  });

  test('a throwing onContractWarning does not turn a created configuration into a failure', async () => {
    let calls = 0;
    const { fetch } = recorder(() => json(201, { ...SUCCESS, traceId: 't-1' }));
    const client = clientWith(fetch, {
      onContractWarning: () => {
        calls++;
        throw new Error('hook bug');
      },
    });
    const result = await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: true, outcome: 'created', data: SUCCESS.data });
    expect(calls).toBe(1);
  });

  test('throwing onRetry and onValidationWarning hooks do not break the call', async () => {
    const { enableLog: _omitted, ...withoutLog } = JSON_SIM;
    const { fetch, requests } = recorder(rateLimited, created);
    const client = clientWith(fetch, {
      onRetry: () => { throw new Error('hook bug'); },
      onValidationWarning: () => { throw new Error('hook bug'); },
    });
    const result = await client.createConfiguration(ACCOUNT_ID, withoutLog);
    expect(result).toMatchObject({ success: true, attempts: 2 });
    expect(requests).toHaveLength(2);
  });
});

describe('retries', () => {
  test.each([
    { kind: 'a 500', answer: () => json(500, ERROR), settles: 'resolves' },
    { kind: 'a 503 without retry-after', answer: () => json(503, ERROR), settles: 'resolves' },
    { kind: 'a 400', answer: () => json(400, ERROR), settles: 'resolves' },
    { kind: 'a 401', answer: () => json(401, ERROR), settles: 'resolves' },
    { kind: 'a 500 with retry-after', answer: () => json(500, ERROR, { 'Retry-After': '0' }), settles: 'resolves' },
    { kind: 'a connection reset', answer: fails(networkFailure('ECONNRESET', 'read ECONNRESET')), settles: 'rejects' },
    { kind: 'a socket closed without a code', answer: fails(new TypeError('fetch failed')), settles: 'rejects' },
    { kind: 'a 2xx that is not json', answer: () => html(201, '<html>ok</html>'), settles: 'rejects' },
  ] as const)('sends $kind only once', async ({ answer, settles }) => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(answer, created);
    const call = clientWith(fetch, { retry: { baseDelayMs: 1, maxAttempts: 5 }, onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    if (settles === 'resolves') await expect(call).resolves.toMatchObject({ success: false, attempts: 1 });
    else await expect(call).rejects.toMatchObject({ outcome: 'unknown', attempts: 1 });
    expect(requests).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  test('sends a request that timed out after sending only once', async () => {
    const { fetch, requests } = recorder(hang, created);
    const call = clientWith(fetch, { timeoutMs: 50, retry: { baseDelayMs: 1, maxAttempts: 5 } }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    await expect(call).rejects.toBeInstanceOf(ConnectTimeoutError);
    expect(requests).toHaveLength(1);
  });

  test('retries a 429 and resolves with the second answer', async () => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(rateLimited, created);
    const result = await clientWith(fetch, { onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: true, status: 201, attempts: 2, outcome: 'created' });
    expect(requests).toHaveLength(2);
    expect(notices).toEqual([{ attempt: 1, delayMs: expect.any(Number), reason: 'rate-limited', status: 429 }]);
  });

  test('retries a 429 without retry-after using its own backoff', async () => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(() => json(429, ERROR), created);
    const result = await clientWith(fetch, { onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result.attempts).toBe(2);
    expect(requests).toHaveLength(2);
    expect(notices).toEqual([{ attempt: 1, delayMs: 0, reason: 'rate-limited', status: 429 }]);
  });

  test.each([
    { kind: 'DocuSign\'s errorDetails', answer: () => json(429, { errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of hourly API invocations has been exceeded.' }, { 'Retry-After': '0' }) },
    { kind: 'an HTML page', answer: () => html(429, '<html>Too Many Requests</html>', { 'Retry-After': '0' }) },
  ])('ends a run of 429s with $kind as rejected, as the retries said: nothing was processed', async ({ answer }) => {
    const warnings: ContractWarning[] = [];
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(answer);
    const client = clientWith(fetch, { retry: { baseDelayMs: 1 }, onRetry: (notice) => notices.push(notice), onContractWarning: (warning) => warnings.push(warning) });
    const result = await client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, outcome: 'rejected', attempts: 3, retryAfter: 0, error: { code: 'HTTP_429' } });
    expect(requests).toHaveLength(3);
    expect(notices.map((notice) => notice.reason)).toEqual(['rate-limited', 'rate-limited']);
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'unreadable-error', status: 429 }));
  });

  test('ends a run of 503s with retry-after and an HTML page as rejected, as the retries said', async () => {
    const { fetch, requests } = recorder(() => html(503, '<html>Service Unavailable</html>', { 'Retry-After': '0' }));
    const result = await clientWith(fetch, { retry: { maxAttempts: 2, baseDelayMs: 1 } }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 503, outcome: 'rejected', attempts: 2, error: { code: 'HTTP_503' } });
    expect(requests).toHaveLength(2);
  });

  test('retries a 503 with retry-after 0', async () => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(() => json(503, ERROR, { 'Retry-After': '0' }), created);
    const result = await clientWith(fetch, { onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: true, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(notices).toEqual([{ attempt: 1, delayMs: 0, reason: 'unavailable', status: 503 }]);
  });

  test('retries a refused connection', async () => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(fails(networkFailure('ECONNREFUSED')), created);
    const result = await clientWith(fetch, { onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: true, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(notices).toEqual([{ attempt: 1, delayMs: expect.any(Number), reason: 'connection-refused' }]);
  });

  test('retries a real refused connection on a closed loopback port, then gives up', async () => {
    const server = createServer();
    let port: number;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      port = address.port;
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const requests: Request[] = [];
    const client = createConnectClient({
      baseUrl: `http://127.0.0.1:${port}`,
      accessToken: TOKEN,
      retry: { baseDelayMs: 1 },
      fetch: (url, init) => {
        const request = new Request(url, init);
        requests.push(request);
        return fetch(request);
      },
    });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(3);
    expect(error.message).toContain('ECONNREFUSED');
    expect(requests).toHaveLength(3);
    expect(requests[0]?.url).toBe(`http://127.0.0.1:${port}/v2.1/accounts/${ACCOUNT_ID}/connect`);
  });

  test.each([
    { label: 'the default', retry: { baseDelayMs: 1 }, attempts: 3 },
    { label: 'a custom maxAttempts of 5', retry: { baseDelayMs: 1, maxAttempts: 5 }, attempts: 5 },
    { label: 'maxAttempts 1', retry: { baseDelayMs: 1, maxAttempts: 1 }, attempts: 1 },
  ])('stops after $attempts posts with $label when every answer is 429', async ({ retry, attempts }) => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(rateLimited);
    const result = await clientWith(fetch, { retry, onRetry: (notice) => notices.push(notice) }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, attempts, outcome: 'rejected', retryAfter: 0, error: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(requests).toHaveLength(attempts);
    expect(notices.map((notice) => notice.attempt)).toEqual(Array.from({ length: attempts - 1 }, (_, index) => index + 1));
  });

  test('stops retrying refused connections after maxAttempts and rejects', async () => {
    const { fetch, requests } = recorder(fails(networkFailure('ECONNREFUSED')));
    const error = await rejection(clientWith(fetch, { retry: { baseDelayMs: 1, maxAttempts: 4 } }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(error.attempts).toBe(4);
    expect(error.outcome).toBe('not-sent');
    expect(requests).toHaveLength(4);
  });

  test('sends once when retry is false', async () => {
    const { fetch, requests } = recorder(rateLimited, created);
    const result = await clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  test('does not retry a refused connection when retry is false', async () => {
    const { fetch, requests } = recorder(fails(networkFailure('ECONNREFUSED')), created);
    await expect(clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM)).rejects.toBeInstanceOf(ConnectNetworkError);
    expect(requests).toHaveLength(1);
  });

  test('returns a retry-after longer than maxDelayMs instead of waiting for it', async () => {
    const { fetch, requests } = recorder(() => json(429, ERROR, { 'Retry-After': '120' }), created);
    const started = Date.now();
    const result = await clientWith(fetch, { retry: { baseDelayMs: 1, maxDelayMs: 1000 } }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, retryAfter: 120, attempts: 1, outcome: 'rejected' });
    expect(requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('does not start a wait that would go past maxElapsedMs', async () => {
    const { fetch, requests } = recorder(() => json(429, ERROR, { 'Retry-After': '1' }), created);
    const result = await clientWith(fetch, { retry: { baseDelayMs: 1, maxDelayMs: 10_000, maxElapsedMs: 100 } }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429, retryAfter: 1, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  test('stops retrying once maxElapsedMs has passed', async () => {
    const slowRateLimit: Answer = (request) => new Promise((resolve) => setTimeout(() => resolve(rateLimited(request)), 40));
    const { fetch, requests } = recorder(slowRateLimit);
    const result = await clientWith(fetch, { retry: { baseDelayMs: 1, maxAttempts: 50, maxElapsedMs: 60 } }).createConfiguration(ACCOUNT_ID, JSON_SIM);
    expect(result).toMatchObject({ success: false, status: 429 });
    expect(requests.length).toBeGreaterThanOrEqual(1);
    expect(requests.length).toBeLessThanOrEqual(3);
    expect(result.attempts).toBe(requests.length);
  });

  test('waits for retry-after before sending again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const notices: RetryNotice[] = [];
    let retryScheduled!: () => void;
    const scheduled = new Promise<void>((resolve) => {
      retryScheduled = resolve;
    });
    const { fetch, requests } = recorder(() => json(429, ERROR, { 'Retry-After': '2' }), created);
    const client = clientWith(fetch, {
      retry: { baseDelayMs: 1, maxDelayMs: 60_000 },
      onRetry: (notice) => {
        notices.push(notice);
        retryScheduled();
      },
    });
    const call = client.createConfiguration(ACCOUNT_ID, JSON_SIM);
    await scheduled;
    expect(notices).toEqual([{ attempt: 1, delayMs: expect.any(Number), reason: 'rate-limited', status: 429 }]);
    expect(notices[0]?.delayMs).toBeGreaterThanOrEqual(2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(call).resolves.toMatchObject({ success: true, attempts: 2 });
    expect(requests).toHaveLength(2);
  });

  test('rejects with a not-sent abort when the signal fires while waiting to retry', async () => {
    const controller = new AbortController();
    const { fetch, requests } = recorder(() => json(429, ERROR, { 'Retry-After': '30' }), created);
    const client = clientWith(fetch, {
      retry: { baseDelayMs: 1, maxDelayMs: 60_000 },
      onRetry: () => controller.abort(new Error('user cancelled')),
    });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM, { signal: controller.signal }), ConnectAbortError);
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });
});

describe('timeouts and aborts', () => {
  test('turns a request with no answer within timeoutMs into a timeout with an unknown outcome', async () => {
    const { fetch, requests } = recorder(hang);
    const error = await rejection(clientWith(fetch, { timeoutMs: 50 }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectTimeoutError);
    expect(error.kind).toBe('timeout');
    expect(error.outcome).toBe('unknown');
    expect(error.attempts).toBe(1);
    expect(error.message).toContain('50 ms');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.signal.aborted).toBe(true);
  });

  test('times out a body that never finishes arriving', async () => {
    const neverEnding: Answer = () =>
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"success":')) }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    const { fetch } = recorder(neverEnding);
    const error = await rejection(clientWith(fetch, { timeoutMs: 50 }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectClientError);
    expect(error).toBeInstanceOf(ConnectTimeoutError);
    expect(error.outcome).toBe('unknown');
  });

  test('times out a fetch that ignores the abort signal', async () => {
    const { fetch, requests } = recorder(() => new Promise<Response>(() => undefined));
    const error = await rejection(clientWith(fetch, { timeoutMs: 50 }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectTimeoutError);
    expect(error.outcome).toBe('unknown');
    expect(requests).toHaveLength(1);
  });

  test('rejects an abort during the request even when fetch ignores the signal', async () => {
    const controller = new AbortController();
    const { fetch, requests } = recorder(() => {
      controller.abort(new Error('user cancelled'));
      return new Promise<Response>(() => undefined);
    });
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM, { signal: controller.signal }), ConnectAbortError);
    expect(error.outcome).toBe('unknown');
    expect(requests).toHaveLength(1);
  });

  test('times out a slow token function without ever sending', async () => {
    const accessToken = () => new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), 80));
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch, { accessToken, timeoutMs: 20 }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectTimeoutError);
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(requests).toHaveLength(0);
  });

  test('rejects an abort during a slow token function as not sent, and never sends', async () => {
    const controller = new AbortController();
    const accessToken = () => {
      setTimeout(() => controller.abort(new Error('user cancelled')), 10);
      return new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), 60));
    };
    const { fetch, requests } = recorder(created);
    const error = await rejection(clientWith(fetch, { accessToken }).createConfiguration(ACCOUNT_ID, JSON_SIM, { signal: controller.signal }), ConnectAbortError);
    expect(error.outcome).toBe('not-sent');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toHaveLength(0);
  });

  test('rejects an already aborted signal without sending', async () => {
    const { fetch, requests } = recorder(created);
    const signal = AbortSignal.abort(new Error('user cancelled'));
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM, { signal }), ConnectAbortError);
    expect(error.kind).toBe('aborted');
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(0);
    expect(requests).toHaveLength(0);
  });

  test('rejects an abort during the request with an unknown outcome', async () => {
    const controller = new AbortController();
    const { fetch, requests } = recorder((request) => {
      const pending = hang(request);
      controller.abort(new Error('user cancelled'));
      return pending;
    });
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, JSON_SIM, { signal: controller.signal }), ConnectAbortError);
    expect(error.outcome).toBe('unknown');
    expect(error.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  test.each([
    { code: 'ENOTFOUND', outcome: 'not-sent' },
    { code: 'EAI_AGAIN', outcome: 'not-sent' },
    { code: 'ECONNREFUSED', outcome: 'not-sent' },
    { code: 'ECONNRESET', outcome: 'unknown' },
    { code: 'UND_ERR_SOCKET', outcome: 'unknown' },
    { code: 'ERR_SSL_WRONG_VERSION_NUMBER', outcome: 'not-sent' },
    { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', outcome: 'not-sent' },
    { code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', outcome: 'not-sent' },
    { code: 'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC', outcome: 'unknown' },
    { code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', outcome: 'unknown' },
    { code: 'EPROTO', outcome: 'unknown' },
  ])('gives a network error with code $code the outcome $outcome', async ({ code, outcome }) => {
    const failure = networkFailure(code);
    const { fetch, requests } = recorder(fails(failure));
    const error = await rejection(clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(error.kind).toBe('network');
    expect(error.outcome).toBe(outcome);
    expect(error.cause).toBe(failure);
    expect(error.message).toContain(code);
    expect(requests).toHaveLength(1);
  });

  test.each([
    { kind: 'a TLS handshake with a plain-HTTP server', failure: () => networkFailure('ERR_SSL_WRONG_VERSION_NUMBER', 'C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'), says: /\(ERR_SSL_WRONG_VERSION_NUMBER\): the TLS handshake failed, as it does when the server speaks plain HTTP/ },
    { kind: 'a port fetch refuses', failure: () => Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') }), says: /\(bad port\): fetch does not connect to port 1,/ },
    { kind: 'a certificate that has expired', failure: () => networkFailure('CERT_HAS_EXPIRED', 'certificate has expired'), says: /\(CERT_HAS_EXPIRED\)\. Nothing was sent\./ },
  ])('treats $kind as not sent, and does not send it again', async ({ failure, says }) => {
    const notices: RetryNotice[] = [];
    const { fetch, requests } = recorder(fails(failure()), created);
    const client = clientWith(fetch, { baseUrl: 'https://127.0.0.1:1/restapi', retry: { baseDelayMs: 1, maxAttempts: 5 }, onRetry: (notice) => notices.push(notice) });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(error.outcome).toBe('not-sent');
    expect(error.message).toMatch(/^Could not connect to https:\/\/127\.0\.0\.1:1 /);
    expect(error.message).toMatch(says);
    expect(error.message).toMatch(/Nothing was sent\.$/);
    expect(requests).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  test('reads a real fetch\'s bad port and TLS handshake with a plain-HTTP server as not sent', async () => {
    const plain = createHttpServer((_request, response) => response.end('plain'));
    const received: string[] = [];
    plain.on('request', (request) => received.push(request.url ?? ''));
    await new Promise<void>((ready) => plain.listen(0, '127.0.0.1', ready));
    try {
      const { port } = plain.address() as AddressInfo;
      for (const baseUrl of ['http://127.0.0.1:1/restapi', `https://127.0.0.1:${port}/restapi`]) {
        const client = createConnectClient({ baseUrl, accessToken: TOKEN, retry: { baseDelayMs: 1 } });
        const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
        expect(error.outcome, error.message).toBe('not-sent');
        expect(error.attempts).toBe(1);
      }
      expect(received).toEqual([]);
    } finally {
      await new Promise((done) => plain.close(done));
    }
  });

  test('finds the code of an aggregate connection error', async () => {
    const failure = Object.assign(new TypeError('fetch failed'), {
      cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' })], 'all addresses failed'),
    });
    const { fetch } = recorder(fails(failure));
    const error = await rejection(clientWith(fetch, { retry: false }).createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectNetworkError);
    expect(error.outcome).toBe('not-sent');
  });

  test('treats a failing caller middleware as not sent', async () => {
    const { fetch, requests } = recorder(created);
    const client = clientWith(fetch, { middleware: [{ onRequest: () => { throw new Error('middleware bug'); } }] });
    const error = await rejection(client.createConfiguration(ACCOUNT_ID, JSON_SIM), ConnectClientError);
    expect(error.outcome).toBe('not-sent');
    expect(error.attempts).toBe(0);
    expect(requests).toHaveLength(0);
  });
});

describe('secrets', () => {
  const SECRET_TOKEN = 'tok-SECRET-1';
  const SECRETS = [SECRET_TOKEN, 'pw-SECRET-2', 'cs-SECRET-3', 'sf-SECRET-4'];
  const withSecrets = jsonSim({
    name: 'Secrets',
    urlToPublishTo: LISTENER,
    allUsers: true,
    events: ['envelope-sent'],
    pausePublish: true,
    userName: 'listener',
    password: 'pw-SECRET-2',
    salesforceAuthcode: 'sf-SECRET-4',
    enableOAuthPerConfiguration: true,
    oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/oauth2/token', clientId: 'connect-listener', clientSecret: 'cs-SECRET-3' },
  });
  const echo = `<html><body><p>Request: Authorization: Bearer ${SECRET_TOKEN}</p><p>password=pw-SECRET-2&amp;secret=cs-SECRET-3</p></body></html>`;

  test.each([
    {
      scenario: 'an input error from an invalid configuration that quotes the secrets',
      configuration: { ...withSecrets, deliveryMode: 'sf-SECRET-4', events: ['pw-SECRET-2'], name: 'cs-SECRET-3' } as unknown as ConnectConfiguration,
      answers: [created],
      timeoutMs: 30_000,
      type: ConnectInputError,
      sent: false,
    },
    {
      scenario: 'a contract error whose html body and headers echo the token and password, after a retry',
      configuration: withSecrets,
      answers: [
        () => html(429, echo, { 'Retry-After': '0', 'X-Debug': `token=${SECRET_TOKEN}` }),
        () => html(201, echo, { 'X-Debug': `token=${SECRET_TOKEN}`, 'Set-Cookie': 'session=pw-SECRET-2' }),
      ],
      timeoutMs: 30_000,
      type: ConnectContractError,
      sent: true,
    },
    {
      scenario: 'a contract error from a short non-json body made only of a secret',
      configuration: withSecrets,
      answers: [() => html(201, SECRET_TOKEN)],
      timeoutMs: 30_000,
      type: ConnectContractError,
      sent: true,
    },
    {
      scenario: 'a network error whose cause mentions the token and password',
      configuration: withSecrets,
      answers: [fails(networkFailure('ECONNRESET', `socket closed after "Authorization: Bearer ${SECRET_TOKEN}" and ${encodeURIComponent('{"password":"pw-SECRET-2"}')}`))],
      timeoutMs: 30_000,
      type: ConnectNetworkError,
      sent: true,
    },
    {
      scenario: 'a timeout',
      configuration: withSecrets,
      answers: [hang],
      timeoutMs: 50,
      type: ConnectTimeoutError,
      sent: true,
    },
  ])('keeps every secret out of $scenario', async ({ configuration, answers, timeoutMs, type, sent }) => {
    const payloads: unknown[] = [];
    const { fetch, requests } = recorder(...answers);
    const client = clientWith(fetch, {
      accessToken: async () => SECRET_TOKEN,
      timeoutMs,
      onContractWarning: (warning) => payloads.push(warning),
      onRetry: (notice) => payloads.push(notice),
      onValidationWarning: (warnings) => payloads.push(warnings),
    });
    const error: ConnectClientError = await rejection<ConnectClientError>(client.createConfiguration(ACCOUNT_ID, configuration), type);
    const texts = { ...renderings(error), payloads: `${JSON.stringify(payloads)}\n${inspect(payloads, { depth: 10 })}` };
    for (const [where, text] of Object.entries(texts)) {
      for (const secret of SECRETS) expect(text, `${where} shows ${secret}`).not.toContain(secret);
    }
    if (sent) {
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.at(-1)?.headers.get('authorization')).toBe(`Bearer ${SECRET_TOKEN}`);
      const body = error.request?.body as Record<string, unknown> | undefined;
      expect(body?.password).toBe('[REDACTED]');
      expect(body?.salesforceAuthcode).toBe('[REDACTED]');
      expect((body?.oAuthConfiguration as Record<string, unknown> | undefined)?.clientSecret).toBe('[REDACTED]');
      expect(body?.userName).toBe('listener');
      expect(error.request?.headers.authorization).toBe('Bearer [REDACTED]');
      expect(payloads.length).toBeGreaterThan(0);
    } else {
      expect(requests).toHaveLength(0);
      expect(error.problems.length).toBeGreaterThan(0);
    }
  });

  test('keeps a secret out of a contract warning, even in the name of an unknown field', async () => {
    const warnings: ContractWarning[] = [];
    const { fetch } = recorder(() => json(201, { ...SUCCESS, [`echo-${SECRET_TOKEN}`]: 'pw-SECRET-2' }));
    const client = clientWith(fetch, { accessToken: SECRET_TOKEN, onContractWarning: (warning) => warnings.push(warning) });
    const result = await client.createConfiguration(ACCOUNT_ID, withSecrets);
    expect(result.success).toBe(true);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'unknown-field', pointer: '/echo-[REDACTED]' })]);
    const text = `${JSON.stringify(warnings)}\n${inspect(warnings, { depth: 10 })}`;
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  test('keeps a cut-off secret out of the cause of a body that is not json', async () => {
    const { fetch } = recorder(() => html(201, `x${SECRET_TOKEN} ${'y'.repeat(100)}`));
    const error = await rejection(clientWith(fetch, { accessToken: SECRET_TOKEN }).createConfiguration(ACCOUNT_ID, withSecrets), ConnectContractError);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    for (const [where, text] of Object.entries(renderings(error))) {
      expect(text, where).not.toContain(SECRET_TOKEN.slice(0, 6));
    }
    expect(error.response?.excerpt).toMatch(/^x\[REDACTED\] y+$/);
  });

  test('redacts a secret in every form it takes in a text', async () => {
    const secret = 'p@ss "word"/1';
    const configuration = { ...withSecrets, password: secret };
    const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
    const { fetch } = recorder(() => html(201, forms.join(' | ')));
    const error = await rejection(clientWith(fetch).createConfiguration(ACCOUNT_ID, configuration), ConnectContractError);
    for (const form of forms) expect(renderings(error).inspect).not.toContain(form);
    expect(error.response?.excerpt).toBe('[REDACTED] | [REDACTED] | [REDACTED]');
  });
});

describe('client options', () => {
  const valid: ConnectClientOptions = { baseUrl: BASE_URL, accessToken: TOKEN };
  test.each([
    { kind: 'a missing baseUrl', options: { accessToken: TOKEN }, pointer: '/baseUrl' },
    { kind: 'an empty baseUrl', options: { ...valid, baseUrl: '' }, pointer: '/baseUrl' },
    { kind: 'a relative baseUrl', options: { ...valid, baseUrl: '/restapi' }, pointer: '/baseUrl' },
    { kind: 'an http:// baseUrl that is not loopback', options: { ...valid, baseUrl: 'http://demo.docusign.net/restapi' }, pointer: '/baseUrl' },
    { kind: 'a baseUrl with credentials', options: { ...valid, baseUrl: 'https://user:hunter2@demo.docusign.net/restapi' }, pointer: '/baseUrl' },
    { kind: 'a baseUrl with a query', options: { ...valid, baseUrl: 'https://demo.docusign.net/restapi?x=1' }, pointer: '/baseUrl' },
    { kind: 'a baseUrl with a fragment', options: { ...valid, baseUrl: 'https://demo.docusign.net/restapi#top' }, pointer: '/baseUrl' },
    { kind: 'a missing accessToken', options: { baseUrl: BASE_URL }, pointer: '/accessToken' },
    { kind: 'an empty accessToken', options: { ...valid, accessToken: '' }, pointer: '/accessToken' },
    { kind: 'timeoutMs 0', options: { ...valid, timeoutMs: 0 }, pointer: '/timeoutMs' },
    { kind: 'a negative timeoutMs', options: { ...valid, timeoutMs: -5 }, pointer: '/timeoutMs' },
    { kind: 'timeoutMs NaN', options: { ...valid, timeoutMs: Number.NaN }, pointer: '/timeoutMs' },
    { kind: 'timeoutMs Infinity', options: { ...valid, timeoutMs: Number.POSITIVE_INFINITY }, pointer: '/timeoutMs' },
    { kind: 'retry.maxAttempts 0', options: { ...valid, retry: { maxAttempts: 0 } }, pointer: '/retry/maxAttempts' },
    { kind: 'a fractional retry.maxAttempts', options: { ...valid, retry: { maxAttempts: 2.5 } }, pointer: '/retry/maxAttempts' },
    { kind: 'a negative retry.baseDelayMs', options: { ...valid, retry: { baseDelayMs: -1 } }, pointer: '/retry/baseDelayMs' },
    { kind: 'retry true', options: { ...valid, retry: true }, pointer: '/retry' },
    { kind: 'validate "loose"', options: { ...valid, validate: 'loose' }, pointer: '/validate' },
    { kind: 'a userAgent with a line break', options: { ...valid, userAgent: 'app/1\r\nX-Injected: 1' }, pointer: '/userAgent' },
  ])('throws synchronously for $kind', ({ options, pointer }) => {
    const error = thrownBy(() => createConnectClient(options as unknown as ConnectClientOptions));
    expect(error).toBeInstanceOf(ConnectInputError);
    const input = error as ConnectInputError;
    expect(input.outcome).toBe('not-sent');
    expect(input.problems).toEqual([expect.objectContaining({ location: 'options', pointer })]);
    expect(input.message).not.toContain('hunter2');
  });

  test('throws synchronously without an options object', () => {
    const error = thrownBy(() => createConnectClient(undefined as unknown as ConnectClientOptions));
    expect(error).toBeInstanceOf(ConnectInputError);
    expect((error as ConnectInputError).problems[0]?.location).toBe('options');
  });

  test.each(['http://127.0.0.1:4010', 'http://localhost:4010/restapi', 'http://[::1]:4010', 'https://demo.docusign.net/restapi'])(
    'accepts the baseUrl %s',
    (baseUrl) => {
      expect(createConnectClient({ baseUrl, accessToken: TOKEN })).toHaveProperty('createConfiguration');
    },
  );
});

describe('error classes', () => {
  test.each([
    {
      type: ConnectInputError,
      kind: 'invalid-input',
      hasCause: false,
      run: () => clientWith(recorder(created).fetch).createConfiguration('..', JSON_SIM),
    },
    {
      type: ConnectInputError,
      kind: 'invalid-input',
      hasCause: true,
      run: () => clientWith(recorder(created).fetch, { accessToken: () => { throw new Error('refresh failed'); } }).createConfiguration(ACCOUNT_ID, JSON_SIM),
    },
    {
      type: ConnectNetworkError,
      kind: 'network',
      hasCause: true,
      run: () => clientWith(recorder(fails(networkFailure('ECONNRESET'))).fetch).createConfiguration(ACCOUNT_ID, JSON_SIM),
    },
    {
      type: ConnectTimeoutError,
      kind: 'timeout',
      hasCause: true,
      run: () => clientWith(recorder(hang).fetch, { timeoutMs: 20 }).createConfiguration(ACCOUNT_ID, JSON_SIM),
    },
    {
      type: ConnectAbortError,
      kind: 'aborted',
      hasCause: true,
      run: () => clientWith(recorder(created).fetch).createConfiguration(ACCOUNT_ID, JSON_SIM, { signal: AbortSignal.abort(new Error('cancelled')) }),
    },
    {
      type: ConnectContractError,
      kind: 'contract',
      hasCause: true,
      run: () => clientWith(recorder(() => html(201, '<html></html>')).fetch).createConfiguration(ACCOUNT_ID, JSON_SIM),
    },
    {
      type: ConnectContractError,
      kind: 'contract',
      hasCause: false,
      run: () => clientWith(recorder(() => json(201, ERROR)).fetch).createConfiguration(ACCOUNT_ID, JSON_SIM),
    },
  ])('a $type.name of kind $kind is a ConnectClientError named after its class', async ({ type, kind, hasCause, run }) => {
    const error: ConnectClientError = await rejection<ConnectClientError>(run(), type);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ConnectClientError);
    expect(error.name).toBe(type.name);
    expect(error.kind).toBe(kind);
    expect(error.cause !== undefined).toBe(hasCause);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: type.name, kind, message: error.message });
  });

  test('a synchronous options error is a ConnectClientError named after its class', () => {
    const error = thrownBy(() => createConnectClient({ baseUrl: 'ftp://example.com', accessToken: TOKEN }));
    expect(error).toBeInstanceOf(ConnectClientError);
    expect(error).toBeInstanceOf(ConnectInputError);
    expect((error as ConnectInputError).name).toBe('ConnectInputError');
    expect((error as ConnectInputError).kind).toBe('invalid-input');
  });
});
