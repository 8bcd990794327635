// The listener fuzz's invariant checker. It works on what was recorded (each request, how it
// ended on the wire, and what onEvent was called with), so that the suite can run it over
// deliberately broken listeners too and show that it reports them.
import { isDeepStrictEqual } from 'node:util';
import { leakScan, type LeakScan } from './fault-kit.js';
import { countedValues, type FuzzRequest, headersSignedBy, type Setup, signingKeys, type Variant } from './listener-fuzz-cases.js';
import type { Exchange, WireAnswer } from './listener-fuzz-wire.js';

/** One call of onEvent, as the test's onEvent recorded it. */
export interface Call {
  variant: number;
  /** The X-Fuzz-Request header of the request it came with. */
  requestId: string | undefined;
  event: unknown;
  keyIndex: number | undefined;
  signatureHeader: string | undefined;
  deliveryKey: string | undefined;
  /** onEvent was told to throw, and did. */
  threw: boolean;
}

/** What kind of broken promise a complaint is about; the self-checks look for these. */
export type ComplaintCode =
  | 'no-answer'
  | 'malformed-answer'
  | 'unsigned-2xx'
  | 'wrong-status'
  | 'bad-answer-body'
  | 'secret-in-answer'
  | 'unsigned-on-event'
  | 'wrong-key-index'
  | 'on-event-count'
  | 'on-event-event'
  | 'twice-handled'
  | 'false-duplicate';

/** One broken invariant, naming the request. */
export interface Complaint {
  code: ComplaintCode;
  request: string;
  text: string;
}

/** One request of the run and how it ended. */
export interface Outcome {
  request: FuzzRequest;
  variant: Variant;
  exchange: Exchange;
}

/** The reasons each refusal status may give (too-deep: a depth limit may answer 400 too). */
const REASONS: Record<number, readonly string[]> = {
  400: ['unreadable-body', 'not-json', 'not-an-event', 'too-deep'],
  401: ['no-signature', 'bad-signature'],
  405: ['method-not-allowed'],
  413: ['too-large'],
  500: ['handler-failed', 'store-failed'],
};

/** The longest answer body: a reason and a message of at most 300 characters, escaped. */
const MAX_ANSWER_BODY = 2_048;

/** What the JSON of an answer says, when it is one of the documented shapes. */
type Said = { ok: true; duplicate?: true; ignored?: 'unknown-event' } | { ok: false; reason: string; message?: string };

/** Whether the answer is the small JSON the listener documents; a complaint text if not. */
function answerShape(answer: WireAnswer): Said | string {
  if (!(answer.headers['content-type'] ?? '').startsWith('application/json')) return `content-type ${answer.headers['content-type'] ?? 'missing'}`;
  if (answer.body.length > MAX_ANSWER_BODY) return `a body of ${answer.body.length} bytes`;
  let said: unknown;
  try {
    said = JSON.parse(answer.body.toString('utf8'));
  } catch {
    return `a body that is not JSON: ${answer.body.subarray(0, 80).toString('latin1')}`;
  }
  if (said === null || typeof said !== 'object' || Array.isArray(said)) return 'a body that is not a JSON object';
  const { ok, reason, message, duplicate, ignored, ...rest } = said as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `unknown fields ${Object.keys(rest).join(', ')}`;
  const success = answer.status >= 200 && answer.status < 300;
  if (ok !== success) return `ok is ${String(ok)} with status ${answer.status}`;
  if (success) {
    if (answer.status !== 200 || reason !== undefined || message !== undefined) return `a ${answer.status} with ${JSON.stringify(said)}`;
    if (duplicate !== undefined && (duplicate !== true || ignored !== undefined)) return `duplicate ${JSON.stringify(duplicate)}`;
    if (ignored !== undefined && ignored !== 'unknown-event') return `ignored ${JSON.stringify(ignored)}`;
    return said as Said;
  }
  if (duplicate !== undefined || ignored !== undefined) return `a refusal with ${JSON.stringify(said)}`;
  if (typeof reason !== 'string' || !(REASONS[answer.status] ?? []).includes(reason)) return `status ${answer.status} with reason ${JSON.stringify(reason)}`;
  if (message !== undefined && (answer.status !== 400 || typeof message !== 'string' || message.length > 300)) return `a message with status ${answer.status}`;
  if (answer.status === 405 && answer.headers.allow !== 'POST') return `405 with Allow ${answer.headers.allow ?? 'missing'}`;
  return said as Said;
}

/** The run's leak scan: any 8 characters of any key, held or foreign. */
export function keyScan(setup: Setup): LeakScan {
  return leakScan([...setup.foreign, ...setup.variants.flatMap((variant) => variant.keys)]);
}

/** Whether the request reached the server whole: the client neither cut it nor ended early. */
function complete(request: FuzzRequest): boolean {
  return request.framing !== 'cut' && request.framing !== 'long-length';
}

/** The statuses a complete request may get, from the test's own reading of the rules. */
function allowedStatuses(request: FuzzRequest, variant: Variant, signers: readonly number[]): number[] {
  if (request.method !== 'POST') return [405];
  if (request.body.length > variant.maxBodyBytes) return [413];
  if (signers.length === 0) return [401];
  // A handler told to throw answers 500; a duplicate of a handled delivery never runs it.
  const thrown = request.throws ? [500] : [];
  switch (request.shape) {
    case 'event':
      return [200, ...thrown];
    case 'not-an-event':
      return [400];
    case 'unknown-event':
      return [200];
    case 'either':
      return [200, 400, ...thrown];
  }
}

/** What is wrong with how one request was answered and what onEvent got for it. */
export function requestComplaints(outcome: Outcome, calls: readonly Call[], scan: LeakScan): Complaint[] {
  const { request, variant, exchange } = outcome;
  const out: Complaint[] = [];
  const complain = (code: ComplaintCode, text: string) => out.push({ code, request: request.id, text });
  const signers = signingKeys(request.body, request.headers, variant.keys);
  const deliverable = request.method === 'POST' && complete(request) && request.body.length <= variant.maxBodyBytes && signers.length > 0;

  // onEvent only ever for a delivery whose exact bytes a held key signed, and says which key.
  if (calls.length > 1) complain('on-event-count', `onEvent ran ${calls.length} times for one request`);
  for (const call of calls) {
    if (!deliverable) complain('unsigned-on-event', 'onEvent ran for a request that was not a complete, signed POST within the limit');
    else if (call.keyIndex === undefined || !signers.includes(call.keyIndex)) complain('wrong-key-index', `onEvent was told key ${String(call.keyIndex)}; the keys that signed are ${signers.join(', ')}`);
    else if (call.signatureHeader === undefined || !headersSignedBy(request.body, request.headers, variant.keys[call.keyIndex] as string).includes(call.signatureHeader)) {
      complain('wrong-key-index', `onEvent was told header ${String(call.signatureHeader)}, which holds no signature of key ${call.keyIndex}`);
    }
    if ((call.deliveryKey !== undefined) !== variant.dedupe) complain('on-event-event', `deliveryKey ${call.deliveryKey === undefined ? 'missing' : 'given'} with dedupe ${variant.dedupe ? 'on' : 'off'}`);
  }

  switch (exchange.kind) {
    case 'hung':
      complain('no-answer', 'no answer and no close within the guard');
      return out;
    case 'malformed':
      complain('malformed-answer', exchange.detail);
      return out;
    case 'client-closed':
    case 'not-sent':
      return out;
    case 'server-closed': {
      // Refused before the body was read (too large, not POST): closing rather than reading the
      // rest can reset the connection before the answer is read.
      const unread = request.body.length > variant.maxBodyBytes || (request.method !== 'POST' && request.body.length > 0);
      if (!(complete(request) && unread)) complain('no-answer', `the server closed the connection without answering (${exchange.detail})`);
      return out;
    }
    case 'answered':
      break;
  }
  const { answer } = exchange;
  const success = answer.status >= 200 && answer.status < 300;
  if (scan(answer.raw) !== undefined) complain('secret-in-answer', 'the answer holds a piece of a key');
  if (success && !deliverable) {
    complain('unsigned-2xx', `${answer.status} although ${signers.length === 0 ? 'no held key signed the bytes in the first 100 values' : 'the request was not a complete POST within the limit'}`);
  }
  if (!complete(request)) {
    // node:http's own 400 for a broken request has no body; the listener's has its JSON.
    if (!success && answer.body.length > 0) {
      const shape = answerShape(answer);
      if (typeof shape === 'string') complain('bad-answer-body', shape);
    }
    return out;
  }
  const shape = answerShape(answer);
  if (typeof shape === 'string') {
    complain('bad-answer-body', shape);
    return out;
  }
  const allowed = allowedStatuses(request, variant, signers);
  if (!allowed.includes(answer.status)) complain('wrong-status', `${answer.status} ${JSON.stringify(shape)}, expected ${allowed.join(' or ')}`);
  if (answer.status === 401 && !shape.ok) {
    const expected = countedValues(request.headers).length === 0 ? 'no-signature' : 'bad-signature';
    if (shape.reason !== expected) complain('wrong-status', `401 ${shape.reason}, expected ${expected}`);
  }
  // The default for an event name the package does not know: acknowledged, onEvent not run.
  if ((request.shape === 'unknown-event' || request.shape === 'not-an-event') && answer.status === 200 && (!shape.ok || shape.ignored !== 'unknown-event')) complain('wrong-status', `${JSON.stringify(shape)} for an unknown event name, expected {"ok":true,"ignored":"unknown-event"}`);
  if (shape.ok && shape.duplicate === undefined && shape.ignored === undefined) {
    // A plain 200: onEvent ran once, to its end, with exactly the event that was sent.
    const call = calls[0];
    if (calls.length !== 1 || call === undefined) complain('on-event-count', `200 {"ok":true} but onEvent ran ${calls.length} times`);
    else if (call.threw) complain('on-event-count', '200 {"ok":true} although onEvent threw');
    else if (!sameEvent(call.event, JSON.parse(Buffer.from(request.body).toString('utf8')))) complain('on-event-event', 'onEvent got another event than the body');
  } else if (shape.ok) {
    if (calls.length !== 0) complain('on-event-count', `${JSON.stringify(shape)} but onEvent ran`);
    if (shape.duplicate === true && !variant.dedupe) complain('false-duplicate', 'a duplicate answer from a listener with dedupe off');
  } else if (answer.status === 500 && shape.reason === 'handler-failed') {
    if (calls.length === 1 && !calls[0]?.threw) complain('on-event-count', '500 handler-failed although onEvent returned');
    if (calls.length === 0 && request.shape === 'event') complain('on-event-count', '500 handler-failed for a valid event without running onEvent');
  } else if (calls.length !== 0) {
    complain('on-event-count', `${answer.status} ${shape.reason} but onEvent ran`);
  }
  return out;
}

/**
 * Whether onEvent got the event the body holds. A body nested tens of thousands of levels deep is
 * too deep to compare recursively; for it the identity and the top-level fields must agree.
 */
function sameEvent(got: unknown, sent: unknown): boolean {
  try {
    return isDeepStrictEqual(got, sent);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return identity(got) === identity(sent) && isDeepStrictEqual(Object.keys(got as object), Object.keys(sent as object));
  }
}

/** A delivery's identity as documented: configurationId (as text), event, envelopeId, recipientId, generatedDateTime. */
function identity(event: unknown): string {
  const top = (event !== null && typeof event === 'object' ? event : {}) as Record<string, unknown>;
  const data = (top.data !== null && typeof top.data === 'object' ? top.data : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);
  return JSON.stringify([text(top.configurationId), text(top.event), text(data.envelopeId), text(data.recipientId), text(top.generatedDateTime)]);
}

/**
 * What is wrong across the run: with dedupe on, a delivery handled twice, or a duplicate answer
 * for a delivery that was never handled.
 */
export function runComplaints(outcomes: readonly Outcome[], calls: readonly Call[]): Complaint[] {
  const out: Complaint[] = [];
  const handled = new Map<string, string[]>();
  for (const call of calls) {
    if (call.threw) continue;
    const id = `${call.variant} ${identity(call.event)}`;
    handled.set(id, [...(handled.get(id) ?? []), call.requestId ?? '?']);
  }
  for (const [id, requests] of handled) {
    const variant = Number(id.slice(0, id.indexOf(' ')));
    const dedupe = outcomes.find((outcome) => outcome.variant.index === variant)?.variant.dedupe ?? true;
    if (dedupe && requests.length > 1) out.push({ code: 'twice-handled', request: requests.join(' and '), text: `onEvent ran to its end ${requests.length} times for one delivery` });
  }
  for (const { request, variant, exchange } of outcomes) {
    if (exchange.kind !== 'answered' || exchange.answer.status !== 200) continue;
    if (!exchange.answer.body.toString('utf8').includes('"duplicate":true')) continue;
    let event: unknown;
    try {
      event = JSON.parse(Buffer.from(request.body).toString('utf8'));
    } catch {
      event = undefined;
    }
    if (event === undefined || !handled.has(`${variant.index} ${identity(event)}`)) out.push({ code: 'false-duplicate', request: request.id, text: 'answered as a duplicate of a delivery onEvent never handled' });
  }
  return out;
}
