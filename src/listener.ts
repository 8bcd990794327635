// A Connect listener as a fetch-style handler, `(request) => Promise<Response>`, which Hono, Next.js
// route handlers, Bun, Deno and Cloudflare Workers take as is (node:http and Express through
// toNodeHandler). A delivery goes through small steps: method, size, signature and shape
// (verifyConnectMessage), dedupe, then onEvent; each step answers with the status DocuSign reads.
import { BodyTimeoutError } from './body-timeout.js';
import { type DeliveryStore, createMemoryDeliveryStore, deliveryKey } from './delivery-store.js';
import { checkHmacKeys } from './hmac-keys.js';
import { readBodyCapped } from './read-capped.js';
import type { ConnectEvent } from './types.js';
import { verifyWithCheckedKeys } from './verify-message.js';

/** What onEvent gets besides the event. */
export interface DeliveryContext {
  /** The request as received (its body already read). */
  request: Request;
  /** The signature header that matched (`x-docusign-signature-1`); undefined with `hmacKeys: false`. */
  signatureHeader: string | undefined;
  /** The index in `hmacKeys` of the key that signed it; undefined with `hmacKeys: false`. */
  keyIndex: number | undefined;
  /** The key the delivery is deduplicated by (deliveryKey); undefined with `dedupe: false`. */
  deliveryKey: string | undefined;
}

/** Where a failure reported to onError happened. */
export type ListenerErrorStage = 'on-event' | 'delivery-store' | 'read-body' | 'unknown-event';

/** What onError gets besides the error. */
export interface ListenerErrorContext {
  stage: ListenerErrorStage;
  request: Request;
  /** The event, once the message verified. */
  event: ConnectEvent | undefined;
}

/** The options of createConnectListener. */
export interface ConnectListenerOptions {
  /**
   * The Connect HMAC secrets, exactly as Admin → Connect → Connect Keys shows them; a message
   * signed with any of them is accepted. `false` turns verification off: then anyone who can reach
   * the URL can post events, so use it only behind another check (mutual TLS, OAuth for Connect).
   */
  hmacKeys: readonly string[] | false;
  /**
   * Handles one verified event. The listener answers 200 once it resolves and 500 when it throws
   * or rejects (DocuSign then retries). DocuSign waits at most 100 s for the answer, so queue slow
   * work rather than doing it here.
   */
  onEvent: (event: ConnectEvent, context: DeliveryContext) => void | Promise<void>;
  /** Told about every failure answered 500 (and unreadable bodies), for logs; never sent to DocuSign. */
  onError?: (error: unknown, context: ListenerErrorContext) => void;
  /**
   * The largest body accepted, in bytes; larger ones are answered 413 without being read to the
   * end. Default 50 MiB, because messages with `includeData: documents` carry base64 PDFs.
   */
  maxBodyBytes?: number;
  /**
   * Where handled deliveries are remembered, so a retry or republish does not run onEvent twice.
   * Default: an in-memory store of 10,000 keys, which forgets on restart and is not shared between
   * instances. `false` runs onEvent for every delivery.
   */
  dedupe?: DeliveryStore | false;
  /**
   * What to do with a message whose only fault is an event name this package does not know
   * (DocuSign adding an event, or a configuration made elsewhere subscribing to one). Default
   * `'acknowledge'`: answer 200 without calling onEvent and tell onError (stage `unknown-event`),
   * because a refusal would mark the configuration down and hold back every later message for a
   * day. `'refuse'` answers 400 instead.
   */
  unknownEvents?: 'acknowledge' | 'refuse';
}

/** A fetch-style Connect listener. */
export type ConnectListener = (request: Request) => Promise<Response>;

/** Why the listener answered as it did, as the `reason` of its JSON answer. */
export type ListenerAnswerReason =
  | 'method-not-allowed'
  | 'too-large'
  | 'unreadable-body'
  /** From toNodeHandler: the body had not arrived within its bodyTimeoutMs (answered 408). */
  | 'body-timeout'
  | 'no-signature'
  | 'bad-signature'
  /** The body nests JSON deeper than MAX_JSON_DEPTH (answered 400 without parsing it). */
  | 'too-deep'
  | 'not-json'
  | 'not-an-event'
  | 'handler-failed'
  | 'store-failed'
  /** From toNodeHandler: a body parser read the body before the listener could. */
  | 'body-already-read';

/** The default body limit: 50 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 52_428_800;

/** How one handling of a delivery ended, for the duplicates waiting on it. */
type Outcome = 'handled' | 'failed';

/** The listener's settings after the checks, and its per-instance state. */
interface ListenerState {
  hmacKeys: readonly string[] | false;
  onEvent: ConnectListenerOptions['onEvent'];
  onError: ConnectListenerOptions['onError'];
  maxBodyBytes: number;
  store: DeliveryStore | false;
  unknownEvents: 'acknowledge' | 'refuse';
  /** Deliveries being handled now, by key: a duplicate arriving meanwhile waits for the first. */
  inFlight: Map<string, Promise<Outcome>>;
}

/**
 * Creates a Connect listener: it verifies each delivery (HMAC over the raw body, then the JSON SIM
 * schema), answers a repeat 200 without running `onEvent` again, and otherwise answers 200 once
 * `onEvent` resolved. Refusals: 405 not POST, 413 too large, 401 signature, 400 not a JSON SIM
 * event (or nested deeper than MAX_JSON_DEPTH), 408 body too slow (toNodeHandler's bodyTimeoutMs),
 * 500 onEvent failed. Bodies are small JSON: `{"ok":true}`, `{"ok":true,"duplicate":true}`
 * or `{"ok":false,"reason":…}`. Bad keys or options throw here, at start-up.
 *
 * Two identical deliveries at once run onEvent once: the second waits for the first and is
 * answered 200 when it succeeded, or takes its place (runs onEvent itself) when it failed. Across
 * instances sharing a store only the claim is shared: a copy whose claim another instance holds is
 * answered 200 at once, even if that instance's onEvent then fails. That instance answers its own
 * copy 500 and releases the claim, and DocuSign retries that copy, so the event is late, not lost.
 */
export function createConnectListener(options: ConnectListenerOptions): ConnectListener {
  const state = listenerState(options);
  return (request) => handle(request, state).catch((error: unknown) => {
    // Every step catches what it expects; this is the net under a bug, so it never rejects.
    report(state, error, { stage: 'on-event', request, event: undefined });
    return answer(500, { reason: 'handler-failed' });
  });
}

/** Checks the options once, so that a mistake shows at start-up rather than on every delivery. */
function listenerState(options: ConnectListenerOptions): ListenerState {
  if (options === null || typeof options !== 'object') throw new TypeError('createConnectListener takes { hmacKeys, onEvent }');
  const hmacKeys = checkHmacKeys(options.hmacKeys);
  if (typeof options.onEvent !== 'function') throw new TypeError('onEvent must be a function: it is called with each verified event');
  if (options.onError !== undefined && typeof options.onError !== 'function') throw new TypeError('onError must be a function when given');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) throw new RangeError(`maxBodyBytes must be a positive whole number of bytes: got ${String(maxBodyBytes)}`);
  const dedupe = options.dedupe;
  if (dedupe !== undefined && dedupe !== false && (typeof dedupe?.claim !== 'function' || typeof dedupe.release !== 'function')) {
    throw new TypeError('dedupe must be a DeliveryStore (with claim and release) or false');
  }
  const unknownEvents = options.unknownEvents ?? 'acknowledge';
  if (unknownEvents !== 'acknowledge' && unknownEvents !== 'refuse') {
    throw new TypeError(`unknownEvents must be 'acknowledge' or 'refuse': got ${JSON.stringify(unknownEvents)}`);
  }
  return {
    hmacKeys,
    unknownEvents,
    onEvent: options.onEvent,
    onError: options.onError,
    maxBodyBytes,
    store: dedupe ?? createMemoryDeliveryStore(),
    inFlight: new Map(),
  };
}

/** One delivery, from the method to onEvent. */
async function handle(request: Request, state: ListenerState): Promise<Response> {
  if (request.method !== 'POST') {
    await request.body?.cancel().catch(() => undefined);
    return answer(405, { reason: 'method-not-allowed', headers: { Allow: 'POST' } });
  }
  let read;
  try {
    read = await readBodyCapped(request, state.maxBodyBytes);
  } catch (error) {
    // The client went away or the stream broke; nobody may be left to read the answer.
    report(state, error, { stage: 'read-body', request, event: undefined });
    // A body too slow to arrive is the client's fault in time, not in form: 408 says so.
    if (error instanceof BodyTimeoutError) return answer(408, { reason: 'body-timeout' });
    return answer(400, { reason: 'unreadable-body' });
  }
  if (!read.complete) return answer(413, { reason: 'too-large' });
  const verified = verifyWithCheckedKeys(read.bytes, request.headers, state.hmacKeys);
  if (!verified.ok && verified.unknownEvent !== undefined && state.unknownEvents === 'acknowledge') {
    const error = new Error(
      `acknowledged a Connect message with the event "${verified.unknownEvent}", which this version of docusign-connect-client does not know, without calling onEvent; ` +
        'update the package, or remove the event from the configuration',
    );
    report(state, error, { stage: 'unknown-event', request, event: undefined });
    return answer(200, { ignored: 'unknown-event' });
  }
  if (!verified.ok) {
    // The body problems help whoever set the configuration up (DocuSign's Connect log shows the
    // answer); a signature refusal says no more than its reason to whoever forged it.
    return answer(verified.status, { reason: verified.reason, ...(verified.status === 400 ? { message: verified.message } : {}) });
  }
  const context = { request, signatureHeader: verified.signatureHeader, keyIndex: verified.keyIndex };
  if (state.store === false) return (await runOnEvent(state, verified.event, { ...context, deliveryKey: undefined })).response;
  return deliverOnce(state, state.store, verified.event, context);
}

/**
 * Runs onEvent for a delivery not handled before. A duplicate of a delivery still being handled in
 * this listener waits for it, then is a duplicate (200) if it succeeded or tries again if it failed.
 */
async function deliverOnce(state: ListenerState, store: DeliveryStore, event: ConnectEvent, context: Omit<DeliveryContext, 'deliveryKey'>): Promise<Response> {
  const key = deliveryKey(event);
  for (;;) {
    const running = state.inFlight.get(key);
    if (running === undefined) break;
    if ((await running) === 'handled') return answer(200, { duplicate: true });
  }
  // Registered before the first await, so that a duplicate arriving meanwhile finds it.
  let settle: (outcome: Outcome) => void = () => undefined;
  state.inFlight.set(key, new Promise((resolve) => (settle = resolve)));
  let outcome: Outcome = 'failed';
  try {
    let claimed: boolean;
    try {
      claimed = await store.claim(key);
    } catch (error) {
      report(state, error, { stage: 'delivery-store', request: context.request, event });
      return answer(500, { reason: 'store-failed' });
    }
    if (!claimed) {
      // Handled before, or being handled by another instance, which we cannot wait for: if its
      // onEvent fails, its own copy is answered 500 and retried by DocuSign, so this 200 loses
      // nothing (listener-duplicates.test.ts plays it through).
      outcome = 'handled';
      return answer(200, { duplicate: true });
    }
    const ran = await runOnEvent(state, event, { ...context, deliveryKey: key });
    outcome = ran.outcome;
    if (ran.outcome === 'failed') await release(state, store, key, context.request, event);
    return ran.response;
  } finally {
    state.inFlight.delete(key);
    settle(outcome);
  }
}

/** Calls onEvent and turns how it ended into an answer. */
async function runOnEvent(state: ListenerState, event: ConnectEvent, context: DeliveryContext): Promise<{ outcome: Outcome; response: Response }> {
  try {
    await state.onEvent(event, context);
    return { outcome: 'handled', response: answer(200) };
  } catch (error) {
    report(state, error, { stage: 'on-event', request: context.request, event });
    return { outcome: 'failed', response: answer(500, { reason: 'handler-failed' }) };
  }
}

/** Gives up a failed delivery's claim; if that fails too, the next retry is taken for a duplicate. */
async function release(state: ListenerState, store: DeliveryStore, key: string, request: Request, event: ConnectEvent): Promise<void> {
  try {
    await store.release(key);
  } catch (error) {
    report(state, error, { stage: 'delivery-store', request, event });
  }
}

/** Passes a failure to onError; an onError that throws must not change the answer. */
function report(state: ListenerState, error: unknown, context: ListenerErrorContext): void {
  if (state.onError === undefined) return;
  try {
    state.onError(error, context);
  } catch {
    // Logging failed; the answer DocuSign gets is already decided.
  }
}

/** What an answer says besides its status. */
interface AnswerParts {
  reason?: ListenerAnswerReason;
  /** Only for a body DocuSign delivered that is not a JSON SIM event: what is wrong with it. */
  message?: string;
  duplicate?: true;
  /** Acknowledged without calling onEvent, and why. */
  ignored?: 'unknown-event';
  headers?: Record<string, string>;
}

/** A small JSON answer: `{"ok":true}` or `{"ok":false,"reason":…}`, never internal error text. */
function answer(status: number, parts: AnswerParts = {}): Response {
  const { headers = {}, ...said } = parts;
  const body = JSON.stringify({ ok: status >= 200 && status < 300, ...said });
  return new Response(body, { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers } });
}
