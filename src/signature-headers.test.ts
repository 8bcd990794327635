// The bound on signature headers: however many a request carries, at most MAX_SIGNATURES values are
// checked, so the work is counted (HMACs computed, comparisons made) rather than timed. node:crypto
// is wrapped to count its calls; everything else about it is real.
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { bodyOf, envelopeEvent, KEY_NEW, KEY_OLD } from '../contract-tests/fixtures/connect-messages.js';
import { computeConnectSignature } from './connect-signature.js';
import { MAX_SIGNATURES, type MessageHeaders, signatureValues } from './signature-headers.js';
import { verifyConnectMessage } from './verify-message.js';

const work = vi.hoisted(() => ({ hmacs: 0, comparisons: 0 }));

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    createHmac: (...args: Parameters<typeof actual.createHmac>) => {
      work.hmacs += 1;
      return actual.createHmac(...args);
    },
    timingSafeEqual: (...args: Parameters<typeof actual.timingSafeEqual>) => {
      work.comparisons += 1;
      return actual.timingSafeEqual(...args);
    },
  };
});

beforeEach(() => {
  work.hmacs = 0;
  work.comparisons = 0;
});

const body = bodyOf(envelopeEvent());
const KEYS = [KEY_OLD, KEY_NEW, 'a-third-key-for-counting'];
const HEADER_COUNT = 5_000;

/** A well-formed signature no key made: 32 bytes of noise, canonical base64. */
const noise = (seed: number) => Buffer.from(Array.from({ length: 32 }, (_, index) => (seed * 31 + index * 7) & 0xff)).toString('base64');

/** HEADER_COUNT signature headers of noise, N from 1, with the genuine signature at `genuineAt`. */
function manySignatures(genuineAt: number | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let n = HEADER_COUNT; n >= 1; n -= 1) headers[`X-DocuSign-Signature-${n}`] = n === genuineAt ? computeConnectSignature(body, KEYS[2] as string) : noise(n);
  return headers;
}

/** The verification of `body` against KEYS with `headers`, counting only its own work. */
function verifyCounting(headers: MessageHeaders) {
  work.hmacs = 0;
  work.comparisons = 0;
  const result = verifyConnectMessage({ body, headers, hmacKeys: KEYS });
  return { result, hmacs: work.hmacs, comparisons: work.comparisons };
}

describe(`${HEADER_COUNT} signature headers cost no more than ${MAX_SIGNATURES}`, () => {
  test.each([
    { what: 'fetch Headers', wrap: (headers: Record<string, string>): MessageHeaders => new Headers(headers) },
    { what: 'a Node headers object', wrap: (headers: Record<string, string>): MessageHeaders => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])) },
  ])('in $what: one HMAC per key and at most MAX_SIGNATURES comparisons per key, none genuine', ({ wrap }) => {
    const { result, hmacs, comparisons } = verifyCounting(wrap(manySignatures(undefined)));
    expect(result).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(hmacs).toBe(KEYS.length);
    expect(comparisons).toBeLessThanOrEqual(MAX_SIGNATURES * KEYS.length);
    expect(comparisons).toBeGreaterThan(0);
  });

  test.each([
    { genuineAt: 1, accepted: true },
    { genuineAt: MAX_SIGNATURES, accepted: true },
    { genuineAt: MAX_SIGNATURES + 1, accepted: false },
    { genuineAt: HEADER_COUNT, accepted: false },
  ])('a genuine signature numbered $genuineAt among them: accepted $accepted, within the same bound', ({ genuineAt, accepted }) => {
    const { result, hmacs, comparisons } = verifyCounting(new Headers(manySignatures(genuineAt)));
    expect(result.ok ? `accepted ${result.signatureHeader}` : result.reason).toBe(accepted ? `accepted x-docusign-signature-${genuineAt}` : 'bad-signature');
    expect(hmacs).toBeLessThanOrEqual(KEYS.length);
    expect(comparisons).toBeLessThanOrEqual(MAX_SIGNATURES * KEYS.length);
  });

  test('thousands of comma-joined values in one header: the first MAX_SIGNATURES are checked', () => {
    const joined = (genuineAt: number) => Array.from({ length: HEADER_COUNT }, (_, index) => (index + 1 === genuineAt ? computeConnectSignature(body, KEY_OLD) : noise(index))).join(', ');
    for (const [genuineAt, accepted] of [[MAX_SIGNATURES, true], [MAX_SIGNATURES + 1, false]] as const) {
      const { result, hmacs, comparisons } = verifyCounting({ 'x-docusign-signature-1': joined(genuineAt) });
      expect(result.ok).toBe(accepted);
      expect(hmacs).toBeLessThanOrEqual(KEYS.length);
      expect(comparisons).toBeLessThanOrEqual(MAX_SIGNATURES * KEYS.length);
    }
    expect(signatureValues({ 'x-docusign-signature-1': joined(0) })).toHaveLength(MAX_SIGNATURES);
  });
});

describe('signatureValues', () => {
  /** What signatureValues promises, computed the plain way: every value, sorted (stable) by N, the first MAX_SIGNATURES. */
  function everyValueSorted(headers: Record<string, string | string[]>) {
    const all: Array<{ header: string; number: number; value: string }> = [];
    for (const [name, value] of Object.entries(headers)) {
      const match = /^x-docusign-signature-([1-9]\d{0,8})$/i.exec(name);
      if (match === null) continue;
      for (const text of Array.isArray(value) ? value : [value]) {
        const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
        for (const part of parts.length > 0 ? parts : ['']) all.push({ header: name.toLowerCase(), number: Number(match[1]), value: part });
      }
    }
    return all.sort((a, b) => a.number - b.number).slice(0, MAX_SIGNATURES);
  }

  test('keeps the same values as sorting every one and taking the lowest, in any order and amount', () => {
    const name = fc.oneof(fc.integer({ min: 1, max: 400 }).map((n) => `x-docusign-signature-${n}`), fc.constantFrom('content-type', 'x-docusign-signature-0'));
    const text = fc.oneof(fc.constantFrom('', ' ', ',', 'a, b', ' , c ,'), fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 250 }).map((items) => items.join(',')));
    const value = fc.oneof(text, fc.array(text, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(name, value, { maxKeys: 400 }), (headers) => {
        expect(signatureValues(headers)).toEqual(everyValueSorted(headers));
      }),
      { numRuns: 300 },
    );
  });

  test('a plain check of the premise: the reference keeps every value when there are few', () => {
    expect(everyValueSorted({ 'x-docusign-signature-2': 'b', 'X-DocuSign-Signature-1': 'a, c', other: 'x' })).toEqual([
      { header: 'x-docusign-signature-1', number: 1, value: 'a' },
      { header: 'x-docusign-signature-1', number: 1, value: 'c' },
      { header: 'x-docusign-signature-2', number: 2, value: 'b' },
    ]);
  });
});
