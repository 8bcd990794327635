// The key checks shared by verifyConnectMessage and createConnectListener: a pasted secret that
// would make every message fail must be refused with its position, never its value.
import { describe, expect, test } from 'vitest';
import { checkHmacKeys } from './hmac-keys.js';

const GOOD = 'c2VjcmV0LW9sZC1rZXktZm9yLXRlc3RzLTAwMDAwMDA=';

describe('checkHmacKeys', () => {
  test('returns a frozen copy of good keys, and false only for an explicit false', () => {
    const keys = [GOOD, 'another+key/with=signs'];
    const checked = checkHmacKeys(keys);
    expect(checked).toEqual(keys);
    expect(checked).not.toBe(keys);
    expect(Object.isFrozen(checked)).toBe(true);
    expect(checkHmacKeys(false)).toBe(false);
  });

  test.each([
    { what: 'a trailing newline', key: `${GOOD}\n`, error: RangeError, says: /hmacKeys\[1\] starts or ends with whitespace/ },
    { what: 'a leading space', key: ` ${GOOD}`, error: RangeError, says: /hmacKeys\[1\] starts or ends with whitespace/ },
    { what: 'double quotes around it', key: `"${GOOD}"`, error: RangeError, says: /hmacKeys\[1\] contains a quote character/ },
    { what: 'single quotes around it', key: `'${GOOD}'`, error: RangeError, says: /contains a quote character/ },
    { what: 'a backtick inside', key: `abc\`def`, error: RangeError, says: /contains a quote character/ },
    { what: 'typographic quotes', key: `“${GOOD}”`, error: RangeError, says: /contains a quote character/ },
    { what: 'an empty string', key: '', error: RangeError, says: /hmacKeys\[1\] is empty/ },
    { what: 'a number', key: 42, error: TypeError, says: /hmacKeys\[1\] must be a string: got number/ },
    { what: 'undefined', key: undefined, error: TypeError, says: /hmacKeys\[1\] must be a string: got undefined/ },
  ])('refuses a key with $what, naming its position and the fix but not the key', ({ key, error, says }) => {
    let thrown: unknown;
    try {
      checkHmacKeys([GOOD, key]);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(error);
    const message = (thrown as Error).message;
    expect(message).toMatch(says);
    expect(message).toContain('Admin → Connect → Connect Keys');
    expect(message).not.toContain(GOOD);
  });

  test.each([
    { what: 'no keys', value: [], error: RangeError, says: /hmacKeys is empty/ },
    { what: 'a single string', value: GOOD, error: TypeError, says: /must be an array .* got string/ },
    { what: 'undefined (forgotten)', value: undefined, error: TypeError, says: /or false to skip verification/ },
    { what: 'true', value: true, error: TypeError, says: /got boolean/ },
  ])('refuses $what as the key list', ({ value, error, says }) => {
    expect(() => checkHmacKeys(value)).toThrow(error);
    expect(() => checkHmacKeys(value)).toThrow(says);
  });

  test('names the option it checks', () => {
    expect(() => checkHmacKeys([' x'], 'connect.keys')).toThrow(/^connect\.keys\[0\]/);
  });
});
