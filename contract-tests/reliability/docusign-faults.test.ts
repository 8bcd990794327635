// The client on DocuSign's own wire against a server that misbehaves on purpose
// (docusign-fault-server.ts), over real sockets: the same invariants as the envelope run
// (faults.test.ts), with DocuSign's rules for sending again. Only a rate limit (400 or 429 with a
// rate-limit errorCode) or a refused connection is sent again: a 503 may follow a create DocuSign
// completed. The checker itself is shown to notice a run that breaks them.
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { ConnectNetworkError, createConnectClient, type ConnectClientOptions, type CreateConfigurationResult, type RetryNotice } from '../../src/index.js';
import '../support/meta.js';
import { startDocuSignFaultServer, DOCUSIGN_FAULTS, type DocuSignFault, type DocuSignFaultServer, type DocuSignFaultServerOptions, isRateLimit, SERVER_DATE } from './docusign-fault-server.js';
import { ACCOUNT, capturedOutput, checkRun, configuration, describeSettled, hookOptions, leakIn, printable, runCalls, type CallRecord, type RunRules, SECRETS, seededFaults, settle, stoppedAfterEach } from './fault-kit.js';
import { wholeNumberFromEnv } from './settings.js';

// Long enough that a loaded CI machine (every project runs at once) still reads most answers in
// time; the stalls then cost a little more, which the 25 workers absorb.
const TIMEOUT_MS = 750;
/**
 * maxDelayMs is a second, so that a Retry-After of 1 and an X-RateLimit-Reset within the next
 * second are waited for, while the burst window (30 s) and the hourly one without headers (to
 * the top of the hour) are handed back.
 */
const RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1_000, maxElapsedMs: 5_000 };
/** For the per-fault tests: one retry, and waits of up to two seconds. */
const ONE_RETRY = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2_000, maxElapsedMs: 10_000 };
const FAULT_NAMES = Object.keys(DOCUSIGN_FAULTS) as DocuSignFault[];

const track = stoppedAfterEach<DocuSignFaultServer>();
async function server(choose: (arrival: { name: string; attempt: number }) => DocuSignFault, extra: Omit<DocuSignFaultServerOptions, 'choose'> = {}) {
  return track(await startDocuSignFaultServer({ choose, ...extra }));
}

/** Hook payloads and console output of the calls, for the leak scan. */
const captured = capturedOutput();

function client(url: string, options: Partial<ConnectClientOptions> = {}) {
  return createConnectClient({
    baseUrl: url,
    wire: 'docusign',
    accessToken: async () => SECRETS.token,
    timeoutMs: TIMEOUT_MS,
    retry: RETRY,
    ...hookOptions(captured),
    ...options,
  });
}

/** The rules of this wire's run: only a rate limit allows sending again. */
function rules(deadlineMs: number, faults: readonly string[], leastCreated: number): RunRules {
  return { deadlineMs, mayRetryAfter: isRateLimit, faults, leastCreated };
}

/** The faults whose answer some call of the log sent its request again after. */
function retriedAfter(received: DocuSignFaultServer['received']): Set<string> {
  const retried = new Set<string>();
  for (const request of received) {
    if (request.attempt === 1) continue;
    const before = received.find((other) => other.name === request.name && other.attempt === request.attempt - 1);
    if (before !== undefined) retried.add(before.fault);
  }
  return retried;
}

/**
 * The earliest a request may follow the answer `before` got, by DocuSign's hints: Retry-After
 * when given; for the burst limit its 30-second window; X-RateLimit-Reset for the hourly limit;
 * else the next top of the hour.
 */
function earliestAfter(before: DocuSignFaultServer['received'][number]): number {
  const retryAfter = before.headers['Retry-After'];
  if (retryAfter !== undefined) return before.at + Number(retryAfter) * 1000;
  if (before.fault.startsWith('burst-')) return before.at + 30_000;
  const reset = before.headers['X-RateLimit-Reset'];
  if (reset !== undefined) return Number(reset) * 1000;
  if (before.fault === 'hourly-bare') return before.at - (before.at % 3_600_000) + 3_600_000;
  return before.at;
}

/** Requests sent again sooner than the rate limit before them allowed, in words. */
function sentTooSoon(received: DocuSignFaultServer['received']): string[] {
  const early: string[] = [];
  for (const request of received) {
    const before = received.find((other) => other.name === request.name && other.attempt === request.attempt - 1);
    if (before === undefined) continue;
    // libuv reads its clock once per loop turn, so a timer may fire a millisecond early.
    const allowed = earliestAfter(before) - 2;
    if (request.at < allowed) early.push(`${request.name}: attempt ${request.attempt} came ${allowed - request.at} ms before ${before.fault} allowed`);
  }
  return early;
}

describe('a seeded run of 1,000 calls on the DocuSign wire with random faults', () => {
  // A fixed seed, so that CI runs the same 1,000 calls every time; RELIABILITY_SEED picks
  // another, and RELIABILITY_SOAK=<n> runs n times as many calls.
  const seed = wholeNumberFromEnv('RELIABILITY_SEED', 20261202);
  const calls = 1_000 * wholeNumberFromEnv('RELIABILITY_SOAK', 1);

  test(`${calls} calls settle, typed and in time, are sent again only after a rate limit, and never create a configuration twice (seed ${seed})`, async ({ task }) => {
    const faulty = await server(seededFaults(seed, FAULT_NAMES), { retryAfterSeconds: 1, resetInSeconds: 1 });
    const connect = client(faulty.url);
    // Each attempt is bounded by the timeout, each wait by maxDelayMs; the rest is slack.
    // The slack is for a loaded CI machine; a call that hangs takes far longer.
    const deadlineMs = RETRY.maxAttempts * (TIMEOUT_MS + RETRY.maxDelayMs) + 5_000;
    const { outcomes, unhandled } = await runCalls({ calls, workers: 25, deadlineMs, create: (name) => connect.createConfiguration(ACCOUNT, configuration(name)) });
    const report = checkRun({ outcomes, unhandled, captured, received: faulty.received, created: faulty.created }, rules(deadlineMs, FAULT_NAMES, calls / 40));
    task.meta.generated = { seed, cases: calls, kinds: report.kinds, replay: `RELIABILITY_SEED=${seed} npx vitest run --project reliability contract-tests/reliability/docusign-faults.test.ts` };

    expect(outcomes).toHaveLength(calls);
    expect(report.problems).toEqual([]);
    // Every answer the client resolved to carries DocuSign's own body.
    const bare = outcomes.filter(({ settled }) => settled.type === 'result' && settled.result.docusign === undefined).map(({ name }) => name);
    expect(bare).toEqual([]);
    // Every wait honoured its hint; those that fit in maxDelayMs were waited for and the call
    // sent again, and the burst window never fits.
    expect(sentTooSoon(faulty.received)).toEqual([]);
    const retried = retriedAfter(faulty.received);
    expect([...retried].sort()).toEqual(expect.arrayContaining(['burst-retry-after', 'hourly-reset', 'hourly-retry-after']));
    expect(['burst-reset', 'burst-bare'].filter((fault) => retried.has(fault)), 'sent again after a burst limit without Retry-After').toEqual([]);
  }, 180_000);
});

describe('retry accounting, per fault', () => {
  // The fault, how the call ends, whether the result carries DocuSign's body, and its errorCode.
  const once: Array<[DocuSignFault, string, boolean, string | undefined]> = [
    ['created', 'created', true, undefined],
    ['created-no-date', 'created', true, undefined],
    ['invalid-parameter', 'rejected', true, 'INVALID_REQUEST_PARAMETER'],
    ['auth-failed', 'rejected', true, 'USER_AUTHENTICATION_FAILED'],
    ['lacks-permissions', 'rejected', true, 'USER_LACKS_PERMISSIONS'],
    ['not-found', 'rejected', true, 'RESOURCE_NOT_FOUND'],
    ['server-error', 'unknown', true, 'UNSPECIFIED_ERROR'],
    ['unavailable', 'unknown', true, 'SERVICE_UNAVAILABLE'],
    ['reset-before-response', 'network/unknown', false, undefined],
    ['reset-mid-body', 'network/unknown', false, undefined],
    ['stall', 'timeout/unknown', false, undefined],
    ['stall-mid-body', 'timeout/unknown', false, undefined],
    ['html-503', 'contract/unknown', false, undefined],
    ['truncated-json', 'contract/unknown', false, undefined],
  ];

  test.each(once)('%s: exactly one POST, ending %s', async (fault, outcome, docusign, code) => {
    // Retry-After 0 on the 503: a client that took it as leave to send again would do so at once.
    const faulty = await server(() => fault, { retryAfterSeconds: 0 });
    const settled = await settle(client(faulty.url, { retry: ONE_RETRY }).createConfiguration(ACCOUNT, configuration(`once-${fault}`)));
    expect(faulty.received.map((request) => request.fault)).toEqual([fault]);
    expect(describeSettled(settled)).toBe(outcome);
    const shown = settled.type === 'result' ? settled.result : settled.error;
    if (settled.type === 'result') {
      const { result } = settled;
      expect(result.docusign !== undefined).toBe(docusign);
      expect(result.attempts).toBe(1);
      // A 503 may follow a completed create: its Retry-After is not leave to send again.
      expect(result.retryAfter).toBeUndefined();
      expect(result.success ? undefined : result.error.code).toBe(code);
    } else {
      expect(docusign).toBe(false);
      expect(settled.error.attempts).toBe(1);
    }
    expect(leakIn(printable(shown))).toBeUndefined();
  });

  test('a 201 with a Date header: the id is the connectId and created_at is the Date', async () => {
    const faulty = await server(() => 'created');
    const result = await client(faulty.url).createConfiguration(ACCOUNT, configuration('dated'));
    expect(result.success && result.data).toEqual({ id: '22210641', created_at: new Date(SERVER_DATE).toISOString() });
    expect(result.success && result.docusign?.connectId).toBe('22210641');
  });

  test('a 201 without a Date header: created_at is when the answer arrived', async () => {
    const faulty = await server(() => 'created-no-date');
    const before = Date.now();
    const result = await client(faulty.url).createConfiguration(ACCOUNT, configuration('undated'));
    const after = Date.now();
    expect(result.headers.has('date')).toBe(false);
    const createdAt = Date.parse(result.success ? result.data.created_at : '');
    expect(createdAt).toBeGreaterThanOrEqual(before);
    expect(createdAt).toBeLessThanOrEqual(after);
  });

  test.each([
    ['hourly-retry-after', 400, 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED'],
    ['burst-retry-after', 429, 'BURST_APIINVOCATION_LIMIT_EXCEEDED'],
  ] as const)('%s: sent again after Retry-After, up to maxAttempts', async (fault, status, code) => {
    const faulty = await server(() => fault, { retryAfterSeconds: 1 });
    const settled = await settle(client(faulty.url, { retry: ONE_RETRY }).createConfiguration(ACCOUNT, configuration(`retry-${fault}`)));
    const times = faulty.received.map((request) => request.at);
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1_000);
    const result = settled.type === 'result' ? settled.result : undefined;
    expect(result && { outcome: result.outcome, status: result.status, attempts: result.attempts, retryAfter: result.retryAfter, code: result.success ? undefined : result.error.code }).toEqual({ outcome: 'rejected', status, attempts: 2, retryAfter: 1, code });
    expect(result?.docusign).toBeDefined();
  }, 10_000);

  test('hourly-reset: sent again once X-RateLimit-Reset has passed, up to maxAttempts', async () => {
    const faulty = await server(() => 'hourly-reset', { resetInSeconds: 2 });
    const settled = await settle(client(faulty.url, { retry: ONE_RETRY }).createConfiguration(ACCOUNT, configuration('retry-hourly-reset')));
    expect(faulty.received).toHaveLength(2);
    const [first, second] = faulty.received;
    const resetAt = Number(first?.headers['X-RateLimit-Reset']) * 1000;
    // libuv reads its clock once per loop turn, so a timer may fire a millisecond early.
    expect(second?.at).toBeGreaterThanOrEqual(resetAt - 2);
    const result = settled.type === 'result' ? settled.result : undefined;
    expect(result && { outcome: result.outcome, status: result.status, attempts: result.attempts }).toEqual({ outcome: 'rejected', status: 400, attempts: 2 });
    // The reset was 1 to 2 s ahead of the answer (Unix seconds), and retryAfter rounds up.
    expect(result?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(result?.retryAfter).toBeLessThanOrEqual(2);
  }, 10_000);

  test.each([
    ['burst-reset', 'X-RateLimit-Reset times the hourly window, not the burst'],
    ['burst-bare', 'DocuSign sends nothing that says when the burst window ends'],
  ] as const)('%s: the 30-second burst window is handed back, not waited for: one POST (%s)', async (fault, _why) => {
    const faulty = await server(() => fault, { resetInSeconds: 1 });
    const settled = await settle(client(faulty.url, { retry: ONE_RETRY }).createConfiguration(ACCOUNT, configuration(`burst-${fault}`)));
    expect(faulty.received).toHaveLength(1);
    const result = settled.type === 'result' ? settled.result : undefined;
    expect(result && { outcome: result.outcome, status: result.status, attempts: result.attempts, retryAfter: result.retryAfter }).toEqual({ outcome: 'rejected', status: 429, attempts: 1, retryAfter: 30 });
  });

  test('hourly-bare: the wait to the next top of the hour is handed back, not waited for: one POST', async () => {
    // Within the last seconds of an hour the wait would fit in maxDelayMs; wait for the new hour.
    const toHour = (now: number) => 3_600_000 - (now % 3_600_000);
    if (toHour(Date.now()) < 5_000) await new Promise((resolve) => setTimeout(resolve, toHour(Date.now()) + 10));
    const faulty = await server(() => 'hourly-bare');
    const before = Math.ceil(toHour(Date.now()) / 1000);
    const settled = await settle(client(faulty.url, { retry: ONE_RETRY }).createConfiguration(ACCOUNT, configuration('hourly-bare')));
    const after = Math.ceil(toHour(Date.now()) / 1000);
    expect(faulty.received).toHaveLength(1);
    const result = settled.type === 'result' ? settled.result : undefined;
    expect(result && { outcome: result.outcome, status: result.status, attempts: result.attempts }).toEqual({ outcome: 'rejected', status: 400, attempts: 1 });
    expect(result?.retryAfter).toBeGreaterThanOrEqual(after);
    expect(result?.retryAfter).toBeLessThanOrEqual(before);
  }, 10_000);

  test('a Retry-After beyond maxDelayMs is handed back instead of waited for, however long the call may take: one POST', async () => {
    const faulty = await server(() => 'hourly-retry-after', { retryAfterSeconds: 2 });
    const patient = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1_000, maxElapsedMs: 60_000 };
    const settled = await settle(client(faulty.url, { retry: patient }).createConfiguration(ACCOUNT, configuration('too-long')));
    expect(faulty.received).toHaveLength(1);
    expect(settled.type === 'result' && settled.result.retryAfter).toBe(2);
  }, 10_000);

  test.each(['hourly-retry-after', 'hourly-reset', 'burst-retry-after'] as const)('a rate limit that lifts (%s): the call succeeds on the attempt after it, once', async (fault) => {
    const faulty = await server(({ attempt }) => (attempt === 1 ? fault : 'created'), { retryAfterSeconds: 1, resetInSeconds: 1 });
    const settled = await settle(client(faulty.url).createConfiguration(ACCOUNT, configuration('lifts')));
    expect(settled.type === 'result' && settled.result.outcome).toBe('created');
    expect(settled.type === 'result' && settled.result.attempts).toBe(2);
    expect(faulty.created.get('lifts')).toBe(1);
  }, 10_000);
});

describe('a refused connection on the DocuSign wire', () => {
  /** A loopback port that nothing listens on: taken from the system, then let go. */
  async function closedPort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  test('is sent again once the server listens, and creates the configuration once', async () => {
    const port = await closedPort();
    const notices: RetryNotice[] = [];
    let started: Promise<DocuSignFaultServer> | undefined;
    const connect = client(`http://127.0.0.1:${port}`, {
      retry: { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 1_000, maxElapsedMs: 5_000 },
      onRetry: (notice) => {
        notices.push(notice);
        // The server comes up while the client waits, as a restarting one would.
        started ??= server(() => 'created', { port });
      },
    });
    const settled = await settle(connect.createConfiguration(ACCOUNT, configuration('refused')));
    // Awaited before any assertion, so that the server is tracked and stopped after the test.
    const faulty = await started;
    expect(faulty, 'the client never retried, so the server never started').toBeDefined();
    expect(settled.type, describeSettled(settled)).toBe('result');
    const result = (settled as { result: CreateConfigurationResult }).result;
    expect(notices.length).toBeGreaterThanOrEqual(1);
    expect(notices.every((notice) => notice.reason === 'connection-refused' && notice.status === undefined)).toBe(true);
    expect(result.outcome).toBe('created');
    expect(result.attempts).toBe(notices.length + 1);
    expect(faulty?.received).toHaveLength(1);
    expect(faulty?.created.get('refused')).toBe(1);
  });

  test('that stays refused ends not-sent, after maxAttempts', async () => {
    const port = await closedPort();
    const connect = client(`http://127.0.0.1:${port}`, { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10, maxElapsedMs: 5_000 } });
    const call = connect.createConfiguration(ACCOUNT, configuration('refused-for-good'));
    await expect(call).rejects.toBeInstanceOf(ConnectNetworkError);
    await expect(call).rejects.toMatchObject({ kind: 'network', outcome: 'not-sent', attempts: 3 });
  });
});

describe('the invariant checker notices a broken run', () => {
  test('a fetch that sends the request again after a 500 or 503: created twice, sent again after a failure, miscounted', async () => {
    // Attempt 1 per call from a fixed cycle; whatever comes after it, DocuSign creates.
    const cycle: DocuSignFault[] = ['created', 'server-error', 'unavailable', 'hourly-retry-after'];
    const faulty = await server(({ name, attempt }) => (attempt === 1 ? (cycle[Number(name.slice(5)) % cycle.length] as DocuSignFault) : 'created'), { retryAfterSeconds: 0 });
    const again = async (url: string, init: RequestInit) => {
      const response = await fetch(url, init);
      if (response.status < 500) return response;
      await response.arrayBuffer();
      return fetch(url, init);
    };
    const connect = client(faulty.url, { fetch: again });
    const { outcomes, unhandled } = await runCalls({ calls: 20, workers: 4, deadlineMs: 5_000, create: (name) => connect.createConfiguration(ACCOUNT, configuration(name)) });
    const { problems } = checkRun({ outcomes, unhandled, captured, received: faulty.received, created: faulty.created }, rules(5_000, cycle, 1));
    expect(problems).toEqual(
      expect.arrayContaining([
        'call-1 was created 2 times',
        'call-1 reported created, but the server created it 2 times',
        'call-1: attempt 2 followed server-error, which does not allow sending again',
        'call-2: attempt 2 followed unavailable, which does not allow sending again',
        'call-2 (created) counted 1 requests, the server saw 2',
      ]),
    );
    // The calls the fetch left alone are clean: the checker blames only what broke.
    const untouched = (problem: string) => [0, 3].includes(Number(/^call-(\d+)/.exec(problem)?.[1] ?? -1) % cycle.length);
    expect(problems.filter(untouched)).toEqual([]);
  });

  /** A run record whose parts a test may change. */
  type MutableRun = { outcomes: CallRecord[]; unhandled: unknown[]; captured: string[]; received: Array<{ name: string; attempt: number; fault: string }>; created: Map<string, number> };

  /** A call that ended created, as a result. */
  function created(name: string, attempts = 1): CallRecord {
    const result: CreateConfigurationResult = { success: true, data: { id: name, created_at: '2026-12-02T00:00:00.000Z' }, status: 201, headers: new Headers(), retryAfter: undefined, attempts, outcome: 'created' };
    return { name, settled: { type: 'result', result }, ms: 10 };
  }
  /** A clean run of three calls: created, created after a rate limit, refused. */
  function cleanRun(): MutableRun {
    const refused: CreateConfigurationResult = { success: false, error: { code: 'INVALID_REQUEST_PARAMETER', message: 'bad' }, status: 400, headers: new Headers(), retryAfter: undefined, attempts: 1, outcome: 'rejected' };
    return {
      outcomes: [created('call-0'), created('call-1', 2), { name: 'call-2', settled: { type: 'result', result: refused }, ms: 10 }],
      unhandled: [],
      captured: ['a retry notice'],
      received: [
        { name: 'call-0', attempt: 1, fault: 'created' },
        { name: 'call-1', attempt: 1, fault: 'burst-retry-after' },
        { name: 'call-1', attempt: 2, fault: 'created' },
        { name: 'call-2', attempt: 1, fault: 'invalid-parameter' },
      ],
      created: new Map([['call-0', 1], ['call-1', 1]]),
    };
  }
  const cleanRules = rules(1_000, ['created', 'burst-retry-after', 'invalid-parameter'], 2);

  test('passes the clean run it breaks below', () => {
    expect(checkRun(cleanRun(), cleanRules).problems).toEqual([]);
  });

  test.each<[string, (run: MutableRun) => void, RegExp]>([
    ['a refused call the server created', (run) => run.created.set('call-2', 1), /^call-2 reported rejected, yet the server created it$/],
    ['a not-sent error for a call the server created', (run) => {
      run.outcomes[2] = { name: 'call-2', settled: { type: 'error', error: new ConnectNetworkError('refused', { outcome: 'not-sent', attempts: 1 }) }, ms: 10 };
      run.created.set('call-2', 1);
    }, /^call-2 reported network\/not-sent, yet the server created it$/],
    ['a second request after a 503', (run) => {
      run.received.push({ name: 'call-2', attempt: 2, fault: 'created' });
      run.received[3] = { name: 'call-2', attempt: 1, fault: 'unavailable' };
    }, /^call-2: attempt 2 followed unavailable, which does not allow sending again$/],
    ['an untyped rejection', (run) => {
      run.outcomes[2] = { name: 'call-2', settled: { type: 'untyped', error: new TypeError('fetch failed') }, ms: 10 };
    }, /^call-2 rejected with something other than a ConnectClientError/],
    ['a call that never settled', (run) => {
      run.outcomes[2] = { name: 'call-2', settled: { type: 'hung' }, ms: 2_000 };
    }, /^call-2 did not settle within 2000 ms$/],
    ['a call past its deadline', (run) => {
      run.outcomes[0] = { ...created('call-0'), ms: 1_500 };
    }, /^call-0 \(created\) took 1500 ms, more than 1000$/],
    ['a secret in a result', (run) => {
      run.outcomes[2] = { name: 'call-2', settled: { type: 'result', result: { success: false, error: { code: 'X', message: `token ${SECRETS.token}` }, status: 400, headers: new Headers(), retryAfter: undefined, attempts: 1, outcome: 'rejected' } }, ms: 10 };
    }, /^call-2 \(rejected\) shows a piece of a secret/],
    ['a secret in a hook payload', (run) => run.captured.push(`notice ${SECRETS.clientSecret.slice(3, 12)}`), /^hook payloads or console output show a piece of a secret/],
    ['an unhandled rejection', (run) => run.unhandled.push(new Error('lost')), /^an unhandled rejection/],
    ['a creation no call made', (run) => run.created.set('stray', 1), /^the server created stray 1 times, but no call of the run has that name$/],
    ['a request the client did not count', (run) => run.received.push({ name: 'call-0', attempt: 2, fault: 'created' }), /^call-0 \(created\) counted 1 requests, the server saw 2$/],
    ['a fault never served', (run) => run.received.splice(3, 1), /^the run never served invalid-parameter$/],
    ['no retries at all', (run) => {
      run.received.splice(1, 1);
      run.received[1] = { name: 'call-1', attempt: 1, fault: 'created' };
    }, /^the run made no retries$/],
    ['too few created', (run) => {
      run.outcomes.splice(1, 1);
    }, /^only 1 calls ended created, fewer than 2$/],
  ])('reports %s', (_title, breakRun, expected) => {
    const run = cleanRun();
    breakRun(run);
    const { problems } = checkRun(run, cleanRules);
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });
});

describe('the leak scan', () => {
  test('the DocuSign fault server does echo the secrets, in an error and in the stored configuration', async () => {
    const faulty = await server(({ attempt }) => (attempt === 1 ? 'invalid-parameter' : 'created'));
    for (const expected of [400, 201]) {
      const response = await fetch(`${faulty.url}/v2.1/accounts/${ACCOUNT}/connect`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${SECRETS.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(configuration('echo')),
      });
      expect(response.status).toBe(expected);
      const text = await response.text();
      const planted = expected === 400 ? Object.values(SECRETS) : [SECRETS.password, SECRETS.clientSecret, SECRETS.salesforceAuthcode];
      for (const secret of planted) expect(text).toContain(secret);
    }
  });
});
