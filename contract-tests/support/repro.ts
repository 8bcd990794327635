// The parity suite's verdicts and reproductions: how Prism's answer and the client's report are
// read as accepted or refused, how the run's seed is chosen, and the text a failure prints so
// that anyone can replay the run or paste the request into a shell against `npm run mock`.
// Nothing here talks to Prism, so the tests can feed it fakes and check that it can fail.
import { randomInt } from 'node:crypto';
import type { ValidationReport } from '../../src/index.js';
import { ACCOUNT_ID, type Violation } from './harness.js';

/** Where `npm run mock` listens (scripts/mock.mjs). */
export const MOCK_URL = 'http://127.0.0.1:4010';

// ---------------------------------------------------------------------------------------------
// Run settings

export interface RunSettings {
  seed: number;
  runs: number;
  /** Where the seed came from, for the line the run prints. */
  seedSource: 'CONTRACT_SEED' | 'random';
}

export const DEFAULT_RUNS = 500;

function readInteger(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) {
    throw new Error(`${name} must be an integer, such as ${name}=12345, not ${JSON.stringify(raw)}`);
  }
  return value;
}

/**
 * The seed and the number of runs: CONTRACT_SEED (an integer; anything else is refused rather
 * than silently replaced by a random seed) or a random 32-bit integer, and CONTRACT_RUNS.
 */
export function readRunSettings(
  env: Record<string, string | undefined>,
  // A signed 32-bit seed; -2^31 is left out because `npm run contract -- --seed` refuses it.
  randomSeed: () => number = () => randomInt(-(2 ** 31) + 1, 2 ** 31),
): RunSettings {
  const seed = readInteger(env, 'CONTRACT_SEED');
  const runs = readInteger(env, 'CONTRACT_RUNS') ?? DEFAULT_RUNS;
  if (runs < 1) throw new Error(`CONTRACT_RUNS must be at least 1, not ${runs}`);
  return seed === undefined ? { seed: randomSeed(), runs, seedSource: 'random' } : { seed, runs, seedSource: 'CONTRACT_SEED' };
}

// ---------------------------------------------------------------------------------------------
// Verdicts

export type Verdict = 'accepted' | 'refused';

/** What Prism answered: its status and the violations from its sl-violations header. */
export interface PrismOutcome {
  status: number;
  violations: Violation[];
}

/** The part of the client's report the comparison reads. */
export type ClientReport = Pick<ValidationReport, 'valid' | 'problems'>;

export type Comparison =
  | { kind: 'agree'; verdict: Verdict }
  | { kind: 'disagree'; prism: Verdict; client: Verdict }
  /** Prism's answer is neither verdict: the mock or the harness is broken, not the client. */
  | { kind: 'harness problem'; reason: string };

/**
 * Prism's verdict: 201 with no violations is accepted, 400 with request violations (and none
 * about its own answer) is refused. Anything else is no verdict, and says why.
 */
export function prismVerdict(outcome: PrismOutcome): { verdict: Verdict } | { problem: string } {
  const { status, violations } = outcome;
  // The harness turns a header Prism cut short (it does past ~8 KB) into one `unreadable` entry.
  if (violations.some((violation) => violation.code === 'unreadable')) {
    return { problem: `Prism's sl-violations header on its ${status} answer was cut short and cannot be read; the body breaks too many rules at once to judge` };
  }
  const aboutResponse = violations.filter((violation) => violation.location[0] === 'response');
  if (aboutResponse.length > 0) {
    return { problem: `Prism's own ${status} answer broke openapi.yaml (${aboutResponse.length} response violation(s))` };
  }
  if (status === 201) {
    return violations.length === 0 ? { verdict: 'accepted' } : { problem: `Prism answered 201 but reported ${violations.length} violation(s)` };
  }
  if (status === 400) {
    const aboutRequest = violations.filter((violation) => violation.location[0] === 'request');
    if (aboutRequest.length === 0) return { problem: 'Prism answered 400 without naming any request violation' };
    if (aboutRequest.length < violations.length) return { problem: 'Prism answered 400 with violations that are about neither the request nor the response' };
    return { verdict: 'refused' };
  }
  return { problem: `Prism answered ${status}, which is neither 201 (accepted) nor 400 (refused)` };
}

/** Whether Prism and the client reach the same verdict on one body. */
export function compareVerdicts(prism: PrismOutcome, client: ClientReport): Comparison {
  const read = prismVerdict(prism);
  if ('problem' in read) return { kind: 'harness problem', reason: read.problem };
  const clientVerdict: Verdict = client.valid ? 'accepted' : 'refused';
  return read.verdict === clientVerdict ? { kind: 'agree', verdict: clientVerdict } : { kind: 'disagree', prism: read.verdict, client: clientVerdict };
}

// ---------------------------------------------------------------------------------------------
// Reproductions

/** A body as the failure shows it and the curl command sends it. */
export function prettyBody(body: unknown): string {
  return JSON.stringify(body, null, 2) ?? String(body);
}

/** Single-quotes a word for POSIX shells: nothing inside single quotes is expanded. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A here-document terminator that no line of the text equals, so the text cannot end it early. */
export function heredocTerminator(text: string): string {
  const lines = new Set(text.split('\n'));
  let terminator = 'JSON';
  for (let n = 1; lines.has(terminator); n += 1) terminator = `JSON_${n}`;
  return terminator;
}

export interface CurlOptions {
  /** The mock's base URL; `npm run mock`'s by default. */
  baseUrl?: string;
  accountId?: string;
  token?: string;
}

/**
 * A ready-to-paste bash command that sends the body text to the create call. The body goes
 * through a quoted here-document, so the shell expands nothing in it and no quoting is needed.
 */
export function curlCommand(bodyText: string, options: CurlOptions = {}): string {
  const { baseUrl = MOCK_URL, accountId = ACCOUNT_ID, token = 'any-token' } = options;
  const url = `${baseUrl.replace(/\/+$/, '')}/v2.1/accounts/${encodeURIComponent(accountId)}/connect`;
  const terminator = heredocTerminator(bodyText);
  return [
    `curl -sS -i -X POST ${shellQuote(url)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${token}`)} \\`,
    `  -H ${shellQuote('Content-Type: application/json')} \\`,
    `  --data-binary @- <<'${terminator}'`,
    bodyText,
    terminator,
  ].join('\n');
}

/** The command that replays the whole generated run with the same seed. */
export function replayCommand(seed: number): string {
  return `npm run contract -- --seed ${seed}`;
}

/** The same replay through the environment, for this file alone. */
export function replayWithEnvironment(seed: number, runs: number): string {
  const runsPart = runs === DEFAULT_RUNS ? '' : ` CONTRACT_RUNS=${runs}`;
  return `CONTRACT_SEED=${seed}${runsPart} npx vitest run --project contract contract-tests/parity.test.ts`;
}

/** Everything known about one case once both sides have answered. */
export interface CaseOutcome {
  body: unknown;
  model: string;
  mutations: readonly string[];
  prism: PrismOutcome;
  client: ClientReport;
  comparison: Comparison;
}

/** Where in the run a failure was found, from fast-check. */
export interface RunPosition {
  seed: number;
  runs: number;
  /** fast-check's counterexample path, which replays exactly the shrunk case. */
  path: string;
  shrinks: number;
}

function describePrism(prism: PrismOutcome): string {
  const read = prismVerdict(prism);
  const verdict = 'verdict' in read ? read.verdict : `no verdict (${read.problem})`;
  const lines = [`Prism: ${verdict}, status ${prism.status}, ${prism.violations.length} violation(s)`];
  for (const violation of prism.violations) {
    lines.push(`  - ${violation.location.join('.') || '(no location)'} [${String(violation.code)}] ${violation.message}`);
  }
  return lines.join('\n');
}

function describeClient(client: ClientReport): string {
  const lines = [`validateConfiguration: ${client.valid ? 'accepted' : 'refused'}, ${client.problems.length} problem(s)`];
  for (const problem of client.problems) {
    lines.push(`  - ${problem.pointer || '/'} [${problem.keyword}] ${problem.message}`);
  }
  return lines.join('\n');
}

function headline(outcome: CaseOutcome): string {
  const { comparison } = outcome;
  switch (comparison.kind) {
    case 'disagree':
      return `Prism and validateConfiguration disagree: Prism ${comparison.prism} the body, the client ${comparison.client} it.`;
    case 'harness problem':
      return `Harness problem, not a disagreement: ${comparison.reason}.`;
    case 'agree':
      return `Both sides ${comparison.verdict} the body, yet the case failed.`;
  }
}

/** The message a failed parity run ends with. */
export function failureReport(outcome: CaseOutcome, position: RunPosition, options: CurlOptions = {}): string {
  const body = prettyBody(outcome.body);
  return [
    headline(outcome),
    '',
    `Seed ${position.seed}, counterexample path "${position.path}", shrunk ${position.shrinks} time(s).`,
    `Model: ${outcome.model}; mutations: ${outcome.mutations.length === 0 ? 'none (a valid configuration)' : outcome.mutations.join('; ')}`,
    '',
    'Body (shrunk):',
    body,
    '',
    describePrism(outcome.prism),
    '',
    describeClient(outcome.client),
    '',
    `Replay the whole run: ${replayCommand(position.seed)}`,
    `  (or: ${replayWithEnvironment(position.seed, position.runs)})`,
    '',
    'Send this body to `npm run mock` (http://127.0.0.1:4010):',
    curlCommand(body, options),
  ].join('\n');
}

/** A case that failed, carrying what the failure report needs. */
export class ParityFailure extends Error {
  constructor(readonly outcome: CaseOutcome) {
    super(headline(outcome));
    this.name = 'ParityFailure';
  }
}
