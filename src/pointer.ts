// JSON pointers (RFC 6901) into a configuration, and how messages show places and values.

/** The unescaped segments of a JSON pointer (`/a~1b/0` → `['a/b', '0']`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer to a property or index under `parent`, escaped as RFC 6901 says. */
export function childPointer(parent: string, name: string): string {
  return `${parent}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

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

/** A place in a configuration as people write it: `eventData.version`, `userIds[0]`. */
export function label(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the configuration';
  return segments
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      const name = /^[A-Za-z_$][\w$]*$/.test(segment) ? segment : JSON.stringify(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/** A short rendering of a value for a message; long values are cut. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
