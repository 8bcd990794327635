// The client against a server that misbehaves on purpose (fault-server.ts), over real sockets:
// every call ends in a typed outcome within its deadline, a configuration is never created twice,
// retries happen only where nothing was processed, the body size is capped, cancelling leaves
// nothing running, and no planted secret comes back out, whole or in part.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ConnectContractError, createConnectClient, type ConnectClientError, type ConnectClientOptions } from '../../src/index.js';
import '../support/meta.js';
import { ACCOUNT, capturedOutput, checkRun, configuration, hookOptions, leakIn, printable, runCalls, SECRETS, seededFaults, settle, stoppedAfterEach } from './fault-kit.js';
import { type Fault, FAULTS, startFaultServer, type FaultServer } from './fault-server.js';
import { wholeNumberFromEnv } from './settings.js';

// Long enough that a loaded CI machine (every project runs at once) still reads most answers in
// time; the stalls then cost a little more, which the 25 workers absorb.
const TIMEOUT_MS = 750;
const RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 50, maxElapsedMs: 5_000 };

const track = stoppedAfterEach<FaultServer>();
async function server(choose: (arrival: { name: string; attempt: number }) => Fault, extra: { retryAfterSeconds?: number; dribbleMs?: number } = {}) {
  return track(await startFaultServer({ choose, ...extra }));
}

/** Hook payloads and console output of the calls, for the leak scan. */
const captured = capturedOutput();

function client(url: string, options: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({
    baseUrl: url,
    accessToken: async () => SECRETS.token,
    timeoutMs: TIMEOUT_MS,
    retry: RETRY,
    ...hookOptions(captured),
    ...options,
  });
}

describe('a seeded run of 1,000 calls with random faults', () => {
  // A fixed seed, so that CI runs the same 1,000 calls every time; RELIABILITY_SEED picks
  // another, and RELIABILITY_SOAK=<n> runs n times as many calls.
  const seed = wholeNumberFromEnv('RELIABILITY_SEED', 20261126);
  const calls = 1_000 * wholeNumberFromEnv('RELIABILITY_SOAK', 1);
  const faults = Object.keys(FAULTS) as Fault[];

  test(`${calls} calls settle, typed and in time, and never create a configuration twice (seed ${seed})`, async ({ task }) => {
    const faulty = await server(seededFaults(seed, faults), { dribbleMs: 40 });
    const connect = client(faulty.url);
    // Each attempt is bounded by the timeout, each wait by maxDelayMs; the rest is slack.
    // The slack is for a loaded CI machine; a call that hangs takes far longer.
    const deadlineMs = RETRY.maxAttempts * (TIMEOUT_MS + RETRY.maxDelayMs) + 5_000;
    const { outcomes, unhandled } = await runCalls({ calls, workers: 25, deadlineMs, create: (name) => connect.createConfiguration(ACCOUNT, configuration(name)) });
    const report = checkRun(
      { outcomes, unhandled, captured, received: faulty.received, created: faulty.created },
      // Only a 429 and a 503 with Retry-After say that nothing was processed.
      { deadlineMs, mayRetryAfter: (fault) => fault === 'rate-limited' || fault === 'unavailable', faults, leastCreated: calls / 40 },
    );
    task.meta.generated = { seed, cases: calls, kinds: report.kinds, replay: `RELIABILITY_SEED=${seed} npx vitest run --project reliability contract-tests/reliability/faults.test.ts` };

    expect(outcomes).toHaveLength(calls);
    expect(report.problems).toEqual([]);
  }, 180_000);
});

describe('retry accounting, per fault', () => {
  const once: Fault[] = ['created', 'unavailable-no-retry-after', 'server-error', 'reset-before-response', 'reset-mid-body', 'stall', 'stall-mid-body', 'html-502', 'truncated-json', 'huge-body', 'slow-headers'];

  test.each(once)('%s: exactly one POST', async (fault) => {
    const faulty = await server(() => fault, { dribbleMs: fault === 'slow-headers' ? 40 : 60 });
    const settled = await settle(client(faulty.url).createConfiguration(ACCOUNT, configuration(`once-${fault}`)));
    expect(faulty.received.map((request) => request.fault)).toEqual([fault]);
    const outcome = settled.type === 'result' ? settled.result.outcome : `${settled.error.kind}/${settled.error.outcome}`;
    const expected: Record<string, string> = {
      created: 'created',
      'unavailable-no-retry-after': 'unknown',
      'server-error': 'unknown',
      'reset-before-response': 'network/unknown',
      'reset-mid-body': 'network/unknown',
      stall: 'timeout/unknown',
      'stall-mid-body': 'timeout/unknown',
      'html-502': 'contract/unknown',
      'truncated-json': 'contract/unknown',
      'huge-body': 'contract/unknown',
      'slow-headers': 'created',
    };
    expect(outcome).toBe(expected[fault]);
    expect(leakIn(printable(settled.type === 'result' ? settled.result : settled.error))).toBeUndefined();
  });

  test.each(['rate-limited', 'unavailable'] as const)('%s: retried after Retry-After, up to maxAttempts', async (fault) => {
    const faulty = await server(() => fault, { retryAfterSeconds: 1 });
    const settled = await settle(client(faulty.url, { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2_000, maxElapsedMs: 10_000 } }).createConfiguration(ACCOUNT, configuration(`retry-${fault}`)));
    const times = faulty.received.map((request) => request.at);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(settled.type === 'result' && settled.result.outcome).toBe('rejected');
    expect(settled.type === 'result' && settled.result.attempts).toBe(2);
    expect(settled.type === 'result' && settled.result.retryAfter).toBe(1);
  }, 10_000);

  test('a Retry-After beyond maxDelayMs is handed back instead of waited for: one POST', async () => {
    const faulty = await server(() => 'rate-limited', { retryAfterSeconds: 120 });
    const settled = await settle(client(faulty.url).createConfiguration(ACCOUNT, configuration('too-long')));
    expect(faulty.received).toHaveLength(1);
    expect(settled.type === 'result' && settled.result.retryAfter).toBe(120);
  });

  test('a retry that would pass maxElapsedMs is not made: one POST', async () => {
    const faulty = await server(() => 'unavailable', { retryAfterSeconds: 1 });
    await settle(client(faulty.url, { retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5_000, maxElapsedMs: 500 } }).createConfiguration(ACCOUNT, configuration('elapsed')));
    expect(faulty.received).toHaveLength(1);
  });

  test('a rate limit that lifts: the call succeeds on the attempt after it, once', async () => {
    const faulty = await server(({ attempt }) => (attempt === 1 ? 'rate-limited' : 'created'));
    const settled = await settle(client(faulty.url).createConfiguration(ACCOUNT, configuration('lifts')));
    expect(settled.type === 'result' && settled.result.outcome).toBe('created');
    expect(settled.type === 'result' && settled.result.attempts).toBe(2);
    expect(faulty.created.get('lifts')).toBe(1);
  });
});

describe('the response size cap', () => {
  /** A fetch that counts the body bytes the client actually pulls from the network. */
  function countingFetch() {
    let pulled = 0;
    const counting = async (url: string, init: RequestInit) => {
      const response = await fetch(url, init);
      if (response.body === null) return response;
      const counter = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body.pipeThrough(counter), { status: response.status, headers: response.headers });
    };
    return { fetch: counting, pulled: () => pulled };
  }

  test('a 10 MB answer is cut off at the limit with a contract error', async () => {
    const faulty = await server(() => 'huge-body');
    const counting = countingFetch();
    const settled = await settle(client(faulty.url, { fetch: counting.fetch }).createConfiguration(ACCOUNT, configuration('huge')));
    expect(settled.type).toBe('error');
    const error = (settled as { error: ConnectClientError }).error;
    expect(error).toBeInstanceOf(ConnectContractError);
    expect(error.message).toMatch(/larger than 1048576 bytes \(maxResponseBytes\)/);
    expect(error.response?.status).toBe(201);
    expect(error.response?.excerpt).toMatch(/^\{"success":true/);
    // Memory stays bounded: the client read about the limit, not the body.
    expect(counting.pulled()).toBeLessThan(1_048_576 + 256 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(faulty.hugeBytesWritten()).toBeLessThan(10 * 1024 * 1024);
  });

  test.each([
    [1_000, 'created'],
    [60, 'contract/unknown'],
  ])('maxResponseBytes %i: the success envelope is %s', async (limit, outcome) => {
    const faulty = await server(() => 'created');
    const settled = await settle(client(faulty.url, { maxResponseBytes: limit }).createConfiguration(ACCOUNT, configuration(`limit-${limit}`)));
    expect(settled.type === 'result' ? settled.result.outcome : `${settled.error.kind}/${settled.error.outcome}`).toBe(outcome);
  });

  test.each([0, -1, 1.5, Number.NaN, '1000'])('maxResponseBytes %j is refused', (limit) => {
    expect(() => createConnectClient({ baseUrl: 'http://127.0.0.1:1', accessToken: 't', maxResponseBytes: limit as number })).toThrow(/maxResponseBytes must be a whole number of bytes/);
  });
});

describe('cancellation leaves nothing running', () => {
  /** Sockets and timers of this process, by kind. */
  function handles(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
    return counts;
  }

  /** Waits until the handles are back to what they were, or a second has passed. */
  async function settledHandles(before: Record<string, number>): Promise<Record<string, number>> {
    const deadline = Date.now() + 1_000;
    let now = handles();
    while (Date.now() < deadline && ((now.TCPSocketWrap ?? 0) > (before.TCPSocketWrap ?? 0) || (now.Timeout ?? 0) > (before.Timeout ?? 0))) {
      await new Promise((resolve) => setImmediate(resolve));
      now = handles();
    }
    return now;
  }

  test.each([
    ['the caller aborts a stalled call', 'stall', 'aborted/unknown'],
    ['the timeout ends a stalled call', 'stall', 'timeout/unknown'],
    ['the timeout ends a call whose headers dribble', 'slow-headers', 'timeout/unknown'],
    ['the timeout ends a call whose body stalls', 'stall-mid-body', 'timeout/unknown'],
    ['the caller aborts a call whose body stalls', 'stall-mid-body', 'aborted/unknown'],
    ['the caller aborts while the client waits to retry', 'rate-limited', 'aborted/not-sent'],
  ] as const)('%s', async (title, fault, outcome) => {
    const faulty = await server(() => fault, { retryAfterSeconds: 5, dribbleMs: 2_000 });
    const before = handles();
    const controller = new AbortController();
    const abortAfter = title.startsWith('the caller') ? setTimeout(() => controller.abort(new Error('caller gave up')), fault === 'rate-limited' ? 300 : 100) : undefined;
    const started = performance.now();
    const settled = await settle(
      client(faulty.url, { timeoutMs: title.startsWith('the timeout') ? 150 : 5_000, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10_000, maxElapsedMs: 60_000 } }).createConfiguration(ACCOUNT, configuration(`cancel-${title}`), { signal: controller.signal }),
    );
    clearTimeout(abortAfter);
    expect(settled.type === 'error' ? `${settled.error.kind}/${settled.error.outcome}` : settled.result.outcome).toBe(outcome);
    // It ended because of the abort or the timeout, not after the server's own delays.
    expect(performance.now() - started).toBeLessThan(2_000);
    const after = await settledHandles(before);
    expect(after.TCPSocketWrap ?? 0, `sockets: ${JSON.stringify({ before, after })}`).toBeLessThanOrEqual(before.TCPSocketWrap ?? 0);
    expect(after.Timeout ?? 0, `timers: ${JSON.stringify({ before, after })}`).toBeLessThanOrEqual(before.Timeout ?? 0);
  });
});

describe('the leak scan', () => {
  test('finds any eight characters of a planted secret, and nothing in plain text', () => {
    expect(leakIn(`error: Bearer ${SECRETS.token.slice(5, 13)}`)).toBe(SECRETS.token.slice(5, 13));
    expect(leakIn(inspect({ nested: { value: `x${SECRETS.clientSecret.slice(-8)}` } }))).toBeDefined();
    expect(leakIn('HTTP 500: the server failed. [REDACTED] listener https://hooks.example.com/connect')).toBeUndefined();
  });

  /** An error that shows inspect and JSON nothing of itself: only its message and stack tell. */
  const opaque = (message: string, cause?: unknown) =>
    Object.assign(new Error(message, cause === undefined ? {} : { cause }), { [inspect.custom]: () => '[opaque]', toJSON: () => '[opaque]' });
  /** `inner` under `wrappers` opaque errors. */
  const wrapped = (inner: Error, wrappers: number): Error => (wrappers === 0 ? inner : opaque('wrapper', wrapped(inner, wrappers - 1)));

  test.each([
    { where: 'a non-enumerable property', value: Object.defineProperty(new Error('refused'), 'token', { value: SECRETS.token, enumerable: false }), found: true },
    { where: 'a non-enumerable property of a plain object', value: Object.defineProperty({ status: 401 }, 'secret', { value: SECRETS.clientSecret, enumerable: false }), found: true },
    { where: 'the message of the eighth error of a chain of causes that hide from inspect', value: wrapped(opaque(`token ${SECRETS.token}`), 7), found: true },
    { where: 'the message of the ninth error of such a chain, past printable\'s depth', value: wrapped(opaque(`token ${SECRETS.token}`), 8), found: false },
  ])('a secret in $where is seen by the scan through printable: $found', ({ value, found }) => {
    expect(leakIn(printable(value)) !== undefined).toBe(found);
  });

  test('the fault server does echo the secrets, so the scan has something to catch', async () => {
    const faulty = await server(() => 'server-error');
    const response = await fetch(`${faulty.url}/v2.1/accounts/${ACCOUNT}/connect`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRETS.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(configuration('echo')),
    });
    const text = await response.text();
    for (const secret of Object.values(SECRETS)) expect(text).toContain(secret);
  });
});
