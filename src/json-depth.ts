// How deeply a JSON text nests, found without parsing it. V8's JSON.parse copes with a million
// levels, but whatever walks the value afterwards recursively (Ajv, util.inspect, JSON.stringify
// in a user's onEvent, a logger) overflows the stack on it, so a listener refuses such a body
// before parsing. The scan is one linear pass: strings are skipped with a native indexOf, so a
// 50 MiB body of base64 PDFs costs little more than the search for its quotes.

/**
 * How many arrays and objects a delivered body may nest, the outermost object counting as one.
 * The deepest JSON SIM message the event factory makes (every event, every includeData block)
 * nests 9; 64 leaves room for fields DocuSign may add and stays far below any stack limit.
 */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether `body` (JSON text, or its UTF-8 bytes) opens more than `max` arrays and objects inside
 * one another. Brackets inside strings do not count, escaped quotes do not end a string. Bytes are
 * scanned as they are: no byte of a multi-byte UTF-8 sequence is below 0x80, so none is mistaken
 * for a quote or a bracket. Text that is not JSON gives some answer; JSON.parse refuses it anyway.
 */
export function nestsDeeperThan(body: string | Uint8Array, max: number): boolean {
  return typeof body === 'string' ? textNestsDeeperThan(body, max) : bytesNestDeeperThan(body, max);
}

/** nestsDeeperThan over UTF-16 text. Kept apart from the bytes' twin so that each loop stays monomorphic. */
function textNestsDeeperThan(text: string, max: number): boolean {
  const codeAt = (index: number) => text.charCodeAt(index);
  const nextQuote = (from: number) => text.indexOf('"', from);
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth -= 1;
    } else if (code === QUOTE) {
      index = stringEnd(index, codeAt, nextQuote);
      if (index < 0) return false;
    }
  }
  return false;
}

/** nestsDeeperThan over UTF-8 bytes. */
function bytesNestDeeperThan(bytes: Uint8Array, max: number): boolean {
  const codeAt = (index: number) => bytes[index] as number;
  const nextQuote = (from: number) => bytes.indexOf(QUOTE, from);
  let depth = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const code = bytes[index];
    if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
      depth -= 1;
    } else if (code === QUOTE) {
      index = stringEnd(index, codeAt, nextQuote);
      if (index < 0) return false;
    }
  }
  return false;
}

/**
 * The index of the quote that closes the string opened at `open`, or -1 when it is never closed.
 * A quote is escaped when an odd number of backslashes precede it; each run of backslashes is
 * counted once, by the quote that ends it, so the whole scan stays linear.
 */
function stringEnd(open: number, codeAt: (index: number) => number, nextQuote: (from: number) => number): number {
  let from = open + 1;
  for (;;) {
    const quote = nextQuote(from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (quote - backslashes - 1 > open && codeAt(quote - backslashes - 1) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}
