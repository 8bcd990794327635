// Where scanJson puts values and syntax errors: the lines GitHub annotations point at, and the
// reasons validate prints for a file that is not JSON, which must never quote the file.
import { describe, expect, test } from 'vitest';
import { checkConfigurationText } from './configuration-files.js';
import { MAX_DEPTH, positionOf, scanJson } from './json-locations.js';

const TEXT = ['{', '  "name": "Listener",', '  "events": [', '    "envelope-sent",', '    "envelope-completed"', '  ],', '  "eventData": { "version": "restv2.1" }', '}'].join('\n');

describe('scanJson', () => {
  test('places each property at its name and each list item at its value, by JSON pointer', () => {
    const scan = scanJson(TEXT);
    if (!scan.ok) throw new Error(scan.reason);
    expect(Object.fromEntries(scan.positions)).toEqual({
      '': { line: 1, column: 1 },
      '/name': { line: 2, column: 3 },
      '/events': { line: 3, column: 3 },
      '/events/0': { line: 4, column: 5 },
      '/events/1': { line: 5, column: 5 },
      '/eventData': { line: 7, column: 3 },
      '/eventData/version': { line: 7, column: 18 },
    });
  });

  test('escapes / and ~ in pointers as RFC 6901 does', () => {
    const scan = scanJson('{"a/b": {"c~d": 1}}');
    expect(scan.ok && [...scan.positions.keys()]).toEqual(['', '/a~1b', '/a~1b/c~0d']);
  });

  test('gives a missing property the place of the object it belongs in', () => {
    const scan = scanJson(TEXT);
    if (!scan.ok) throw new Error(scan.reason);
    expect(positionOf(scan.positions, '/eventData/includeData')).toEqual({ line: 7, column: 3 });
    expect(positionOf(scan.positions, '/userIds')).toEqual({ line: 1, column: 1 });
  });

  test.each([
    ['{"a": 1,}', 1, 9, 'a comma before } (JSON allows no trailing comma): remove it'],
    ['[1, 2,]', 1, 7, 'a comma before ] (JSON allows no trailing comma): remove it'],
    ['{"a": 1 "b": 2}', 1, 9, "a ',' or '}' is missing after a property value"],
    ['[1 2]', 1, 4, "a ',' or ']' is missing after a list item"],
    ["{'a': 1}", 1, 2, 'single quotes: JSON strings and names need double quotes'],
    ['{\n  // note\n  "a": 1}', 2, 3, 'a comment: JSON has none; remove it'],
    ['{"a": secret-value}', 1, 7, 'unquoted text where a value (a "string", a number, an object, a list, true, false or null) should be: put strings and names in double quotes'],
    ['{"a": "line\nbreak"}', 1, 12, 'a line break or control character inside a string: write it as \\n or \\t'],
    ['{"a": "\\q"}', 1, 8, 'a backslash that starts no JSON escape: write \\\\ for a backslash'],
    ['{"a": "open', 1, 7, 'a string is not closed: its " is missing'],
    ['{"a": 01}', 1, 7, 'a number that JSON cannot read (JSON numbers have no leading + , no leading zeros and no trailing dot)'],
    ['{"a": 1', 1, 8, 'the file ends inside an object: a } is missing'],
    ['', 1, 1, 'the file ends where a value should be'],
    ['{} {}', 1, 4, 'more text after the JSON value: a file holds one configuration'],
    ['{"a" 1}', 1, 6, "a ':' is missing after a property name"],
  ])('finds where %j stops being JSON', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(scanJson(text)).toEqual({ ok: false, position: { line, column }, reason });
  });

  test('never quotes the text in a reason', () => {
    const scan = scanJson('{"password": "hunter2-secret" x, "b": 1}');
    expect(scan.ok).toBe(false);
    expect(JSON.stringify(scan)).not.toMatch(/hunter2|password/);
  });

  describe('deeper than MAX_DEPTH', () => {
    const DEEP = MAX_DEPTH + 44;
    const UNKNOWN = `the mistake is here or further on, in values nested more than ${MAX_DEPTH} deep, which this check does not follow, so its exact place is not known (look for a bracket too many or too few, or a missing comma)`;

    test('still names a ] missing at the end, where the file ends', () => {
      const text = `${'['.repeat(DEEP)}1${']'.repeat(DEEP - 1)}`;
      expect(() => JSON.parse(text)).toThrow();
      expect(scanJson(text)).toEqual({ ok: false, position: { line: 1, column: text.length + 1 }, reason: 'the file ends inside a list: a ] is missing' });
    });

    test('still finds a mistake after the deep part where it is', () => {
      const text = `{"a": ${'['.repeat(DEEP)}1${']'.repeat(DEEP)},\n "b": secret-value}`;
      expect(scanJson(text)).toMatchObject({ ok: false, position: { line: 2, column: 7 }, reason: expect.stringMatching(/^unquoted text/) });
    });

    test('says a mistake inside the deep part is at or after where the deep part starts, not where exactly', () => {
      const text = `{"a": ${'['.repeat(DEEP)}"hunter2-secret" "x"${']'.repeat(DEEP)}}`;
      expect(() => JSON.parse(text)).toThrow();
      const scan = scanJson(text);
      expect(scan).toEqual({ ok: false, position: { line: 1, column: 7 + MAX_DEPTH }, reason: UNKNOWN });
      expect(JSON.stringify(scan)).not.toMatch(/hunter2/);
      // The same for a list never closed at all.
      expect(scanJson(`[${'['.repeat(DEEP)}`)).toMatchObject({ ok: false, reason: UNKNOWN });
    });

    test('accepts a valid text, with positions down to MAX_DEPTH and after the deep part', () => {
      const text = `{"a": ${'['.repeat(DEEP)}"]\\"" , {"}": [1]}${']'.repeat(DEEP)},\n "b": 1}`;
      expect(() => JSON.parse(text)).not.toThrow();
      const scan = scanJson(text);
      if (!scan.ok) throw new Error(scan.reason);
      expect(scan.positions.get('/b')).toEqual({ line: 2, column: 2 });
      const deepest = `/a${'/0'.repeat(MAX_DEPTH - 1)}`;
      expect(scan.positions.get(deepest)).toEqual({ line: 1, column: 7 + MAX_DEPTH - 1 });
      // Deeper pointers have no position of their own: they get their deepest placed ancestor's.
      expect(positionOf(scan.positions, `${deepest}/0/0/1`)).toEqual(scan.positions.get(`${deepest}/0`));
    });

    test('lets validate check a valid configuration nested that deep, with lines where they are known', () => {
      const text = JSON.stringify({ name: 'Deep', events: [JSON.parse(`${'['.repeat(DEEP)}${']'.repeat(DEEP)}`)] }, null, 1);
      const { result } = checkConfigurationText('deep.json', text);
      expect(result.json).toBe(true);
      expect(result.problems).toContainEqual(expect.objectContaining({ pointer: '/events/0', line: 4, column: 3 }));
    });

    test('lets validate say a configuration that deep is not JSON without quoting it or guessing a reason', () => {
      const text = `{"password": "hunter2-secret",\n "events": ${'['.repeat(DEEP)}"hunter2-secret" "x"${']'.repeat(DEEP)}}`;
      const { result } = checkConfigurationText('deep.json', text);
      expect(result).toMatchObject({ valid: false, json: false, problems: [{ line: 2, column: 12 + MAX_DEPTH, message: `not JSON: line 2, column ${12 + MAX_DEPTH}: ${UNKNOWN}` }] });
      expect(JSON.stringify(result)).not.toMatch(/hunter2|password/);
    });
  });

  test('agrees with JSON.parse on valid texts', () => {
    for (const text of [TEXT, '"x"', '-0.5e+10', 'null', '[[], {}, [{}]]', '{"\\u00e9\\"": true}', ' \t\r\n[1]\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(scanJson(text).ok, text).toBe(true);
    }
  });
});
