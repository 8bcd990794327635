// openapi.docusign.yaml under Prism: a mock of DocuSign's own answers. A valid request is answered
// with the created configuration, an invalid one with errorDetails and Prism's reasons, each named
// example can be asked for, and dynamic answers keep connectId a non-empty string and flags
// strings. Against the run's Prism mock of openapi.docusign.yaml; every answer's sl-violations are
// read (and so asserted) here, as the violations guard requires.
import { describe, expect, test } from 'vitest';
import { validateConnectCustomConfiguration, validateErrorDetails, type SpecValidator } from '../generated/validators.cjs';
import { docusignSpec as native, prismUrl, requestBodyExamples, validBody, violationsOf } from './support/harness.js';

interface Answer {
  status: number;
  body: any;
  headers: Headers;
  violations: Array<{ location: string[]; code?: string | number; message: string }>;
}

/** One create against the native mock; `prefer` is Prism's Prefer header. */
async function create(body: unknown, options: { prefer?: string; token?: string | null } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? 'any-token'}`;
  if (options.prefer !== undefined) headers.Prefer = options.prefer;
  const response = await fetch(`${prismUrl('docusign')}/v2.1/accounts/18476201/connect`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json(), headers: response.headers, violations: violationsOf(response) };
}

const check = (validate: SpecValidator, value: unknown) => {
  expect(validate(value), JSON.stringify(validate.errors ?? [])).toBe(true);
};

describe('the mock of DocuSign\'s answers (openapi.docusign.yaml)', () => {
  test.each(requestBodyExamples)('answers the request example %s with the created configuration', async (_key, body) => {
    const answer = await create(body);
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(201);
    check(validateConnectCustomConfiguration, answer.body);
    expect(answer.body.connectId).toBe('22210641');
    expect(answer.headers.get('X-DocuSign-TraceToken')).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(answer.headers.get('X-RateLimit-Reset'))).toBe(1631174400);
  });

  test('refuses an invalid request with 400 errorDetails, and names the fields in sl-violations', async () => {
    const { urlToPublishTo: _dropped, ...body } = validBody;
    const answer = await create({ ...body, allUser: 'true' }, { prefer: 'code=429' });
    // Prism ignores the forced code for an invalid request, and answers with the first 400 example.
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(native.components.examples.invalidRequestBody.value);
    check(validateErrorDetails, answer.body);
    const messages = answer.violations.map((violation) => `${violation.location.join('.')}: ${violation.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^request\.body: .*'allUser'/), expect.stringMatching(/^request\.body: .*'urlToPublishTo'/)]),
    );
    expect(answer.violations.every((violation) => violation.location[0] === 'request')).toBe(true);
  });

  test('answers 401 with errorDetails when no token is sent', async () => {
    const answer = await create(validBody, { token: null });
    expect(answer.status).toBe(401);
    check(validateErrorDetails, answer.body);
    expect(answer.body.errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
    expect(answer.violations.map((violation) => violation.code)).toEqual([401]);
  });

  test.each([
    ['code=429', 429, 'hourlyLimitAs429'],
    ['code=429, example=burstLimitAs429', 429, 'burstLimitAs429'],
    ['code=400, example=hourlyLimitAs400', 400, 'hourlyLimitAs400'],
    ['code=403, example=forbiddenNotAdmin', 403, 'forbiddenNotAdmin'],
    ['code=404', 404, 'notFound'],
    ['code=500', 500, 'internalError'],
    ['code=503', 503, 'serviceUnavailable'],
  ])('Prefer: %s answers %i with the example %s', async (prefer, status, key) => {
    const answer = await create(validBody, { prefer });
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual(native.components.examples[key].value);
    check(validateErrorDetails, answer.body);
  });

  test('a rate-limit refusal carries the rate-limit headers', async () => {
    const answer = await create(validBody, { prefer: 'code=429' });
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-BurstLimit-Limit', 'X-BurstLimit-Remaining']) {
      expect(answer.headers.get(name), name).toMatch(/^\d+$/);
    }
    expect(answer.headers.get('Retry-After')).toMatch(/^\d+$/);
  });

  test.each([200, 202])('Prefer: code=%i is answered from 2XX with the created configuration', async (status) => {
    const answer = await create(validBody, { prefer: `code=${status}` });
    expect(answer.violations).toEqual([]);
    expect(answer.status).toBe(status);
    check(validateConnectCustomConfiguration, answer.body);
  });

  test('dynamic answers keep connectId a non-empty string and every flag "true" or "false"', async () => {
    const flags = Object.entries(native.components.schemas.connectCustomConfiguration.properties as Record<string, any>)
      .filter(([, property]) => property.$ref === '#/components/schemas/flagString')
      .map(([name]) => name);
    for (const prefer of Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? 'dynamic=true' : 'code=200, dynamic=true'))) {
      const answer = await create(validBody, { prefer });
      expect(answer.violations).toEqual([]);
      expect([200, 201]).toContain(answer.status);
      check(validateConnectCustomConfiguration, answer.body);
      expect(answer.body.connectId).toEqual(expect.stringMatching(/^\S+$/));
      for (const flag of flags) {
        if (flag in answer.body) expect(answer.body[flag], flag).toMatch(/^(?:true|false)$/);
      }
    }
  });

  test('dynamic error answers are errorDetails', async () => {
    for (const status of [400, 429, 503]) {
      const answer = await create(validBody, { prefer: `code=${status}, dynamic=true` });
      expect(answer.violations).toEqual([]);
      expect(answer.status).toBe(status);
      check(validateErrorDetails, answer.body);
    }
  });
});
