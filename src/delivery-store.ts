// Remembering which deliveries were handled. DocuSign delivers the same event again on every retry
// and republish, and a JSON SIM message has no id, so a delivery is known by the fields that
// together name one event: configuration, event, envelope, recipient and generation time.
import type { ConnectEvent } from './types.js';

/**
 * Where a listener records the deliveries it handled, so that a repeat is answered 200 without
 * running onEvent again. Either method may return a promise, so a service can keep the keys in
 * Redis or a database (`SET key 1 NX EX <ttl>` is a claim, `DEL key` a release) and share them
 * between instances.
 */
export interface DeliveryStore {
  /**
   * Claims a delivery key, atomically: true when this caller got it and should run onEvent, false
   * when it was claimed before (handled, or being handled by another instance). A false is
   * answered 200 at once, since a store cannot say when another instance is done: if that
   * instance's onEvent then fails, it answers its own copy 500 and releases the key, and DocuSign
   * retries that copy, so the event arrives late rather than not at all.
   */
  claim(key: string): boolean | Promise<boolean>;
  /** Gives up a claim whose onEvent failed, so that DocuSign's next retry runs it again. */
  release(key: string): void | Promise<void>;
}

/** The options of createMemoryDeliveryStore. */
export interface MemoryDeliveryStoreOptions {
  /** How many keys are kept; past that the oldest claims are forgotten first. Default 10,000. */
  maxKeys?: number;
  /**
   * How long a key is kept, in milliseconds; default: until pushed out by maxKeys. DocuSign retries
   * a failed message once a day, up to 10 times, so a TTL shorter than about 11 days lets a late
   * retry through as new.
   */
  ttlMs?: number;
  /** The clock, in milliseconds (tests pass their own). Default `Date.now`. */
  now?: () => number;
}

/** How many delivery keys the in-memory store keeps by default. */
export const DEFAULT_MAX_KEYS = 10_000;

/**
 * A DeliveryStore in this process's memory, bounded by `maxKeys` (oldest claim evicted first) and
 * optionally by a TTL. It forgets everything on restart and is not shared between instances: a
 * service that runs several, or must not run an event twice across a deploy, plugs in a shared
 * store instead.
 */
export function createMemoryDeliveryStore(options: MemoryDeliveryStoreOptions = {}): DeliveryStore {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  const ttlMs = options.ttlMs ?? Number.POSITIVE_INFINITY;
  const now = options.now ?? Date.now;
  if (!Number.isSafeInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a positive integer: got ${String(maxKeys)}`);
  if (typeof ttlMs !== 'number' || !(ttlMs > 0)) throw new RangeError(`ttlMs must be a positive number of milliseconds: got ${String(ttlMs)}`);
  // Insertion order is claim order, and with one TTL for all also expiry order: the oldest key is
  // always first, so both eviction and expiry look only at the front.
  const expiries = new Map<string, number>();
  const dropExpired = (at: number) => {
    for (const [key, expiry] of expiries) {
      if (expiry > at) break;
      expiries.delete(key);
    }
  };
  return {
    claim(key) {
      const at = now();
      dropExpired(at);
      if (expiries.has(key)) return false;
      expiries.set(key, at + ttlMs);
      for (const oldest of expiries.keys()) {
        if (expiries.size <= maxKeys) break;
        expiries.delete(oldest);
      }
      return true;
    },
    release(key) {
      expiries.delete(key);
    },
  };
}

/**
 * The key a delivery is known by: configurationId (compared as text, since DocuSign sends a
 * number and some code a string), event, data.envelopeId, data.recipientId and generatedDateTime,
 * and for template and click messages data.templateId and data.clickwrapId. retryCount is left out, because a retry of the same event must count as the same delivery.
 */
export function deliveryKey(event: ConnectEvent): string {
  const top = event as unknown as Record<string, unknown>;
  const data = (typeof top.data === 'object' && top.data !== null ? top.data : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);
  const parts = [text(top.configurationId), text(top.event), text(data.envelopeId), text(data.recipientId), text(top.generatedDateTime)];
  // Template and click messages name their subject in templateId and clickwrapId. Envelope and
  // recipient messages keep the five parts alone, so keys a shared store already holds still match.
  const subject = [text(data.templateId), text(data.clickwrapId)];
  if (subject.some((part) => part !== null)) parts.push(...subject);
  // A JSON array keeps the parts apart whatever characters they contain.
  return JSON.stringify(parts);
}
