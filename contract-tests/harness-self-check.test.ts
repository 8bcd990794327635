// The harness checks itself: each way a client can break the request on the wire, and each way a
// provider can drift in its answer, must be reported with its location. Nothing here reaches
// Prism: the broken client talks to a fake fetch, the drifting answers are built in memory.
import { describe, expect, test } from 'vitest';
import { createConnectClient, type ConnectConfiguration } from '../src/index.js';
import { checkAnswer, type WireAnswer } from './support/answer-check.js';
import { validBodies } from './support/bodies.js';
import { assertNoFindings, captureRequest, checkRequest, type Finding, type WireRequest } from './support/wire-check.js';

const BASE_URL = 'https://connect.example.test/restapi';
const ACCOUNT = '18476201';
const TOKEN = 'self-check-token';
const body = validBodies[0]?.[1] as ConnectConfiguration;
const created = JSON.stringify({ success: true, data: { id: 'c0ffee', created_at: '2025-06-01T12:00:00Z' } });

/** What the broken client does to the request on its way out. */
type Breakage = (request: Request) => Promise<Request>;

/** A request like the original with some parts replaced. */
async function rebuilt(request: Request, changes: { url?: string; method?: string; headers?: Headers; body?: string }): Promise<Request> {
  const method = changes.method ?? request.method;
  return new Request(changes.url ?? request.url, {
    method,
    headers: changes.headers ?? request.headers,
    body: changes.body ?? (await request.clone().text()),
  });
}

function withBody(change: (body: Record<string, unknown>) => void): Breakage {
  return async (request) => {
    const parsed = JSON.parse(await request.clone().text()) as Record<string, unknown>;
    change(parsed);
    return rebuilt(request, { body: JSON.stringify(parsed) });
  };
}

function withHeaders(change: (headers: Headers) => void): Breakage {
  return async (request) => {
    const headers = new Headers(request.headers);
    change(headers);
    return rebuilt(request, { headers });
  };
}

/** Sends the body through the real client, broken on the wire, and checks what left. */
async function findingsFor(breakage: Breakage | undefined): Promise<Finding[]> {
  const sent: WireRequest[] = [];
  const client = createConnectClient({
    baseUrl: BASE_URL,
    accessToken: TOKEN,
    retry: false,
    fetch: async (url, init) => {
      const request = new Request(url, init);
      sent.push(await captureRequest(breakage === undefined ? request : await breakage(request)));
      return new Response(created, { status: 201, headers: { 'Content-Type': 'application/json' } });
    },
  });
  await client.createConfiguration(ACCOUNT, body);
  expect(sent).toHaveLength(1);
  return checkRequest(sent[0] as WireRequest, { baseUrl: BASE_URL, accountId: ACCOUNT, token: TOKEN, body });
}

describe('the wire check catches a broken client', () => {
  test('an unbroken client gives no findings', async () => {
    expect(await findingsFor(undefined)).toEqual([]);
  });

  test.each<[string, string, Breakage, RegExp]>([
    ['a field lost', 'request.body/enableLog', withBody((sent) => delete sent.enableLog), /lost/],
    ['a field added', 'request.body/connectId', withBody((sent) => { sent.connectId = '1'; }), /added/],
    ['a flag retyped to a JSON boolean', 'request.body/allUsers', withBody((sent) => { sent.allUsers = true; }), /retyped: the caller gave string "true", the client sent boolean true/],
    ['a value changed', 'request.body/name', withBody((sent) => { sent.name = 'other'; }), /changed/],
    ['an event dropped from a list', 'request.body/events/2', withBody((sent) => { (sent.events as string[]).pop(); }), /lost/],
    ['a nested value retyped', 'request.body/eventData/version', withBody((sent) => { sent.eventData = { version: 2.1 }; }), /retyped/],
    ['a body that is not JSON', 'request.body', async (request) => rebuilt(request, { body: 'name=x' }), /not JSON/],
    ['the wrong method', 'request.method', async (request) => rebuilt(request, { method: 'PUT' }), /POST/],
    ['the account ID left out of the path', 'request.path', async (request) => rebuilt(request, { url: request.url.replace(`/${ACCOUNT}/`, '/') }), /\/restapi\/v2\.1\/accounts\/18476201\/connect/],
    ['the base URL path dropped', 'request.path', async (request) => rebuilt(request, { url: request.url.replace('/restapi', '') }), /spec's path/],
    ['another host', 'request.url', async (request) => rebuilt(request, { url: request.url.replace('connect.example.test', 'evil.example.test') }), /base URL/],
    ['a query string', 'request.query', async (request) => rebuilt(request, { url: `${request.url}?debug=1` }), /no query/],
    ['Content-Type text/plain', 'request.header.content-type', withHeaders((headers) => headers.set('Content-Type', 'text/plain')), /application\/json/],
    ['no Accept', 'request.header.accept', withHeaders((headers) => headers.delete('Accept')), /no Accept/],
    ['no Authorization', 'request.header.authorization', withHeaders((headers) => headers.delete('Authorization')), /no Authorization header/],
    ['the token without "Bearer"', 'request.header.authorization', withHeaders((headers) => headers.set('Authorization', TOKEN)), /not "Bearer <token>"/],
    ['another token', 'request.header.authorization', withHeaders((headers) => headers.set('Authorization', 'Bearer someone-else')), /different bearer token/],
    ['the token also in the query', 'request', async (request) => rebuilt(request, { url: `${request.url}?access_token=${TOKEN}` }), /token appears/],
  ])('%s is reported at %s', async (_case, location, breakage, message) => {
    const findings = await findingsFor(breakage);
    const finding = findings.find((candidate) => candidate.location === location);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.message).toMatch(message);
    // The token never appears in what the harness reports.
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
  });

  test('an account ID that needs encoding must go out encoded', () => {
    const guid = 'F0C0E5A4-6A8B-4D7E-9C2B-3E1F5A7D9B11';
    const request = (path: string): WireRequest => ({
      method: 'POST',
      url: `${BASE_URL}${path}`,
      headers: new Headers({ 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${TOKEN}` }),
      body: JSON.stringify(body),
    });
    const intended = { baseUrl: BASE_URL, accountId: `${guid} `, token: TOKEN, body };
    // A space in the account ID is refused by the client before sending; here the check itself
    // is asked, so that an unencoded path is seen to be reported.
    expect(checkRequest(request(`/v2.1/accounts/${guid}%20/connect`), intended)).toEqual([]);
    expect(checkRequest(request(`/v2.1/accounts/${guid}+/connect`), intended).map((finding) => finding.location)).toEqual(['request.path']);
  });
});

function answer(status: number, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }): WireAnswer {
  return { status, headers: new Headers(headers), body };
}

const prismProblem = (validation: unknown[]) =>
  answer(500, JSON.stringify({ type: 'https://stoplight.io/prism/errors#VIOLATIONS', title: 'Request/Response not valid', status: 500, validation }), {
    'Content-Type': 'application/problem+json',
    'sl-violations': JSON.stringify(validation),
  });

describe('the answer check catches a drifting provider', () => {
  test.each([
    ['the success envelope', answer(201, created)],
    ['an error envelope', answer(400, JSON.stringify({ success: false, error: { code: 'VALIDATION_ERROR', message: 'allUsers must be "true" or "false"' } }))],
    ['a 429 with Retry-After', answer(429, JSON.stringify({ success: false, error: { code: 'HOURLY_API_LIMIT_EXCEEDED', message: 'Wait.' } }), { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '30' })],
  ])('%s gives no findings', (_case, given) => {
    expect(checkAnswer(given)).toEqual([]);
  });

  test.each<[string, string, WireAnswer, RegExp]>([
    ['created_at missing', 'response.body.data', answer(201, JSON.stringify({ success: true, data: { id: 'c0ffee' } })), /created_at/],
    ['success sent as the string "true"', 'response.body.success', answer(201, JSON.stringify({ success: 'true', data: { id: 'c0ffee', created_at: '2025-06-01T12:00:00Z' } })), /boolean|constant/],
    ['an extra field in data', 'response.body.data', answer(201, JSON.stringify({ success: true, data: { id: 'c0ffee', created_at: '2025-06-01T12:00:00Z', uri: '/connect/c0ffee' } })), /additional properties \(uri\)/],
    ['Content-Type text/html with an HTML body', 'response.header.content-type', answer(201, '<html><body>Created</body></html>', { 'Content-Type': 'text/html' }), /text\/html/],
    ['a 502 with an HTML body', 'response.status', answer(502, '<html><body>Bad gateway</body></html>', { 'Content-Type': 'text/html' }), /502 is not a status openapi\.yaml declares/],
    ['an error envelope without message', 'response.body.error', answer(401, JSON.stringify({ success: false, error: { code: 'AUTHORIZATION_INVALID_TOKEN' } })), /message/],
    ['a 429 without Retry-After', 'response.header.retry-after', answer(429, JSON.stringify({ success: false, error: { code: 'HOURLY_API_LIMIT_EXCEEDED', message: 'Wait.' } })), /must carry Retry-After/],
    ['an HTML body labelled JSON', 'response.body', answer(201, '<html></html>'), /not JSON/],
    [
      "Prism's --errors answer in place of the provider's",
      'response.body.data',
      prismProblem([{ location: ['response', 'body', 'data'], severity: 'Error', code: 'required', message: "Response body property data must have required property 'created_at'" }]),
      /created_at.*\[Prism: Error, required\]/,
    ],
    [
      "Prism's warning about an undeclared status",
      'response',
      answer(502, '{"success":false,"error":{"code":"BAD_GATEWAY","message":"upstream"}}', {
        'Content-Type': 'application/json',
        'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Warning', message: 'Unable to match the returned status code with those defined in the document: 201,400' }]),
      }),
      /Unable to match the returned status code.*Warning/,
    ],
  ])('%s is reported at %s', (_case, location, given, message) => {
    const findings = checkAnswer(given);
    const finding = findings.find((candidate) => candidate.location === location);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.message).toMatch(message);
  });

  test('a provider that echoes the token does not get it into the failure message', () => {
    const echoed = checkAnswer(answer(502, `<html>Bad gateway for Bearer ${TOKEN}</html>`, { 'Content-Type': 'text/html' }));
    expect(JSON.stringify(echoed)).toContain(TOKEN);
    expect(() => assertNoFindings(echoed, 'drift', [TOKEN])).toThrow(/\[REDACTED\]/);
    expect(() => assertNoFindings(echoed, 'drift', [TOKEN])).not.toThrow(new RegExp(TOKEN));
    expect(() => assertNoFindings([], 'nothing', [TOKEN])).not.toThrow();
  });

  test("Prism's problem listing is not reported twice when the header repeats it", () => {
    const validation = [{ location: ['response', 'body', 'success'], severity: 'Error', code: 'type', message: 'Response body property success must be boolean' }];
    expect(checkAnswer(prismProblem(validation))).toHaveLength(1);
  });
});
