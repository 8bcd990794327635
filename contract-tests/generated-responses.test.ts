// Suite 6, generated responses: Prism's dynamic mode invents answers from the response schemas
// (json-schema-faker), for every declared status in turn. The client must take every one as a
// valid envelope, without a contract error or warning, and the harness's own answer check must
// find nothing. Prism's `seed=` makes each answer repeatable from the run's seed.
import { describe, expect, test } from 'vitest';
import { checkAnswer, declaredResponses } from './support/answer-check.js';
import { exchange } from './support/exchange.js';
import { describeErrors, validBody, validators } from './support/harness.js';
import './support/meta.js';
import { describeFindings } from './support/wire-check.js';
import { readRunSettings } from './support/repro.js';

const PER_STATUS = 13;
const statuses = [...declaredResponses.keys()];
const { seed } = readRunSettings(process.env);

interface Outcome {
  prefer: string;
  problems: string[];
}

/** One dynamic answer through the client; what was wrong with it, if anything. */
async function generatedAnswer(status: number, prefer: string): Promise<Outcome> {
  const { answers, contractWarnings, result, thrown } = await exchange(validBody, { prefer });
  const problems: string[] = [];
  if (thrown !== undefined) problems.push(`the client threw ${(thrown as Error).name}: ${(thrown as Error).message}`);
  const answer = answers[0];
  if (answer === undefined) return { prefer, problems: [...problems, 'no answer was received'] };
  const findings = checkAnswer(answer);
  if (findings.length > 0) problems.push(describeFindings(findings));
  if (answer.status !== status) problems.push(`Prism answered ${answer.status}, not the ${status} asked for`);
  for (const warning of contractWarnings) problems.push(`contract warning: ${warning.message}`);
  if (result !== undefined) {
    const envelope = result.success ? { success: true, data: result.data } : { success: false, error: result.error };
    const validate = result.success ? validators.successEnvelope : validators.errorEnvelope;
    if (!validate(envelope)) problems.push(`the client's result is not an envelope: ${describeErrors(validate)}`);
    if (result.success !== (status === 201)) problems.push(`the client read a ${status} as ${result.success ? 'a success' : 'an error'}`);
    if (status === 429 && result.retryAfter === undefined) problems.push('the 429 came with Retry-After, and the client did not surface it');
  }
  if (problems.length > 0) problems.push(`body: ${answer.body.slice(0, 300)}`);
  return { prefer, problems };
}

describe('generated responses', () => {
  test(`the client takes each of ${PER_STATUS * statuses.length} generated answers (${PER_STATUS} per declared status) as a valid envelope`, async ({ task }) => {
    const failures: Outcome[] = [];
    const kinds: Record<string, number> = {};
    for (let round = 0; round < PER_STATUS; round += 1) {
      for (const status of statuses) {
        const prefer = `code=${status}, dynamic=true, seed=${seed}-${round}-${status}`;
        const outcome = await generatedAnswer(status, prefer);
        if (outcome.problems.length > 0) failures.push(outcome);
        kinds[String(status)] = (kinds[String(status)] ?? 0) + 1;
      }
    }
    task.meta.generated = { seed, cases: PER_STATUS * statuses.length, kinds };
    expect(
      failures.map(({ prefer, problems }) => `Prefer: ${prefer}\n  ${problems.join('\n  ')}`).join('\n'),
      `${failures.length} generated answer(s) were not taken as valid envelopes (replay one with the Prefer header shown against npm run mock)`,
    ).toBe('');
  }, 120_000);
});
