// Every named request example in openapi.yaml is accepted by the Prism mock with the success
// envelope, and the brief's own samples are what the examples say they are.
import { describe, expect, test } from 'vitest';
import { briefJsonSimAccount, briefJsonSimRecipient } from './fixtures/brief.js';
import {
  createOnPrism,
  describeErrors,
  namesField,
  requestBodyExamples,
  responseViolationsOf,
  validators,
  violationsOf,
} from './support/harness.js';

const examples = requestBodyExamples;
const byName = new Map(examples);

describe('named request examples', () => {
  test('cover both brief samples and every data model', () => {
    expect(examples.map(([name]) => name)).toEqual([
      'jsonSimAccount',
      'jsonSimRecipient',
      'jsonAggregate',
      'xmlAggregate',
      'xmlSimLegacy',
    ]);
  });

  test.each(examples)('prism answers the %s example with 201 and the success envelope', async (_name, body) => {
    const { data, response } = await createOnPrism(body);
    expect(violationsOf(response)).toEqual([]);
    expect(response.status).toBe(201);
    expect(validators.successEnvelope(data), describeErrors(validators.successEnvelope)).toBe(true);
  });

  test.each(examples)('the %s example passes the spec schema outside Prism too', (_name, body) => {
    expect(validators.configuration(body), describeErrors(validators.configuration)).toBe(true);
  });
});

describe('the brief samples', () => {
  test.each([
    ['jsonSimAccount', briefJsonSimAccount],
    ['jsonSimRecipient', briefJsonSimRecipient],
  ] as const)('the %s example is the brief sample with a real https listener URL', (name, brief) => {
    const example = byName.get(name) as Record<string, unknown>;
    expect(example).toEqual({ ...brief, urlToPublishTo: example.urlToPublishTo });
    expect(example.urlToPublishTo).toMatch(/^https:\/\//);
  });

  test.each([
    ['account-level', briefJsonSimAccount],
    ['recipient', briefJsonSimRecipient],
  ] as const)('the verbatim %s sample is refused only for its placeholder urlToPublishTo', async (_kind, brief) => {
    const { error, response } = await createOnPrism(brief);
    expect(response.status).toBe(400);
    expect(validators.errorEnvelope(error), describeErrors(validators.errorEnvelope)).toBe(true);
    expect(responseViolationsOf(response)).toEqual([]);
    const violations = violationsOf(response);
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) expect(namesField(violation, 'urlToPublishTo'), violation.message).toBe(true);
  });
});
