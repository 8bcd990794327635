// Provider verification only (`npm run contract -- --provider <url>`): what a provider must do that
// the mock cannot show. Requests go through the Prism proxy with --errors, so any answer that
// breaks openapi.yaml comes back as Prism's list of violations, which the findings name.
import { describe, expect, test } from 'vitest';
import { ConnectContractError, createConnectClient, type CreateConfigurationResult } from '../src/index.js';
import { captureAnswer, checkAnswer, type WireAnswer } from './support/answer-check.js';
import { LISTENER } from './support/bodies.js';
import { contractTarget, describeErrors, validators, violationsOf } from './support/harness.js';
import { assertNoFindings } from './support/wire-check.js';
import { jsonSim } from '../src/index.js';

const target = contractTarget();

describe('provider verification', () => {
  test('a token the provider does not accept is answered with 401 and the error envelope, and nothing is created', async () => {
    const answers: WireAnswer[] = [];
    const client = createConnectClient({
      baseUrl: target.url,
      accessToken: 'contract-check-token-that-no-provider-accepts',
      retry: false,
      fetch: async (request) => {
        const response = await fetch(request);
        answers.push(await captureAnswer(response));
        violationsOf(response);
        return response;
      },
    });
    let result: CreateConfigurationResult | undefined;
    let thrown: unknown;
    try {
      result = await client.createConfiguration(target.accountId, jsonSim({ name: 'Contract check: bad token', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent'] }));
    } catch (error) {
      thrown = error;
    }
    expect(answers).toHaveLength(1);
    const findings = checkAnswer(answers[0] as WireAnswer);
    assertNoFindings(findings, 'the answer broke the contract', [target.token]);
    expect(thrown, thrown instanceof ConnectContractError ? thrown.message : String(thrown)).toBeUndefined();
    expect(result?.status).toBe(401);
    expect(result?.success).toBe(false);
    if (result?.success !== false) return;
    expect(validators.errorEnvelope({ success: result.success, error: result.error }), describeErrors(validators.errorEnvelope)).toBe(true);
    expect(result.outcome).toBe('rejected');
  });
});
