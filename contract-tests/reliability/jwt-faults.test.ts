// The JWT Grant token provider against a token endpoint that misbehaves on purpose
// (token-fault-server.ts), over real sockets. Seeded rounds of concurrent callers check that a
// token is fetched once for all of them and kept until it must be renewed, that a failure is
// shared, typed and never kept, that each assertion is signed and backdated as DocuSign needs,
// that the timeout ends a stalled request without leaving anything running, and that neither the
// key, nor an assertion, nor a token shows up in any error. Broken providers prove the checker
// catches each of these.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createHook } from 'node:async_hooks';
import { inspect } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConnectAuthError, ConsentRequiredError, createJwtTokenProvider, discoverAccount, type JwtTokenProvider, type JwtTokenProviderOptions } from '../../src/index.js';
import { seededRandom } from '../../src/event-factory.js';
import '../support/meta.js';
import { hash, leakScan, type Outcome, outcomeOf, printable } from './fault-kit.js';
import { startTokenFaultServer, TOKEN_FAULTS, type TokenAnswer, type TokenFault, type TokenFaultServer } from './token-fault-server.js';
import { wholeNumberFromEnv } from './settings.js';

const INTEGRATION_KEY = '3c8e1f20-7d4b-4a95-b6e2-0f9d8c7b6a51';
const USER_ID = 'a71d2e94-5c3b-4f08-8e6a-2b9c1d0e7f43';
const TIMEOUT_MS = 750;
/** A round that takes longer than this has hung: the timeout should have ended it long before. */
const HANG_MS = TIMEOUT_MS + 10_000;
/** A stalled request ends within the timeout plus this: a hang guard, not a benchmark, so generous for a loaded CI machine, and still far below the 30 s default a missing timeout would fall back to. */
const TIMEOUT_SLACK_MS = 5_000;
const START = Date.parse('2026-03-01T12:00:00Z');

// One key pair per file: generating RSA keys is slow.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The PEM's base64 text, boilerplate lines (-----BEGIN ...) left out: any 8 characters of it are secret. */
const KEY_TEXT = PRIVATE_PEM.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

/** What each fault must end in for every caller of its round. */
type Expected = { token: true } | { code: string; description?: string; consent?: true; message?: RegExp };
const EXPECTED: Record<TokenFault, Expected> = {
  token: { token: true },
  'http-500-json': { code: 'HTTP_500', message: /try again later/ },
  'http-502-json': { code: 'HTTP_502', message: /try again later/ },
  'http-503-json': { code: 'HTTP_503', message: /try again later/ },
  'http-500-empty': { code: 'HTTP_500', message: /try again later/ },
  'http-502-empty': { code: 'HTTP_502', message: /try again later/ },
  'http-503-empty': { code: 'HTTP_503', message: /try again later/ },
  stall: { code: 'timeout', message: new RegExp(`within ${TIMEOUT_MS} ms`) },
  'stall-mid-body': { code: 'timeout', message: new RegExp(`within ${TIMEOUT_MS} ms`) },
  'user-not-found': { code: 'invalid_grant', description: 'user_not_found', message: /knows no user/ },
  'issuer-not-found': { code: 'invalid_grant', description: 'issuer_not_found', message: /does not know integration key/ },
  'no-valid-keys': { code: 'invalid_grant', description: 'no_valid_keys_or_signatures', message: /matches no RSA key pair/ },
  'consent-required': { code: 'consent_required', consent: true },
  'html-200': { code: 'not-json', message: /not JSON \(text\/html/ },
  // The status says more than the page: a 502 HTML page is HTTP_502, its message says "not JSON".
  'html-502': { code: 'HTTP_502', message: /not JSON/ },
  'truncated-json': { code: 'not-json' },
  reset: { code: 'network' },
  'reset-mid-body': { code: 'network' },
  'huge-body': { code: 'too-large' },
  'no-access-token': { code: 'malformed-response', message: /access_token is missing/ },
  'wrong-token-type': { code: 'malformed-response', message: /token_type is "mac"/ },
};
const FAULT_NAMES = Object.keys(TOKEN_FAULTS) as TokenFault[];
const FAILURES = FAULT_NAMES.filter((fault) => fault !== 'token');
const LIFETIMES: ReadonlyArray<number | string> = [3600, 900, 120, 1, '600'];

/** How long the provider keeps a token, as its documentation says: ten minutes less, or half its life if sooner. */
function keptMs(expiresIn: number | string): number {
  const lifetime = Number(expiresIn) * 1000;
  return lifetime - Math.min(10 * 60_000, lifetime / 2);
}

const servers: TokenFaultServer[] = [];
async function server(choose: (index: number) => TokenAnswer): Promise<TokenFaultServer> {
  const started = await startTokenFaultServer({ choose, publicKey: rsa.publicKey, integrationKey: INTEGRATION_KEY, userId: USER_ID });
  servers.push(started);
  return started;
}
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((started) => started.stop()));
});

function options(origin: string, extra: Partial<JwtTokenProviderOptions> = {}): JwtTokenProviderOptions {
  return { integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: PRIVATE_PEM, oauthBaseUrl: origin, timeoutMs: TIMEOUT_MS, ...extra };
}

/** What one caller got: a token, or what getToken rejected with. */
type Settled = Outcome<string>;

/** Rejects after `ms` unless the promise settles first; the timer never outlives the race. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, hung]).finally(() => clearTimeout(timer));
}

/** What a run found. */
interface Findings {
  problems: string[];
  kinds: Record<string, number>;
  faultsSent: Set<TokenFault>;
  /** Rounds in which a token had been kept but was due for renewal. */
  renewals: number;
}

/** Gives the provider to check for a server's origin; a broken one stands in for it in the checker's own tests. */
type MakeProvider = (origin: string) => JwtTokenProvider;

/**
 * Runs `rounds` seeded rounds against a fresh fault server with a fake wall clock (Date alone:
 * timers and sockets stay real). Each round moves the clock, then 1..20 callers ask the provider
 * at once; the server answers the round's one request with the round's fault. Returns every
 * broken invariant, worded for the test's failure message.
 */
async function runRounds(make: MakeProvider, seed: number, rounds: number): Promise<Findings> {
  let current: TokenAnswer = { fault: 'token' };
  const faulty = await server(() => current);
  vi.useFakeTimers({ toFake: ['Date'], now: START });
  const getToken = make(faulty.origin);
  const problems: string[] = [];
  const kinds: Record<string, number> = {};
  const errors: Array<{ round: number; fault: string; error: unknown }> = [];
  /** The token the provider should be reusing, and when (fake Date.now()) it must renew it. */
  let kept: { token: string; renewAt: number } | undefined;
  let now = START;
  let renewals = 0;

  for (let round = 0; round < rounds && problems.length < 50; round += 1) {
    const random = seededRandom(hash(`${seed}:${round}`));
    random();
    // Move the clock: while a token is kept, sometimes not past its renewal (the last fresh
    // millisecond included), sometimes exactly to it or beyond.
    const pick = random();
    if (kept !== undefined && now < kept.renewAt) {
      const left = kept.renewAt - now;
      now += pick < 0.35 ? Math.floor(random() * left) : pick < 0.5 ? left - 1 : pick < 0.65 ? left : left + Math.floor(random() * 3_600_000);
    } else {
      now += Math.floor(random() * 120_000);
    }
    vi.setSystemTime(now);
    const callers = 1 + Math.floor(random() * 20);
    // Nearly a third of the requests get a token, so that reuse and renewal are exercised often.
    const fault: TokenFault = random() < 0.3 ? 'token' : (FAILURES[Math.floor(random() * FAILURES.length)] as TokenFault);
    const expiresIn = LIFETIMES[Math.floor(random() * LIFETIMES.length)] as number | string;
    current = { fault, expiresIn };
    const fresh = kept !== undefined && now < kept.renewAt;
    if (kept !== undefined && !fresh) renewals += 1;
    const label = `round ${round} (${fresh ? 'token fresh' : fault}, ${callers} callers)`;

    const before = faulty.requests.length;
    const started = performance.now();
    const stalls = !fresh && (fault === 'stall' || fault === 'stall-mid-body');
    let settled: Settled[];
    try {
      // While a request stalls, half of the callers come late, once the server has it: they
      // must join it too, not start another.
      const early = stalls ? Math.ceil(callers / 2) : callers;
      const calls = Array.from({ length: early }, () => outcomeOf(getToken()));
      if (stalls) {
        await arrived(faulty, before, `${label}: the request`);
        calls.push(...Array.from({ length: callers - early }, () => outcomeOf(getToken())));
      }
      settled = await within(Promise.all(calls), HANG_MS, label);
    } catch (hung) {
      problems.push(String(hung));
      break;
    }
    const elapsed = performance.now() - started;
    const sent = faulty.requests.slice(before);
    const kind = fresh ? 'reused' : fault;
    kinds[kind] = (kinds[kind] ?? 0) + 1;

    // (a) one request for all callers while no token is fresh, none while one is.
    if (sent.length !== (fresh ? 0 : 1)) problems.push(`${label}: sent ${sent.length} token requests, expected ${fresh ? 0 : 1}`);
    // (e) each assertion is what DocuSign needs.
    for (const request of sent) for (const problem of request.problems) problems.push(`${label}: the server found: ${problem}`);
    // (b) every caller got the same outcome: one token, or one error object.
    const tokens = new Set(settled.flatMap((outcome) => (outcome.type === 'result' ? [outcome.result] : [])));
    const failures = new Set(settled.flatMap((outcome) => (outcome.type === 'error' ? [outcome.error] : [])));
    if (tokens.size + failures.size !== 1) problems.push(`${label}: the callers got ${tokens.size} tokens and ${failures.size} distinct errors, not one outcome`);
    for (const error of failures) errors.push({ round, fault: kind, error });

    // (c), (d) the outcome is the kept token, the token just issued, or the fault's typed error.
    const [token] = tokens;
    const [error] = failures;
    if (fresh) {
      if (token !== kept?.token) problems.push(`${label}: got ${token === undefined ? 'an error' : 'another token'} while the kept token was fresh`);
    } else {
      const expected = EXPECTED[fault];
      const answered = sent[0];
      if ('token' in expected) {
        if (token === undefined || token !== answered?.token) problems.push(`${label}: did not get the token the server issued (${inspect(error, { depth: 0 })})`);
      } else {
        const found = typeProblem(error, expected);
        if (found !== undefined) problems.push(`${label}: ${found}`);
      }
      if (stalls) {
        // (f) the timeout ended it, and the client hung up.
        if (elapsed > TIMEOUT_MS + TIMEOUT_SLACK_MS) problems.push(`${label}: took ${Math.round(elapsed)} ms with timeoutMs ${TIMEOUT_MS}`);
        if (answered !== undefined && !(await hungUp(faulty, answered.index))) problems.push(`${label}: the client did not close the stalled connection`);
      }
    }
    // What the provider should keep now follows what the server answered, not what it returned.
    const last = sent.at(-1);
    if (last !== undefined) {
      kept = last.fault === 'token' && last.token !== undefined ? { token: last.token, renewAt: now + keptMs(last.expiresIn ?? 3600) } : undefined;
    }
  }

  // (g) no piece of the key, of an assertion or of a token in any error, nor in the provider.
  const leakIn = leakScan([...KEY_TEXT, KEY_TEXT.join(''), ...faulty.requests.flatMap((request) => [request.assertion, ...(request.token === undefined ? [] : [request.token])])]);
  for (const { round, fault, error } of errors) {
    const leak = leakIn(printable(error));
    if (leak !== undefined) problems.push(`round ${round} (${fault}): the error shows a piece of a secret: ${leak}`);
  }
  const ownLeak = leakIn(printable(getToken));
  if (ownLeak !== undefined) problems.push(`the provider function shows a piece of a secret: ${ownLeak}`);
  vi.useRealTimers();
  return { problems, kinds, renewals, faultsSent: new Set(faulty.requests.map((request) => request.fault)) };
}

/** What is wrong with an error for a fault that expects `expected`, if anything. */
function typeProblem(error: unknown, expected: Exclude<Expected, { token: true }>): string | undefined {
  if (!(error instanceof ConnectAuthError)) return `expected a ConnectAuthError with code ${expected.code}, got ${inspect(error, { depth: 0 })}`;
  if (error.code !== expected.code) return `expected code ${expected.code}, got ${error.code}: ${error.message}`;
  if (error.kind !== 'auth' || error.outcome !== 'not-sent') return `kind/outcome ${error.kind}/${error.outcome}, not auth/not-sent`;
  if (expected.description !== undefined && error.description !== expected.description) return `expected description ${expected.description}, got ${String(error.description)}`;
  if (expected.message !== undefined && !expected.message.test(error.message)) return `the message does not match ${String(expected.message)}: ${error.message}`;
  const consent = error instanceof ConsentRequiredError;
  if (consent !== (expected.consent === true)) return `${consent ? 'a' : 'no'} ConsentRequiredError for code ${error.code}`;
  if (consent && !error.consentUrl.includes(`client_id=${INTEGRATION_KEY}`)) return `the consentUrl ${error.consentUrl} does not name the integration key`;
  return undefined;
}

/** Resolves once the server has received more than `count` token requests; rejects after HANG_MS. */
async function arrived(faulty: TokenFaultServer, count: number, what: string): Promise<void> {
  const deadline = performance.now() + HANG_MS;
  while (faulty.requests.length <= count) {
    if (performance.now() > deadline) throw new Error(`${what} did not reach the server within ${HANG_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Whether the server saw the client close the request's connection, waiting briefly for the close to arrive. */
async function hungUp(faulty: TokenFaultServer, index: number): Promise<boolean> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (faulty.requests[index]?.hungUp === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

describe('a seeded run of rounds of concurrent callers against a faulty token endpoint', () => {
  // A fixed seed, so that CI runs the same rounds every time; RELIABILITY_SEED picks another,
  // and RELIABILITY_SOAK=<n> runs n times as many rounds.
  const seed = wholeNumberFromEnv('RELIABILITY_SEED', 20261202);
  const rounds = 300 * wholeNumberFromEnv('RELIABILITY_SOAK', 1);

  test(`${rounds} rounds share one request, keep no failure, type every error and leak nothing (seed ${seed})`, async ({ task }) => {
    const { problems, kinds, renewals, faultsSent } = await runRounds((origin) => createJwtTokenProvider(options(origin)), seed, rounds);
    task.meta.generated = { seed, cases: rounds, kinds, replay: `RELIABILITY_SEED=${seed} npx vitest run --project reliability contract-tests/reliability/jwt-faults.test.ts` };
    expect(problems).toEqual([]);
    // The run must have met every fault, and reused and renewed tokens, or it proves little.
    expect([...faultsSent].sort()).toEqual([...FAULT_NAMES].sort());
    expect(kinds.reused ?? 0).toBeGreaterThan(rounds / 20);
    expect(kinds.token ?? 0).toBeGreaterThan(rounds / 20);
    expect(renewals).toBeGreaterThan(rounds / 40);
  }, 120_000);
});

describe('the checker reports a broken provider', () => {
  /** A provider whose token requests go through `fetch` first. */
  const withFetch = (origin: string, fetch: NonNullable<JwtTokenProviderOptions['fetch']>) => createJwtTokenProvider(options(origin, { fetch }));

  /** Re-signs each assertion with its claims changed, as a provider with other claims would send it. */
  const resigning = (change: (claims: Record<string, number>) => void) => (url: string, init: RequestInit) => {
    const form = new URLSearchParams(String(init.body));
    const [header = '', claims = ''] = (form.get('assertion') ?? '').split('.');
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, number>;
    change(payload);
    const signed = `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    form.set('assertion', `${signed}.${sign('sha256', Buffer.from(signed), rsa.privateKey).toString('base64url')}`);
    return fetch(url, { ...init, body: form.toString() });
  };

  const broken: Array<[string, MakeProvider, RegExp]> = [
    ['that sends one request per caller', (origin) => () => createJwtTokenProvider(options(origin))(), /sent \d+ token requests, expected 1|distinct errors/],
    [
      'that keeps a failure',
      (origin) => {
        const real = createJwtTokenProvider(options(origin));
        let failed: Promise<string> | undefined;
        return () => failed ?? real().catch((error: unknown) => (failed = Promise.reject(error)));
      },
      /sent 0 token requests, expected 1/,
    ],
    [
      'that never renews its token',
      (origin) => {
        const real = createJwtTokenProvider(options(origin));
        let token: string | undefined;
        return async () => token ?? (token = await real());
      },
      /sent 0 token requests, expected 1/,
    ],
    [
      'that puts the assertion into its errors',
      (origin) => {
        let body = '';
        const real = withFetch(origin, (url, init) => {
          body = String(init.body);
          return fetch(url, init);
        });
        return () => real().catch((error: unknown) => Promise.reject(Object.assign(error as Error, { message: `${(error as Error).message} (${body})` })));
      },
      /the error shows a piece of a secret/,
    ],
    ['that does not backdate iat', (origin) => withFetch(origin, resigning((claims) => (claims.iat = (claims.iat ?? 0) + 60))), /iat is .* s before the server's clock, not 55-65 s/],
    ['that asks for a two-hour assertion', (origin) => withFetch(origin, resigning((claims) => (claims.exp = (claims.exp ?? 0) + 3600))), /exp is .*, not iat \+ 3600/],
    [
      'that turns every failure into one generic error',
      (origin) => {
        const real = createJwtTokenProvider(options(origin));
        const plain = new WeakMap<object, Error>();
        const generic = (error: unknown) => {
          const key = error as object;
          if (!plain.has(key)) plain.set(key, new ConnectAuthError('Could not get a token.', { code: 'network' }));
          return Promise.reject(plain.get(key));
        };
        return () => real().catch(generic);
      },
      /expected code (HTTP_5\d\d|timeout|invalid_grant|consent_required|not-json|too-large|malformed-response), got network/,
    ],
  ];

  test.each(broken)('%s', async (_name, make, expected) => {
    const { problems } = await runRounds(make, 20261202, 40);
    expect(problems.some((problem) => expected.test(problem)), `problems:\n${problems.join('\n')}`).toBe(true);
  }, 60_000);
});

describe('the timeout', () => {
  /** Active sockets of this process (those that keep it running). */
  function sockets(): number {
    return process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap').length;
  }

  /** Waits until the active sockets are back to `before`, or a second has passed. */
  async function settledSockets(before: number): Promise<number> {
    const deadline = performance.now() + 1_000;
    while (performance.now() < deadline && sockets() > before) await new Promise((resolve) => setTimeout(resolve, 5));
    return sockets();
  }

  /**
   * Watches the timers created from now on; `running()` gives those still pending that keep the
   * process alive. Counting all of the process's timers instead misses a leaked one whenever
   * another timer happens to end meanwhile.
   */
  function watchTimers() {
    const pending = new Map<number, { hasRef: () => boolean }>();
    const hook = createHook({
      init(id, type, _trigger, resource) {
        if (type === 'Timeout') pending.set(id, resource as { hasRef: () => boolean });
      },
      destroy(id) {
        pending.delete(id);
      },
    }).enable();
    return {
      running: () => [...pending.values()].filter((timer) => timer.hasRef()).length,
      stop: () => hook.disable(),
    };
  }

  /** Waits until no watched timer is running, or a second has passed. */
  async function settledTimers(timers: ReturnType<typeof watchTimers>): Promise<number> {
    const deadline = performance.now() + 1_000;
    while (performance.now() < deadline && timers.running() > 0) await new Promise((resolve) => setImmediate(resolve));
    return timers.running();
  }

  test.each(['stall', 'stall-mid-body'] as const)('ends a %s answer for every caller with code timeout, and leaves no socket or timer behind', async (fault) => {
    const faulty = await server(() => ({ fault }));
    const getToken = createJwtTokenProvider(options(faulty.origin));
    const before = sockets();
    const started = performance.now();
    const timers = watchTimers();
    try {
      const callers = Array.from({ length: 7 }, () => getToken());
      await within(Promise.allSettled(callers), HANG_MS, 'the callers');
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + TIMEOUT_SLACK_MS);
      expect(faulty.requests).toHaveLength(1);
      expect(await hungUp(faulty, 0), 'the client closed the stalled connection').toBe(true);
      expect(await settledSockets(before), 'active sockets beyond those before').toBeLessThanOrEqual(before);
      expect(await settledTimers(timers), 'timers still running').toBe(0);
      for (const caller of callers) await expect(caller).rejects.toMatchObject({ code: 'timeout', kind: 'auth', outcome: 'not-sent' });
      const errors = await Promise.all(callers.map((caller) => caller.catch((error: unknown) => error)));
      expect(new Set(errors).size).toBe(1);
    } finally {
      timers.stop();
    }
  });

  test('is 30 s when timeoutMs is not given', async () => {
    // An injected fetch that never answers, under fake timers: waiting 30 real seconds would prove no more.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hangs = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }));
    const { timeoutMs: _short, ...defaults } = options('https://account-d.docusign.com');
    const pending = createJwtTokenProvider({ ...defaults, fetch: hangs })();
    let settled = false;
    void pending.catch(() => undefined).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(settled, 'ended at 30 s').toBe(true), { timeout: 1_000 });
    await expect(pending).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/within 30000 ms/) });
  });

  // With the default timeoutMs (30 s), a timer the request left running would still be there.
  test.each(['token', 'http-503-empty', 'reset', 'consent-required'] as const)('leaves no timer running after a %s answer', async (fault) => {
    const faulty = await server(() => ({ fault }));
    const { timeoutMs: _short, ...defaults } = options(faulty.origin);
    const getToken = createJwtTokenProvider(defaults);
    const timers = watchTimers();
    try {
      await within(Promise.allSettled(Array.from({ length: 3 }, () => getToken())), HANG_MS, 'the callers');
      expect(faulty.requests).toHaveLength(1);
      // Sockets are not counted: the connection stays open for the next request, as it should.
      expect(await settledTimers(timers), 'timers still running').toBe(0);
    } finally {
      timers.stop();
    }
  });
});

describe('account discovery with the provider', () => {
  // discoverAccount keeps nothing between calls: each call asks the provider for its token and
  // sends its own /oauth/userinfo. So concurrent discoveries share the provider's one token
  // request, its failure reaches each of them as the same typed error, and nothing of it is kept.
  test.each(['consent-required', 'http-503-empty', 'stall', 'no-valid-keys'] as const)(
    'concurrent discoveries share one failed token request (%s), get its error unchanged, and the next ones ask again',
    async (fault) => {
      const faulty = await server((index) => ({ fault: index === 0 ? fault : 'token' }));
      const accessToken = createJwtTokenProvider(options(faulty.origin));
      const discover = () => discoverAccount({ accessToken, oauthBaseUrl: faulty.origin, timeoutMs: TIMEOUT_MS });
      const calls = Array.from({ length: 5 }, discover);
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: (EXPECTED[fault] as { code: string }).code });
      const errors = await Promise.all(calls.map((call) => call.catch((error: unknown) => error)));
      expect(new Set(errors).size).toBe(1);
      expect(faulty.requests).toHaveLength(1);
      expect(faulty.userinfoCount()).toBe(0);
      const found = await within(Promise.all(Array.from({ length: 3 }, discover)), HANG_MS, 'the discoveries');
      expect(found).toEqual(Array(3).fill({ accountId: '5b0a7c9e-2d41-4f86-9b3a-7e1c0d2f4a68', accountName: 'Loopback', baseUrl: 'https://demo.docusign.net/restapi' }));
      expect(faulty.requests.map((request) => request.fault)).toEqual([fault, 'token']);
      expect(faulty.userinfoCount()).toBe(3);
    },
  );
});

describe('the leak scan', () => {
  test('finds any eight characters of a secret, and nothing in plain text', () => {
    const leakIn = leakScan(KEY_TEXT);
    const line = KEY_TEXT[5] ?? '';
    expect(leakIn(`error: ${line.slice(10, 18)} more`)).toBe(line.slice(10, 18));
    expect(leakIn(inspect({ nested: { value: `x${line.slice(-8)}` } }))).toBeDefined();
    expect(leakIn('HTTP 500 from 127.0.0.1:4010 to the token request. grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=[REDACTED]')).toBeUndefined();
  });

  test('the fault server quotes the assertion and plants tokens, so that the scan has something to catch', async () => {
    const faulty = await server((index) => ({ fault: (['http-500-json', 'html-502', 'wrong-token-type'] as const)[index] ?? 'token' }));
    for (let i = 0; i < 3; i += 1) {
      const body = `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=abc.def${i}.ghijklmnop`;
      const text = await (await fetch(`${faulty.origin}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })).text();
      const planted = faulty.requests[i]?.token;
      expect(text.includes(`def${i}.ghijklmnop`) || (planted !== undefined && text.includes(planted))).toBe(true);
    }
  });
});
