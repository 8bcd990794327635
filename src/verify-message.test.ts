// verifyConnectMessage: every refusal, the header forms servers hand over, key rotation, and that
// malformed input is a refusal rather than a throw (fuzzed with fast-check).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bodyOf, envelopeEvent, KEY_NEW, KEY_OLD, recipientEvent, signatureHeaders } from '../contract-tests/fixtures/connect-messages.js';
import { computeConnectSignature } from './connect-signature.js';
import { makeConnectEvents } from './event-factory.js';
import { checkHmacKeys } from './hmac-keys.js';
import { MAX_JSON_DEPTH } from './json-depth.js';
import { MAX_SIGNATURES } from './signature-headers.js';
import { type RefusedMessage, verifyConnectMessage, type VerifyResult } from './verify-message.js';

const body = bodyOf(envelopeEvent());
const signedWith = (key: string, text: string | Uint8Array = body) => computeConnectSignature(text, key);

/** The refusal, failing the test when the message was accepted. */
function refused(result: VerifyResult): RefusedMessage {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`);
  return result;
}

describe('verifyConnectMessage accepts', () => {
  test('a message signed with the key, naming the header and key that matched', () => {
    const result = verifyConnectMessage({ body, headers: signatureHeaders(body, [KEY_OLD]), hmacKeys: [KEY_OLD] });
    expect(result).toEqual({ ok: true, event: envelopeEvent(), signatureHeader: 'x-docusign-signature-1', keyIndex: 0 });
  });

  test('a Buffer, a Uint8Array, an ArrayBuffer and a string of the same bytes alike', () => {
    const bytes = Buffer.from(body);
    const headers = { 'x-docusign-signature-1': signedWith(KEY_OLD) };
    for (const raw of [bytes, new Uint8Array(bytes), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), body]) {
      expect(verifyConnectMessage({ body: raw, headers, hmacKeys: [KEY_OLD] }).ok).toBe(true);
    }
  });

  test.each(['X-DocuSign-Signature-1', 'X-Docusign-Signature-1', 'x-docusign-signature-1', 'X-DOCUSIGN-SIGNATURE-1'])('the header spelt %s', (name) => {
    const signature = signedWith(KEY_OLD);
    expect(verifyConnectMessage({ body, headers: { [name]: signature }, hmacKeys: [KEY_OLD] })).toMatchObject({ ok: true, signatureHeader: 'x-docusign-signature-1' });
    expect(verifyConnectMessage({ body, headers: new Headers({ [name]: signature }), hmacKeys: [KEY_OLD] })).toMatchObject({ ok: true, signatureHeader: 'x-docusign-signature-1' });
  });

  test('during a key rotation, a message whose only matching signature is -2, signed by the second key held', () => {
    const headers = new Headers({ 'X-DocuSign-Signature-1': signedWith('a-key-this-listener-never-had'), 'X-DocuSign-Signature-2': signedWith(KEY_NEW) });
    expect(verifyConnectMessage({ body, headers, hmacKeys: [KEY_OLD, KEY_NEW] })).toMatchObject({ ok: true, signatureHeader: 'x-docusign-signature-2', keyIndex: 1 });
  });

  test('signature values in a Node header list, or joined with commas by a proxy', () => {
    const good = signedWith(KEY_NEW);
    const bad = signedWith('another-key');
    expect(verifyConnectMessage({ body, headers: { 'x-docusign-signature-3': [bad, good] }, hmacKeys: [KEY_NEW] })).toMatchObject({ ok: true, signatureHeader: 'x-docusign-signature-3' });
    expect(verifyConnectMessage({ body, headers: { 'x-docusign-signature-3': `${bad}, ${good}` }, hmacKeys: [KEY_NEW] }).ok).toBe(true);
    expect(verifyConnectMessage({ body, headers: { 'x-docusign-signature-1': undefined, 'x-docusign-signature-2': good }, hmacKeys: [KEY_NEW] }).ok).toBe(true);
  });

  test('a recipient event, typed by its event name', () => {
    const text = bodyOf(recipientEvent('2'));
    const result = verifyConnectMessage({ body: text, headers: signatureHeaders(text, [KEY_OLD]), hmacKeys: [KEY_OLD] });
    if (!result.ok) throw new Error(result.message);
    expect(result.event.event).toBe('recipient-completed');
    if (result.event.event === 'recipient-completed') expect(result.event.data.recipientId).toBe('2');
  });

  test('any message with hmacKeys: false, saying that no key was checked', () => {
    expect(verifyConnectMessage({ body, headers: {}, hmacKeys: false })).toEqual({ ok: true, event: envelopeEvent(), signatureHeader: undefined, keyIndex: undefined });
  });
});

describe('verifyConnectMessage refuses', () => {
  test('a message without a signature header as no-signature (401)', () => {
    const result = refused(verifyConnectMessage({ body, headers: { 'content-type': 'application/json', 'x-docusign-signature': signedWith(KEY_OLD) }, hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'no-signature', status: 401 });
    expect(result.message).toMatch(/no X-DocuSign-Signature-N header/);
  });

  test.each([
    { what: 'a key the listener does not hold', headers: () => signatureHeaders(body, ['someone-elses-key']) },
    { what: 'a signature -0, which DocuSign never numbers', headers: () => ({ 'x-docusign-signature-0': signedWith(KEY_OLD) }) },
  ])('a message signed with $what as bad-signature or no-signature', ({ headers }) => {
    expect(['bad-signature', 'no-signature']).toContain(refused(verifyConnectMessage({ body, headers: headers(), hmacKeys: [KEY_OLD] })).reason);
  });

  test('a body changed after signing, even by one space', () => {
    const headers = signatureHeaders(body, [KEY_OLD]);
    for (const tampered of [body.replace('completed', 'declined'), `${body} `, body.replace(':', ': '), JSON.stringify(JSON.parse(body), null, 2)]) {
      expect(refused(verifyConnectMessage({ body: tampered, headers, hmacKeys: [KEY_OLD] })).reason).toBe('bad-signature');
    }
  });

  test.each([
    { what: 'empty', value: '' },
    { what: 'short', value: 'abc=' },
    { what: 'garbage', value: 'not a signature at all!' },
    { what: 'overlong', value: `${signedWith(KEY_OLD)}AAAA` },
    { what: 'doubled', value: signedWith(KEY_OLD).repeat(2) },
    { what: 'without padding', value: signedWith(KEY_OLD).slice(0, -1) },
    { what: 'URL-safe base64', value: Buffer.from(signedWith(KEY_OLD), 'base64').toString('base64url') },
    { what: 'hex', value: Buffer.from(signedWith(KEY_OLD), 'base64').toString('hex') },
    { what: 'non-canonical (same bytes, other last character)', value: nonCanonical(signedWith(KEY_OLD)) },
    { what: 'megabytes long', value: 'A'.repeat(2_000_000) },
  ])('a $what signature as bad-signature, without throwing', ({ value }) => {
    const result = refused(verifyConnectMessage({ body, headers: { 'x-docusign-signature-1': value }, hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'bad-signature', status: 401 });
  });

  test(`any signature past the ${MAX_SIGNATURES} lowest-numbered values`, () => {
    const noise = Object.fromEntries(Array.from({ length: MAX_SIGNATURES }, (_, index) => [`x-docusign-signature-${index + 1}`, signedWith(`noise-${index}`)]));
    const last = { ...noise, [`x-docusign-signature-${MAX_SIGNATURES + 1}`]: signedWith(KEY_OLD) };
    expect(refused(verifyConnectMessage({ body, headers: last, hmacKeys: [KEY_OLD] })).reason).toBe('bad-signature');
    // Lowest N first, whatever order the headers came in: the good one at N=1 is checked among 150.
    const many = { ...Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`x-docusign-signature-${index + 2}`, signedWith(`noise-${index}`)])), 'x-docusign-signature-1': signedWith(KEY_OLD) };
    expect(verifyConnectMessage({ body, headers: many, hmacKeys: [KEY_OLD] })).toMatchObject({ ok: true, signatureHeader: 'x-docusign-signature-1' });
  });

  test.each([
    { what: 'not JSON', raw: 'event=envelope-completed' },
    { what: 'XML (a configuration set to XML)', raw: '<?xml version="1.0"?><DocuSignEnvelopeInformation/>' },
    { what: 'empty', raw: '' },
    { what: 'not UTF-8', raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
  ])('a signed body that is $what as not-json (400)', ({ raw }) => {
    const result = refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'not-json', status: 400 });
  });

  test.each([
    { what: 'an array', value: [envelopeEvent()], pointer: '' },
    { what: 'null', value: null, pointer: '' },
    { what: 'a message without data', value: { ...envelopeEvent(), data: undefined }, pointer: '/data' },
    { what: 'a recipient event without data.recipientId', value: envelopeEvent({ event: 'recipient-completed' }), pointer: '/data/recipientId' },
  ])('signed JSON that is $what as not-an-event, naming where', ({ value, pointer }) => {
    const raw = bodyOf(value);
    const result = refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'not-an-event', status: 400, pointer });
    expect(result.message).toMatch(/^not a JSON SIM event: /);
    if (pointer !== '') expect(result.message).toContain(pointer);
    expect(result.message.length).toBeLessThanOrEqual(300);
  });

  test('an event name the spec does not list, showing the name', () => {
    const raw = bodyOf(envelopeEvent({ event: 'envelope-teleported' }));
    const result = refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'not-an-event', pointer: '/event', unknownEvent: 'envelope-teleported' });
    expect(result.message).toBe('not a JSON SIM event: /event is "envelope-teleported", not one of the values the spec allows');
  });

  test.each([
    { what: 'a template message whose data is not an object', value: { event: 'template-created', configurationId: 7, generatedDateTime: '2026-01-13T07:09:58.9584687Z', data: 'x' }, pointer: '/data' },
    { what: 'a click message without configurationId', value: { event: 'click-agreed', generatedDateTime: '2026-01-13T07:09:58.9584687Z', data: {} }, pointer: '/configurationId' },
    { what: 'a recipient message whose recipientId is a number', value: envelopeEvent({ event: 'recipient-sent' }, { recipientId: 1 }), pointer: '/data/recipientId' },
  ])('names the problem of the message\'s own family: $what', ({ value, pointer }) => {
    const raw = bodyOf(value);
    const result = refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
    expect(result).toMatchObject({ reason: 'not-an-event', pointer });
  });

  test('names an unknown event without a known prefix when the rest is a valid message of some family', () => {
    const raw = bodyOf(envelopeEvent({ event: 'contract-renewed' }));
    expect(refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }))).toMatchObject({ reason: 'not-an-event', unknownEvent: 'contract-renewed' });
  });

  test.each(['template-created', 'click-agreed', 'recipient-completed', 'envelope-completed'] as const)('names an unknown event given to an otherwise valid %s message, whatever its prefix', (known) => {
    const [message] = makeConnectEvents({ events: [known] });
    for (const event of ['widget-created', 'envelope-teleported', 'recipient-abducted', 'template-archived', 'click-revoked']) {
      const raw = bodyOf({ ...message, event });
      expect(refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }))).toMatchObject({ reason: 'not-an-event', unknownEvent: event });
    }
  });

  test('names an unknown event only when the name is the problem', () => {
    for (const value of [
      envelopeEvent({ event: 'recipient-completed' }),
      envelopeEvent({ event: 42 }),
      envelopeEvent({ retryCount: -1 }),
      // An unknown name and another fault: a malformed message, not a new DocuSign event.
      envelopeEvent({ event: 'envelope-teleported', retryCount: -1 }),
      { event: 'widget-created' },
      { event: '', a: [1] },
      { event: 'envelope-teleported', data: null },
    ]) {
      const raw = bodyOf(value);
      const result = refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
      expect(result.reason).toBe('not-an-event');
      expect(result).not.toHaveProperty('unknownEvent');
    }
  });

  test('a field of the wrong type, with the schema\'s words for it', () => {
    const raw = bodyOf(envelopeEvent({ retryCount: 'once' }));
    expect(refused(verifyConnectMessage({ body: raw, headers: signatureHeaders(raw, [KEY_OLD]), hmacKeys: [KEY_OLD] }))).toMatchObject({
      pointer: '/retryCount',
      message: 'not a JSON SIM event: /retryCount must be integer',
    });
  });

  test('with keys, a message that is not signed, before looking at its body', () => {
    expect(refused(verifyConnectMessage({ body: 'not json', headers: {}, hmacKeys: [KEY_OLD] })).reason).toBe('no-signature');
  });

  test('and never puts a key or a signature in its message', () => {
    const signature = signedWith(KEY_OLD);
    const results = [
      verifyConnectMessage({ body, headers: { 'x-docusign-signature-1': signature }, hmacKeys: [KEY_NEW] }),
      verifyConnectMessage({ body: `${body}x`, headers: { 'x-docusign-signature-1': signature }, hmacKeys: [KEY_OLD, KEY_NEW] }),
      verifyConnectMessage({ body, headers: {}, hmacKeys: [KEY_OLD] }),
    ];
    for (const result of results) {
      const text = JSON.stringify(result);
      for (const secret of [KEY_OLD, KEY_NEW, signature]) expect(text).not.toContain(secret);
    }
  });
});

/** `levels` arrays inside one another around `inner`. */
const nestedArrays = (levels: number, inner = '') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
/** `levels` objects inside one another, each the value of "a". */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
/** A valid envelope event whose open data block has `padding`, given as raw JSON text. */
const withPadding = (padding: string) => bodyOf(envelopeEvent({}, { padding: '@' })).replace('"@"', padding);

describe('verifyConnectMessage and deeply nested JSON', () => {
  test.each([
    { what: 'a million nested arrays', raw: () => nestedArrays(1_000_000) },
    { what: 'a million nested objects', raw: () => nestedObjects(1_000_000) },
    { what: 'a valid event with a million nested arrays in an open field', raw: () => withPadding(nestedArrays(1_000_000)) },
    { what: `a valid event nested ${MAX_JSON_DEPTH + 1} deep`, raw: () => withPadding(nestedArrays(MAX_JSON_DEPTH - 1)) },
  ])('refuses $what, signed, as too-deep (400) without throwing, as text and bytes, with keys or without', ({ raw }) => {
    const text = raw();
    const headers = signatureHeaders(text, [KEY_OLD]);
    for (const body of [text, Buffer.from(text)]) {
      for (const hmacKeys of [[KEY_OLD], false] as const) {
        const result = refused(verifyConnectMessage({ body, headers, hmacKeys }));
        expect(result).toMatchObject({ reason: 'too-deep', status: 400 });
        expect(result.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
      }
    }
  });

  test(`accepts a valid event nested exactly ${MAX_JSON_DEPTH} deep (the outer object, data, then arrays)`, () => {
    const text = withPadding(nestedArrays(MAX_JSON_DEPTH - 2, '1'));
    const result = verifyConnectMessage({ body: text, headers: signatureHeaders(text, [KEY_OLD]), hmacKeys: [KEY_OLD] });
    expect(result.ok ? 'accepted' : result.reason).toBe('accepted');
  });

  test('at the limit the schema may still refuse, but never as too-deep', () => {
    const text = nestedArrays(MAX_JSON_DEPTH, '1');
    const result = refused(verifyConnectMessage({ body: text, headers: signatureHeaders(text, [KEY_OLD]), hmacKeys: [KEY_OLD] }));
    expect(result.reason).toBe('not-an-event');
  });

  test('does not count brackets inside strings, escaped quotes included', () => {
    const text = withPadding(JSON.stringify(`"${'[{'.repeat(5_000)}\\"`));
    const result = verifyConnectMessage({ body: text, headers: signatureHeaders(text, [KEY_OLD]), hmacKeys: [KEY_OLD] });
    expect(result.ok ? 'accepted' : result.reason).toBe('accepted');
  });

  test('checks the signature first: an unsigned deep body is a signature refusal', () => {
    expect(refused(verifyConnectMessage({ body: nestedArrays(1_000_000), headers: {}, hmacKeys: [KEY_OLD] })).reason).toBe('no-signature');
  });
});

describe('verifyConnectMessage throws for a call that can never work', () => {
  test.each([
    { what: 'a parsed object (express.json)', value: envelopeEvent() },
    { what: 'null', value: null },
    { what: 'a number', value: 42 },
    { what: 'undefined', value: undefined },
  ])('a body that is $what: a TypeError asking for the raw bytes', ({ value }) => {
    expect(() => verifyConnectMessage({ body: value as never, headers: {}, hmacKeys: [KEY_OLD] })).toThrow(TypeError);
    expect(() => verifyConnectMessage({ body: value as never, headers: {}, hmacKeys: [KEY_OLD] })).toThrow(/raw request body .*express\.raw/);
  });

  test('missing headers, and keys that can never match', () => {
    expect(() => verifyConnectMessage({ body, headers: undefined as never, hmacKeys: [KEY_OLD] })).toThrow(/headers must be/);
    expect(() => verifyConnectMessage({ body, headers: {}, hmacKeys: [` ${KEY_OLD}`] })).toThrow(RangeError);
    expect(() => verifyConnectMessage({ body, headers: {}, hmacKeys: [] })).toThrow(RangeError);
    expect(() => verifyConnectMessage({ body, headers: {}, hmacKeys: undefined as never })).toThrow(TypeError);
  });
});

describe('verifyConnectMessage, fuzzed', () => {
  /** Keys checkHmacKeys accepts. */
  const key = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((text) => {
    try {
      checkHmacKeys([text]);
      return true;
    } catch {
      return false;
    }
  });
  const rawBody = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300, unit: 'grapheme' }), fc.constant(body), fc.constant(bodyOf(recipientEvent())));
  const headerName = fc.oneof(
    fc.integer({ min: 0, max: 120 }).map((n) => `x-docusign-signature-${n}`),
    fc.constantFrom('X-DocuSign-Signature-1', 'x-docusign-signature-01', 'x-docusign-signature-', 'content-type', 'x-authorization-digest'),
    fc.string({ minLength: 1, maxLength: 30 }),
  );
  const headerValue = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }),
    fc.constant(undefined),
  );
  const headerMap = fc.dictionary(headerName, headerValue, { maxKeys: 12 });
  /** Signatures by keys nobody holds, to mix in. */
  const foreignSignatures = fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.string({ minLength: 1, maxLength: 20 })), { maxLength: 3 });

  test('never throws and never accepts a message no held key signed', () => {
    fc.assert(
      fc.property(rawBody, headerMap, fc.array(key, { minLength: 1, maxLength: 3 }), foreignSignatures, fc.boolean(), (raw, map, keys, foreign, asHeaders) => {
        const headers: Record<string, string | string[] | undefined> = { ...map };
        for (const [n, foreignKey] of foreign) if (!keys.includes(foreignKey)) headers[`x-docusign-signature-${n}`] = computeConnectSignature(raw, foreignKey);
        const result = verifyConnectMessage({ body: raw, headers: asHeaders ? toWebHeaders(headers) : headers, hmacKeys: keys });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  test('accepts, or refuses only for the body, a message one held key signed among noise', () => {
    fc.assert(
      fc.property(rawBody, headerMap, fc.array(key, { minLength: 1, maxLength: 3 }), fc.nat(), fc.integer({ min: 1, max: 90 }), (raw, map, keys, pick, n) => {
        const signer = keys[pick % keys.length] as string;
        const headers: Record<string, string | string[] | undefined> = { ...map, [`X-DocuSign-Signature-${n}`]: computeConnectSignature(raw, signer) };
        const result = verifyConnectMessage({ body: raw, headers, hmacKeys: keys });
        if (result.ok) expect(keys[result.keyIndex]).toBeDefined();
        else expect(['not-json', 'not-an-event']).toContain(result.reason);
      }),
      { numRuns: 400 },
    );
  });
});

/** The same headers as a WHATWG Headers, dropping what Headers cannot hold (as a server would never pass it). */
function toWebHeaders(map: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(map)) {
    for (const item of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, item);
      } catch {
        // An invalid name or value: no server would have delivered it.
      }
    }
  }
  return headers;
}

/** The same 32 bytes with a non-zero unused bit in the last character, which Buffer still decodes. */
function nonCanonical(signature: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const last = signature.charAt(42);
  const swapped = alphabet.charAt(alphabet.indexOf(last) + 1);
  const text = `${signature.slice(0, 42)}${swapped}=`;
  // Check the premise: Node decodes it to the same bytes, so only the strict check refuses it.
  expect(Buffer.from(text, 'base64').equals(Buffer.from(signature, 'base64'))).toBe(true);
  return text;
}
