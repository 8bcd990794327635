// The redactor on its own: what it removes, and what it must leave alone.
import { describe, expect, test } from 'vitest';
import { REDACTED, Redactor, SHORTEST_SEARCHED_SECRET } from './redact.js';

describe('Redactor', () => {
  test('removes a secret from texts in its raw, JSON-escaped and URL-encoded forms', () => {
    const secret = 'p@ss "word"/x';
    const redactor = new Redactor().add(secret);
    expect(redactor.text(`raw ${secret} json ${JSON.stringify(secret)} url ${encodeURIComponent(secret)}`)).toBe(`raw ${REDACTED} json "${REDACTED}" url ${REDACTED}`);
  });

  test(`does not search texts for a secret shorter than ${SHORTEST_SEARCHED_SECRET} characters, which would garble them`, () => {
    const redactor = new Redactor().add('e', 'pw12');
    expect(redactor.text('Nothing was sent; the request needed pw12 fixed')).toBe('Nothing was sent; the request needed pw12 fixed');
    // The secret field itself is still replaced, whatever its length.
    expect(redactor.value({ password: 'e', name: 'keep' })).toEqual({ password: REDACTED, name: 'keep' });
  });

  test('keeps a "__proto__" property of a copied value as data', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"name":"n","nested":{"__proto__":"kept"}}') as Record<string, unknown>;
    const copy = new Redactor().value(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'name', 'nested']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":true},"name":"n","nested":{"__proto__":"kept"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
