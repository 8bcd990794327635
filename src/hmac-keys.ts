// The checks every HMAC key passes before a listener uses it. A secret pasted with a trailing
// newline or wrapped in quotes still "works" as an HMAC key, so every message would fail to verify
// and DocuSign would mark the configuration down; refusing it at start-up names the mistake instead.

/** Where the secret comes from, said once in every refusal so the fix is in the message. */
const FIX = 'copy the secret exactly as Admin → Connect → Connect Keys shows it (it is used as text, never base64-decoded)';

/** Quote characters a copy from a page, a .env file or a shell may have left in the secret. */
const QUOTES = /["'`\u2018\u2019\u201c\u201d]/;

/** Whitespace at either end, including a newline from `echo` or a file read whole. */
const OUTER_SPACE = /^\s|\s$/;

/**
 * Checks the `hmacKeys` option and returns a frozen copy of the keys, or `false` when checking
 * was turned off explicitly. Throws a TypeError or RangeError naming the key's position, never
 * its value.
 */
export function checkHmacKeys(hmacKeys: unknown, option = 'hmacKeys'): readonly string[] | false {
  if (hmacKeys === false) return false;
  if (!Array.isArray(hmacKeys)) {
    throw new TypeError(
      `${option} must be an array of the Connect HMAC secrets (or false to skip verification, which lets anyone post events): got ${describe(hmacKeys)}`,
    );
  }
  if (hmacKeys.length === 0) throw new RangeError(`${option} is empty: give at least one Connect HMAC secret; ${FIX}`);
  hmacKeys.forEach((key: unknown, index) => checkHmacKey(key, `${option}[${index}]`));
  return Object.freeze([...(hmacKeys as string[])]);
}

/** Throws when one key cannot be what DocuSign signs with; `where` names it (`hmacKeys[1]`). */
export function checkHmacKey(key: unknown, where: string): asserts key is string {
  if (typeof key !== 'string') throw new TypeError(`${where} must be a string: got ${describe(key)}; ${FIX}`);
  if (key === '') throw new RangeError(`${where} is empty; ${FIX}`);
  if (OUTER_SPACE.test(key)) throw new RangeError(`${where} starts or ends with whitespace (a newline?); ${FIX}`);
  if (QUOTES.test(key)) throw new RangeError(`${where} contains a quote character; ${FIX}, without quotes`);
}

/** A value's kind for a message, never the value itself (it may be a secret). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
