// Both envelopes as the mock serves them: the brief's bodies verbatim, one error example per
// declared status, and the Retry-After header of a 429.
import { describe, expect, test } from 'vitest';
import { briefError, briefSuccess } from './fixtures/brief.js';
import {
  CONNECT_PATH,
  createOnPrism,
  describeErrors,
  spec,
  validBody,
  validators,
  violationsOf,
} from './support/harness.js';
import { isRfc3339DateTime } from './support/rfc3339.mjs';
import { resolveRef } from './support/spec-tools.mjs';

const operation = spec.paths[CONNECT_PATH].post;

/** Every declared status with the names of its examples, read from the spec. */
const declared: Array<[status: number, exampleNames: string[]]> = Object.entries(operation.responses).map(
  ([status, response]) => {
    const resolved = (response as { $ref?: string }).$ref
      ? resolveRef(spec, (response as { $ref: string }).$ref)
      : response;
    return [Number(status), Object.keys(resolved.content['application/json'].examples ?? {})];
  },
);
const errorStatuses = declared.filter(([status]) => status >= 400);
const namedExamples = declared.flatMap(([status, names]) => names.map((name) => [name, status] as const));

/** Sends the valid JSON SIM body, asking Prism for a particular answer. */
function send(prefer: string) {
  return createOnPrism(validBody, { prefer });
}

describe('declared responses', () => {
  test('are 201 and the seven error statuses of the brief and issues', () => {
    expect(declared.map(([status]) => status)).toEqual([201, 400, 401, 403, 404, 429, 500, 503]);
  });

  test('the 201 answer is the brief success body, exactly', async () => {
    const { data, response } = await send('code=201');
    expect(violationsOf(response)).toEqual([]);
    expect(response.status).toBe(201);
    expect(data).toEqual(briefSuccess);
  });

  test('the success envelope has an RFC 3339 created_at and a non-empty id', async () => {
    const { data } = await send('example=created');
    expect(validators.successEnvelope(data), describeErrors(validators.successEnvelope)).toBe(true);
    expect(data?.data.id.length).toBeGreaterThan(0);
    expect(isRfc3339DateTime(data?.data.created_at)).toBe(true);
  });

  test('the 400 answer is the brief error body, exactly', async () => {
    const { error, response } = await send('code=400');
    expect(violationsOf(response)).toEqual([]);
    expect(response.status).toBe(400);
    expect(error).toEqual(briefError);
  });

  test.each(errorStatuses)('a %i answer is the error envelope', async (status) => {
    const { error, response } = await send(`code=${status}`);
    expect(violationsOf(response)).toEqual([]);
    expect(response.status).toBe(status);
    expect(validators.errorEnvelope(error), describeErrors(validators.errorEnvelope)).toBe(true);
  });

  test.each(namedExamples)('the %s example comes back as a valid %i envelope', async (name, status) => {
    const { data, error, response } = await send(`code=${status}, example=${name}`);
    expect(violationsOf(response)).toEqual([]);
    expect(response.status).toBe(status);
    const validate = status === 201 ? validators.successEnvelope : validators.errorEnvelope;
    expect(validate(status === 201 ? data : error), describeErrors(validate)).toBe(true);
  });

  test('a 429 answer carries Retry-After in whole seconds', async () => {
    const { response } = await send('code=429');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('envelope schemas are closed', () => {
  test.each([
    ['an extra field in data', { success: true, data: { ...briefSuccess.data, extra: 1 } }],
    ['created_at missing', { success: true, data: { id: 'abc123' } }],
    ['created_at without a time zone', { success: true, data: { id: 'abc123', created_at: '2025-01-01T00:00:00' } }],
    ['success sent as the string "true"', { ...briefSuccess, success: 'true' }],
    ['an empty id', { success: true, data: { id: '', created_at: '2025-01-01T00:00:00Z' } }],
  ])('the success schema refuses %s', (_case, body) => {
    expect(validators.successEnvelope(body)).toBe(false);
  });

  test.each([
    ['message missing', { success: false, error: { code: 'VALIDATION_ERROR' } }],
    ['a lowercase code', { success: false, error: { code: 'validation_error', message: 'x' } }],
    ['success: true', { ...briefError, success: true }],
    ['an extra top-level field', { ...briefError, data: {} }],
  ])('the error schema refuses %s', (_case, body) => {
    expect(validators.errorEnvelope(body)).toBe(false);
  });
});
