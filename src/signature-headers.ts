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

/** Every signature value in the headers, lowest N first, at most MAX_SIGNATURES of them. */
export function signatureValues(headers: MessageHeaders): SignatureValue[] {
  const found: SignatureValue[] = [];
  const collect = (name: string, value: unknown) => {
    const match = SIGNATURE_HEADER.exec(name);
    if (match === null) return;
    const header = name.toLowerCase();
    const number = Number(match[1]);
    // A proxy or Headers itself joins repeated headers with ", "; base64 has no comma, so
    // splitting recovers each value.
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    for (const text of texts) {
      const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
      // An empty header still says the message claims a signature: a bad one, not none.
      for (const value of parts.length > 0 ? parts : ['']) found.push({ header, number, value });
    }
  };
  if (isWebHeaders(headers)) headers.forEach((value, name) => collect(name, value));
  else for (const name of Object.keys(headers)) collect(name, headers[name]);
  // Array.prototype.sort is stable, so equal numbers keep the order they came in.
  return found.sort((a, b) => a.number - b.number).slice(0, MAX_SIGNATURES);
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
