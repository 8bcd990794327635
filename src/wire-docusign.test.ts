// The DocuSign wire: DocuSign's own answers read into the same result type, with an injected
// fetch that records every request, so each test says exactly how many POSTs went out.
import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { components } from '../generated/docusign-schema.js';
import { briefJsonSimAccount, withListener } from '../contract-tests/fixtures/brief.js';
import { defaultWire } from './client-options.js';
import {
  type ConnectClientOptions,
  type ContractWarning,
  type CreateConfigurationFailure,
  type CreateConfigurationResult,
  type CreateConfigurationSuccess,
  createConnectClient,
} from './client.js';
import { ConnectContractError, ConnectInputError } from './errors.js';
import type { ConnectConfiguration } from './types.js';

const BASE_URL = 'https://demo.docusign.net/restapi';
const ACCOUNT_ID = '18476201';
const TOKEN = 'docusign-wire-token-9f2c';
const CONFIGURATION: ConnectConfiguration = withListener(briefJsonSimAccount);

/** DocuSign's answer to a create: the stored configuration, every flag a string. */
const STORED = {
  connectId: '22210641',
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  name: 'jsonSimTest',
  allUsers: 'true',
  allowEnvelopePublish: 'true',
  enableLog: 'true',
  deliveryMode: 'SIM',
  eventData: { version: 'restv2.1' },
  events: ['envelope-sent', 'envelope-delivered', 'envelope-completed'],
  requiresAcknowledgement: 'true',
};

type Answer = () => Response;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/** A fetch that answers the n-th request with the n-th answer (the last repeats) and keeps each request. */
function recorder(...answers: Answer[]) {
  const requests: Array<{ url: string; method: string; headers: Record<string, string>; body: string }> = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    requests.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() });
    const answer = answers[Math.min(requests.length, answers.length) - 1];
    if (answer === undefined) throw new Error('the test gave no answer');
    return answer();
  };
  return { fetch, requests };
}

function clientWith(fetch: (url: string, init: RequestInit) => Promise<Response>, overrides: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({ baseUrl: BASE_URL, accessToken: TOKEN, fetch, retry: { baseDelayMs: 1 }, ...overrides });
}

/** Creates once with the given answers; returns the result, the requests and the warnings. */
async function create(answers: Answer[], overrides: Partial<ConnectClientOptions> = {}, configuration = CONFIGURATION) {
  const { fetch, requests } = recorder(...answers);
  const warnings: ContractWarning[] = [];
  const result = await clientWith(fetch, { onContractWarning: (warning) => warnings.push(warning), ...overrides }).createConfiguration(ACCOUNT_ID, configuration);
  return { result, requests, warnings };
}

/** The error the call rejects with, and the requests it sent. */
async function failure(answers: Answer[], overrides: Partial<ConnectClientOptions> = {}) {
  const { fetch, requests } = recorder(...answers);
  const call = clientWith(fetch, overrides).createConfiguration(ACCOUNT_ID, CONFIGURATION);
  await expect(call).rejects.toBeInstanceOf(ConnectContractError);
  const error = (await call.catch((caught: unknown) => caught)) as ConnectContractError;
  return { error, requests };
}

function expectFailure(result: CreateConfigurationResult): asserts result is Extract<CreateConfigurationResult, { success: false }> {
  expect(result.success).toBe(false);
}
function expectSuccess(result: CreateConfigurationResult): asserts result is Extract<CreateConfigurationResult, { success: true }> {
  expect(result.success).toBe(true);
}

describe('which wire a client speaks', () => {
  test.each([
    ['https://demo.docusign.net/restapi', 'docusign'],
    ['https://www.docusign.net/restapi', 'docusign'],
    ['https://na3.docusign.net/restapi', 'docusign'],
    ['https://eu.docusign.net/restapi', 'docusign'],
    ['https://DEMO.DocuSign.NET', 'docusign'],
    ['https://connect-gateway.example.com/restapi', 'envelope'],
    ['https://docusign.net.example.com/restapi', 'envelope'],
    ['https://evildocusign.net/restapi', 'envelope'],
    ['http://127.0.0.1:4010', 'envelope'],
    ['https://www.docusign.com', 'envelope'],
  ])('picks the wire of %s by its host', (url, wire) => {
    expect(defaultWire(new URL(url))).toBe(wire);
  });

  test('reads a DocuSign host\'s answer as DocuSign\'s own without being told', async () => {
    const { result } = await create([() => json(201, STORED)]);
    expectSuccess(result);
    expect(result.data.id).toBe('22210641');
  });

  test('reads the envelope on a DocuSign host when told wire: envelope', async () => {
    const { result } = await create([() => json(201, { success: true, data: { id: 'abc123', created_at: '2025-01-01T00:00:00Z' } })], { wire: 'envelope' });
    expectSuccess(result);
    expect(result.data).toEqual({ id: 'abc123', created_at: '2025-01-01T00:00:00Z' });
    expect(result.docusign).toBeUndefined();
  });

  test('reads DocuSign\'s answer on any host when told wire: docusign', async () => {
    const { result } = await create([() => json(201, STORED)], { baseUrl: 'http://127.0.0.1:9', wire: 'docusign' });
    expectSuccess(result);
    expect(result.data.id).toBe('22210641');
  });

  test('refuses an unknown wire, naming the option', () => {
    expect(() => clientWith(recorder().fetch, { wire: 'soap' as never })).toThrow(ConnectInputError);
    expect(() => clientWith(recorder().fetch, { wire: 'soap' as never })).toThrow(/wire must be "envelope".*or "docusign"/);
  });

  test('sends the same request byte for byte on both wires', async () => {
    const docusign = recorder(() => json(201, STORED));
    const envelope = recorder(() => json(201, { success: true, data: { id: 'abc123', created_at: '2025-01-01T00:00:00Z' } }));
    await clientWith(docusign.fetch, { wire: 'docusign' }).createConfiguration(ACCOUNT_ID, CONFIGURATION);
    await clientWith(envelope.fetch, { wire: 'envelope' }).createConfiguration(ACCOUNT_ID, CONFIGURATION);
    expect(docusign.requests).toHaveLength(1);
    expect(docusign.requests).toEqual(envelope.requests);
  });
});

describe('created configurations', () => {
  test.each([200, 201])('reads a %i with a string connectId as created', async (status) => {
    const { result, requests, warnings } = await create([() => json(status, STORED, { Date: 'Tue, 01 Dec 2026 09:30:05 GMT' })]);
    expectSuccess(result);
    expect(result).toMatchObject({ outcome: 'created', status, attempts: 1, retryAfter: undefined });
    expect(result.data).toEqual({ id: '22210641', created_at: '2026-12-01T09:30:05.000Z' });
    expect(result.docusign).toEqual(STORED);
    expect(requests).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  test('dates created_at by the arrival of an answer without a Date header', async () => {
    const before = Date.now();
    const { result } = await create([() => json(201, STORED)]);
    const after = Date.now();
    expectSuccess(result);
    const created = Date.parse(result.data.created_at);
    expect(result.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(created).toBeGreaterThanOrEqual(before);
    expect(created).toBeLessThanOrEqual(after);
  });

  test('keeps the fields DocuSign adds over time, without a warning', async () => {
    const { result, warnings } = await create([() => json(201, { ...STORED, someNewField: { nested: 'yes' } })]);
    expectSuccess(result);
    expect(result.docusign).toMatchObject({ someNewField: { nested: 'yes' } });
    expect(warnings).toEqual([]);
  });

  test('reports flags sent as JSON booleans as a warning, and still says created', async () => {
    const { result, warnings } = await create([() => json(201, { ...STORED, allUsers: true, enableLog: false })]);
    expectSuccess(result);
    expect(result.outcome).toBe('created');
    expect(warnings.map((warning) => [warning.kind, warning.pointer])).toEqual(expect.arrayContaining([
      ['invalid-field', '/allUsers'],
      ['invalid-field', '/enableLog'],
    ]));
  });

  test('keeps the token and the configuration\'s secrets out of DocuSign\'s echo', async () => {
    const configuration: ConnectConfiguration = {
      ...CONFIGURATION,
      password: 'pw-SECRET-42',
      enableOAuthPerConfiguration: 'true',
      oAuthConfiguration: { clientId: 'client-1', clientSecret: 'cs-SECRET-43', authorizationServerUrl: 'https://auth.example.com/token' },
    } as ConnectConfiguration;
    const echo = { ...STORED, password: 'pw-SECRET-42', oAuthConfiguration: { clientId: 'client-1', clientSecret: 'cs-SECRET-43' }, name: `sent with ${TOKEN}` };
    const { result } = await create([() => json(201, echo, { 'X-Echo': `Bearer ${TOKEN}` })], {}, configuration);
    expectSuccess(result);
    const shown = inspect(result, { depth: 10 }) + JSON.stringify(result.docusign) + JSON.stringify([...result.headers]);
    for (const secret of [TOKEN, 'pw-SECRET-42', 'cs-SECRET-43']) expect(shown).not.toContain(secret);
    expect(result.docusign).toMatchObject({ password: '[REDACTED]', oAuthConfiguration: { clientSecret: '[REDACTED]' } });
  });
});

describe('errorDetails', () => {
  test.each([
    [400, 'INVALID_REQUEST_BODY', 'rejected'],
    [401, 'USER_AUTHENTICATION_FAILED', 'rejected'],
    [403, 'USER_LACKS_PERMISSIONS', 'rejected'],
    [404, 'ACCOUNT_NOT_FOUND', 'rejected'],
    [500, 'UNSPECIFIED_ERROR', 'unknown'],
    [503, 'SERVICE_UNAVAILABLE', 'unknown'],
  ] as const)('reads a %i errorDetails as an error result, %s, %s', async (status, errorCode, outcome) => {
    const body = { errorCode, message: `DocuSign says ${errorCode.toLowerCase()}` };
    const { result, requests, warnings } = await create([() => json(status, body)]);
    expectFailure(result);
    expect(result).toMatchObject({ status, outcome, attempts: 1, error: { code: errorCode, message: body.message } });
    expect(result.docusign).toEqual(body);
    expect(requests).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  test('never retries a 503, with or without Retry-After: the create may have happened', async () => {
    const { result, requests } = await create([() => json(503, { errorCode: 'SERVICE_UNAVAILABLE', message: 'down' }, { 'Retry-After': '0' }), () => json(201, STORED)]);
    expectFailure(result);
    expect(result.outcome).toBe('unknown');
    expect(requests).toHaveLength(1);
  });

  test('gives an error without errorCode a stable code and a warning', async () => {
    const { result, warnings } = await create([() => json(400, { message: 'Something was wrong' })]);
    expectFailure(result);
    expect(result.error).toEqual({ code: 'HTTP_400', message: 'Something was wrong' });
    expect(result.outcome).toBe('rejected');
    expect(warnings).toEqual([expect.objectContaining({ kind: 'missing-field', status: 400, pointer: '/errorCode' })]);
  });

  test('gives an error without a message one that names the status', async () => {
    const { result } = await create([() => json(404, { errorCode: 'NOT_FOUND' })]);
    expectFailure(result);
    expect(result.error.message).toMatch(/HTTP 404/);
  });

  test('keeps the token out of an error message that quotes it', async () => {
    const { result } = await create([() => json(401, { errorCode: 'INVALID_TOKEN', message: `token ${TOKEN} expired` })]);
    expectFailure(result);
    expect(JSON.stringify(result.error) + JSON.stringify(result.docusign)).not.toContain(TOKEN);
  });
});

describe('rate limits', () => {
  const hourly = (status: number, headers: Record<string, string> = {}, code = 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED') => () =>
    json(status, { errorCode: code, message: 'The maximum number of hourly API invocations has been exceeded. The hourly limit is 1000.' }, headers);
  const burst = (status: number, headers: Record<string, string> = {}) => () =>
    json(status, { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of burst API invocations has been exceeded.' }, headers);

  test.each([
    ['400 hourly with Retry-After', hourly(400, { 'Retry-After': '2' })],
    ['429 hourly with Retry-After', hourly(429, { 'Retry-After': '2' })],
    ['429 burst with Retry-After', burst(429, { 'Retry-After': '2' })],
    ['400 burst with Retry-After', burst(400, { 'Retry-After': '2' })],
    ['400 hourly in lower case', hourly(400, { 'Retry-After': '2' }, 'hourly_apiinvocation_limit_exceeded')],
    ['400 hourly in mixed case', hourly(400, { 'Retry-After': '2' }, 'Hourly_APIInvocation_Limit_Exceeded')],
  ])('reads a %s as rejected with retryAfter', async (_name, answer) => {
    const { result, requests } = await create([answer], { retry: false });
    expectFailure(result);
    expect(result).toMatchObject({ outcome: 'rejected', retryAfter: 2, attempts: 1 });
    expect(result.error.code.toUpperCase()).toMatch(/_APIINVOCATION_LIMIT_EXCEEDED$/);
    expect(requests).toHaveLength(1);
  });

  test('takes the wait of an hourly limit from X-RateLimit-Reset when there is no Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    const { result } = await create([hourly(400, { 'X-RateLimit-Reset': String(reset), 'X-RateLimit-Remaining': '0' })], { retry: false });
    expectFailure(result);
    expect(result.retryAfter).toBeGreaterThanOrEqual(598);
    expect(result.retryAfter).toBeLessThanOrEqual(600);
  });

  test('waits until the next clock hour for an hourly limit with no header to say', async () => {
    const { result } = await create([hourly(429)], { retry: false });
    expectFailure(result);
    const untilHour = Math.ceil((3_600_000 - (Date.now() % 3_600_000)) / 1000);
    expect(Math.abs((result.retryAfter ?? -1000) - untilHour)).toBeLessThanOrEqual(2);
  });

  test('waits 30 s for a burst limit with no Retry-After, whatever X-RateLimit-Reset says', async () => {
    for (const headers of [{}, { 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 1800) }]) {
      const { result } = await create([burst(429, headers)], { retry: false });
      expectFailure(result);
      expect(result.retryAfter).toBe(30);
    }
  });

  test('sends again after a rate limit, within maxAttempts, and creates once', async () => {
    const { result, requests } = await create([burst(429, { 'Retry-After': '0' }), hourly(400, { 'Retry-After': '0' }), () => json(201, STORED)]);
    expectSuccess(result);
    expect(result).toMatchObject({ attempts: 3, outcome: 'created' });
    expect(requests).toHaveLength(3);
  });

  test('hands the rate limit back after maxAttempts', async () => {
    const { result, requests } = await create([hourly(429, { 'Retry-After': '0' })], { retry: { maxAttempts: 2, baseDelayMs: 1 } });
    expectFailure(result);
    expect(result).toMatchObject({ attempts: 2, outcome: 'rejected' });
    expect(requests).toHaveLength(2);
  });

  test('hands back a wait longer than maxDelayMs instead of waiting', async () => {
    const { result, requests } = await create([burst(429)], { retry: { maxDelayMs: 1_000 } });
    expectFailure(result);
    expect(result.retryAfter).toBe(30);
    expect(requests).toHaveLength(1);
  });

  test('sends a 429 without an errorCode again too: 429 always means not processed', async () => {
    const { result, requests } = await create([() => json(429, { message: 'slow down' }, { 'Retry-After': '0' }), () => json(201, STORED)]);
    expectSuccess(result);
    expect(requests).toHaveLength(2);
  });

  test.each([
    ['another 400 code', () => json(400, { errorCode: 'INVALID_REQUEST_BODY', message: 'hourly API invocation limit' }, { 'Retry-After': '0' })],
    ['a rate-limit message without the code', () => json(400, { errorCode: 'SOMETHING_ELSE', message: 'BURST_APIINVOCATION_LIMIT_EXCEEDED' }, { 'Retry-After': '0' })],
    ['a rate-limit code on a 403', () => json(403, { errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'x' }, { 'Retry-After': '0' })],
  ])('does not send again for %s', async (_name, answer) => {
    const { result, requests } = await create([answer, () => json(201, STORED)]);
    expectFailure(result);
    expect(requests).toHaveLength(1);
  });
});

describe('answers that break DocuSign\'s contract', () => {
  test.each([
    ['a 201 without connectId', () => json(201, { name: 'x' }), /without connectId/],
    ['a 201 with connectId as a number', () => json(201, { ...STORED, connectId: 22210641 }), /connectId as a number/],
    ['a 201 with a blank connectId', () => json(201, { ...STORED, connectId: '  ' }), /blank string/],
    ['a 201 carrying errorDetails', () => json(201, { errorCode: 'INVALID_REQUEST_BODY', message: 'x' }), /errorDetails/],
    ['a 201 with a JSON list', () => json(201, [STORED]), /JSON array/],
    ['an empty 201', () => new Response(null, { status: 201 }), /empty body/],
    ['an HTML 503', () => new Response('<html><body>Service Unavailable</body></html>', { status: 503, headers: { 'Content-Type': 'text/html' } }), /not JSON/],
    ['truncated JSON', () => new Response('{"connectId":"2221', { status: 201, headers: { 'Content-Type': 'application/json' } }), /not JSON/],
    ['a 500 with a JSON string', () => json(500, 'oops'), /JSON string/],
  ])('fails %s as a contract error after one POST, outcome unknown', async (_name, answer, message) => {
    const { error, requests } = await failure([answer, () => json(201, STORED)]);
    expect(error.outcome).toBe('unknown');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/list the account's Connect configurations/);
    expect(requests).toHaveLength(1);
  });
});

describe('refusals whose body is not errorDetails', () => {
  test.each([
    ['a 401 HTML page from a gateway', [() => new Response('<html>Unauthorized</html>', { status: 401, headers: { 'Content-Type': 'text/html' } })], 401, 1],
    ['a 403 with a JSON list', [() => json(403, [{ errorCode: 'USER_LACKS_PERMISSIONS' }])], 403, 1],
    ['429s with an empty body, after the retries', [() => new Response('', { status: 429, headers: { 'Retry-After': '0' } })], 429, 3],
  ] as const)('resolves %s as rejected (nothing was processed), with a contract warning', async (_name, answers, status, attempts) => {
    const { result, requests, warnings } = await create([...answers], { retry: { baseDelayMs: 1 } });
    expectFailure(result);
    expect(result).toMatchObject({ status, outcome: 'rejected', attempts, error: { code: `HTTP_${status}` } });
    expect(result.docusign).toBeUndefined();
    expect(requests).toHaveLength(attempts);
    expect(warnings).toContainEqual(expect.objectContaining({ kind: 'unreadable-error', status }));
  });
});

describe('types', () => {
  test('result.docusign is typed from the generated native types, and absent on the envelope wire', () => {
    expectTypeOf<CreateConfigurationSuccess['docusign']>().toEqualTypeOf<components['schemas']['connectCustomConfiguration'] | undefined>();
    expectTypeOf<CreateConfigurationFailure['docusign']>().toEqualTypeOf<components['schemas']['errorDetails'] | undefined>();
    expectTypeOf<NonNullable<CreateConfigurationSuccess['docusign']>['connectId']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<CreateConfigurationSuccess['docusign']>['allUsers']>().toEqualTypeOf<'true' | 'false' | undefined>();
    const refused = () =>
      // @ts-expect-error the wire is one of two names
      createConnectClient({ baseUrl: BASE_URL, accessToken: TOKEN, wire: 'native' });
    expect(refused).toThrow(ConnectInputError);
  });
});
