// Checking one delivered Connect message, in the order that keeps a forged request cheap: the
// signature over the exact bytes first (before anything is parsed), then JSON, then the JSON SIM
// schema from openapi.yaml's webhooks. Refusals are returned, not thrown; only a call that could
// never work (a parsed body, no headers) throws.
import { timingSafeEqual } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import {
  type SpecValidator,
  validateClickEvent,
  validateConnectEvent,
  validateEnvelopeEvent,
  validateRecipientEvent,
  validateTemplateEvent,
} from '../generated/event-validators.cjs';
import { computeConnectSignature } from './connect-signature.js';
import { checkHmacKeys } from './hmac-keys.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.js';
import { childPointer } from './json-pointer.js';
import { describeValue, valueAt } from './pointer.js';
import { type MessageHeaders, signatureBytes, signatureValues } from './signature-headers.js';
import type { ConnectEvent } from './types.js';

export type { MessageHeaders } from './signature-headers.js';

/** The raw body as received: text, or bytes (a Buffer, a Uint8Array, an ArrayBuffer). */
export type RawMessageBody = string | Uint8Array | ArrayBuffer;

/**
 * Why a message was refused: no signature header, none matching, JSON nested deeper than
 * MAX_JSON_DEPTH, not JSON, not a JSON SIM event.
 */
export type RefusalReason = 'no-signature' | 'bad-signature' | 'too-deep' | 'not-json' | 'not-an-event';

/** What verifyConnectMessage needs: the body exactly as received, its headers, and the secrets. */
export interface VerifyConnectMessageOptions {
  /**
   * The body's bytes exactly as received (`express.raw()`, `await request.arrayBuffer()`). A
   * string is signed as its UTF-8 bytes, so only pass one that was never re-encoded.
   */
  body: RawMessageBody;
  /** The request's headers, where the `X-DocuSign-Signature-N` values are. */
  headers: MessageHeaders;
  /**
   * The Connect HMAC secrets, exactly as Admin → Connect → Connect Keys shows them; a message
   * signed with any of them verifies (hold the old and the new key while rotating). `false`
   * skips the signature check: then anyone who can reach the URL can post events, so use it only
   * behind another check (mutual TLS, OAuth for Connect) or in a test.
   */
  hmacKeys: readonly string[] | false;
}

/** A message that verified: the event, which header matched, and which key signed it. */
export interface VerifiedMessage {
  ok: true;
  event: ConnectEvent;
  /** The header whose signature matched, lower-cased: `x-docusign-signature-2`. */
  signatureHeader: string;
  /** The index in `hmacKeys` of the key that signed the message. */
  keyIndex: number;
}

/** A message accepted with `hmacKeys: false`: nobody checked who sent it. */
export interface UncheckedMessage {
  ok: true;
  event: ConnectEvent;
  signatureHeader: undefined;
  keyIndex: undefined;
}

/** A refused message. `message` says why, without keys or signatures. */
export interface RefusedMessage {
  ok: false;
  reason: RefusalReason;
  message: string;
  /** The answer a listener should give: 401 for a signature problem, 400 for the body. */
  status: 400 | 401;
  /** For `not-an-event`: the JSON pointer of the first problem. */
  pointer?: string;
  /**
   * For `not-an-event`: the message's `event` when that name is the one thing the spec does not
   * know (at most 100 characters). DocuSign adds events over time, and a configuration made
   * outside this package can subscribe to them.
   */
  unknownEvent?: string;
}

/** What verifyConnectMessage returns. */
export type VerifyResult = VerifiedMessage | UncheckedMessage | RefusedMessage;

/** How long a refusal's message may be: a property name in the body could be megabytes. */
const MESSAGE_LENGTH = 300;

/** Decodes UTF-8 and refuses invalid sequences, so a wrong byte is "not JSON", not U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Verifies a Connect message (JSON SIM) against the HMAC keys and the spec: the signature over the
 * raw body first, then JSON, then the event's shape. Returns the typed event or why it was refused.
 */
export function verifyConnectMessage(options: VerifyConnectMessageOptions & { hmacKeys: readonly string[] }): VerifiedMessage | RefusedMessage;
/** With `hmacKeys: false`: the same checks but the signature's; the event comes back unchecked. */
export function verifyConnectMessage(options: VerifyConnectMessageOptions & { hmacKeys: false }): UncheckedMessage | RefusedMessage;
/** Either of the two forms above, when whether keys are given is only known at run time. */
export function verifyConnectMessage(options: VerifyConnectMessageOptions): VerifyResult;
export function verifyConnectMessage(options: VerifyConnectMessageOptions): VerifyResult {
  if (options === null || typeof options !== 'object') throw new TypeError('verifyConnectMessage takes { body, headers, hmacKeys }');
  const keys = checkHmacKeys(options.hmacKeys);
  const body = rawBody(options.body);
  const headers = options.headers;
  if (headers === null || typeof headers !== 'object') throw new TypeError('headers must be the request\'s headers: a Headers object or a Node headers object (req.headers)');
  return verifyWithCheckedKeys(body, headers, keys);
}

/**
 * verifyConnectMessage once its arguments are known to be good: for the listener, which checks
 * its keys when it is created rather than on every delivery.
 */
export function verifyWithCheckedKeys(body: string | Uint8Array, headers: MessageHeaders, keys: readonly string[] | false): VerifyResult {
  if (keys === false) return readEvent(body, undefined);
  const signed = matchSignature(body, headers, keys);
  return 'reason' in signed ? signed : readEvent(body, signed);
}

/** The body as text or bytes; anything else is a call that can never verify. */
function rawBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(
    `body must be the raw request body (a Buffer, Uint8Array, ArrayBuffer or string), not ${body === null ? 'null' : typeof body}: ` +
      'the signature covers the exact bytes DocuSign sent, which a parsed and re-serialised object no longer has. ' +
      'Use express.raw({ type: "application/json" }), or `await request.arrayBuffer()` in a fetch-style handler.',
  );
}

/** Which header and key match, or the refusal when none does. */
function matchSignature(body: string | Uint8Array, headers: MessageHeaders, keys: readonly string[]): { signatureHeader: string; keyIndex: number } | RefusedMessage {
  const values = signatureValues(headers);
  if (values.length === 0) {
    return refuse(
      'no-signature',
      'the message has no X-DocuSign-Signature-N header: turn on "Include HMAC signature" in the Connect configuration and add a Connect key, or check that no proxy removes the header',
    );
  }
  const candidates = values.flatMap((value) => {
    const bytes = signatureBytes(value.value);
    return bytes === undefined ? [] : [{ header: value.header, bytes }];
  });
  // Malformed values cannot match any key, so no HMAC is worth computing for them.
  if (candidates.length > 0) {
    for (const [keyIndex, key] of keys.entries()) {
      const expected = Buffer.from(computeConnectSignature(body, key), 'base64');
      for (const candidate of candidates) {
        if (timingSafeEqual(candidate.bytes, expected)) return { signatureHeader: candidate.header, keyIndex };
      }
    }
  }
  const headerCount = new Set(values.map((value) => value.header)).size;
  return refuse(
    'bad-signature',
    `none of the ${headerCount} X-DocuSign-Signature header${headerCount === 1 ? '' : 's'} matches any of the ${keys.length} key${keys.length === 1 ? '' : 's'}: ` +
      'check that the body reaches the check unchanged (not parsed and re-serialised, not rewritten by a proxy) and that hmacKeys holds a current Connect key',
  );
}

/** Parses and checks the body once its signature is known to be good. */
function readEvent(body: string | Uint8Array, signed: { signatureHeader: string; keyIndex: number } | undefined): VerifyResult {
  // Before parsing: JSON.parse survives any depth, but the schema check and the caller's code
  // walk the value recursively, and a stack overflow there would be a crash, not a refusal.
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    return refuse('too-deep', `the body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep, which no JSON SIM message does, so it was not parsed`);
  }
  let text: string;
  try {
    text = typeof body === 'string' ? body : utf8.decode(body);
  } catch {
    return refuse('not-json', 'the body is not valid UTF-8, so it is not a JSON SIM message');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('not-json', 'the body is not JSON: this listener reads JSON SIM messages (set the configuration\'s eventData to JSON, delivery mode SIM)');
  }
  if (!validateConnectEvent(value)) {
    const errors = validateConnectEvent.errors;
    const { pointer, problem } = firstProblem(familyErrors(value) ?? errors, value);
    const refusal = { ...refuse('not-an-event', cut(`not a JSON SIM event: ${cut(pointer === '' ? 'the message' : pointer, 120)} ${problem}`)), pointer };
    const name = value !== null && typeof value === 'object' ? (value as { event?: unknown }).event : undefined;
    const unknownName = typeof name === 'string' && (errors ?? []).some((error) => error.instancePath === '/event' && error.keyword === 'enum') && onlyTheNameIsUnknown(value as object, errors ?? []);
    return unknownName ? { ...refusal, unknownEvent: cut(name, 100) } : refusal;
  }
  const event = value as ConnectEvent;
  return signed === undefined ? { ok: true, event, signatureHeader: undefined, keyIndex: undefined } : { ok: true, event, ...signed };
}

/** The validator of each event family, by the start of the event name (the spec's patterns). */
const FAMILY_VALIDATORS: ReadonlyArray<readonly [string, SpecValidator]> = [
  ['envelope-', validateEnvelopeEvent],
  ['recipient-', validateRecipientEvent],
  ['template-', validateTemplateEvent],
  ['click-', validateClickEvent],
];

/**
 * The errors of the message's own family, when its event name says which: ConnectEvent's oneOf
 * reports every family's errors in one list, in which the message's own problem is hard to find.
 */
function familyErrors(value: unknown): ErrorObject[] | undefined {
  const name = value !== null && typeof value === 'object' ? (value as { event?: unknown }).event : undefined;
  if (typeof name !== 'string') return undefined;
  const validate = FAMILY_VALIDATORS.find(([prefix]) => name.startsWith(prefix))?.[1];
  if (validate === undefined || validate(value)) return undefined;
  return validate.errors ?? undefined;
}

/**
 * Whether the event name is the message's one fault: with some known name in its place the message
 * is a valid event. A body that is wrong in other ways too is no new DocuSign event but a malformed
 * message, and is refused. The stand-ins come from the names the enum error allows, one for each
 * family (`envelope-`, `recipient-`, ...), so the listener needs no list of names of its own.
 */
function onlyTheNameIsUnknown(value: object, errors: readonly ErrorObject[]): boolean {
  const standIns = new Map<string, string>();
  for (const error of errors) {
    if (error.instancePath !== '/event' || error.keyword !== 'enum') continue;
    const allowed = (error.params as { allowedValues?: unknown }).allowedValues;
    for (const name of Array.isArray(allowed) ? allowed : []) {
      if (typeof name !== 'string') continue;
      const family = name.slice(0, name.indexOf('-') + 1);
      if (!standIns.has(family)) standIns.set(family, name);
    }
  }
  return [...standIns.values()].some((standIn) => validateConnectEvent({ ...value, event: standIn }));
}

/**
 * The first schema error as a pointer and what is wrong there. The errors are the message's own
 * family's when its name has a family's prefix; otherwise ConnectEvent's, where an `/event`
 * pattern error marks each family the name is not of and a oneOf summary closes the list: those
 * say nothing about the message and are skipped.
 */
function firstProblem(errors: ErrorObject[] | null | undefined, value: unknown): { pointer: string; problem: string } {
  const error = (errors ?? []).find((candidate) => !(candidate.instancePath === '/event' && candidate.keyword === 'pattern') && candidate.keyword !== 'oneOf');
  if (error === undefined) return { pointer: '', problem: 'does not match the JSON SIM schema' };
  const missing = error.keyword === 'required' ? (error.params as { missingProperty?: unknown }).missingProperty : undefined;
  if (typeof missing === 'string') return { pointer: childPointer(error.instancePath, missing), problem: 'is missing' };
  // An unknown event name is the likeliest refusal (DocuSign adding events), so it shows the name.
  if (error.keyword === 'enum') return { pointer: error.instancePath, problem: `is ${describeValue(valueAt(value, error.instancePath))}, not one of the values the spec allows` };
  return { pointer: error.instancePath, problem: error.message ?? `breaks the schema's ${error.keyword} rule` };
}

/** A refusal with the status a listener should answer. */
function refuse(reason: RefusalReason, message: string): RefusedMessage {
  return { ok: false, reason, message, status: reason === 'no-signature' || reason === 'bad-signature' ? 401 : 400 };
}

/** A text of at most `max` UTF-16 units, never ending in half of a surrogate pair. */
function cut(text: string, max = MESSAGE_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
