// The client against a server that misbehaves on purpose (fault-server.ts), over real sockets:
// every call ends in a typed outcome within its deadline, a configuration is never created twice,
// retries happen only where nothing was processed, the body size is capped, cancelling leaves
// nothing running, and no planted secret comes back out, whole or in part.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ConnectClientError, ConnectContractError, createConnectClient, jsonSim, type ConnectClientOptions, type CreateConfigurationResult } from '../../src/index.js';
import { seededRandom } from '../../src/event-factory.js';
import '../support/meta.js';
import { type Fault, FAULTS, startFaultServer, type FaultServer } from './fault-server.js';
import { wholeNumberFromEnv } from './settings.js';

const ACCOUNT = '18476201';
const TIMEOUT_MS = 400;
const RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 50, maxElapsedMs: 5_000 };

// Planted secrets: long and random-looking, so that any 8 characters of one found in an output
// can only have come from the secret.
const SECRETS = {
  token: 'tok_Q7mZr2VwX9pLk4NcB8sHd3JfT6yGa1Ue',
  password: 'pw_Hn4Rt8YcVb2Mz6Lq9Xs3Kd7Fg1Jw5Pa0',
  clientSecret: 'cs_Wd5Tn1Qz8Rv3Ym6Lp2Xk9Bh4Gf7Js0Ca',
  salesforceAuthcode: 'sf_Lm3Xq8Zt1Wc6Vb9Nr2Hy5Jd4Pk7Gs0Fe',
};

/** Every 8-character piece of every planted secret. */
const FRAGMENTS = Object.values(SECRETS).flatMap((secret) => Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8)));

/** The first fragment of a planted secret found in the text, if any. */
function leakIn(text: string): string | undefined {
  return FRAGMENTS.find((fragment) => text.includes(fragment));
}

/** A configuration with every secret field set, named so that the server can count it. */
function configuration(name: string) {
  return {
    ...jsonSim({ name, urlToPublishTo: 'https://hooks.example.com/connect', allUsers: true, events: ['envelope-sent'], userName: 'listener', password: SECRETS.password }),
    salesforceAuthcode: SECRETS.salesforceAuthcode,
    enableOAuthPerConfiguration: 'true' as const,
    oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/oauth2/token', clientId: 'connect-listener', clientSecret: SECRETS.clientSecret },
  };
}

/** Everything a caller could print about an outcome, for the leak scan. */
function printable(value: unknown): string {
  const parts = [inspect(value, { depth: 12, showHidden: false }), safeJson(value)];
  if (value instanceof Error) {
    parts.push(value.message, value.stack ?? '');
    for (let cause: unknown = value.cause, depth = 0; cause !== undefined && depth < 6; cause = (cause as { cause?: unknown }).cause, depth += 1) {
      parts.push(inspect(cause, { depth: 6 }), cause instanceof Error ? `${cause.message}\n${cause.stack ?? ''}` : String(cause));
    }
  }
  return parts.join('\n');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `unserialisable: ${String(error)}`;
  }
}

/** What a call ended in: the result's outcome, or the error's kind and outcome. */
type Settled = { type: 'result'; result: CreateConfigurationResult } | { type: 'error'; error: ConnectClientError };

/** A stable 32-bit hash of a text, to derive each request's fault from the seed. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const servers: FaultServer[] = [];
async function server(choose: (arrival: { name: string; attempt: number }) => Fault, extra: { retryAfterSeconds?: number; dribbleMs?: number } = {}) {
  const started = await startFaultServer({ choose, ...extra });
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.stop()));
});

/** Hook payloads and console output of the calls, for the leak scan. */
const captured: string[] = [];
beforeEach(() => {
  captured.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((arg) => printable(arg)).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function client(url: string, options: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({
    baseUrl: url,
    accessToken: async () => SECRETS.token,
    timeoutMs: TIMEOUT_MS,
    retry: RETRY,
    onRetry: (notice) => captured.push(printable(notice)),
    onContractWarning: (warning) => captured.push(printable(warning)),
    onValidationWarning: (warnings) => captured.push(printable(warnings)),
    ...options,
  });
}

async function settle(call: Promise<CreateConfigurationResult>): Promise<Settled> {
  try {
    return { type: 'result', result: await call };
  } catch (error) {
    if (!(error instanceof ConnectClientError)) throw new Error(`an untyped rejection: ${inspect(error)}`);
    return { type: 'error', error };
  }
}

describe('a seeded run of 1,000 calls with random faults', () => {
  // A fixed seed, so that CI runs the same 1,000 calls every time; RELIABILITY_SEED picks
  // another, and RELIABILITY_SOAK=<n> runs n times as many calls.
  const seed = wholeNumberFromEnv('RELIABILITY_SEED', 20261126);
  const calls = 1_000 * wholeNumberFromEnv('RELIABILITY_SOAK', 1);
  const faults = Object.keys(FAULTS) as Fault[];

  test(`${calls} calls settle, typed and in time, and never create a configuration twice (seed ${seed})`, async ({ task }) => {
    // Each request's fault comes from the seed, the call and the attempt, whatever the order
    // the concurrent requests arrive in, so that a seed always replays the same run.
    const fault = ({ name, attempt }: { name: string; attempt: number }): Fault => {
      const next = seededRandom(hash(`${seed}:${name}:${attempt}`));
      next();
      return faults[Math.floor(next() * faults.length)] as Fault;
    };
    const faulty = await server(fault, { dribbleMs: 40 });
    const connect = client(faulty.url);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);

    // Each attempt is bounded by the timeout, each wait by maxDelayMs; the rest is slack.
    const deadlineMs = RETRY.maxAttempts * (TIMEOUT_MS + RETRY.maxDelayMs) + 1_500;
    const outcomes: Array<{ name: string; settled: Settled; ms: number }> = [];
    const late: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < calls) {
        const name = `call-${next}`;
        next += 1;
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const hung = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`${name} did not settle within ${2 * deadlineMs} ms`)), 2 * deadlineMs);
        });
        const settled = await Promise.race([settle(connect.createConfiguration(ACCOUNT, configuration(name))), hung]).finally(() => clearTimeout(timer));
        const ms = performance.now() - started;
        if (ms > deadlineMs) late.push(`${name}: ${Math.round(ms)} ms`);
        outcomes.push({ name, settled, ms });
      }
    };
    await Promise.all(Array.from({ length: 25 }, worker));
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', onUnhandled);

    const kinds: Record<string, number> = {};
    let successes = 0;
    let unknown = 0;
    const problems: string[] = [];
    for (const { name, settled } of outcomes) {
      const creations = faulty.created.get(name) ?? 0;
      const kind = settled.type === 'result' ? `${settled.result.outcome}` : `${settled.error.kind}/${settled.error.outcome}`;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (creations > 1) problems.push(`${name} was created ${creations} times`);
      const reportedCreated = settled.type === 'result' && settled.result.success;
      const reportedUnknown = settled.type === 'result' ? settled.result.outcome === 'unknown' : settled.error.outcome === 'unknown';
      if (reportedCreated) successes += 1;
      if (reportedUnknown) unknown += 1;
      if (reportedCreated && creations !== 1) problems.push(`${name} reported created, but the server created it ${creations} times`);
      if (!reportedCreated && !reportedUnknown && creations > 0) problems.push(`${name} reported ${kind}, yet the server created it`);
      const leak = leakIn(printable(settled.type === 'result' ? settled.result : settled.error));
      if (leak !== undefined) problems.push(`${name} (${kind}) shows a piece of a secret: ${leak}`);
    }
    const createdTotal = [...faulty.created.values()].reduce((sum, count) => sum + count, 0);
    task.meta.generated = { seed, cases: calls, kinds, replay: `RELIABILITY_SEED=${seed} npx vitest run --project reliability contract-tests/reliability/faults.test.ts` };

    expect(outcomes).toHaveLength(calls);
    expect(unhandled.map((reason) => inspect(reason))).toEqual([]);
    expect(late, `calls that took longer than ${deadlineMs} ms`).toEqual([]);
    expect(problems).toEqual([]);
    expect(createdTotal).toBeGreaterThanOrEqual(successes);
    expect(createdTotal - successes).toBeLessThanOrEqual(unknown);
    expect(captured.map(leakIn).filter(Boolean), 'hook payloads and console output').toEqual([]);
    // The run must have exercised every fault, and retries, or it proves little.
    expect(new Set(faulty.received.map((request) => request.fault)).size).toBe(faults.length);
    expect(faulty.received.some((request) => request.attempt > 1)).toBe(true);
    expect(successes).toBeGreaterThan(calls / 20);
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
