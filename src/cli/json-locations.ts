// Where things are in a JSON file, for messages that point at a line: the line and column of each
// value by its JSON pointer (for GitHub annotations on the right line), and where and why a text
// is not JSON. JSON.parse still decides what the values are; this only finds places. Its reasons
// are its own words and never quote the text, which may hold a password.
import { childPointer } from '../pointer.js';

/** A place in a text: 1-based line and column (in UTF-16 code units, as editors count). */
export interface TextPosition {
  line: number;
  column: number;
}

/** What scanJson found: every value's position, or the first place the text stops being JSON. */
export type JsonScan =
  | { ok: true; positions: ReadonlyMap<string, TextPosition> }
  | { ok: false; position: TextPosition; reason: string };

/**
 * Deeper nesting than this is not followed: positions there are not worth a stack overflow. An
 * object or list deeper down is skipped by counting brackets and left to JSON.parse, which has no
 * such limit, so a mistake after it is still found where it is.
 */
export const MAX_DEPTH = 256;

/** A JSON number, read from where the scanner is (sticky). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The reason and the offset it is at, thrown inside the scanner and caught at its top. */
class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** A recursive-descent walk over the text that records where each value starts. */
class Scanner {
  index = 0;
  readonly positions = new Map<string, TextPosition>();
  readonly #lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#lineStarts.push(at + 1);
  }

  position(offset: number): TextPosition {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }

  skipSpace(): void {
    while (this.index < this.text.length && ' \t\r\n'.includes(this.text[this.index] ?? '')) this.index++;
  }

  stop(reason: string, offset = this.index): never {
    throw new Stop(offset, reason);
  }

  value(pointer: string, depth: number, mark: boolean): void {
    this.skipSpace();
    if (mark) this.positions.set(pointer, this.position(this.index));
    const char = this.text[this.index];
    if (char === undefined) this.stop('the file ends where a value should be');
    if (depth > MAX_DEPTH && (char === '{' || char === '[')) return this.deepValue();
    if (char === '{') return this.object(pointer, depth);
    if (char === '[') return this.array(pointer, depth);
    if (char === '"') {
      this.string();
      return;
    }
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return;
      }
    }
    this.stop(unexpected(char, 'a value (a "string", a number, an object, a list, true, false or null)'));
  }

  object(pointer: string, depth: number): void {
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index++;
      return;
    }
    for (;;) {
      this.skipSpace();
      const at = this.index;
      const char = this.text[this.index];
      if (char === undefined) this.stop('the file ends inside an object: a } is missing');
      if (char === '}') this.stop('a comma before } (JSON allows no trailing comma): remove it');
      if (char !== '"') this.stop(unexpected(char, 'a property name in double quotes'));
      const name = this.string();
      const child = childPointer(pointer, name);
      this.positions.set(child, this.position(at));
      this.skipSpace();
      if (this.text[this.index] !== ':') this.stop(this.text[this.index] === undefined ? 'the file ends after a property name' : "a ':' is missing after a property name");
      this.index++;
      // The name's place is the one worth pointing at, so the value's own is not kept.
      this.value(child, depth + 1, false);
      this.skipSpace();
      const next = this.text[this.index];
      this.index++;
      if (next === '}') return;
      if (next !== ',') this.stop(next === undefined ? 'the file ends inside an object: a } is missing' : "a ',' or '}' is missing after a property value", this.index - 1);
    }
  }

  array(pointer: string, depth: number): void {
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index++;
      return;
    }
    for (let item = 0; ; item++) {
      this.skipSpace();
      if (this.text[this.index] === ']') this.stop('a comma before ] (JSON allows no trailing comma): remove it');
      this.value(childPointer(pointer, String(item)), depth + 1, true);
      this.skipSpace();
      const next = this.text[this.index];
      this.index++;
      if (next === ']') return;
      if (next !== ',') this.stop(next === undefined ? 'the file ends inside a list: a ] is missing' : "a ',' or ']' is missing after a list item", this.index - 1);
    }
  }

  /**
   * Skips an object or list nested deeper than MAX_DEPTH, without recursion and without
   * positions: to its matching bracket, strings stepped over, and then JSON.parse says whether
   * it is JSON. When it is not, the mistake is at or after its start (everything before was
   * JSON so far), but where exactly is not known: the reason says so rather than guessing.
   */
  deepValue(): void {
    const start = this.index;
    const closers: string[] = [];
    let balanced = false;
    while (!balanced && this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '"') {
        for (this.index++; this.index < this.text.length && this.text[this.index] !== '"'; this.index++) {
          if (this.text[this.index] === '\\') this.index++;
        }
      } else if (char === '{' || char === '[') {
        closers.push(char === '{' ? '}' : ']');
      } else if (char === '}' || char === ']') {
        if (closers.pop() !== char) break;
        balanced = closers.length === 0;
      }
      this.index++;
    }
    let json = balanced;
    try {
      if (json) JSON.parse(this.text.slice(start, this.index));
    } catch {
      json = false;
    }
    if (!json) {
      this.stop(
        `the mistake is here or further on, in values nested more than ${MAX_DEPTH} deep, which this check does not follow, so its exact place is not known (look for a bracket too many or too few, or a missing comma)`,
        start,
      );
    }
  }

  /** Reads a string, which JSON.parse then decodes; returns it decoded for a property name. */
  string(): string {
    const start = this.index;
    this.index++;
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) this.stop('a string is not closed: its " is missing', start);
      if (char === '"') break;
      if (char < ' ') this.stop('a line break or control character inside a string: write it as \\n or \\t');
      if (char === '\\') {
        const escaped = this.text[this.index + 1] ?? '';
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) this.stop('a \\u escape needs four hexadecimal digits');
          this.index += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escaped) || escaped === '') this.stop('a backslash that starts no JSON escape: write \\\\ for a backslash');
        this.index += 2;
        continue;
      }
      this.index++;
    }
    this.index++;
    return JSON.parse(this.text.slice(start, this.index)) as string;
  }

  number(): void {
    const start = this.index;
    const reason = 'a number that JSON cannot read (JSON numbers have no leading + , no leading zeros and no trailing dot)';
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (match === null) this.stop(reason, start);
    this.index += match[0].length;
    const after = this.text[this.index];
    if (after !== undefined && /[\w.]/.test(after)) this.stop(reason, start);
  }
}

/** What to say about an unexpected character, without quoting it (unless it is JSON's own punctuation). */
function unexpected(char: string, wanted: string): string {
  if (char === "'") return 'single quotes: JSON strings and names need double quotes';
  if (char === '/') return 'a comment: JSON has none; remove it';
  if ('{}[],:'.includes(char)) return `an unexpected '${char}' where ${wanted} should be`;
  if (/[A-Za-z_]/.test(char)) return `unquoted text where ${wanted} should be: put strings and names in double quotes`;
  return `an unexpected character where ${wanted} should be`;
}

/**
 * Scans a JSON text (a byte order mark already removed): the position of each object property
 * (its name) and list item by JSON pointer, or the first place the text is not JSON and why.
 */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text);
  try {
    scanner.value('', 0, true);
    scanner.skipSpace();
    if (scanner.index < text.length) scanner.stop('more text after the JSON value: a file holds one configuration');
    return { ok: true, positions: scanner.positions };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ok: false, position: scanner.position(error.offset), reason: error.reason };
  }
}

/** The position of the value at `pointer`, or of the nearest enclosing one that is there. */
export function positionOf(positions: ReadonlyMap<string, TextPosition>, pointer: string): TextPosition | undefined {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const found = positions.get(at);
    if (found !== undefined || at === '') return found;
  }
}
