// Suite 1, request shapes on the wire, and suite 2, the created answer, on each wire the run
// checks. Every named request example and every builder output goes through the client; a
// recording fetch keeps the request exactly as it left and the answer exactly as it came back.
// The request must be what the spec describes and carry the caller's body unchanged, the same on
// both wires; the answer must be a created configuration: the closed success envelope, or
// DocuSign's connectCustomConfiguration with a connectId. Against a provider (`npm run contract --
// --provider <url>`) the same requests go through the Prism proxy, so the provider's answers are
// checked the same way.
import { describe, expect, test } from 'vitest';
import { validateSuccessEnvelope } from '../generated/validators.cjs';
import { ConnectContractError } from '../src/index.js';
import { checkAnswer } from './support/answer-check.js';
import { validBodies } from './support/bodies.js';
import { exchange } from './support/exchange.js';
import { contractTarget, describeErrors, runWires, validators } from './support/harness.js';
import { isRfc3339DateTime } from './support/rfc3339.mjs';
import { assertNoFindings, checkRequest, type Finding, type WireRequest } from './support/wire-check.js';

describe.each(runWires())('request shapes on the %s wire, and the created answer', (wire) => {
  const target = contractTarget(wire);
  /** Ids of the configurations created on this wire, to see that each got its own. */
  const createdIds: string[] = [];
  /** Account IDs in both forms the spec allows; a provider is asked about its own account only. */
  const accounts = target.mode === 'mock' ? ['18476201', 'f0c0e5a4-6a8b-4d7e-9c2b-3e1f5a7d9b11'] : [target.accountId];

  describe.each(accounts)('account %s', (accountId) => {
    test.each(validBodies)('%s goes out as the spec says and comes back created', async (_name, body) => {
      const { requests, answers, result, thrown, contractWarnings } = await exchange(body, { accountId, wire });
      expect(requests, 'the client must send exactly one request').toHaveLength(1);
      const findings: Finding[] = [
        ...checkRequest(requests[0] as WireRequest, { baseUrl: target.url, accountId, token: target.token, body }),
        ...(answers[0] === undefined ? [] : checkAnswer(answers[0], wire)),
      ];
      assertNoFindings(findings, 'the exchange broke the contract', [target.token]);
      expect(thrown, thrown instanceof ConnectContractError ? thrown.message : String(thrown)).toBeUndefined();
      expect(contractWarnings.map((warning) => warning.message)).toEqual([]);
      // DocuSign documents 201; a proxy in front of it was seen answering 200.
      if (wire === 'envelope' || target.mode === 'mock') expect(result?.status).toBe(201);
      else expect(result?.status).toBeGreaterThanOrEqual(200);
      expect(result?.success).toBe(true);
      if (result?.success !== true) return;
      const envelope = { success: result.success, data: result.data };
      expect(validators.successEnvelope(envelope), describeErrors(validators.successEnvelope)).toBe(true);
      expect(result.data.id.trim()).not.toBe('');
      expect(isRfc3339DateTime(result.data.created_at), `created_at ${JSON.stringify(result.data.created_at)} is not an RFC 3339 date-time`).toBe(true);
      expect(result.outcome).toBe('created');
      if (wire === 'docusign') {
        expect(result.docusign?.connectId).toBe(result.data.id);
        expect(validators.docusignConfiguration(result.docusign), describeErrors(validators.docusignConfiguration)).toBe(true);
      } else {
        expect(result.docusign).toBeUndefined();
      }
      createdIds.push(result.data.id);
    });
  });

  // A provider that is not there yet can look green behind Prism: Prism answers an upstream 501
  // with a mocked success. Mocked answers reuse one example id; real creations do not.
  // (The mock answers with its example every time, so this is for providers only.)
  if (target.mode === 'provider') {
    test('each created configuration has its own id', () => {
      expect(createdIds.length).toBeGreaterThan(1);
      expect(new Set(createdIds).size, `ids repeat: ${createdIds.join(', ')}`).toBe(createdIds.length);
    });
  }
});

// The wire changes how an answer is read, never what is sent.
if (runWires().length === 2) {
  describe('the same request on both wires', () => {
    test.each(validBodies)('%s is sent byte for byte the same to either wire', async (_name, body) => {
      const sent = await Promise.all(runWires().map(async (wire) => {
        const { requests } = await exchange(body, { wire });
        const request = requests[0] as WireRequest;
        const url = new URL(request.url);
        return { path: `${url.pathname}${url.search}`, method: request.method, headers: Object.fromEntries(request.headers), body: request.body };
      }));
      expect(sent[0]?.body.length).toBeGreaterThan(0);
      expect(sent[1]).toEqual(sent[0]);
    });
  });
}

// The same definition decides for the client: it is Ajv's date-time format in generated/.
describe('RFC 3339 date-times, for these tests and for the client', () => {
  const clientAccepts = (createdAt: unknown) => validateSuccessEnvelope({ success: true, data: { id: 'c0ffee', created_at: createdAt } });

  test.each(['2025-01-01T00:00:00Z', '2024-02-29T23:59:60.123+05:30', '1926-06-09t23:37:14.0z', '2025-12-31T10:00:00-00:00', '2000-02-29T00:00:00Z'])('%s is one', (text) => {
    expect(isRfc3339DateTime(text)).toBe(true);
    expect(clientAccepts(text)).toBe(true);
  });

  test.each(['2025-01-01T00:00:00', '2025-01-01 00:00:00Z', '2025-02-29T00:00:00Z', '2025-02-30T00:00:00Z', '1900-02-29T00:00:00Z', '2025-04-31T00:00:00Z', '2025-13-01T00:00:00Z', '2025-01-01T24:00:00Z', '2025-01-01', 'Wed, 01 Jan 2025 00:00:00 GMT', '2025-01-01T00:00:00+0100', '2025-01-01T00:00:00Z\n', 1735689600000, ''])(
    '%s is not',
    (text) => {
      expect(isRfc3339DateTime(text)).toBe(false);
      expect(clientAccepts(text)).toBe(false);
    },
  );
});
