// DocuSign's own answers through the client, one per named example of each status that
// openapi.docusign.yaml declares: each must be read into the typed result (created, rejected or
// unknown, as its status says), with DocuSign's body in `docusign`, its errorCode as the result's
// code, a wait for a rate limit, and no contract error or warning.
import { describe, expect, test } from 'vitest';
import { docusignSpecFacts } from '../generated/spec-facts.js';
import { checkAnswer } from './support/answer-check.js';
import { exchange } from './support/exchange.js';
import { CONNECT_PATH, docusignSpec, validBody } from './support/harness.js';
import { resolveRef } from './support/spec-tools.mjs';
import { assertNoFindings } from './support/wire-check.js';

type Example = { value: Record<string, unknown> };
const responses = docusignSpec.paths[CONNECT_PATH].post.responses as Record<string, { $ref?: string }>;

/** Each declared status (a class such as 2XX asked for as its x00) with each of its named examples. */
const cases = Object.entries(responses).flatMap(([key, raw]) => {
  const response = (raw.$ref === undefined ? raw : resolveRef(docusignSpec, raw.$ref)) as { content: { 'application/json': { examples?: Record<string, { $ref?: string }> } } };
  const status = /^\dXX$/.test(key) ? Number(key[0]) * 100 : Number(key);
  return Object.entries(response.content['application/json'].examples ?? {}).map(([name, example]) => {
    const resolved = (example.$ref === undefined ? example : resolveRef(docusignSpec, example.$ref)) as Example;
    return [status, name, resolved.value] as const;
  });
});
const rateLimitCodes = new Set<string>(docusignSpecFacts.rateLimitErrorCodes.map(({ errorCode }) => errorCode));

describe('DocuSign\'s answers through the client', () => {
  test('cover every declared status', () => {
    expect(new Set(cases.map(([status]) => status))).toEqual(new Set([200, 201, 400, 401, 403, 404, 429, 500, 503]));
  });

  test.each(cases)('HTTP %i with the example %s is read into the result', async (status, name, example) => {
    const { answers, result, thrown, contractWarnings } = await exchange(validBody, { wire: 'docusign', prefer: `code=${status}, example=${name}` });
    expect(thrown).toBeUndefined();
    assertNoFindings(checkAnswer(answers[0]!, 'docusign'), 'the mock\'s answer broke openapi.docusign.yaml', []);
    expect(contractWarnings).toEqual([]);
    expect(result?.status).toBe(status);
    expect(result?.docusign).toEqual(example);
    if (status < 300) {
      expect(result).toMatchObject({ success: true, outcome: 'created', data: { id: example.connectId } });
      return;
    }
    expect(result).toMatchObject({
      success: false,
      outcome: status < 500 ? 'rejected' : 'unknown',
      error: { code: example.errorCode, message: example.message },
    });
    if (rateLimitCodes.has(String(example.errorCode))) expect(result?.retryAfter).toEqual(expect.any(Number));
  });
});
