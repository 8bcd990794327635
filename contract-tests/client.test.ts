// The client against the mock: the brief's bodies are created, every declared error status comes
// back as its envelope, every body of the rule table that must be refused is refused before
// anything is sent (the negative matrix checks that it names the same field as Prism), and every
// body Prism accepts passes the client's own check.
import { describe, expect, test } from 'vitest';
import { type ConnectConfiguration, ConnectInputError, type CreateConfigurationResult, jsonSim, validateConfiguration } from '../src/index.js';
import { briefJsonSimAccount, briefJsonSimRecipient, withListener } from './fixtures/brief.js';
import { LISTENER } from './support/bodies.js';
import { exchange } from './support/exchange.js';
import { validators } from './support/harness.js';
import { cases } from './support/rule-cases.js';


function expectCreated(result: CreateConfigurationResult | undefined, thrown: unknown) {
  expect(thrown).toBeUndefined();
  expect(result?.success, JSON.stringify(result)).toBe(true);
  if (result?.success !== true) return;
  expect(result.status).toBe(201);
  expect(result.outcome).toBe('created');
  expect(result.data.id.length).toBeGreaterThan(0);
  expect(validators.successEnvelope({ success: result.success, data: result.data })).toBe(true);
}

const listening = jsonSim({ name: 'Errors', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] });

// Every example and builder output is created on the mock by the wire suite (wire.test.ts).
describe('creating through the client', () => {
  test.each([
    ['account-level', briefJsonSimAccount],
    ['Recipient Connect', briefJsonSimRecipient],
  ])('the brief %s sample is created once its placeholder URL is a real https URL', async (_name, sample) => {
    const { result, thrown, violations } = await exchange(withListener(sample, LISTENER));
    expectCreated(result, thrown);
    expect(violations).toEqual([[]]);
  });

  test('the brief samples as given are refused for their placeholder URL alone, before sending', async () => {
    const { thrown, requests } = await exchange(withListener(briefJsonSimAccount, briefJsonSimAccount.urlToPublishTo));
    expect(thrown).toBeInstanceOf(ConnectInputError);
    expect((thrown as ConnectInputError).problems.map((problem) => problem.pointer)).toEqual(['/urlToPublishTo']);
    expect(requests).toHaveLength(0);
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
    const { result, requests, violations } = await exchange(listening, { prefer: `code=${status}` });
    expect(result?.success).toBe(false);
    if (result === undefined || result.success) return;
    expect(result.status).toBe(status);
    expect(result.error.code).toBe(code);
    expect(result.outcome).toBe(outcome);
    if (status === 429) {
      expect(result.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(result.retryAfter).toBe(Number(result.headers.get('retry-after')));
    }
    expect(requests).toHaveLength(1);
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
      const { thrown, requests } = await exchange(listening, { accountId });
      expect(thrown).toBeInstanceOf(ConnectInputError);
      expect((thrown as ConnectInputError).problems).toMatchObject([{ location: 'path', pointer: '/accountId' }]);
      expect(requests).toHaveLength(0);
    },
  );

  test.each(refusedBodies.map((c) => [c.rule, c.title, c] as const))('rule %s: %s never reaches the mock', async (_rule, _title, { body }) => {
    const { thrown, requests } = await exchange(body as ConnectConfiguration);
    expect(thrown).toBeInstanceOf(ConnectInputError);
    expect(requests).toHaveLength(0);
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
    const { thrown: error, requests } = await exchange(body as ConnectConfiguration);
    expect(error).toBeInstanceOf(ConnectInputError);
    const problem = (error as ConnectInputError).problems.find((candidate) => candidate.pointer === pointer);
    expect(problem, JSON.stringify((error as ConnectInputError).problems)).toBeDefined();
    expect(problem?.message).toMatch(fix);
    expect((error as Error).message).toMatch(fix);
    expect(requests).toHaveLength(0);
  });
});
