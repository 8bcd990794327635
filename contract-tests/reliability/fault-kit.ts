// What the fault-injection suites of both wires share: the planted secrets and the leak scan,
// the seeded choice of faults, the loop that runs many calls at once, and the invariant checker
// that reads a run (the outcomes, the server's log, what was printed) and lists what broke.
// The checker is a plain function of the run's record, so a suite can feed it a run broken on
// purpose and see that it notices.
import { inspect } from 'node:util';
import { afterEach, beforeEach, vi } from 'vitest';
import { seededRandom } from '../../src/event-factory.js';
import { ConnectClientError, jsonSim, type ConnectClientOptions, type CreateConfigurationResult } from '../../src/index.js';

/** The account every call goes to. */
export const ACCOUNT = '18476201';

/**
 * Planted secrets: long and random-looking, so that any 8 characters of one found in an output
 * can only have come from the secret.
 */
export const SECRETS = {
  token: 'tok_Q7mZr2VwX9pLk4NcB8sHd3JfT6yGa1Ue',
  password: 'pw_Hn4Rt8YcVb2Mz6Lq9Xs3Kd7Fg1Jw5Pa0',
  clientSecret: 'cs_Wd5Tn1Qz8Rv3Ym6Lp2Xk9Bh4Gf7Js0Ca',
  salesforceAuthcode: 'sf_Lm3Xq8Zt1Wc6Vb9Nr2Hy5Jd4Pk7Gs0Fe',
};

/** How long a piece of a secret is before finding it in an output counts as a leak. */
const PIECE = 8;

/** Finds the first piece of a secret in a text, or undefined. */
export type LeakScan = (text: string) => string | undefined;

/**
 * A leak scan for `secrets`: it returns the first piece of PIECE characters of any of them found
 * in a text, if any. The suites' secrets are long and random-looking (keys, tokens, assertions),
 * so such a piece can only have come from one of them. Looking each window of the text up in a
 * set keeps the cost to the text's length, however many secrets a run collected.
 */
export function leakScan(secrets: Iterable<string>): LeakScan {
  const pieces = new Set<string>();
  for (const secret of secrets) for (let i = 0; i + PIECE <= secret.length; i += 1) pieces.add(secret.slice(i, i + PIECE));
  return (text) => {
    for (let i = 0; i + PIECE <= text.length; i += 1) {
      const window = text.slice(i, i + PIECE);
      if (pieces.has(window)) return window;
    }
    return undefined;
  };
}

/** The first piece of a planted secret (SECRETS) found in the text, if any. */
export const leakIn = leakScan(Object.values(SECRETS));

/** A configuration with every secret field set, named so that the server can count it. */
export function configuration(name: string) {
  return {
    ...jsonSim({ name, urlToPublishTo: 'https://hooks.example.com/connect', allUsers: true, events: ['envelope-sent'], userName: 'listener', password: SECRETS.password }),
    salesforceAuthcode: SECRETS.salesforceAuthcode,
    enableOAuthPerConfiguration: 'true' as const,
    oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/oauth2/token', clientId: 'connect-listener', clientSecret: SECRETS.clientSecret },
  };
}

/** JSON.stringify's text of a value, or why there is none (a cycle, a BigInt). */
export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `unserialisable: ${String(error)}`;
  }
}

/** How far printable follows an error's causes: the error itself and seven causes below it. */
const CAUSE_DEPTH = 8;

/**
 * Everything a caller could print about a value, for the leak scan: util.inspect with hidden
 * properties shown (a secret kept in a non-enumerable field is still one console.dir away) and
 * JSON; for an error, and each of its causes, also the message and stack.
 */
export function printable(value: unknown): string {
  const parts: string[] = [];
  for (let item: unknown = value, depth = 0; depth < CAUSE_DEPTH; item = (item as Error).cause, depth += 1) {
    parts.push(inspect(item, { depth: 12, showHidden: true }), safeJson(item));
    // inspect and JSON escape what they quote; the text itself is what a logger writes.
    if (typeof item === 'string') parts.push(item);
    if (!(item instanceof Error)) break;
    parts.push(item.message, item.stack ?? '');
    if (item.cause === undefined) break;
  }
  return parts.join('\n');
}

/** What a call ended in: the value it resolved to, or what it rejected with. */
export type Outcome<T, E = unknown> = { type: 'result'; result: T } | { type: 'error'; error: E };

/** Waits for a call and keeps what it ended in; never rejects. */
export async function outcomeOf<T>(call: Promise<T>): Promise<Outcome<T>> {
  try {
    return { type: 'result', result: await call };
  } catch (error) {
    return { type: 'error', error };
  }
}

/** What a create call ended in: the result, or the client's typed error. */
export type Settled = Outcome<CreateConfigurationResult, ConnectClientError>;

/** Waits for a create call; a rejection that is not one of the client's errors fails the test. */
export async function settle(call: Promise<CreateConfigurationResult>): Promise<Settled> {
  const outcome = await outcomeOf(call);
  if (outcome.type === 'result') return outcome;
  if (!(outcome.error instanceof ConnectClientError)) throw new Error(`an untyped rejection: ${inspect(outcome.error)}`);
  return { type: 'error', error: outcome.error };
}

/** A settled call in a few words: the result's outcome, or the error's kind and outcome. */
export function describeSettled(settled: Settled): string {
  return settled.type === 'result' ? settled.result.outcome : `${settled.error.kind}/${settled.error.outcome}`;
}

/** A stable 32-bit hash of a text, to derive each request's fault from the seed. */
export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Picks each request's fault from the seed, the call and the attempt, whatever the order the
 * concurrent requests arrive in, so that a seed always replays the same run.
 */
export function seededFaults<F extends string>(seed: number, faults: readonly F[]): (arrival: { name: string; attempt: number }) => F {
  return ({ name, attempt }) => {
    const next = seededRandom(hash(`${seed}:${name}:${attempt}`));
    next();
    return faults[Math.floor(next() * faults.length)] as F;
  };
}

/** Servers of the current test, stopped after it whatever happened. */
export function stoppedAfterEach<T extends { stop: () => Promise<void> }>(): (server: T) => T {
  const running: T[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.stop()));
  });
  return (server) => {
    running.push(server);
    return server;
  };
}

/**
 * Console output of each test, printed as a caller would, for the leak scan; the console is
 * silenced meanwhile. The hooks of `hookOptions` write into the same list.
 */
export function capturedOutput(): string[] {
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
  return captured;
}

/** Client hooks that record every payload, printed, for the leak scan. */
export function hookOptions(captured: string[]): Pick<ConnectClientOptions, 'onRetry' | 'onContractWarning' | 'onValidationWarning'> {
  return {
    onRetry: (notice) => captured.push(printable(notice)),
    onContractWarning: (warning) => captured.push(printable(warning)),
    onValidationWarning: (warnings) => captured.push(printable(warnings)),
  };
}

/** How a call of a run ended: settled, rejected with something untyped, or not at all. */
export type RunSettled = Settled | { type: 'untyped'; error: unknown } | { type: 'hung' };

/** One call of a run. */
export interface CallRecord {
  name: string;
  settled: RunSettled;
  ms: number;
}

/**
 * Runs `calls` calls named `call-<n>`, `workers` at a time. A call that has not settled after
 * twice `deadlineMs` is recorded as hung and left behind, so that one hang cannot stop the run.
 */
export async function runCalls(options: { calls: number; workers: number; deadlineMs: number; create: (name: string) => Promise<CreateConfigurationResult> }): Promise<{ outcomes: CallRecord[]; unhandled: unknown[] }> {
  const { calls, workers, deadlineMs, create } = options;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const outcomes: CallRecord[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      const name = `call-${next}`;
      next += 1;
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<RunSettled>((resolve) => {
        timer = setTimeout(() => resolve({ type: 'hung' }), 2 * deadlineMs);
      });
      const settled = await Promise.race([settle(create(name)).catch((error: unknown): RunSettled => ({ type: 'untyped', error })), hung]).finally(() => clearTimeout(timer));
      outcomes.push({ name, settled, ms: performance.now() - started });
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, worker));
    // A rejection nobody handles surfaces a turn later.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return { outcomes, unhandled };
}

/** Everything the checker reads about a run. */
export interface RunRecord {
  outcomes: readonly CallRecord[];
  unhandled: readonly unknown[];
  /** Hook payloads and console output, printed. */
  captured: readonly string[];
  /** The server's log: every request, by call name and attempt, with the fault it was answered with. */
  received: ReadonlyArray<{ name: string; attempt: number; fault: string }>;
  /** Configurations the server created, by call name. */
  created: ReadonlyMap<string, number>;
}

/** What a wire's run must keep to. */
export interface RunRules {
  /** The longest a call may take, waits included. */
  deadlineMs: number;
  /** Whether an answer says nothing was processed, so that the call may send its request again. */
  mayRetryAfter: (fault: string) => boolean;
  /** Every fault the server may serve: the run must have served each of them. */
  faults: readonly string[];
  /** The fewest calls that must end created: a run of nothing but failures proves little. */
  leastCreated: number;
}

/** The checker's verdict: every broken invariant in words, and the calls by how they ended. */
export interface RunReport {
  problems: string[];
  kinds: Record<string, number>;
}

function kindOf(settled: RunSettled): string {
  if (settled.type === 'untyped' || settled.type === 'hung') return settled.type;
  return describeSettled(settled);
}

/**
 * Checks a run: every call settled, typed, within the deadline; nothing created twice; nothing
 * the server created reported as refused or not sent; every request after the first of a call
 * followed an answer that allows sending again, and the server saw no request the client did
 * not count; no piece of a secret in any outcome or output; and every fault and some retries exercised.
 */
export function checkRun(run: RunRecord, rules: RunRules): RunReport {
  const problems: string[] = [];
  const kinds: Record<string, number> = {};
  const requests = new Map<string, Array<{ attempt: number; fault: string }>>();
  for (const request of run.received) requests.set(request.name, [...(requests.get(request.name) ?? []), request]);
  const names = new Set<string>();
  let successes = 0;

  for (const reason of run.unhandled) problems.push(`an unhandled rejection: ${inspect(reason)}`);
  for (const { name, settled, ms } of run.outcomes) {
    names.add(name);
    const kind = kindOf(settled);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const creations = run.created.get(name) ?? 0;
    if (creations > 1) problems.push(`${name} was created ${creations} times`);
    if (settled.type === 'untyped') {
      problems.push(`${name} rejected with something other than a ConnectClientError: ${inspect(settled.error)}`);
      continue;
    }
    if (settled.type === 'hung') {
      problems.push(`${name} did not settle within ${2 * rules.deadlineMs} ms`);
      continue;
    }
    if (ms > rules.deadlineMs) problems.push(`${name} (${kind}) took ${Math.round(ms)} ms, more than ${rules.deadlineMs}`);
    const reportedCreated = settled.type === 'result' && settled.result.success;
    const reportedUnknown = settled.type === 'result' ? settled.result.outcome === 'unknown' : settled.error.outcome === 'unknown';
    if (reportedCreated) successes += 1;
    if (reportedCreated && creations !== 1) problems.push(`${name} reported created, but the server created it ${creations} times`);
    if (!reportedCreated && !reportedUnknown && creations > 0) problems.push(`${name} reported ${kind}, yet the server created it`);
    // The server may see fewer requests than the client sent (one cut off by the timeout before
    // it arrived, a refused connection), never more: a request the client did not count is one
    // it sent behind the retry rules' back.
    const seen = requests.get(name)?.length ?? 0;
    const counted = settled.type === 'result' ? settled.result.attempts : settled.error.attempts;
    if (seen > counted) problems.push(`${name} (${kind}) counted ${counted} requests, the server saw ${seen}`);
    const leak = leakIn(printable(settled.type === 'result' ? settled.result : settled.error));
    if (leak !== undefined) problems.push(`${name} (${kind}) shows a piece of a secret: ${leak}`);
  }

  for (const [name, calls] of requests) {
    for (const { attempt } of calls) {
      if (attempt === 1) continue;
      const before = calls.find((request) => request.attempt === attempt - 1);
      if (before === undefined) problems.push(`${name}: attempt ${attempt} without an attempt ${attempt - 1}`);
      else if (!rules.mayRetryAfter(before.fault)) problems.push(`${name}: attempt ${attempt} followed ${before.fault}, which does not allow sending again`);
    }
  }
  for (const [name, count] of run.created) if (!names.has(name)) problems.push(`the server created ${name} ${count} times, but no call of the run has that name`);
  for (const leak of run.captured.map(leakIn).filter((found) => found !== undefined)) problems.push(`hook payloads or console output show a piece of a secret: ${leak}`);

  const served = new Set(run.received.map((request) => request.fault));
  const unserved = rules.faults.filter((fault) => !served.has(fault));
  if (unserved.length > 0) problems.push(`the run never served ${unserved.join(', ')}`);
  if (!run.received.some((request) => request.attempt > 1)) problems.push('the run made no retries');
  if (successes < rules.leastCreated) problems.push(`only ${successes} calls ended created, fewer than ${rules.leastCreated}`);
  return { problems, kinds };
}
