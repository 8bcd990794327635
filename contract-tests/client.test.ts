// The client against the mock: what the builders make and the brief's bodies are created; every
// body of the rule table that must be refused is refused by the client before anything is sent
// (the negative matrix checks that it names the same field as Prism); every body Prism accepts
// passes the client's own check.
import { describe, expect, test } from 'vitest';
import {
  type ConnectConfiguration,
  ConnectInputError,
  type CreateConfigurationResult,
  createConnectClient,
  jsonSim,
  validateConfiguration,
} from '../src/index.js';
import { briefJsonSimAccount, briefJsonSimRecipient, withListener } from './fixtures/brief.js';
import { ACCOUNT_ID, prismUrl, requestBodyExamples, validators, violationsOf } from './support/harness.js';
import { builtBodies, LISTENER } from './support/bodies.js';
import { cases } from './support/rule-cases.js';


/** A client for the mock that records what reached the wire and what Prism said about it. */
function mockClient(options: { prefer?: string; retry?: false } = {}) {
  const sent: Request[] = [];
  const violations: unknown[][] = [];
  const client = createConnectClient({
    baseUrl: prismUrl(),
    accessToken: 'contract-test-token',
    fetch: (request) => {
      sent.push(request.clone());
      return fetch(request);
    },
    ...(options.retry === false ? { retry: false as const } : {}),
    middleware: [
      {
        onRequest({ request }) {
          if (options.prefer !== undefined) request.headers.set('Prefer', options.prefer);
          return request;
        },
        onResponse({ response }) {
          violations.push(violationsOf(response));
          return response;
        },
      },
    ],
  });
  return { client, sent, violations };
}

function expectCreated(result: CreateConfigurationResult) {
  expect(result.success, JSON.stringify(result)).toBe(true);
  if (!result.success) return;
  expect(result.status).toBe(201);
  expect(result.outcome).toBe('created');
  expect(result.data.id.length).toBeGreaterThan(0);
  expect(validators.successEnvelope({ success: result.success, data: result.data })).toBe(true);
}


describe('creating through the client', () => {
  test.each(builtBodies)('the %s builder output is created', async (_name, body) => {
    expect(validateConfiguration(body).problems).toEqual([]);
    const { client, sent, violations } = mockClient();
    expectCreated(await client.createConfiguration(ACCOUNT_ID, body));
    expect(sent).toHaveLength(1);
    expect(violations).toEqual([[]]);
  });

  test.each(requestBodyExamples)('the spec example %s is created', async (_name, body) => {
    const { client, sent, violations } = mockClient();
    expectCreated(await client.createConfiguration(ACCOUNT_ID, body as ConnectConfiguration));
    expect(sent).toHaveLength(1);
    expect(violations).toEqual([[]]);
  });

  test.each([
    ['account-level', briefJsonSimAccount],
    ['Recipient Connect', briefJsonSimRecipient],
  ])('the brief %s sample is created once its placeholder URL is a real https URL', async (_name, sample) => {
    const { client, violations } = mockClient();
    expectCreated(await client.createConfiguration(ACCOUNT_ID, withListener(sample, LISTENER)));
    expect(violations).toEqual([[]]);
  });

  test('the brief samples as given are refused for their placeholder URL alone, before sending', async () => {
    const { client, sent } = mockClient();
    const body = withListener(briefJsonSimAccount, briefJsonSimAccount.urlToPublishTo);
    const error = await client.createConfiguration(ACCOUNT_ID, body).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectInputError);
    expect((error as ConnectInputError).problems.map((problem) => problem.pointer)).toEqual(['/urlToPublishTo']);
    expect(sent).toHaveLength(0);
  });

  test.each([
    [400, 'VALIDATION_ERROR', 'rejected'],
    [401, 'AUTHORIZATION_INVALID_TOKEN', 'rejected'],
    [403, 'USER_LACKS_PERMISSIONS', 'rejected'],
    [404, 'ACCOUNT_NOT_FOUND', 'rejected'],
    [429, 'HOURLY_API_LIMIT_EXCEEDED', 'rejected'],
    [500, 'INTERNAL_SERVER_ERROR', 'unknown'],
    // Prism sends the spec's example Retry-After with a 503: the server did not process it.
    [503, 'SERVICE_UNAVAILABLE', 'rejected'],
  ] as const)('a %i from the mock resolves to its error envelope', async (status, code, outcome) => {
    const { client, sent, violations } = mockClient({ prefer: `code=${status}`, retry: false });
    const result = await client.createConfiguration(ACCOUNT_ID, jsonSim({ name: 'Errors', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.status).toBe(status);
    expect(result.error.code).toBe(code);
    expect(result.outcome).toBe(outcome);
    if (status === 429) {
      expect(result.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(result.retryAfter).toBe(Number(result.headers.get('retry-after')));
    }
    expect(sent).toHaveLength(1);
    expect(violations).toEqual([[]]);
  });
});

const refusedBodies = cases.filter((c) => c.field !== undefined && c.accountId === undefined);
const refusedAccounts = cases.filter((c) => c.field !== undefined && c.accountId !== undefined);
const acceptedBodies = cases.filter((c) => c.field === undefined);

describe('the client agrees with the Prism rule tests', () => {
  test.each(acceptedBodies.map((c) => [c.rule, c.title, c] as const))('rule %s: %s passes the client check', (_rule, _title, { body }) => {
    expect(validateConfiguration(body).problems).toEqual([]);
  });

  test.each(refusedAccounts.map((c) => [c.title, c.accountId ?? ''] as const))(
    'an account ID with %s is refused before sending',
    async (_title, accountId) => {
      const { client, sent } = mockClient();
      const error = await client.createConfiguration(accountId, jsonSim({ name: 'Path', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConnectInputError);
      expect((error as ConnectInputError).problems).toMatchObject([{ location: 'path', pointer: '/accountId' }]);
      expect(sent).toHaveLength(0);
    },
  );

  test('a refused body never reaches the mock', async () => {
    const { client, sent } = mockClient();
    for (const { body } of refusedBodies) {
      await expect(client.createConfiguration(ACCOUNT_ID, body as ConnectConfiguration)).rejects.toBeInstanceOf(ConnectInputError);
    }
    expect(sent).toHaveLength(0);
  });
});

/** The README's classic mistakes, each with the words the fix must contain. */
const base = { configurationType: 'custom', urlToPublishTo: LISTENER, name: 'Classic', allowEnvelopePublish: 'true', enableLog: 'true' } as const;
const classicMistakes: Array<[string, Record<string, unknown>, string, RegExp]> = [
  ['lowercase legacy events', { ...base, allUsers: 'true', deliveryMode: 'aggregate', envelopeEvents: ['sent', 'completed'] }, '/envelopeEvents/0', /use "Sent"/],
  ['allUsers "false" without userIds', { ...base, allUsers: 'false', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['envelope-sent'] }, '/userIds', /list the users to cover in userIds/],
  ['JSON SIM without restv2.1', { ...base, allUsers: 'true', deliveryMode: 'SIM', events: ['envelope-sent'] }, '/events', /add eventData: \{ version: "restv2\.1" \}/],
  ['an http:// listener', { ...base, urlToPublishTo: 'http://hooks.example.com/docusign', allUsers: 'true', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['envelope-sent'] }, '/urlToPublishTo', /use https:\/\//],
  ['a misspelled property', { ...base, allUser: 'true', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['envelope-sent'] }, '/allUser', /did you mean allUsers\?/],
  ['a JSON boolean flag', { ...base, allUsers: true, deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['envelope-sent'] }, '/allUsers', /expects the string "true"/],
  ['legacy statuses in events', { ...base, allUsers: 'true', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['Completed'] }, '/events/0', /use "envelope-completed"/],
];

describe('the classic mistakes', () => {
  test.each(classicMistakes)('%s is refused with the fix, and nothing is sent', async (_name, body, pointer, fix) => {
    const { client, sent } = mockClient();
    const error = await client.createConfiguration(ACCOUNT_ID, body as ConnectConfiguration).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectInputError);
    const problem = (error as ConnectInputError).problems.find((candidate) => candidate.pointer === pointer);
    expect(problem, JSON.stringify((error as ConnectInputError).problems)).toBeDefined();
    expect(problem?.message).toMatch(fix);
    expect((error as Error).message).toMatch(fix);
    expect(sent).toHaveLength(0);
  });
});
