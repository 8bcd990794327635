// The listener fuzz's cases, each a pure function of the seed and its number (so that a failing
// case can be rebuilt from the two), and the test's own model of which signature values count:
// written from the documented rules (names matched without regard to case, repeated headers
// joined with ", " and split again, values sorted by header number, the first 100 only, each the
// canonical base64 of an HMAC-SHA256 computed here with node:crypto), never with the package's
// helpers.
import { createHmac } from 'node:crypto';
import { ALL_EVENT_NAMES, makeConnectEvents, SHAPED_INCLUDE_DATA, seededRandom } from '../../src/event-factory.js';
import type { ConnectEvent, EventName } from '../../src/types.js';
import type { Framing, WireRequest } from './listener-fuzz-wire.js';

/** The most signature values a listener may look at, by header number (the documented bound). */
export const SIGNATURE_LIMIT = 100;

/** A random source with the helpers the generator needs. */
export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }
  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** A whole number in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  /** A key of `weights`, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    let left = this.float() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      left -= weight;
      if (left < 0) return key;
    }
    return (entries.at(-1) as [K, number])[0];
  }
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i += 1) out[i] = this.int(256);
    return out;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/** A stable mix of the seed and a number, so that each case has a generator of its own. */
export function caseSeed(seed: number, index: number, salt = 0): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of [index, salt]) {
    h = Math.imul(h ^ part, 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

/** A secret in the form Connect Keys shows: the base64 of 32 random bytes. */
function connectKey(random: Random): string {
  return random.bytes(32).toString('base64');
}

/** One listener of the run: its keys, its dedupe setting, its body limit, and the events it gets. */
export interface Variant {
  index: number;
  keys: readonly string[];
  /** The default memory store (true) or `dedupe: false`. */
  dedupe: boolean;
  maxBodyBytes: number;
  /** The valid events its deliveries are drawn from; a small pool, so repeats happen. */
  pool: readonly ConnectEvent[];
}

/** The run's listeners and the keys none of them holds, all drawn from the seed. */
export interface Setup {
  seed: number;
  variants: readonly Variant[];
  /** Keys no listener holds. */
  foreign: readonly string[];
}

const VARIANTS = 6;

/** The listeners of a run: 1 to 3 keys each, dedupe on for some and off for others. */
export function makeSetup(seed: number): Setup {
  const random = new Random(caseSeed(seed, -1));
  const variants = Array.from({ length: VARIANTS }, (_, index): Variant => {
    const names = random.shuffle(ALL_EVENT_NAMES).slice(0, 6) as EventName[];
    const includeData = random.shuffle(SHAPED_INCLUDE_DATA).slice(0, random.int(SHAPED_INCLUDE_DATA.length + 1));
    return {
      index,
      keys: Array.from({ length: random.between(1, 3) }, () => connectKey(random)),
      // The first two fix one of each, so that every run has both.
      dedupe: index === 0 ? true : index === 1 ? false : random.chance(0.6),
      maxBodyBytes: random.between(200_000, 260_000),
      pool: makeConnectEvents({ events: names, includeData }, { seed: caseSeed(seed, index, 7), count: 25, start: new Date(Date.UTC(2026, 0, 13, 7, index)) }),
    };
  });
  return { seed, variants, foreign: Array.from({ length: 3 }, () => connectKey(random)) };
}

// ---------------------------------------------------------------------------------------------
// The signature model

/** The canonical base64 of HMAC-SHA256(key, body): the only text a genuine value can have. */
export function hmacBase64(key: string, body: Uint8Array): string {
  return createHmac('sha256', key).update(body).digest('base64');
}

const SIGNATURE_NAME = /^x-docusign-signature-([1-9][0-9]{0,8})$/i;

/** One signature value a listener may look at: its header (lower-cased) and the text. */
export interface CountedValue {
  header: string;
  number: number;
  value: string;
}

/**
 * The signature values among the first 100 by header number: repeated headers joined with ", "
 * (as HTTP allows and fetch's Headers does) and split on commas, blanks dropped, an all-blank
 * header kept as one empty value.
 */
export function countedValues(lines: ReadonlyArray<readonly [string, string]>): CountedValue[] {
  const joined = new Map<string, { number: number; text: string }>();
  for (const [name, value] of lines) {
    const match = SIGNATURE_NAME.exec(name);
    if (match === null) continue;
    const header = name.toLowerCase();
    const seen = joined.get(header);
    joined.set(header, { number: Number(match[1]), text: seen === undefined ? value.trim() : `${seen.text}, ${value.trim()}` });
  }
  const values: CountedValue[] = [];
  for (const [header, { number, text }] of [...joined].sort((a, b) => a[1].number - b[1].number)) {
    const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
    for (const value of parts.length > 0 ? parts : ['']) values.push({ header, number, value });
  }
  return values.slice(0, SIGNATURE_LIMIT);
}

/** Every value under a signature header, however many: what a listener without the bound would look at. */
export function allSignatureValues(lines: ReadonlyArray<readonly [string, string]>): string[] {
  return lines.filter(([name]) => SIGNATURE_NAME.test(name)).flatMap(([, value]) => value.split(',').map((part) => part.trim()));
}

/** The indexes of the keys whose signature of `body` is among the counted values. */
export function signingKeys(body: Uint8Array, lines: ReadonlyArray<readonly [string, string]>, keys: readonly string[]): number[] {
  const counted = new Set(countedValues(lines).map((item) => item.value));
  return keys.flatMap((key, index) => (counted.has(hmacBase64(key, body)) ? [index] : []));
}

/** The headers (lower-cased) whose counted values hold this key's signature of `body`. */
export function headersSignedBy(body: Uint8Array, lines: ReadonlyArray<readonly [string, string]>, key: string): string[] {
  const expected = hmacBase64(key, body);
  return countedValues(lines).filter((item) => item.value === expected).map((item) => item.header);
}

// ---------------------------------------------------------------------------------------------
// Cases

/** What a request's body is. */
export type BodyKind = 'event' | 'mutated' | 'random-json' | 'random-bytes' | 'invalid-utf8' | 'empty' | 'deep' | 'big' | 'over-limit';

/** How a request's signature headers were made. */
export type SignatureKind = 'none' | 'held' | 'all-held' | 'foreign' | 'other-bytes' | 'tampered' | 'malformed' | 'many' | 'comma' | 'empty';

/** One request of a case. */
export interface FuzzRequest extends WireRequest {
  /** `<case>.<n>`, sent as X-Fuzz-Request so that onEvent can say which request it got. */
  id: string;
  bodyKind: BodyKind;
  signatureKind: SignatureKind;
  /** What the body is by construction, for the answer a signed delivery of it must get. */
  shape: BodyShape;
  /** onEvent is told (X-Fuzz-Throw) to throw for this request. */
  throws: boolean;
  /** A few words on what was chosen, for a failure's description. */
  note: string;
}

/** One connection: a request, or a few on one keep-alive connection. */
export interface FuzzCase {
  index: number;
  variant: number;
  requests: FuzzRequest[];
}

const LAYOUTS = ['compact', 'pretty-lf', 'pretty-crlf'] as const;

function serialize(event: unknown, layout: (typeof LAYOUTS)[number]): string {
  if (layout === 'compact') return JSON.stringify(event);
  const pretty = JSON.stringify(event, null, 2);
  return layout === 'pretty-lf' ? pretty : pretty.replace(/\n/g, '\r\n');
}

/** A random JSON value, as text, of bounded size. */
function randomJson(random: Random, depth = 0): string {
  const kind = random.int(depth > 3 ? 4 : 7);
  switch (kind) {
    case 0:
      return String(random.pick([0, -1, 1.5e300, 42, -0.0001]));
    case 1:
      return JSON.stringify(random.pick(['', 'envelope-sent', '\u0000\u2028', 'é', '🙂', 'x'.repeat(random.int(300))]));
    case 2:
      return random.pick(['true', 'false', 'null']);
    case 3:
      return JSON.stringify(random.pick(['{}', '[]']));
    case 4:
      return `[${Array.from({ length: random.int(5) }, () => randomJson(random, depth + 1)).join(',')}]`;
    default: {
      const keys = ['event', 'data', 'configurationId', 'generatedDateTime', '__proto__', 'constructor', 'retryCount', 'uri', 'a'];
      return `{${Array.from({ length: random.int(6) }, () => `${JSON.stringify(random.pick(keys))}:${randomJson(random, depth + 1)}`).join(',')}}`;
    }
  }
}

/** What each mutation leaves: the spec's required fields and types make some certain refusals. */
const MUTATION_SHAPES = {
  'drop-event': 'not-an-event',
  'drop-data': 'not-an-event',
  'drop-generatedDateTime': 'not-an-event',
  'unknown-event': 'unknown-event',
  'event-number': 'not-an-event',
  'configurationId-string': 'either',
  'configurationId-object': 'either',
  'data-null': 'not-an-event',
  'data-array': 'not-an-event',
  'extra-top': 'either',
  'bad-datetime': 'either',
  'envelopeId-number': 'either',
  retryCount: 'either',
} as const satisfies Record<string, BodyShape>;

/** A copy of an event with one thing changed: most make it invalid, a few leave it valid. */
function mutate(random: Random, event: ConnectEvent): { value: unknown; text?: string; what: string; shape: BodyShape } {
  const copy = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
  const data = copy.data as Record<string, unknown>;
  const what = random.pick([
    'drop-event', 'drop-data', 'drop-generatedDateTime', 'unknown-event', 'event-number', 'configurationId-string', 'configurationId-object',
    'data-null', 'data-array', 'extra-top', 'bad-datetime', 'envelopeId-number', 'retryCount', 'truncated', 'trailing-garbage', 'proto-key',
  ] as const);
  switch (what) {
    case 'drop-event':
      delete copy.event;
      break;
    case 'drop-data':
      delete copy.data;
      break;
    case 'drop-generatedDateTime':
      delete copy.generatedDateTime;
      break;
    case 'unknown-event':
      copy.event = random.pick(['envelope-teleported', 'recipient-abducted', 'widget-created']);
      break;
    case 'event-number':
      copy.event = 7;
      break;
    case 'configurationId-string':
      copy.configurationId = String(copy.configurationId);
      break;
    case 'configurationId-object':
      copy.configurationId = { id: copy.configurationId };
      break;
    case 'data-null':
      copy.data = null;
      break;
    case 'data-array':
      copy.data = [data];
      break;
    case 'extra-top':
      copy.extraField = 'x';
      break;
    case 'bad-datetime':
      copy.generatedDateTime = random.pick(['yesterday', '2026-13-45T99:00:00Z', '']);
      break;
    case 'envelopeId-number':
      data.envelopeId = 12345;
      break;
    case 'retryCount':
      copy.retryCount = random.pick([1, 9, -1, 'two']);
      break;
    case 'truncated': {
      const text = JSON.stringify(copy);
      return { value: copy, text: text.slice(0, random.int(text.length)), what, shape: 'not-an-event' };
    }
    case 'trailing-garbage':
      return { value: copy, text: `${JSON.stringify(copy)}${random.pick(['x', '}', ',', '\u0000', ' {}'])}`, what, shape: 'not-an-event' };
    case 'proto-key':
      return { value: copy, text: JSON.stringify(copy).replace(/^\{/, '{"__proto__":{"polluted":true},'), what, shape: 'either' };
  }
  return { value: copy, what, shape: MUTATION_SHAPES[what] };
}

/**
 * What a body is by construction: a JSON SIM event the spec accepts (the factory's, laid out or
 * retried), something that is certainly not one (not JSON, not UTF-8, a required field gone), an
 * event the spec would accept but for its unknown name, or a change whose verdict the test does
 * not presume.
 */
export type BodyShape = 'event' | 'not-an-event' | 'unknown-event' | 'either';

/** A body of the given kind, and other bytes a wrong signature may be computed over. */
interface Body {
  bytes: Buffer;
  kind: BodyKind;
  shape: BodyShape;
  /** Other bytes near this body (before a mutation, re-serialised, one byte more). */
  near: Buffer;
  note: string;
}

/** An event from the pool with a document big enough to bring the body to `size` bytes (when it can). */
function sizedEvent(random: Random, variant: Variant, size: number): Buffer {
  const envelope = variant.pool.find((event) => (event.data as { envelopeSummary?: unknown }).envelopeSummary !== undefined);
  const base = JSON.parse(JSON.stringify(envelope ?? random.pick(variant.pool))) as Record<string, unknown>;
  const data = base.data as Record<string, unknown>;
  // Where the factory puts a document (includeData: documents); a pool without summaries gets
  // the padding in a property the schema does not know, which makes the event invalid.
  const summary = data.envelopeSummary as Record<string, unknown> | undefined;
  const holder: Record<string, unknown> = summary ?? data;
  holder.envelopeDocuments = [{ documentId: '1', name: 'agreement.pdf', type: 'content', order: '1', PDFBytes: '' }];
  const empty = Buffer.byteLength(JSON.stringify(base));
  const document = (holder.envelopeDocuments as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
  document.PDFBytes = 'JVBERi0xLjQK'.padEnd(Math.max(0, size - empty), 'QUJD');
  return Buffer.from(JSON.stringify(base));
}

function makeBody(random: Random, variant: Variant, kind: BodyKind): Body {
  const event = random.pick(variant.pool);
  const layout = random.pick(LAYOUTS);
  const text = (value: unknown) => Buffer.from(serialize(value, layout));
  const reserialised = (value: unknown) => Buffer.from(serialize(value, layout === 'compact' ? 'pretty-crlf' : 'compact'));
  switch (kind) {
    case 'event': {
      const retried = random.chance(0.2) ? { ...event, retryCount: random.between(1, 9) } : event;
      const bytes = text(retried);
      return { bytes, kind, shape: 'event', near: random.chance(0.5) ? reserialised(retried) : Buffer.concat([bytes, Buffer.from('\n')]), note: `${event.event} ${layout}` };
    }
    case 'mutated': {
      const mutated = mutate(random, event);
      const bytes = mutated.text === undefined ? text(mutated.value) : Buffer.from(mutated.text);
      return { bytes, kind, shape: mutated.shape, near: text(event), note: `${event.event} ${mutated.what}` };
    }
    case 'random-json': {
      const bytes = Buffer.from(randomJson(random));
      return { bytes, kind, shape: 'not-an-event', near: Buffer.concat([bytes, Buffer.from(' ')]), note: `${bytes.length} bytes` };
    }
    case 'random-bytes': {
      const bytes = random.bytes(random.int(2_000));
      return { bytes, kind, shape: 'not-an-event', near: Buffer.concat([Buffer.from([0]), bytes]), note: `${bytes.length} bytes` };
    }
    case 'invalid-utf8': {
      const good = text(event);
      const bad = random.pick([[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]);
      // Inside the first string value, so that only the bytes, not the JSON, are wrong.
      const at = good.indexOf('"', good.indexOf(':')) + 1;
      return { bytes: Buffer.concat([good.subarray(0, at), Buffer.from(bad), good.subarray(at)]), kind, shape: 'not-an-event', near: good, note: `bytes ${Buffer.from(bad).toString('hex')}` };
    }
    case 'empty':
      return { bytes: Buffer.alloc(0), kind, shape: 'not-an-event', near: Buffer.from('{}'), note: '' };
    case 'deep': {
      const levels = random.between(10_000, 80_000);
      const shape = random.pick(['arrays', 'objects', 'in-event'] as const);
      const bytes =
        shape === 'arrays'
          ? Buffer.from(`${'['.repeat(levels)}${']'.repeat(levels)}`)
          : shape === 'objects'
            ? Buffer.from(`${'{"a":'.repeat(levels / 2)}1${'}'.repeat(levels / 2)}`)
            : Buffer.from(JSON.stringify({ ...event, data: { ...(event.data as object), deep: 0 } }).replace('"deep":0', `"deep":${'['.repeat(levels)}${']'.repeat(levels)}`));
      // Nested arrays or objects alone are no event; inside an event they are a property no rule
      // names, which a depth limit may refuse.
      return { bytes, kind, shape: shape === 'in-event' ? 'either' : 'not-an-event', near: Buffer.concat([bytes, Buffer.from('\n')]), note: `${shape} ${shape === 'objects' ? levels / 2 : levels} levels` };
    }
    case 'big':
    case 'over-limit': {
      const size = kind === 'big' ? variant.maxBodyBytes - random.pick([0, 0, 1, random.int(3_000)]) : variant.maxBodyBytes + random.pick([1, 1, 2, random.between(1, 60_000)]);
      const bytes = sizedEvent(random, variant, size);
      return { bytes, kind, shape: 'either', near: bytes.subarray(1), note: `${bytes.length} bytes, limit ${variant.maxBodyBytes}` };
    }
  }
}

/** A header name in the casing DocuSign documents, its blog's, or a random one. */
function casing(random: Random, name: string): string {
  const roll = random.int(10);
  if (roll < 5) return name.replace(/^x-docusign-signature/i, 'X-DocuSign-Signature');
  if (roll < 7) return name.replace(/^x-docusign-signature/i, 'X-Docusign-Signature');
  if (roll < 8) return name.toUpperCase();
  if (roll < 9) return name.toLowerCase();
  return [...name].map((char) => (random.chance(0.5) ? char.toUpperCase() : char.toLowerCase())).join('');
}

/** Names that look like a signature header but are not one: a value under them never counts. */
const DECOYS = ['x-docusign-signature', 'x-docusign-signature-0', 'x-docusign-signature-01', 'x-docusign-signature-1234567890', 'x-docusign-signature-1a', 'x-docusign-signatures-1', 'x-docusign-signature--1', 'x-docusign-signature-+1'];

/** The canonical base64 of 32 bytes with one bit changed: the right form, the wrong value. */
function tamper(random: Random, value: string): string {
  const bytes = Buffer.from(value, 'base64');
  // Often in the second half, which a check of only the first 16 bytes would miss.
  const at = random.chance(0.6) ? random.between(16, 31) : random.int(32);
  bytes[at] = (bytes[at] as number) ^ (1 << random.int(8));
  return bytes.toString('base64');
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A value near a genuine one that a strict check refuses: wrong length, alphabet, padding or form. */
function malform(random: Random, value: string, key: string, body: Uint8Array): { value: string; what: string } {
  const what = random.pick([
    'no-padding', 'double-padding', 'short', 'long', 'url-safe', 'lower-case', 'hex', 'base64-31', 'base64-33', 'non-canonical', 'inner-space', 'quoted', 'prefixed',
  ] as const);
  const digest = createHmac('sha256', key).update(body).digest();
  switch (what) {
    case 'no-padding':
      return { value: value.slice(0, -1), what };
    case 'double-padding':
      return { value: `${value}=`, what };
    case 'short':
      return { value: value.slice(0, random.between(1, 40)), what };
    case 'long':
      return { value: `${value}${random.pick(['A', 'AAAA', value])}`, what };
    case 'url-safe':
      return { value: value.replace(/\+/g, '-').replace(/\//g, '_'), what };
    case 'lower-case':
      return { value: value.toLowerCase(), what };
    case 'hex':
      return { value: digest.toString('hex'), what };
    case 'base64-31':
      return { value: digest.subarray(0, 31).toString('base64'), what };
    case 'base64-33':
      return { value: Buffer.concat([digest, Buffer.from([0])]).toString('base64'), what };
    case 'non-canonical': {
      // The last character before "=" holds 4 data bits and 2 zero bits: setting one of the
      // zero bits gives a text that decodes to the same 32 bytes.
      const last = BASE64.indexOf(value[42] as string);
      return { value: `${value.slice(0, 42)}${BASE64[last | random.between(1, 3)] as string}=`, what };
    }
    case 'inner-space':
      return { value: `${value.slice(0, 20)} ${value.slice(20)}`, what };
    case 'quoted':
      return { value: `"${value}"`, what };
    case 'prefixed':
      return { value: `sha256=${value}`, what };
  }
}

/** A forged value that has the right form: the canonical base64 of 32 random bytes. */
function forged(random: Random): string {
  return random.bytes(32).toString('base64');
}

interface Signed {
  lines: Array<[string, string]>;
  kind: SignatureKind;
  note: string;
}

function signatureLines(random: Random, setup: Setup, variant: Variant, body: Body): Signed {
  const kind = random.weighted<SignatureKind>({ none: 6, held: 26, 'all-held': 8, foreign: 8, 'other-bytes': 8, tampered: 9, malformed: 10, many: 13, comma: 8, empty: 4 });
  const keyIndex = random.int(variant.keys.length);
  const key = variant.keys[keyIndex] as string;
  const genuine = hmacBase64(key, body.bytes);
  const name = (n: number) => casing(random, `x-docusign-signature-${n}`);
  const lines: Array<[string, string]> = [];
  let note = '';
  switch (kind) {
    case 'none':
      break;
    case 'held':
      lines.push([name(random.between(1, 3)), genuine]);
      note = `key ${keyIndex}`;
      break;
    case 'all-held':
      variant.keys.forEach((held, index) => lines.push([name(index + 1), hmacBase64(held, body.bytes)]));
      break;
    case 'foreign': {
      const others = [...setup.foreign, ...setup.variants.filter((other) => other !== variant).flatMap((other) => other.keys)].filter((other) => !variant.keys.includes(other));
      lines.push([name(random.between(1, 3)), hmacBase64(random.pick(others), body.bytes)]);
      break;
    }
    case 'other-bytes':
      lines.push([name(1), hmacBase64(key, body.near)]);
      break;
    case 'tampered':
      lines.push([name(random.between(1, 2)), tamper(random, genuine)]);
      break;
    case 'malformed': {
      const bad = malform(random, genuine, key, body.bytes);
      lines.push([name(1), bad.value]);
      note = bad.what;
      break;
    }
    case 'empty':
      lines.push([name(random.between(1, 2)), '']);
      break;
    case 'many': {
      const count = random.pick([random.between(2, 99), random.between(95, 110), random.between(100, 350)]);
      const numbers = random.chance(0.6)
        ? random.shuffle(Array.from({ length: count }, (_, i) => i + 1))
        : Array.from({ length: count }, () => (random.chance(0.05) ? random.between(1, 999_999_999) : random.between(1, 500)));
      for (const n of numbers) {
        const filler = random.int(10);
        lines.push([name(n), filler < 6 ? forged(random) : filler < 8 ? tamper(random, genuine) : malform(random, genuine, key, body.bytes).value]);
      }
      if (random.chance(0.85)) {
        // The genuine value under a number near the limit more often than chance would put it.
        const at = random.chance(0.5) ? random.int(lines.length) : Math.min(lines.length - 1, random.between(97, 103));
        (lines[at] as [string, string])[1] = genuine;
        note = `genuine on header #${numbers[at] as number} of ${count}`;
      } else {
        note = `${count} forged`;
      }
      break;
    }
    case 'comma': {
      const values = Array.from({ length: random.between(1, 5) }, () => forged(random));
      values.splice(random.int(values.length + 1), 0, genuine);
      if (random.chance(0.3)) values.splice(random.int(values.length + 1), 0, '');
      if (random.chance(0.5)) {
        lines.push([name(1), values.join(random.pick([',', ', ', ' ,  ']))]);
      } else {
        // The same header repeated, which a server joins into one comma-separated value.
        const n = random.between(1, 2);
        for (const value of values) lines.push([name(n), value]);
      }
      break;
    }
  }
  if (random.chance(0.15)) {
    for (let i = random.between(1, 3); i > 0; i -= 1) lines.splice(random.int(lines.length + 1), 0, [casing(random, random.pick(DECOYS)), genuine]);
    note = `${note} +decoys`.trim();
  }
  return { lines, kind, note };
}

const FRAMING_WEIGHTS: Record<Framing, number> = { length: 40, chunked: 20, pieces: 15, 'long-length': 7, cut: 8, abandon: 5 };

/** Sizes of chunks or pieces: small for small bodies, a few kB for big ones. */
function sizesFor(random: Random, length: number): number[] {
  const big = length > 20_000;
  return Array.from({ length: random.between(1, 6) }, () => (big ? random.between(1_000, 16_000) : random.between(1, 64)));
}

function makeRequest(random: Random, setup: Setup, variant: Variant, id: string, keepAlive: boolean): FuzzRequest {
  const bodyKind = random.weighted<BodyKind>(
    keepAlive
      ? { event: 50, mutated: 20, 'random-json': 10, 'random-bytes': 5, 'invalid-utf8': 5, empty: 5, big: 5, deep: 0, 'over-limit': 0 }
      : { event: 30, mutated: 15, 'random-json': 8, 'random-bytes': 5, 'invalid-utf8': 5, empty: 4, deep: 4, big: 5, 'over-limit': 5 },
  );
  const body = makeBody(random, variant, bodyKind);
  const signed = signatureLines(random, setup, variant, body);
  const method = keepAlive ? 'POST' : random.weighted({ POST: 92, GET: 4, PUT: 4 });
  const drawn: Framing = keepAlive ? random.pick(['length', 'chunked'] as const) : method !== 'POST' ? 'length' : random.weighted(FRAMING_WEIGHTS);
  // An empty body cannot be cut short; its Content-Length can still lie.
  const framing = drawn === 'cut' && body.bytes.length === 0 ? 'long-length' : drawn;
  const sizes = framing === 'cut' ? [random.int(Math.max(1, body.bytes.length)), random.int(3)] : sizesFor(random, body.bytes.length);
  const throws = method === 'POST' && random.chance(0.05);
  const headers: Array<[string, string]> = [['X-Fuzz-Request', id]];
  if (random.chance(0.9)) headers.push([random.pick(['Content-Type', 'content-type']), random.pick(['application/json; charset=utf-8', 'application/json', 'text/plain'])]);
  if (throws) headers.push(['X-Fuzz-Throw', '1']);
  // The signature lines in among the other headers, in the order they were made.
  headers.splice(random.int(headers.length + 1), 0, ...signed.lines);
  return {
    id,
    method,
    headers,
    body: body.bytes,
    framing,
    sizes,
    bodyKind,
    signatureKind: signed.kind,
    shape: body.shape,
    throws,
    note: [body.note, signed.note].filter((part) => part !== '').join('; '),
  };
}

/** Case `index` of the run: the same seed and index always give the same case. */
export function makeCase(setup: Setup, index: number): FuzzCase {
  const random = new Random(caseSeed(setup.seed, index));
  const variant = setup.variants[random.int(setup.variants.length)] as Variant;
  const keepAlive = random.chance(0.15);
  const count = keepAlive ? random.between(2, 4) : 1;
  return { index, variant: variant.index, requests: Array.from({ length: count }, (_, n) => makeRequest(random, setup, variant, `${index}.${n}`, keepAlive)) };
}

/** A request in a line: what it sent and how, for a failure message. */
export function describeRequest(request: FuzzRequest): string {
  const signatureLines = countedValues(request.headers).length;
  return `${request.method} ${request.framing} body=${request.bodyKind}(${request.body.length} B) signature=${request.signatureKind} [${request.note}] counted=${signatureLines}${request.throws ? ' onEvent-throws' : ''}`;
}
