// The operation requires the OAuth bearer token: the mock refuses a request without one with
// the 401 error envelope, whatever the body.
import { describe, expect, test } from 'vitest';
import {
  ACCOUNT_ID,
  CONNECT_PATH,
  createOnPrism,
  describeErrors,
  prismUrl,
  responseViolationsOf,
  spec,
  validBody,
  validators,
  violationsOf,
} from './support/harness.js';

describe('security', () => {
  test('the operation declares the docusignOAuth scheme with the signature scope', () => {
    expect(spec.paths[CONNECT_PATH].post.security).toEqual([{ docusignOAuth: ['signature'] }]);
    expect(spec.components.securitySchemes.docusignOAuth.type).toBe('oauth2');
  });

  test('a request without a bearer token is refused with 401 and the error envelope', async () => {
    const { error, response } = await createOnPrism(validBody, { token: null });
    expect(response.status).toBe(401);
    expect(validators.errorEnvelope(error), describeErrors(validators.errorEnvelope)).toBe(true);
    expect(violationsOf(response).some((violation) => String(violation.code) === '401')).toBe(true);
    expect(responseViolationsOf(response)).toEqual([]);
  });

  test.each([
    ['Basic credentials', 'Basic dXNlcjpwYXNz'],
    ['a bare token without the Bearer scheme', 'contract-test-token'],
  ])('a request with %s is refused with 401', async (_case, authorization) => {
    const response = await fetch(`${prismUrl()}/v2.1/accounts/${ACCOUNT_ID}/connect`, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify(validBody),
    });
    expect(response.status).toBe(401);
    expect(validators.errorEnvelope(await response.json())).toBe(true);
    expect(violationsOf(response).map((violation) => String(violation.code))).toEqual(['401']);
  });

  test('a request with a bearer token is accepted', async () => {
    const { response } = await createOnPrism(validBody);
    expect(response.status).toBe(201);
  });
});
