// @ts-check
// Section 7: the listener kit (docusign-connect-client/events). (a) verifyConnectMessage's CPU per
// message against the check a careful engineer writes by hand (createHmac, timingSafeEqual,
// JSON.parse), on a 2 kB message and on a 1 MB one carrying a base64 document; (b) deliveries per
// second over loopback through toNodeHandler against a bare node:http handler doing that check;
// (c) the heap held after 100,000 distinct deliveries (listener-heap.mjs).
import { fork, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { builtEvents, runWhenMain } from './child.mjs';
import { connectMessage, handWrittenVerify, HMAC_KEY, signature } from './listener-messages.mjs';
import { formatRatio } from './report.mjs';
import { measureRounds } from './stats.mjs';

/** @typedef {import('./stats.mjs').Figure} Figure */

/**
 * A time per call as calls per second (the quartiles swap: the slower rounds are the lower rates).
 * @param {Figure} figure
 * @returns {Figure}
 */
function asRate(figure) {
  return { median: 1e6 / figure.median, p25: 1e6 / figure.p75, p75: 1e6 / figure.p25, rounds: figure.rounds, unit: 'calls/s' };
}

/** Starts scripts/bench/listener-server.mjs and resolves to its two ports and a way to stop it. */
async function startServers() {
  const child = fork(fileURLToPath(new URL('./listener-server.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(/** @type {{ ours: number, bare: number }} */ (message)));
    child.once('exit', (code) => reject(new Error(`the listener server exited (${code}) before it listened`)));
  });
  return {
    ports,
    stop: () => {
      if (child.connected) child.disconnect();
      child.kill();
    },
  };
}

/**
 * The heap a listener holds after many distinct deliveries, from scripts/bench/listener-heap.mjs
 * in a process of its own (it needs --expose-gc, and a heap no other measurement touched).
 * @param {boolean} quick
 * @returns {{ deliveries: number, bounded: number, unbounded: number }}
 */
function heapAfterDeliveries(quick) {
  const script = fileURLToPath(new URL('./listener-heap.mjs', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', script, ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`listener: the heap measurement failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(last);
}

/**
 * One measurement as a figure in MiB (a single round: a heap after GC does not vary like a time).
 * @param {number} bytes
 * @returns {Figure}
 */
function mebibytes(bytes) {
  const value = bytes / 2 ** 20;
  return { median: value, p25: value, p75: value, rounds: 1, unit: 'MiB' };
}

/** @param {import('./child.mjs').Settings} settings */
export async function run(settings) {
  /** @type {typeof import('../../src/events.js')} */
  const { verifyConnectMessage } = await import(builtEvents);
  const messages = { small: Buffer.from(connectMessage()), large: Buffer.from(connectMessage({ pdfBytes: 1_000_000 })) };
  /** @param {Buffer} body */
  const headersOf = (body) => ({ 'content-type': 'application/json; charset=utf-8', 'x-authorization-digest': 'HMACSHA256', 'x-docusign-signature-1': signature(body) });
  const headers = { small: headersOf(messages.small), large: headersOf(messages.large) };
  /** @param {'small' | 'large'} size */
  const subjects = (size) => ({
    ours: () => verifyConnectMessage({ body: messages[size], headers: headers[size], hmacKeys: [HMAC_KEY] }),
    hand: () => handWrittenVerify(messages[size], headers[size]['x-docusign-signature-1']),
  });
  // A benchmark of a refusal would measure the wrong thing: both must accept both messages.
  for (const size of /** @type {const} */ (['small', 'large'])) {
    const result = subjects(size).ours();
    if (!result.ok) throw new Error(`listener: verifyConnectMessage refused the ${size} message: ${result.message}`);
    if (subjects(size).hand() === undefined) throw new Error(`listener: the hand-written check refused the ${size} message`);
  }
  const small = await measureRounds(subjects('small'), settings.quick ? { warmupRounds: 1, rounds: 2, iterations: 50 } : { warmupRounds: 3, rounds: 20, iterations: 2000 });
  const large = await measureRounds(subjects('large'), settings.quick ? { warmupRounds: 1, rounds: 2, iterations: 2 } : { warmupRounds: 2, rounds: 15, iterations: 40 });

  const heap = heapAfterDeliveries(settings.quick);
  const servers = await startServers();
  let serial = 0;
  try {
    /** @param {number} port */
    const deliver = (port) => async () => {
      // A new delivery each time, so the listener runs onEvent rather than answering a duplicate.
      serial += 1;
      const body = connectMessage({ serial });
      const response = await fetch(`http://127.0.0.1:${port}/connect`, { method: 'POST', headers: { ...headersOf(Buffer.from(body)) }, body });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`listener: the server on port ${port} answered ${response.status}`);
    };
    const loop = { ours: deliver(servers.ports.ours), bare: deliver(servers.ports.bare) };
    for (const subject of Object.values(loop)) await subject();
    const rounds = settings.quick ? { warmupRounds: 1, rounds: 2, iterations: 20 } : { warmupRounds: 2, rounds: 12, iterations: 600 };
    const sequential = await measureRounds(loop, rounds);
    const parallel = await measureRounds(loop, { ...rounds, concurrency: 16 });

    /** @param {Record<string, Figure>} figures @param {string} key */
    const figure = (figures, key) => /** @type {Figure} */ (figures[key]);
    const hand = { name: 'hand-written createHmac + timingSafeEqual + JSON.parse' };
    const bare = { name: 'bare node:http handler, the same hand-written check' };
    const largeOurs = figure(large, 'ours');
    const largeHand = figure(large, 'hand');
    return {
      title: 'Connect listener',
      method:
        '(a) `verifyConnectMessage` on a signed `envelope-completed` message held as a Buffer with Node-style headers: about 2 kB with an envelopeSummary, and about 1 MB with one base64 document (`includeData: documents`); time per message. ' +
        '(b) Deliveries per second over loopback: a separate process serves the listener through `toNodeHandler` (dedupe on, onEvent empty) and a bare `node:http` handler doing the hand-written check; each delivery is a new signed 2 kB message posted with fetch. ' +
        '(c) The heap the fetch-style listener holds after 100,000 distinct signed 2 kB deliveries with the default deduplication store.',
      rows: [
        { what: `verify a ${(messages.small.length / 1024).toFixed(1)} kB message`, ours: figure(small, 'ours'), peer: { ...hand, figure: figure(small, 'hand') } },
        {
          what: `verify a ${(messages.large.length / 1024 / 1024).toFixed(2)} MB message`,
          ours: largeOurs,
          peer: { ...hand, figure: largeHand },
          target: {
            text: '≤ 1.2×',
            ratioAtMost: 1.2,
            missedBecause:
              `on top of the HMAC and JSON.parse that both do, the kit decodes the body as strict UTF-8 (so a broken byte is "not JSON", not U+FFFD) and checks the parsed message against the JSON SIM schema; the difference is ${Math.round(largeOurs.median - largeHand.median)} µs per message.`,
          },
        },
        { what: 'deliveries, one at a time', ours: asRate(figure(sequential, 'ours')), peer: { ...bare, figure: asRate(figure(sequential, 'bare')) } },
        { what: 'deliveries, 16 in flight', ours: asRate(figure(parallel, 'ours')), peer: { ...bare, figure: asRate(figure(parallel, 'bare')) } },
        {
          what: `heap after ${heap.deliveries.toLocaleString('en-US')} distinct deliveries`,
          ours: mebibytes(heap.bounded),
          peer: { name: 'the same listener with a store of 1,000,000 keys (bound never reached)', figure: mebibytes(heap.unbounded) },
        },
      ],
      notes: [
        `On the 2 kB message the kit's own work (header collection, strict base64 and UTF-8, the schema check) costs ${formatRatio(figure(small, 'ours').median / figure(small, 'hand').median)} the hand-written check; on 1 MB the HMAC and the parse dominate both.`,
        'Over loopback a ratio below 1× means fewer deliveries per second than the bare handler: the kit also streams the body with a byte limit, builds a web Request and Response, and records the delivery for dedupe.',
        `The heap row is heapUsed after a forced GC, after the deliveries minus before the first, in a process of its own: the default store keeps at most 10,000 keys, so this is what 10,000 keys take however many deliveries came; the peer keeps every key (${(heap.unbounded / heap.deliveries).toFixed(0)} bytes per delivery). contract-tests/reliability/listener-memory.test.ts asserts the flat heap.`,
      ],
    };
  } finally {
    servers.stop();
  }
}

runWhenMain(import.meta.url, run);
