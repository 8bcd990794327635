// Reading DocuSign's signature headers out of whatever a server framework hands over. DocuSign
// sends one `X-DocuSign-Signature-N` per active Connect key; its blog spells them
// `X-Docusign-Signature-N`, so names are compared without regard to case.

/**
 * A request's headers: a WHATWG `Headers` (fetch-style servers) or a Node headers object
 * (`IncomingMessage.headers`, whose values may be lists). Names are matched case-insensitively.
 */
export type MessageHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * How many signature values are checked at most. DocuSign allows up to 100 Connect keys (a
 * third-party figure; DocuSign's own page was not readable), so no genuine message carries more.
 * Past that, only the 100 lowest-numbered values are checked and the rest ignored, which bounds
 * the work a forged request can cause without refusing anything DocuSign could send.
 */
export const MAX_SIGNATURES = 100;

/** `x-docusign-signature-N` with N a positive integer small enough to compare as a number. */
const SIGNATURE_HEADER = /^x-docusign-signature-([1-9]\d{0,8})$/i;

/**
 * The canonical base64 of exactly 32 bytes (an HMAC-SHA256): 43 characters and one `=`. The last
 * character before the `=` carries only 4 data bits, so its low 2 bits must be zero; anything else
 * would decode to the same bytes from a different text, which a strict check does not accept.
 */
const CANONICAL_SHA256_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/** One signature value as received. */
export interface SignatureValue {
  /** The header's name, lower-cased: `x-docusign-signature-2`. */
  header: string;
  /** N of the header. */
  number: number;
  /** The value, trimmed; not yet checked for form. */
  value: string;
}

/**
 * Every signature value in the headers, lowest N first, at most MAX_SIGNATURES of them. However
 * many headers and comma-joined values come in, at most 2 × MAX_SIGNATURES are held at once.
 */
export function signatureValues(headers: MessageHeaders): SignatureValue[] {
  const lowest = new LowestValues(MAX_SIGNATURES);
  const collect = (name: string, value: unknown) => {
    const match = SIGNATURE_HEADER.exec(name);
    if (match === null) return;
    const number = Number(match[1]);
    if (!lowest.wants(number)) return;
    const header = name.toLowerCase();
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    let taken = 0;
    for (const text of texts) {
      if (typeof text !== 'string') continue;
      // A proxy or Headers itself joins repeated headers with ", "; base64 has no comma, so
      // splitting recovers each value. Past MAX_SIGNATURES values of one header none can be
      // kept (they share its N and come later), so the rest of the text is not split.
      taken += splitValues(text, MAX_SIGNATURES - taken, (part) => lowest.add({ header, number, value: part }));
      if (taken >= MAX_SIGNATURES) return;
    }
  };
  if (isWebHeaders(headers)) headers.forEach((value, name) => collect(name, value));
  else for (const name of Object.keys(headers)) collect(name, headers[name]);
  return lowest.values();
}

/**
 * Calls `take` with each trimmed, non-empty comma-separated part of `text`, at most `limit` of
 * them; an empty or blank header gives one empty value, since it still claims a signature (a bad
 * one, not none). Returns how many parts were taken.
 */
function splitValues(text: string, limit: number, take: (part: string) => void): number {
  let taken = 0;
  let start = 0;
  while (taken < limit && start <= text.length) {
    const comma = text.indexOf(',', start);
    const end = comma < 0 ? text.length : comma;
    const part = text.slice(start, end).trim();
    if (part !== '') {
      take(part);
      taken += 1;
    }
    if (comma < 0) break;
    start = comma + 1;
  }
  if (taken === 0 && limit > 0) {
    take('');
    taken = 1;
  }
  return taken;
}

/**
 * The `limit` lowest-numbered values seen, equal numbers in the order they came. Values are
 * appended and, once twice the limit, sorted (stable) and cut back to the limit: O(n log limit)
 * time, O(limit) memory, and the same result as sorting everything and keeping the first `limit`.
 */
class LowestValues {
  private held: SignatureValue[] = [];
  /** Once the limit was reached: the highest N kept; a value numbered this or more can never be. */
  private ceiling = Number.POSITIVE_INFINITY;

  constructor(private readonly limit: number) {}

  /** Whether a value numbered `number` could still be among the lowest. */
  wants(number: number): boolean {
    return number < this.ceiling;
  }

  add(value: SignatureValue): void {
    if (!this.wants(value.number)) return;
    this.held.push(value);
    if (this.held.length >= 2 * this.limit) this.prune();
  }

  values(): SignatureValue[] {
    this.prune();
    return this.held;
  }

  private prune(): void {
    // Array.prototype.sort is stable, so equal numbers keep the order they came in.
    this.held.sort((a, b) => a.number - b.number);
    if (this.held.length < this.limit) return;
    this.held.length = this.limit;
    // A later value with the same N as the last kept sorts after it, so it is cut too.
    this.ceiling = (this.held[this.limit - 1] as SignatureValue).number;
  }
}

/**
 * The 32 bytes a signature value stands for, or undefined when it is not exactly the canonical
 * base64 of 32 bytes (short, long, padded wrongly, URL-safe, garbage): such a value simply does
 * not match, and never reaches timingSafeEqual, which throws on unequal lengths.
 */
export function signatureBytes(value: string): Buffer | undefined {
  if (!CANONICAL_SHA256_BASE64.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === 32 ? bytes : undefined;
}

/** Whether the headers are a fetch-style `Headers` (or anything iterated the same way). */
function isWebHeaders(headers: MessageHeaders): headers is Headers {
  const candidate = headers as Partial<Headers>;
  return typeof candidate.forEach === 'function' && typeof candidate.get === 'function';
}
