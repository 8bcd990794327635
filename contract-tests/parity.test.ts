// Property-based parity: generated configurations, valid and mutated, go both to the Prism mock of
// openapi.yaml and to the client's pre-flight check, and the two verdicts must agree. The seed is
// printed and recorded in the test's meta, so any run can be replayed; a disagreement is shrunk
// and reported with the body, both sides' reasons, and a curl command for `npm run mock`.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateConfiguration } from '../src/index.js';
import {
  applyMutations,
  facts,
  generatedCase,
  mutation,
  mutationKinds,
  validConfiguration,
  type GeneratedCase,
  type ModelName,
} from './support/arbitraries.js';
import { createOnPrism, describeErrors, prismUrl, validBody, validators, violationsOf, type Violation } from './support/harness.js';
import './support/meta.js';
import {
  compareVerdicts,
  curlCommand,
  failureReport,
  heredocTerminator,
  ParityFailure,
  prettyBody,
  readRunSettings,
  replayCommand,
  type CaseOutcome,
  type ClientReport,
  type PrismOutcome,
  type Verdict,
} from './support/repro.js';

/** Each verdict must make up at least this share of a run, or the generators have drifted. */
const MIN_SHARE = 0.2;
const RUN_TIMEOUT_MS = 120_000;

/** Decides one case; the real one asks Prism and the client, the tests below pass fakes. */
type Judge = (generated: GeneratedCase) => Promise<CaseOutcome>;

/** Both sides judge exactly the JSON that goes over the wire. */
const prismAndClient: Judge = async (generated) => {
  const body: unknown = JSON.parse(JSON.stringify(generated.body));
  const { response } = await createOnPrism(body);
  // Always read the violations: the harness keeps track of the responses whose violations were read.
  const prism: PrismOutcome = { status: response.status, violations: violationsOf(response) };
  const client = validateConfiguration(body);
  return { body, model: generated.model, mutations: generated.mutations, prism, client, comparison: compareVerdicts(prism, client) };
};

/** An error with its chain of causes (fetch hides the network error in `cause`). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\nCaused by: ${describeError(error.cause)}`;
  return `${error.stack ?? error.message}${cause}`;
}

/** The first case that threw instead of reaching a verdict, and the case judged just before it. */
interface FirstBreak {
  index: number;
  generated: GeneratedCase;
  previous: GeneratedCase | undefined;
}

function bodySection(title: string, generated: GeneratedCase): string[] {
  const body = prettyBody(generated.body);
  const mutations = generated.mutations.length === 0 ? 'none' : generated.mutations.join('; ');
  return ['', `${title} (${generated.model}; mutations: ${mutations}):`, body, '', curlCommand(body)];
}

/** How the run ended when fast-check found a failing case: a readable report, not fast-check's dump. */
function runFailure(details: fc.RunDetails<[GeneratedCase]>, seed: number, runs: number, firstBreak: FirstBreak | undefined): string {
  const position = { seed, runs, path: details.counterexamplePath ?? '', shrinks: details.numShrinks };
  if (details.errorInstance instanceof ParityFailure) return failureReport(details.errorInstance.outcome, position);
  // Not a verdict at all: Prism unreachable, an error thrown in the harness, or fast-check itself.
  // When Prism stops answering, every later case fails too and shrinking means nothing, so the
  // report leads with the first case that broke and the one sent just before it, which is the
  // usual culprit when the mock dies after answering.
  const shrunk = details.counterexample?.[0];
  return [
    `The parity run failed without reaching a verdict (seed ${seed}, counterexample path "${position.path}", shrunk ${position.shrinks} time(s)).`,
    shrunk === undefined ? (fc.defaultReportMessage(details) ?? 'fast-check reported no counterexample') : `The case threw: ${describeError(details.errorInstance)}`,
    ...(firstBreak === undefined
      ? []
      : [
          '',
          `It first broke at case ${firstBreak.index + 1} of ${runs}; if Prism stopped answering (ECONNRESET, ECONNREFUSED), look at these two bodies first.`,
          ...(firstBreak.previous === undefined ? [] : bodySection('The case judged just before', firstBreak.previous)),
          ...bodySection('The first case that broke', firstBreak.generated),
        ]),
    ...(shrunk === undefined ? [] : bodySection('The shrunk case (meaningful only if the error is not a dead mock)', shrunk)),
    '',
    `Replay the whole run: ${replayCommand(seed)}`,
  ].join('\n');
}

/**
 * Runs the property and counts, in `kinds`, the verdicts of the `runs` generated cases (not of
 * shrinking). The counts are filled in as the run goes, so they are there even when it fails.
 */
async function runParity(
  judge: Judge,
  seed: number,
  runs: number,
  kinds: Record<Verdict, number> = { accepted: 0, refused: 0 },
): Promise<Record<Verdict, number>> {
  let calls = 0;
  let previous: GeneratedCase | undefined;
  let firstBreak: FirstBreak | undefined;
  await fc.assert(
    fc.asyncProperty(generatedCase, async (generated) => {
      const index = calls;
      calls += 1;
      const before = previous;
      previous = generated;
      let outcome: CaseOutcome;
      try {
        outcome = await judge(generated);
      } catch (error) {
        firstBreak ??= { index, generated, previous: before };
        throw error;
      }
      if (outcome.comparison.kind !== 'agree') throw new ParityFailure(outcome);
      if (index < runs) kinds[outcome.comparison.verdict] += 1;
    }),
    {
      seed,
      numRuns: runs,
      reporter: (details) => {
        if (details.failed) throw new Error(runFailure(details, seed, runs, firstBreak));
      },
    },
  );
  return kinds;
}

/** Why a run's mix of verdicts is too lopsided to mean anything, or undefined when it is fine. */
function shareShortfall(kinds: Record<Verdict, number>, runs: number): string | undefined {
  const needed = Math.ceil(runs * MIN_SHARE);
  const short = (Object.entries(kinds) as Array<[Verdict, number]>).filter(([, count]) => count < needed);
  if (short.length === 0) return undefined;
  return `only ${short.map(([verdict, count]) => `${count} ${verdict}`).join(' and ')} of ${runs} cases; each verdict needs at least ${needed} (${MIN_SHARE * 100}%), so the generators have drifted towards one side`;
}

test(
  'Prism and validateConfiguration agree on generated configurations',
  async ({ task }) => {
    const { seed, runs, seedSource } = readRunSettings(process.env);
    console.log(`[parity] seed ${seed} (${seedSource === 'random' ? 'random; set CONTRACT_SEED to choose' : 'from CONTRACT_SEED'}), ${runs} cases; replay: ${replayCommand(seed)}`);
    const started = performance.now();
    const kinds: Record<Verdict, number> = { accepted: 0, refused: 0 };
    try {
      await runParity(prismAndClient, seed, runs, kinds);
    } finally {
      task.meta.generated = { seed, cases: kinds.accepted + kinds.refused, kinds };
    }
    console.log(`[parity] ${kinds.accepted} accepted, ${kinds.refused} refused in ${Math.round(performance.now() - started)} ms`);
    expect(kinds.accepted + kinds.refused).toBe(runs);
    expect(shareShortfall(kinds, runs), `seed ${seed}`).toBeUndefined();
  },
  RUN_TIMEOUT_MS,
);

describe('the verdict comparison', () => {
  const requestViolation: Violation = { location: ['request', 'body', 'allUsers'], severity: 'Error', code: 'type', message: 'Request body property allUsers must be string' };
  const unplaced: Violation = { ...requestViolation, location: [] };
  const cutHeader: Violation = { location: [], severity: 'Error', code: 'unreadable', message: '[{"location":["requ' };
  const responseViolation: Violation = { location: ['response', 'body'], severity: 'Error', code: 'required', message: "Response body must have required property 'data'" };
  const valid: ClientReport = { valid: true, problems: [] };
  const invalid: ClientReport = {
    valid: false,
    problems: [{ pointer: '/allUsers', rule: 'StringBoolean: type', keyword: 'type', message: 'allUsers is the JSON boolean true' }],
  };

  test.each([
    ['201 without violations, client accepts', { status: 201, violations: [] }, valid, 'accepted'],
    ['400 with request violations, client refuses', { status: 400, violations: [requestViolation] }, invalid, 'refused'],
  ] as const)('agrees: %s', (_title, prism, client, verdict) => {
    expect(compareVerdicts({ ...prism, violations: [...prism.violations] }, client)).toEqual({ kind: 'agree', verdict });
  });

  test.each([
    ['Prism accepts, the client refuses', { status: 201, violations: [] }, invalid, 'accepted', 'refused'],
    ['Prism refuses, the client accepts', { status: 400, violations: [requestViolation] }, valid, 'refused', 'accepted'],
  ] as const)('reports a disagreement: %s', (_title, prism, client, prismSays, clientSays) => {
    expect(compareVerdicts({ ...prism, violations: [...prism.violations] }, client)).toEqual({ kind: 'disagree', prism: prismSays, client: clientSays });
  });

  test.each([
    ['201 with a request violation', 201, [requestViolation], /201 but reported 1 violation/],
    ['201 with a response violation', 201, [responseViolation], /own 201 answer broke openapi.yaml/],
    ['400 without violations', 400, [], /400 without naming any request violation/],
    ['400 with a response violation', 400, [requestViolation, responseViolation], /own 400 answer broke openapi.yaml/],
    ['400 with a violation of no location', 400, [requestViolation, unplaced], /neither the request nor the response/],
    ['400 with an unreadable (cut) violations header', 400, [cutHeader], /cut short/],
    ['422', 422, [requestViolation], /answered 422/],
    ['500', 500, [], /answered 500/],
  ] as const)('calls %s a harness problem, whatever the client says', (_title, status, violations, reason) => {
    for (const client of [valid, invalid]) {
      const comparison = compareVerdicts({ status, violations: [...violations] }, client);
      expect(comparison.kind).toBe('harness problem');
      expect(comparison.kind === 'harness problem' ? comparison.reason : '').toMatch(reason);
    }
  });
});

describe('the failure report', () => {
  const body = { configurationType: 'custom', name: "it's", allUsers: true };
  const outcome: CaseOutcome = {
    body,
    model: 'json-sim',
    mutations: ['set /allUsers to the JSON boolean true'],
    prism: { status: 201, violations: [] },
    client: { valid: false, problems: [{ pointer: '/allUsers', rule: 'StringBoolean: type', keyword: 'type', message: 'allUsers is the JSON boolean true' }] },
    comparison: { kind: 'disagree', prism: 'accepted', client: 'refused' },
  };
  const report = failureReport(outcome, { seed: -1234, runs: 500, path: '17:3:0', shrinks: 4 });

  test('names both verdicts, the seed, the path, and each side\'s reasons', () => {
    expect(report).toMatch(/^Prism and validateConfiguration disagree: Prism accepted the body, the client refused it\./);
    expect(report).toContain('Seed -1234, counterexample path "17:3:0"');
    expect(report).toContain('Prism: accepted, status 201, 0 violation(s)');
    expect(report).toContain('validateConfiguration: refused, 1 problem(s)');
    expect(report).toContain('/allUsers [type] allUsers is the JSON boolean true');
    expect(report).toContain('set /allUsers to the JSON boolean true');
  });

  test('shows the body as pretty JSON, and how to replay the run and the request', () => {
    expect(report).toContain(`Body (shrunk):\n${JSON.stringify(body, null, 2)}\n`);
    expect(report).toContain('Replay the whole run: npm run contract -- --seed -1234');
    expect(report).toContain('CONTRACT_SEED=-1234 npx vitest run --project contract contract-tests/parity.test.ts');
    expect(report.endsWith(curlCommand(JSON.stringify(body, null, 2)))).toBe(true);
  });

  test('lists Prism\'s violations when Prism is the side that refuses', () => {
    const refused = failureReport(
      {
        ...outcome,
        prism: { status: 400, violations: [{ location: ['request', 'body'], severity: 'Error', code: 'required', message: "Request body must have required property 'name'" }] },
        client: { valid: true, problems: [] },
        comparison: { kind: 'disagree', prism: 'refused', client: 'accepted' },
      },
      { seed: 7, runs: 500, path: '0', shrinks: 0 },
    );
    expect(refused).toContain("  - request.body [required] Request body must have required property 'name'");
    expect(refused).toContain('validateConfiguration: accepted, 0 problem(s)');
  });
});

describe('the parity run itself', () => {
  const agreeing: Judge = async (generated) => {
    const verdict: Verdict = generated.mutations.length === 0 ? 'accepted' : 'refused';
    const prism: PrismOutcome = verdict === 'accepted' ? { status: 201, violations: [] } : { status: 400, violations: [{ location: ['request', 'body'], severity: 'Error', code: 'x', message: 'x' }] };
    const client: ClientReport = { valid: verdict === 'accepted', problems: [] };
    return { body: generated.body, model: generated.model, mutations: generated.mutations, prism, client, comparison: compareVerdicts(prism, client) };
  };

  test('fails with a shrunk body and the report when the sides disagree', async () => {
    // A fake client that wrongly refuses every body listing userIds: the run must fail, and
    // shrinking must bring the list down to one user.
    const judge: Judge = async (generated) => {
      const outcome = await agreeing(generated);
      const { body } = generated;
      const listsUsers = body !== null && typeof body === 'object' && !Array.isArray(body) && 'userIds' in body;
      if (!listsUsers || outcome.comparison.kind !== 'agree' || outcome.comparison.verdict !== 'accepted') return outcome;
      const client: ClientReport = { valid: false, problems: [{ pointer: '/userIds', rule: 'fake', keyword: 'fake', message: 'fake refusal' }] };
      return { ...outcome, client, comparison: compareVerdicts(outcome.prism, client) };
    };
    const failure = await runParity(judge, 42, 200).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure, 'the run passed although the fake client disagreed').toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/^Prism and validateConfiguration disagree: Prism accepted the body, the client refused it\./);
    expect(message).toContain('Seed 42, counterexample path "');
    expect(message).toContain('/userIds [fake] fake refusal');
    expect(message).toContain('npm run contract -- --seed 42');
    const shrunk = JSON.parse(/Body \(shrunk\):\n([\s\S]*?)\n\n/.exec(message)?.[1] ?? 'null') as { userIds?: unknown[] } | null;
    expect(shrunk?.userIds).toHaveLength(1);
  });

  test('reports an exception in the harness as a failure without a verdict', async () => {
    const broken: Judge = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1');
    };
    await expect(runParity(broken, 1, 5)).rejects.toThrow(
      /failed without reaching a verdict \(seed 1[\s\S]*ECONNREFUSED[\s\S]*first broke at case 1 of 5[\s\S]*The first case that broke[\s\S]*--data-binary @-/,
    );
  });

  test('shows the case judged before the one that broke, in case it killed the mock', async () => {
    let judged = 0;
    const dying: Judge = async (generated) => {
      judged += 1;
      if (judged > 3) throw new Error('fetch failed', { cause: new Error('read ECONNRESET') });
      return agreeing(generated);
    };
    const failure = await runParity(dying, 8, 20).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure, 'the run passed although every case after the third threw').toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toContain('Caused by: Error: read ECONNRESET');
    expect(message).toContain('It first broke at case 4 of 20');
    expect(message.indexOf('The case judged just before')).toBeLessThan(message.indexOf('The first case that broke'));
  });

  test('counts the verdicts of the generated cases only', async () => {
    const kinds = await runParity(agreeing, 3, 300);
    expect(kinds.accepted + kinds.refused).toBe(300);
    expect(shareShortfall(kinds, 300)).toBeUndefined();
  });

  test('refuses a run that is (almost) all one verdict', () => {
    expect(shareShortfall({ accepted: 500, refused: 0 }, 500)).toMatch(/only 0 refused of 500 cases; each verdict needs at least 100/);
    expect(shareShortfall({ accepted: 99, refused: 401 }, 500)).toMatch(/only 99 accepted/);
    expect(shareShortfall({ accepted: 100, refused: 400 }, 500)).toBeUndefined();
  });
});

describe('run settings', () => {
  test('take CONTRACT_SEED and CONTRACT_RUNS when they are integers', () => {
    expect(readRunSettings({ CONTRACT_SEED: '42', CONTRACT_RUNS: '60' })).toEqual({ seed: 42, runs: 60, seedSource: 'CONTRACT_SEED' });
    expect(readRunSettings({ CONTRACT_SEED: '-2147483648' }).seed).toBe(-2147483648);
    expect(readRunSettings({}, () => 99)).toEqual({ seed: 99, runs: 500, seedSource: 'random' });
  });

  test('draw a random 32-bit seed when CONTRACT_SEED is unset', () => {
    for (let i = 0; i < 20; i += 1) {
      const { seed } = readRunSettings({});
      expect(Number.isInteger(seed) && Math.abs(seed) < 2 ** 31, String(seed)).toBe(true);
    }
  });

  test.each(['abc', '1.5', '', ' ', '1e3', '0x10', '12abc', '99999999999999999999'])('refuse CONTRACT_SEED=%j', (raw) => {
    expect(() => readRunSettings({ CONTRACT_SEED: raw })).toThrow(/^CONTRACT_SEED must be an integer/);
  });

  test.each(['x', '2.5', '0', '-3'])('refuse CONTRACT_RUNS=%j', (raw) => {
    expect(() => readRunSettings({ CONTRACT_RUNS: raw })).toThrow(/^CONTRACT_RUNS must be/);
  });
});

describe('the curl command', () => {
  const body = prettyBody({ name: "it's $HOME `date` $(echo hi) \\ \"quoted\"", events: ['envelope-sent'] });
  const url = 'http://127.0.0.1:4010/v2.1/accounts/18476201/connect';

  test('posts the body to the mock with a bearer token and JSON content type', () => {
    const command = curlCommand(body);
    const lines = command.split('\n');
    expect(lines[0]).toBe(`curl -sS -i -X POST '${url}' \\`);
    expect(command).toContain("-H 'Authorization: Bearer any-token'");
    expect(command).toContain("-H 'Content-Type: application/json'");
    expect(command).toContain(`--data-binary @- <<'JSON'\n${body}\nJSON`);
    expect(lines.at(-1)).toBe('JSON');
  });

  test('picks a here-document terminator that no line of the body equals', () => {
    const awkward = 'JSON\nJSON_1\n  JSON_2';
    expect(heredocTerminator(awkward)).toBe('JSON_2');
    const command = curlCommand(awkward);
    expect(command).toContain("<<'JSON_2'\n");
    expect(command.endsWith(`\n${awkward}\nJSON_2`)).toBe(true);
  });

  test('takes another base URL and account, and quotes them', () => {
    const command = curlCommand(body, { baseUrl: "http://127.0.0.1:9/it's/", accountId: '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804' });
    expect(command.split('\n')[0]).toBe(`curl -sS -i -X POST 'http://127.0.0.1:9/it'\\''s/v2.1/accounts/2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804/connect' \\`);
  });

  test('hands bash exactly the body, whatever it contains', (context) => {
    context.skip(!commandExists('bash'), 'bash is not installed');
    for (const text of [body, 'JSON\nJSON_1\n{"a": "\'$x\'"}', "a\\\nb '\"' \\JSON"]) {
      // A shell function named curl stands in for the real one and prints its standard input.
      const result = spawnSync('bash', ['-c', `curl() { cat; }\n${curlCommand(text)}`], { encoding: 'utf8', timeout: 10_000 });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`${text}\n`);
    }
  });
});

function commandExists(name: string): boolean {
  return spawnSync('bash', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

describe('the curl command against Prism', () => {
  const tricky = { ...validBody, name: "Contract's $HOME `date` listener \\ \"x\"\nJSON", allUsers: true };

  test.for([
    ['the spec\'s first example', validBody, 201],
    ['a body with shell metacharacters and a JSON boolean flag', tricky, 400],
  ] as const)('gets the same status as createOnPrism for %s', async ([, fixed, expected], context) => {
    context.skip(!commandExists('curl'), 'curl is not installed (command -v curl found nothing)');
    const { response } = await createOnPrism(fixed);
    violationsOf(response);
    expect(response.status).toBe(expected);
    const result = spawnSync('bash', ['-c', curlCommand(prettyBody(fixed), { baseUrl: prismUrl() })], { encoding: 'utf8', timeout: 15_000 });
    expect(result.status, result.stderr).toBe(0);
    const status = /^HTTP\/[\d.]+ (\d{3})/.exec(result.stdout)?.[1];
    expect(Number(status), result.stdout.slice(0, 500)).toBe(response.status);
  });
});

describe('the generators', () => {
  test('read the spec\'s rule constants and lists', () => {
    expect(facts.required.length).toBeGreaterThan(0);
    expect(facts.readOnly.length).toBeGreaterThan(0);
    expect(facts.flags.length).toBeGreaterThan(10);
    expect(facts.dependencies.length).toBeGreaterThan(0);
    expect(facts.recipientEventNames.every((name) => facts.eventNames.includes(name))).toBe(true);
  });

  test('make configurations that the spec accepts, of every data model', () => {
    const seen = new Set<ModelName>();
    fc.assert(
      fc.property(validConfiguration, ({ model, body }) => {
        seen.add(model);
        if (!validators.configuration(body)) {
          throw new Error(`a ${model} body is refused: ${describeErrors(validators.configuration)}\n${prettyBody(body)}`);
        }
      }),
      { seed: 11, numRuns: 400 },
    );
    expect([...seen].sort()).toEqual(['json-aggregate', 'json-sim', 'recipient-connect', 'xml-aggregate', 'xml-sim']);
  });

  test('make every kind of mutation change a body', () => {
    const changed = new Set<string>();
    for (const [{ body }, one] of fc.sample(fc.tuple(validConfiguration, mutation), { seed: 5, numRuns: 1500 })) {
      const after = applyMutations(body, [one]);
      if (JSON.stringify(after.body) !== JSON.stringify(body)) changed.add(one.kind);
    }
    expect([...changed].sort()).toEqual([...mutationKinds].sort());
  });
});
