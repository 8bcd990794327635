// The signature against vectors computed outside Node, with OpenSSL 3.0.19:
//   printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$KEY" -binary | base64
// so that a mistake shared by the code and a Node-computed expectation cannot pass.
import { describe, expect, test } from 'vitest';
import { computeConnectSignature } from './connect-signature.js';

/** A secret as DocuSign shows it: it looks like base64 and ends in `=`, and is used as text. */
const BASE64_LOOKING_KEY = 'R2XY+abc0123456789defghijklmnopqrstuvwxyzAB=';

describe('computeConnectSignature', () => {
  test.each([
    { what: 'compact JSON, a key ending in "="', key: BASE64_LOOKING_KEY, body: '{"event":"envelope-completed"}', signature: '7xWz9PXUSVW6fUhHR9bDtTudKbLixl76YV85aI9Q5Ww=' },
    {
      what: 'CRLF line endings and runs of spaces',
      key: BASE64_LOOKING_KEY,
      body: '{\r\n  "event" : "envelope-sent",\r\n  "note": "two  spaces"\r\n}\r\n',
      signature: 'LVEVHCLEKgN23ArVLPW06VudwLimRWHOJFxvoP3Bt4I=',
    },
    { what: 'a non-ASCII body and key', key: 'connect-key-ünïcode', body: '{"name":"Zoë Łukasz 署名 ✓"}', signature: 'wgAjgM20cipsLaABVSQmIlVHyGDTi0rvz7g1IMbSjBw=' },
    { what: 'an empty body', key: 'k', body: '', signature: 'i7mQxAp9YcuXWXqUISUCW+UKyL63RDbjc1uYiTp/ZiA=' },
  ])('matches openssl for $what', ({ key, body, signature }) => {
    expect(computeConnectSignature(body, key)).toBe(signature);
  });

  test('gives the same signature for a string, a Buffer and a Uint8Array of the same bytes', () => {
    const text = '{"name":"Zoë Łukasz 署名 ✓"}';
    const buffer = Buffer.from(text, 'utf8');
    const bytes = new Uint8Array(buffer);
    const expected = 'wgAjgM20cipsLaABVSQmIlVHyGDTi0rvz7g1IMbSjBw=';
    expect([computeConnectSignature(text, 'connect-key-ünïcode'), computeConnectSignature(buffer, 'connect-key-ünïcode'), computeConnectSignature(bytes, 'connect-key-ünïcode')]).toEqual([
      expected,
      expected,
      expected,
    ]);
  });

  test('uses the key as text: decoding it from base64 first gives a different signature', () => {
    // openssl with the key's base64-decoded bytes (-macopt hexkey:…) gives this instead.
    const withDecodedKey = '6fQZKKIC7C2/a8MbNQVdE3oIBP00nanVFAVknRS41GQ=';
    expect(computeConnectSignature('{"event":"envelope-completed"}', BASE64_LOOKING_KEY)).not.toBe(withDecodedKey);
  });
});
