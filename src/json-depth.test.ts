// nestsDeeperThan: the depth it finds is the parsed value's, for text and bytes alike, whatever
// the strings hold; checked against a recursive count over generated JSON.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';

/** How many arrays and objects the parsed value nests, counted recursively (small values only). */
function parsedDepth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(parsedDepth));
}

/** The depth the scan reports: the least `max` it does not call too deep. */
function scannedDepth(body: string | Uint8Array): number {
  let max = 0;
  while (nestsDeeperThan(body, max)) max += 1;
  return max;
}

describe('nestsDeeperThan', () => {
  test.each([
    { what: 'a number', text: '42', depth: 0 },
    { what: 'an empty object', text: '{}', depth: 1 },
    { what: 'arrays in an object', text: '{"a":[[1],[2,[3]]]}', depth: 4 },
    { what: 'brackets in a string', text: '{"a":"[[[[{{{{"}', depth: 1 },
    { what: 'an escaped quote before brackets', text: '{"a":"\\"[[[["}', depth: 1 },
    { what: 'an escaped backslash, then a real end of string', text: '{"a":"\\\\","b":[[]]}', depth: 3 },
    { what: 'three backslashes and a quote, still inside', text: '["\\\\\\"[[", [1]]', depth: 2 },
    { what: 'brackets in a key', text: '{"[[[":{"]]]":{}}}', depth: 3 },
    { what: 'multi-byte UTF-8 around brackets', text: '{"é€😀":["ü[",{"x":"😀]"}]}', depth: 3 },
    { what: 'pretty-printed with CRLF', text: '{\r\n  "a": [\r\n    {}\r\n  ]\r\n}', depth: 3 },
  ])('counts $what as $depth deep, as text and as bytes', ({ text, depth }) => {
    expect(parsedDepth(JSON.parse(text))).toBe(depth);
    expect(scannedDepth(text)).toBe(depth);
    expect(scannedDepth(Buffer.from(text))).toBe(depth);
  });

  test('agrees with the parsed depth for any JSON, as text and as bytes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const depth = parsedDepth(value);
        for (const body of [text, new TextEncoder().encode(text)]) {
          expect(nestsDeeperThan(body, depth)).toBe(false);
          if (depth > 0) expect(nestsDeeperThan(body, depth - 1)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  test(`stops at MAX_JSON_DEPTH (${MAX_JSON_DEPTH}) for a million levels, and at an unclosed string`, () => {
    const deep = '['.repeat(1_000_000);
    expect(nestsDeeperThan(deep, MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(Buffer.from('{"a":'.repeat(1_000_000)), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`["${'['.repeat(100)}`, MAX_JSON_DEPTH)).toBe(false);
  });
});
