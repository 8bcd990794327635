// @ts-check
// JSON pointers (RFC 6901), written once for everyone who reads or writes them: the client
// (through pointer.ts), `npm run generate` and the contract harness. It is plain JavaScript with
// JSDoc types because the scripts run under plain Node, which cannot import TypeScript.

/**
 * A property name or array index as one pointer segment: `~` becomes `~0`, then `/` becomes `~1`.
 * @param {string} segment
 * @returns {string}
 */
export function escapePointerSegment(segment) {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The property name or array index one pointer segment stands for. `~1` is read before `~0`, so
 * that `~01` stays the two characters `~1`.
 * @param {string} segment
 * @returns {string}
 */
export function unescapePointerSegment(segment) {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The unescaped segments of a JSON pointer (`/a~1b/0` → `['a/b', '0']`); `''` is the whole value.
 * @param {string} pointer
 * @returns {string[]}
 */
export function parsePointer(pointer) {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

/**
 * The pointer to a property or array index under `parent`.
 * @param {string} parent
 * @param {string} name
 * @returns {string}
 */
export function childPointer(parent, name) {
  return `${parent}/${escapePointerSegment(name)}`;
}
