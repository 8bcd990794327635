import { describe, expect, test } from 'vitest';
import { childPointer, escapePointerSegment, parsePointer, unescapePointerSegment } from './json-pointer.js';

describe('JSON pointers (RFC 6901)', () => {
  test.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['m~n', 'm~0n'],
    ['~1', '~01'],
    ['/~', '~1~0'],
    ['', ''],
  ])('escapes %j as %j and reads it back', (name, segment) => {
    expect(escapePointerSegment(name)).toBe(segment);
    expect(unescapePointerSegment(segment)).toBe(name);
  });

  test('reads a pointer into unescaped segments, the empty pointer being the whole value', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/components/schemas/a~1b/0')).toEqual(['components', 'schemas', 'a/b', '0']);
  });

  test('writes the pointer to a child, which reads back as the parent segments plus the name', () => {
    const pointer = ['userIds', 'x/y~z', '0'].reduce(childPointer, '');
    expect(pointer).toBe('/userIds/x~1y~0z/0');
    expect(parsePointer(pointer)).toEqual(['userIds', 'x/y~z', '0']);
  });
});
