// The listener kit under generated deliveries, through the real Node adapter over raw sockets:
// `http.createServer(toNodeHandler(createConnectListener(...)))` on loopback gets valid, mutated,
// random, broken, deep, big and oversized bodies, signed right, wrong, by other keys, over other
// bytes, malformed, hundreds of times over or not at all, framed by Content-Length, chunked, in
// pieces, with a lying length, cut off, or several on one keep-alive connection. Whatever comes,
// the process survives, every request is answered with the small JSON the listener documents (or
// the client itself hung up), no 2xx is given to bytes that no held key signed among the first
// 100 signature values (worked out here with node:crypto, not with the package's code), a 200
// ran onEvent exactly once with the event sent, and no answer holds a piece of a key.
//
// The cases come from one seed (printed with its replay command); RELIABILITY_SEED changes it and
// RELIABILITY_SOAK=<n> runs n times as many. Each case is a pure function of the seed and its
// number, so a failure's case number and description rebuild it. The server takes headers up to
// 64 KiB (node:http's default is 16 KiB), for the cases with a few hundred signature headers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { makeConnectEvents } from '../../src/event-factory.js';
import { createConnectListener } from '../../src/listener.js';
import { type FetchHandler, toNodeHandler } from '../../src/node-handler.js';
import { MAX_SIGNATURES } from '../../src/signature-headers.js';
import '../support/meta.js';
import { type Call, type Complaint, type ComplaintCode, keyScan, type Outcome, requestComplaints, runComplaints } from './listener-fuzz-check.js';
import { allSignatureValues, describeRequest, type FuzzCase, type FuzzRequest, hmacBase64, makeCase, makeSetup, SIGNATURE_LIMIT, signingKeys, type Variant } from './listener-fuzz-cases.js';
import { exchange } from './listener-fuzz-wire.js';
import { wholeNumberFromEnv } from './settings.js';

const SEED = wholeNumberFromEnv('RELIABILITY_SEED', 20261202);
const SOAK = wholeNumberFromEnv('RELIABILITY_SOAK', 1);
const CASES = 10_000 * SOAK;
const REPLAY = `RELIABILITY_SEED=${SEED} npx vitest run --project reliability contract-tests/reliability/listener-fuzz.test.ts`;
/** Connections in flight at once: enough to overlap duplicates, few enough for a 2-core runner. */
const CONCURRENCY = 16;
/** Only a hang guard: every answer comes in milliseconds. */
const GUARD_MS = 15_000;
/** A hang guard for the checks of broken listeners, which run a hundred or two cases each. */
const SELF_CHECK_TIMEOUT_MS = 60_000;
/** Room for the "many" cases' few hundred signature headers (node:http's default is 16 KiB). */
const MAX_HEADER_BYTES = 64 * 1024;

const setup = makeSetup(SEED);
const scan = keyScan(setup);

/** What the listeners of one run recorded. */
interface Recorder {
  calls: Call[];
  /** toNodeHandler's onError: the listener threw, which it never should. */
  adapterErrors: unknown[];
  /** The listener's onError, by stage. */
  stages: Record<string, number>;
}

function recorder(): Recorder {
  return { calls: [], adapterErrors: [], stages: {} };
}

/** The options every listener of the run shares: onEvent records, and throws when told to. */
function listenerOptions(variant: Variant, record: Recorder, hmacKeys: readonly string[] | false = variant.keys) {
  return {
    hmacKeys,
    maxBodyBytes: variant.maxBodyBytes,
    ...(variant.dedupe ? {} : { dedupe: false as const }),
    onEvent: (event: unknown, context: { request: Request; keyIndex: number | undefined; signatureHeader: string | undefined; deliveryKey: string | undefined }) => {
      const threw = context.request.headers.get('x-fuzz-throw') === '1';
      record.calls.push({ variant: variant.index, requestId: context.request.headers.get('x-fuzz-request') ?? undefined, event, keyIndex: context.keyIndex, signatureHeader: context.signatureHeader, deliveryKey: context.deliveryKey, threw });
      if (threw) throw new Error('onEvent failed, as the case asked');
    },
    onError: (_error: unknown, context: { stage: string }) => {
      record.stages[context.stage] = (record.stages[context.stage] ?? 0) + 1;
    },
  };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Serves a fetch-style handler through toNodeHandler on 127.0.0.1, port 0. */
async function serve(handler: FetchHandler, record: Recorder): Promise<number> {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, toNodeHandler(handler, { onError: (error) => record.adapterErrors.push(error) }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Runs the cases, CONCURRENCY connections at a time, against one port per variant. */
async function run(cases: readonly FuzzCase[], ports: readonly number[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const kase = cases[next++] as FuzzCase;
      const variant = setup.variants[kase.variant] as Variant;
      const exchanges = await exchange(ports[kase.variant] as number, kase.requests, GUARD_MS);
      kase.requests.forEach((request, n) => outcomes.push({ request, variant, exchange: exchanges[n] ?? { kind: 'hung' } }));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

/** Every complaint about a run: each request's, then the run's own. */
function check(outcomes: readonly Outcome[], calls: readonly Call[]): Complaint[] {
  const byRequest = new Map<string, Call[]>();
  for (const call of calls) byRequest.set(call.requestId ?? '?', [...(byRequest.get(call.requestId ?? '?') ?? []), call]);
  const sent = new Set(outcomes.map((outcome) => outcome.request.id));
  const unknown = calls.filter((call) => call.requestId === undefined || !sent.has(call.requestId));
  return [
    ...outcomes.flatMap((outcome) => requestComplaints(outcome, byRequest.get(outcome.request.id) ?? [], scan)),
    ...runComplaints(outcomes, calls),
    ...unknown.map((call): Complaint => ({ code: 'unsigned-on-event', request: String(call.requestId), text: 'onEvent ran for a request the run never sent' })),
  ];
}

/** Complaints as lines that name the case and what it sent, so that seed and case rebuild it. */
function report(complaints: readonly Complaint[], outcomes: readonly Outcome[], limit = 25): string[] {
  const byId = new Map(outcomes.map((outcome) => [outcome.request.id, outcome]));
  return complaints.slice(0, limit).map((complaint) => {
    const outcome = byId.get(complaint.request);
    // An answer that leaks a key is not repeated here, so the failure output does not leak it too.
    const said = (answer: { status: number; body: Buffer; raw: string }) => `${answer.status} ${scan(answer.raw) !== undefined ? '(an answer holding a piece of a key)' : answer.body.toString('utf8').slice(0, 120)}`;
    const seen = outcome === undefined ? '' : outcome.exchange.kind === 'answered' ? ` -> ${said(outcome.exchange.answer)}` : ` -> ${outcome.exchange.kind}`;
    const sent = outcome === undefined ? '' : ` listener ${outcome.variant.index}: ${describeRequest(outcome.request)}`;
    return `case ${complaint.request} ${complaint.code}: ${complaint.text};${sent}${seen}`;
  });
}

/** Whether a held key's signature is in the request, but only past the first 100 values. */
function signedOnlyPastTheLimit(request: FuzzRequest, variant: Variant): boolean {
  const every = allSignatureValues(request.headers);
  return signingKeys(request.body, request.headers, variant.keys).length === 0 && variant.keys.some((key) => every.includes(hmacBase64(key, request.body)));
}

/** A short name for an answer's body: its reason, duplicate, ignored, ok, or none (node:http's own). */
function answerLabel(body: Buffer): string {
  if (body.length === 0) return 'without a body (node:http)';
  return /"reason":"([^"]+)"|"(duplicate|ignored)"/.exec(body.toString('utf8'))?.slice(1).find(Boolean) ?? 'ok';
}

/** Cases of the run, by number. */
function cases(count: number, from = 0): FuzzCase[] {
  return Array.from({ length: count }, (_, i) => makeCase(setup, from + i));
}

/** A new delivery no case sent, signed with a held key, and what a listener should answer it. */
async function finalDelivery(port: number, variant: Variant): Promise<{ status: number; body: string; sent: unknown }> {
  const [event] = makeConnectEvents({ events: ['envelope-completed'] }, { seed: SEED + 1_000 + variant.index, start: new Date(Date.UTC(2027, 0, 1)) });
  const body = Buffer.from(JSON.stringify(event));
  const response = await fetch(`http://127.0.0.1:${port}/connect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fuzz-request': `final.${variant.index}`, 'x-docusign-signature-1': hmacBase64(variant.keys.at(-1) as string, body) },
    body,
  });
  return { status: response.status, body: await response.text(), sent: event };
}

describe('the listener under generated deliveries, over raw sockets', () => {
  test('never crashes, answers every request with its small JSON, and gives 2xx only to bytes a held key signed', async ({ task }) => {
    const problems: unknown[] = [];
    const onProblem = (reason: unknown) => problems.push(reason);
    process.on('uncaughtException', onProblem);
    process.on('unhandledRejection', onProblem);
    const record = recorder();
    try {
      const ports = await Promise.all(setup.variants.map((variant) => serve(createConnectListener(listenerOptions(variant, record)), record)));
      const all = cases(CASES);
      const outcomes = await run(all, ports);
      const complaints = check(outcomes, record.calls);

      // After the run each listener still takes a genuine new delivery.
      const finals = await Promise.all(setup.variants.map((variant) => finalDelivery(ports[variant.index] as number, variant)));
      await new Promise((resolve) => setTimeout(resolve, 50));

      const kinds: Record<string, number> = {};
      const count = (name: string) => (kinds[name] = (kinds[name] ?? 0) + 1);
      for (const { request, exchange: ended } of outcomes) {
        count(`body ${request.bodyKind}`);
        count(`signature ${request.signatureKind}`);
        count(`framing ${request.framing}`);
        count(ended.kind === 'answered' ? `answer ${ended.answer.status} ${answerLabel(ended.answer.body)}` : `ended ${ended.kind}`);
      }
      kinds['keep-alive connections'] = all.filter((kase) => kase.requests.length > 1).length;
      for (const [stage, times] of Object.entries(record.stages)) kinds[`onError ${stage}`] = times;
      task.meta.generated = { seed: SEED, cases: CASES, kinds, replay: REPLAY };
      console.log(`[listener-fuzz] seed ${SEED}: ${CASES} connections, ${outcomes.length} requests, ${record.calls.length} onEvent calls; replay: ${REPLAY}`);

      expect(report(complaints, outcomes), REPLAY).toEqual([]);
      expect(problems.map((problem) => inspect(problem)), 'uncaught exceptions or unhandled rejections').toEqual([]);
      expect(record.adapterErrors.map((error) => inspect(error)), 'toNodeHandler reported the listener throwing').toEqual([]);
      for (const [index, final] of finals.entries()) {
        expect(final, `listener ${index} after the run`).toMatchObject({ status: 200, body: '{"ok":true}' });
        expect(record.calls.filter((call) => call.requestId === `final.${index}`).map((call) => call.event)).toEqual([final.sent]);
      }
      // A run that never reached the interesting outcomes would prove little.
      for (const seen of ['answer 200 ok', 'answer 200 duplicate', 'answer 401 bad-signature', 'answer 401 no-signature', 'answer 413 too-large', 'answer 405 method-not-allowed', 'answer 400 not-an-event', 'answer 400 not-json', 'answer 500 handler-failed', 'ended client-closed']) {
        expect(kinds[seen] ?? 0, seen).toBeGreaterThan(0);
      }
      expect(outcomes.filter((outcome) => outcome.request.signatureKind === 'many' && outcome.request.note.includes('genuine')).length).toBeGreaterThan(50);
      expect(outcomes.filter((outcome) => signedOnlyPastTheLimit(outcome.request, outcome.variant)).length, 'requests signed only past the first 100 values').toBeGreaterThan(10);
    } finally {
      process.off('uncaughtException', onProblem);
      process.off('unhandledRejection', onProblem);
    }
  }, 300_000 * SOAK);
});

describe('the oracle\'s signature limit', () => {
  // The cases keep their own number so that the oracle does not borrow the code it judges; this
  // only makes sure the two still agree, so that a change to the package's bound fails here by
  // name rather than as unsigned-2xx or bad-signature complaints in the fuzz run.
  test('is the package\'s MAX_SIGNATURES', () => {
    expect(SIGNATURE_LIMIT, 'SIGNATURE_LIMIT (listener-fuzz-cases.ts) against MAX_SIGNATURES (src/signature-headers.ts)').toBe(MAX_SIGNATURES);
  });
});

describe('the checker reports broken listeners', () => {
  /** Runs cases against one broken handler per variant and returns the complaint codes. */
  async function codesAgainst(make: (variant: Variant, record: Recorder) => FetchHandler, selected: readonly FuzzCase[]): Promise<Set<ComplaintCode>> {
    const record = recorder();
    const ports = await Promise.all(setup.variants.map((variant) => serve(make(variant, record), record)));
    const outcomes = await run(selected, ports);
    return new Set(check(outcomes, record.calls).map((complaint) => complaint.code));
  }

  /** The first `count` cases of the run with a request that `wanted` picks. */
  function casesWhere(wanted: (kase: FuzzCase) => boolean, count: number): FuzzCase[] {
    const out: FuzzCase[] = [];
    for (let index = 0; out.length < count && index < CASES * 4; index += 1) {
      const kase = makeCase(setup, index);
      if (wanted(kase)) out.push(kase);
    }
    return out;
  }

  /**
   * A hand-made listener with a loose signature check: `accepts` compares the expected HMAC
   * with each given value; an accepted delivery goes on to a real listener without keys.
   */
  function loose(accepts: (expected: Buffer, given: Buffer) => boolean, valuesFrom: (headers: Headers) => string[]) {
    return (variant: Variant, record: Recorder): FetchHandler => {
      const inner = createConnectListener(listenerOptions(variant, record, false));
      return async (request) => {
        if (request.method !== 'POST') return Response.json({ ok: false, reason: 'method-not-allowed' }, { status: 405, headers: { Allow: 'POST' } });
        const bytes = Buffer.from(await request.arrayBuffer());
        const given = valuesFrom(request.headers).map((value) => Buffer.from(value, 'base64'));
        const signed = variant.keys.some((key) => given.some((value) => accepts(Buffer.from(hmacBase64(key, bytes), 'base64'), value)));
        if (!signed) return Response.json({ ok: false, reason: 'bad-signature' }, { status: 401 });
        return inner(new Request(request.url, { method: 'POST', headers: request.headers, body: bytes }));
      };
    };
  }

  /** Every signature-looking value, however many. */
  const everyValue = (headers: Headers) => {
    const out: string[] = [];
    headers.forEach((value, name) => {
      if (/^x-docusign-signature-\d+$/.test(name)) out.push(...value.split(',').map((part) => part.trim()));
    });
    return out;
  };

  test('one that answers 200 to everything', async () => {
    const codes = await codesAgainst(() => async (request) => {
      await request.arrayBuffer().catch(() => undefined);
      return Response.json({ ok: true });
    }, cases(200));
    expect(codes).toContain('unsigned-2xx');
    expect(codes).toContain('on-event-count');
  }, SELF_CHECK_TIMEOUT_MS);

  test('one that verifies with its keys in the wrong order', async () => {
    const reversed = (variant: Variant, record: Recorder) => createConnectListener({ ...listenerOptions(variant, record), hmacKeys: [...variant.keys].reverse() });
    const codes = await codesAgainst(reversed, casesWhere((kase) => (setup.variants[kase.variant]?.keys.length ?? 0) > 1 && kase.requests.some((request) => request.signatureKind === 'held'), 150));
    expect(codes).toContain('wrong-key-index');
  }, SELF_CHECK_TIMEOUT_MS);

  test('one that compares only the first 16 bytes of a signature', async () => {
    const first16 = loose((expected, given) => given.length >= 16 && expected.subarray(0, 16).equals(given.subarray(0, 16)), everyValue);
    const codes = await codesAgainst(first16, casesWhere((kase) => kase.requests.some((request) => request.signatureKind === 'tampered'), 150));
    expect(codes).toContain('unsigned-2xx');
  }, SELF_CHECK_TIMEOUT_MS);

  test('one that looks at signature values past the first 100', async () => {
    const all = loose((expected, given) => expected.equals(given), everyValue);
    const selected = casesWhere((kase) => kase.requests.some((request) => signedOnlyPastTheLimit(request, setup.variants[kase.variant] as Variant)), 100);
    expect(selected.length).toBeGreaterThan(10);
    const codes = await codesAgainst(all, selected);
    expect(codes).toContain('unsigned-2xx');
  }, SELF_CHECK_TIMEOUT_MS);
});

describe('an unknown event name', () => {
  // The fuzz found that any body with an unknown `event` string was acknowledged as a new
  // DocuSign event, however malformed the rest: only a message whose one fault is its name is.
  test('a signed body whose only resemblance to an event is an unknown event name is refused as not an event', async () => {
    const variant = setup.variants[0] as Variant;
    const record = recorder();
    const listener = createConnectListener(listenerOptions(variant, record));
    for (const text of ['{"event":"widget-created"}', '{"event":"","a":[1]}', '{"event":"envelope-teleported","data":null}']) {
      const body = Buffer.from(text);
      const response = await listener(new Request('http://127.0.0.1/connect', { method: 'POST', headers: { 'x-docusign-signature-1': hmacBase64(variant.keys[0] as string, body) }, body }));
      expect({ text, status: response.status, reason: ((await response.json()) as { reason?: string }).reason }).toEqual({ text, status: 400, reason: 'not-an-event' });
    }
  });
});
