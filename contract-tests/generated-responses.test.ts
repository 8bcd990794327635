// Suite 6, generated responses: Prism's dynamic mode invents answers from the response schemas
// (json-schema-faker), for every declared status in turn, on each wire. The client must read
// every one into its typed result, without a contract error or warning, and the harness's own
// answer check must find nothing. On the DocuSign wire a declared status class (2XX) is asked for
// as 200 and 202. Prism's `seed=` makes each answer repeatable from the run's seed.
import { describe, expect, test } from 'vitest';
import type { Wire } from '../src/index.js';
import { checkAnswer, declaredByWire } from './support/answer-check.js';
import { exchange } from './support/exchange.js';
import { describeErrors, runWires, validBody, validators } from './support/harness.js';
import './support/meta.js';
import { describeFindings } from './support/wire-check.js';
import { readRunSettings } from './support/repro.js';

/** Answers per status: at least 100 per wire (8 statuses on the envelope wire, 9 on DocuSign's). */
const PER_STATUS: Record<Wire, number> = { envelope: 13, docusign: 12 };
const { seed } = readRunSettings(process.env);

/** The statuses to ask Prism for: each declared one, and two of each declared class. */
function statusesOf(wire: Wire): number[] {
  return [...declaredByWire[wire].keys()].flatMap((key) => (/^\dXX$/.test(key) ? [Number(key[0]) * 100, Number(key[0]) * 100 + 2] : [Number(key)]));
}

interface Outcome {
  prefer: string;
  problems: string[];
}

/** One dynamic answer through the client; what was wrong with it, if anything. */
async function generatedAnswer(wire: Wire, status: number, prefer: string): Promise<Outcome> {
  const { answers, contractWarnings, result, thrown } = await exchange(validBody, { prefer, wire });
  const problems: string[] = [];
  if (thrown !== undefined) problems.push(`the client threw ${(thrown as Error).name}: ${(thrown as Error).message}`);
  const answer = answers[0];
  if (answer === undefined) return { prefer, problems: [...problems, 'no answer was received'] };
  const findings = checkAnswer(answer, wire);
  if (findings.length > 0) problems.push(describeFindings(findings));
  if (answer.status !== status) problems.push(`Prism answered ${answer.status}, not the ${status} asked for`);
  for (const warning of contractWarnings) problems.push(`contract warning: ${warning.message}`);
  if (result !== undefined) {
    const envelope = result.success ? { success: true, data: result.data } : { success: false, error: result.error };
    const validate = result.success ? validators.successEnvelope : validators.errorEnvelope;
    // The result has one type on both wires; only the envelope wire's codes follow its pattern.
    const typed = wire === 'docusign' && !result.success ? typeof result.error.code === 'string' && result.error.code !== '' && result.error.message !== '' : validate(envelope);
    if (!typed) problems.push(`the client's result is not ${result.success ? 'a success' : 'an error'} result: ${describeErrors(validate)}`);
    if (result.success !== (status < 300)) problems.push(`the client read a ${status} as ${result.success ? 'a success' : 'an error'}`);
    if (wire === 'docusign' && result.docusign === undefined) problems.push('the result lacks DocuSign\'s own body (result.docusign)');
    if (wire === 'docusign' && result.success && result.data.id !== result.docusign?.connectId) problems.push('data.id is not DocuSign\'s connectId');
    if (wire === 'envelope' && status === 429 && result.retryAfter === undefined) problems.push('the 429 came with Retry-After, and the client did not surface it');
  }
  if (problems.length > 0) problems.push(`body: ${answer.body.slice(0, 300)}`);
  return { prefer, problems };
}

describe.each(runWires())('generated responses on the %s wire', (wire) => {
  const statuses = statusesOf(wire);
  const perStatus = PER_STATUS[wire];
  test(`the client reads each of ${perStatus * statuses.length} generated answers (${perStatus} per declared status) into its result`, async ({ task }) => {
    const failures: Outcome[] = [];
    const kinds: Record<string, number> = {};
    for (let round = 0; round < perStatus; round += 1) {
      for (const status of statuses) {
        const prefer = `code=${status}, dynamic=true, seed=${seed}-${round}-${status}`;
        const outcome = await generatedAnswer(wire, status, prefer);
        if (outcome.problems.length > 0) failures.push(outcome);
        kinds[String(status)] = (kinds[String(status)] ?? 0) + 1;
      }
    }
    task.meta.generated = { seed, cases: perStatus * statuses.length, kinds };
    expect(
      failures.map(({ prefer, problems }) => `Prefer: ${prefer}\n  ${problems.join('\n  ')}`).join('\n'),
      `${failures.length} generated answer(s) were not read into the result (replay one with the Prefer header shown against npm run mock${wire === 'docusign' ? ' -- --wire docusign' : ''})`,
    ).toBe('');
  }, 120_000);
});
