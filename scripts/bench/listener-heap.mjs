// @ts-check
// The listener benchmark's memory figure, in a process of its own started with --expose-gc (by
// listener.mjs): the heap a listener holds after 100,000 distinct signed deliveries, measured as
// heapUsed after a forced GC minus the same before the first delivery. Run once with the default
// deduplication store (10,000 keys) and once with a store whose bound is out of reach, which shows
// what the bound saves. Prints one line of JSON: { deliveries, bounded, unbounded } in bytes.
import { createHmac } from 'node:crypto';
import { builtEvents } from './child.mjs';
import { HMAC_KEY, connectMessage } from './listener-messages.mjs';

/** @type {typeof import('../../src/events.js')} */
const { createConnectListener, createMemoryDeliveryStore } = await import(builtEvents);

const gc = /** @type {() => void} */ (globalThis.gc);
if (typeof gc !== 'function') throw new Error('listener-heap.mjs needs --expose-gc');
const deliveries = process.argv.includes('--quick') ? 2_000 : 100_000;

/** heapUsed after collecting everything collectable. */
function settledHeap() {
  for (let i = 0; i < 4; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap growth over `deliveries` distinct deliveries to a listener with this dedupe store.
 * @param {import('../../src/events.js').DeliveryStore | undefined} dedupe
 */
function growth(dedupe) {
  return growthWith(dedupe, deliveries);
}

/**
 * @param {import('../../src/events.js').DeliveryStore | undefined} dedupe
 * @param {number} count
 */
async function growthWith(dedupe, count) {
  const listener = createConnectListener({ hmacKeys: [HMAC_KEY], onEvent: () => undefined, ...(dedupe === undefined ? {} : { dedupe }) });
  const start = settledHeap();
  for (let serial = 1; serial <= count; serial += 1) {
    const body = connectMessage({ serial });
    const signature = createHmac('sha256', HMAC_KEY).update(body).digest('base64');
    const response = await listener(new Request('http://127.0.0.1/connect', { method: 'POST', headers: { 'content-type': 'application/json', 'x-docusign-signature-1': signature }, body }));
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`listener-heap: delivery ${serial} was answered ${response.status}`);
  }
  const end = settledHeap();
  // The listener stays reachable until here, so its store is counted.
  if (typeof listener !== 'function') throw new Error('unreachable');
  return end - start;
}

// A throwaway listener first, so that compiling the code and the schema's first use are not
// counted as the first measured listener's heap.
await growthWith(createMemoryDeliveryStore({ maxKeys: 10 }), 2_000);
const bounded = await growth(undefined);
const unbounded = await growth(createMemoryDeliveryStore({ maxKeys: 1_000_000 }));
process.stdout.write(`${JSON.stringify({ deliveries, bounded, unbounded })}\n`);
