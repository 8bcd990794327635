// Provider verification only (`npm run contract -- --provider <url>`): what a provider must do that
// the mock cannot show, on the wire it speaks. Requests go through the Prism proxy with --errors,
// so any answer that breaks the wire's spec comes back as Prism's list of violations, which the
// findings name.
import { describe, expect, test } from 'vitest';
import { ConnectContractError, jsonSim } from '../src/index.js';
import { checkAnswer, type WireAnswer } from './support/answer-check.js';
import { LISTENER } from './support/bodies.js';
import { exchange } from './support/exchange.js';
import { contractTarget, describeErrors, runWires, validators } from './support/harness.js';
import { assertNoFindings } from './support/wire-check.js';

describe.each(runWires())('provider verification on the %s wire', (wire) => {
  const target = contractTarget(wire);
  test('a token the provider does not accept is answered with 401 and its error body, and nothing is created', async () => {
    const body = jsonSim({ name: 'Contract check: bad token', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] });
    const { answers, result, thrown } = await exchange(body, { token: 'contract-check-token-that-no-provider-accepts', wire });
    expect(answers).toHaveLength(1);
    assertNoFindings(checkAnswer(answers[0] as WireAnswer, wire), 'the answer broke the contract', [target.token]);
    expect(thrown, thrown instanceof ConnectContractError ? thrown.message : String(thrown)).toBeUndefined();
    expect(result?.status).toBe(401);
    expect(result?.success).toBe(false);
    if (result?.success !== false) return;
    if (wire === 'docusign') expect(validators.docusignError(result.docusign), describeErrors(validators.docusignError)).toBe(true);
    else expect(validators.errorEnvelope({ success: result.success, error: result.error }), describeErrors(validators.errorEnvelope)).toBe(true);
    expect(result.outcome).toBe('rejected');
  });
});
