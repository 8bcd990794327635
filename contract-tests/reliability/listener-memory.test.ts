// The listener's memory over a long run: 100,000 distinct signed deliveries through a fetch-style
// listener with the default deduplication store. The store keeps at most 10,000 keys, so it is
// full by delivery 20,000 and the heap after a forced GC must stay flat from there to 100,000.
// The same run with a store whose bound is out of reach (maxKeys 1,000,000) grows by the 80,000
// keys it keeps, which shows the bound used here is one the test can fail. The figures are
// printed; the assertions are about behaviour (bounded growth, which deliveries were forgotten).
import { createHmac } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_KEYS, createMemoryDeliveryStore } from '../../src/delivery-store.js';
import { makeConnectEvents } from '../../src/event-factory.js';
import { createConnectListener } from '../../src/listener.js';

setFlagsFromString('--expose_gc');
/** V8's gc(), reached without starting the worker with --expose-gc. */
const gc = runInNewContext('gc') as () => void;

const KEY = 'bWVtb3J5LXRlc3QtY29ubmVjdC1rZXktMDEyMzQ1Njc=';
const DELIVERIES = 100_000;
const FULL_AT = 20_000;
const MIB = 1024 * 1024;
/**
 * The most the heap may grow between delivery 20,000 and 100,000 with the default store. Once
 * the store is full, each delivery replaces one key with another, so the growth should be near
 * zero; GC noise (the compiled code and caches of a warm process) stays within a few MiB. An
 * unbounded store keeps 80,000 more keys of some 250 bytes each, about 20 MiB, well over this
 * bound (the second test measures it).
 */
const BOUND = 8 * MIB;

// One event, its generatedDateTime replaced by a marker: each delivery puts its serial number
// into the fractional seconds, which makes it a distinct delivery without rebuilding the event.
const [template] = makeConnectEvents({ events: ['envelope-completed'] }, { seed: 15, start: new Date(Date.UTC(2026, 0, 13, 7)) });
const [before, after] = JSON.stringify({ ...template, generatedDateTime: '@' }).split('"@"') as [string, string];

/** Delivery `n` (1-based): its own generatedDateTime, signed with KEY. */
function delivery(n: number): Request {
  const body = `${before}"2026-01-13T07:00:00.${String(n).padStart(7, '0')}Z"${after}`;
  const signature = createHmac('sha256', KEY).update(body).digest('base64');
  return new Request('http://127.0.0.1/connect', { method: 'POST', headers: { 'content-type': 'application/json', 'x-docusign-signature-1': signature }, body });
}

/** heapUsed after collecting everything collectable (a few passes, so finalizers run too). */
function settledHeap(): number {
  for (let i = 0; i < 4; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

/** Delivers 1..DELIVERIES and returns the heap at FULL_AT and at the end, and the listener. */
async function longRun(options: { dedupe?: ReturnType<typeof createMemoryDeliveryStore> }) {
  let calls = 0;
  const listener = createConnectListener({ hmacKeys: [KEY], onEvent: () => void (calls += 1), ...options });
  const heap: Record<number, number> = {};
  for (let n = 1; n <= DELIVERIES; n += 1) {
    const response = await listener(delivery(n));
    if (response.status !== 200) throw new Error(`delivery ${n} was answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
    if (n === FULL_AT || n === DELIVERIES) heap[n] = settledHeap();
  }
  return { listener, calls: () => calls, atFull: heap[FULL_AT] as number, atEnd: heap[DELIVERIES] as number };
}

const mib = (bytes: number) => `${(bytes / MIB).toFixed(2)} MiB`;

describe('the listener over 100,000 distinct deliveries', () => {
  test('the default store keeps the heap flat once full, and forgets the oldest deliveries first', async () => {
    const run = await longRun({});
    const growth = run.atEnd - run.atFull;
    console.log(`[listener-memory] default store (${DEFAULT_MAX_KEYS} keys): heap ${mib(run.atFull)} at ${FULL_AT}, ${mib(run.atEnd)} at ${DELIVERIES}: growth ${mib(growth)} (bound ${mib(BOUND)})`);
    expect(run.calls()).toBe(DELIVERIES);
    expect(growth).toBeLessThan(BOUND);

    // The last 10,000 are remembered: a repeat is a duplicate and onEvent does not run.
    const repeat = async (n: number) => {
      const calls = run.calls();
      const response = await run.listener(delivery(n));
      return { status: response.status, body: await response.text(), ranOnEvent: run.calls() > calls };
    };
    expect(await repeat(DELIVERIES - DEFAULT_MAX_KEYS + 1)).toEqual({ status: 200, body: '{"ok":true,"duplicate":true}', ranOnEvent: false });
    expect(await repeat(DELIVERIES)).toEqual({ status: 200, body: '{"ok":true,"duplicate":true}', ranOnEvent: false });
    // Older ones were evicted: their repeat runs onEvent again.
    expect(await repeat(DELIVERIES - DEFAULT_MAX_KEYS)).toEqual({ status: 200, body: '{"ok":true}', ranOnEvent: true });
    expect(await repeat(1)).toEqual({ status: 200, body: '{"ok":true}', ranOnEvent: true });
  }, 180_000);

  test('a store whose bound is out of reach grows past the bound, so the check above can fail', async () => {
    const run = await longRun({ dedupe: createMemoryDeliveryStore({ maxKeys: 1_000_000 }) });
    const growth = run.atEnd - run.atFull;
    console.log(`[listener-memory] store of 1,000,000 keys: heap ${mib(run.atFull)} at ${FULL_AT}, ${mib(run.atEnd)} at ${DELIVERIES}: growth ${mib(growth)}`);
    expect(growth).toBeGreaterThan(BOUND);
    // Nothing was forgotten: the first delivery is still a duplicate.
    const response = await run.listener(delivery(1));
    expect(await response.text()).toBe('{"ok":true,"duplicate":true}');
  }, 180_000);
});
