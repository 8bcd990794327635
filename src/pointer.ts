// JSON pointers (RFC 6901) into a configuration, and how messages show places and values.
import { parsePointer as pointerSegments } from './json-pointer.js';

/** A pointer's segments, and a child's pointer: json-pointer.js, shared with scripts and harness. */
export { childPointer, parsePointer as pointerSegments } from './json-pointer.js';

/** The value a pointer designates, or undefined when there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** How long a property name or a value may be in a message before it is cut. */
const SHOWN_LENGTH = 60;

/**
 * A text longer than `max` UTF-16 units as its first `max - 3` and an ellipsis, never ending in
 * half of a surrogate pair (which would show as garbage once encoded).
 */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A place in a configuration as people write it: `eventData.version`, `userIds[0]`. Long
 * property names are cut, so that a message about a multi-megabyte key stays a sentence.
 */
export function label(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the configuration';
  return segments
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${cut(segment, SHOWN_LENGTH)}]`;
      const name = /^[A-Za-z_$][\w$]*$/.test(segment) ? segment : JSON.stringify(cut(segment, SHOWN_LENGTH));
      return index === 0 ? cut(name, SHOWN_LENGTH) : `.${cut(name, SHOWN_LENGTH)}`;
    })
    .join('');
}

/** A short rendering of a value for a message; long values are cut. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // A long string is cut before it is written: only its start is shown, and JSON.stringify of
    // megabytes would be work thrown away.
    const shown = typeof value === 'string' ? cut(value, SHOWN_LENGTH * 2) : value;
    text = shown === undefined ? 'undefined' : JSON.stringify(shown) ?? String(shown);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return cut(text, SHOWN_LENGTH);
}
