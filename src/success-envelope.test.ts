// The success envelope's created_at as the compiled validator (generated/validators.cjs) and so
// the client check it: an RFC 3339 date-time, strictly. The definition is the harness's
// contract-tests/support/rfc3339.mjs, compiled in by npm run generate.
import { describe, expect, test } from 'vitest';
import { briefJsonSimAccount, withListener } from '../contract-tests/fixtures/brief.js';
import { validateSuccessEnvelope } from '../generated/validators.cjs';
import { ConnectContractError, createConnectClient } from './index.js';

const envelope = (createdAt: string) => ({ success: true, data: { id: 'abc123', created_at: createdAt } });

describe('the compiled success-envelope validator', () => {
  test.each(['2025-01-01T00:00:00Z', '2025-01-01T00:00:00.123+02:00', '2025-01-01t00:00:00z', '2024-02-29T12:00:00-05:00'])(
    'accepts created_at %s',
    (createdAt) => {
      expect(validateSuccessEnvelope(envelope(createdAt))).toBe(true);
    },
  );

  test.each([
    ['2025-01-01 00:00:00Z', 'a space for the T'],
    ['2025-02-30T00:00:00Z', 'a day February never has'],
    ['2025-02-29T00:00:00Z', 'a 29 February outside a leap year'],
    ['2025-01-01T00:00:00', 'no time zone'],
    ['2025-01-01T00:00:00+0200', 'an offset without its colon'],
  ])('refuses created_at %s (%s)', (createdAt) => {
    expect(validateSuccessEnvelope(envelope(createdAt))).toBe(false);
    expect(validateSuccessEnvelope.errors?.[0]).toMatchObject({ instancePath: '/data/created_at', keyword: 'format' });
  });
});

test('the client turns a 201 whose created_at has a space for the T into a contract error', async () => {
  const fetch = async () => new Response(JSON.stringify(envelope('2025-01-01 00:00:00Z')), { status: 201, headers: { 'Content-Type': 'application/json' } });
  const client = createConnectClient({ baseUrl: 'https://demo.docusign.net/restapi', accessToken: 'token', fetch, retry: false, wire: 'envelope' });
  const sent = client.createConfiguration('1234567', withListener(briefJsonSimAccount, 'https://hooks.example.com/connect'));
  await expect(sent).rejects.toBeInstanceOf(ConnectContractError);
  await expect(sent).rejects.toThrow(/created_at/);
});
