// The configuration rules that openapi.yaml enforces, one table row per case: for each rule,
// bodies that Prism must accept and bodies it must refuse with a violation naming the field.
// Every row also goes through Ajv with the spec's own schema, so the mock and a plain JSON Schema
// validator are seen to agree.
import { describe, expect, test } from 'vitest';
import {
  ACCOUNT_ID,
  describeErrors,
  namesField,
  createOnPrism,
  responseViolationsOf,
  spec,
  validators,
  violationsOf,
} from './support/harness.js';
import { cases, everyProperty } from './support/rule-cases.js';

test('the full-property body really sets every writable property', () => {
  const declared = Object.entries(spec.components.schemas.ConnectConfiguration.properties as Record<string, { readOnly?: boolean }>);
  expect(declared).toHaveLength(46);
  const notSent = declared
    .filter(([name, schema]) => schema.readOnly !== true && !(name in everyProperty))
    .map(([name]) => name);
  // JSON SIM cannot carry the two legacy lists; the legacy-model rows cover them.
  expect(notSent.sort()).toEqual(['envelopeEvents', 'recipientEvents']);
});

/** Ajv's errors point at the field when its path ends with it or it names the field in params. */
function ajvNamesField(field: string): boolean {
  const errors = (validators.configuration.errors ?? []) as Array<{
    instancePath: string;
    params: Record<string, unknown>;
  }>;
  return errors.some(
    (error) =>
      error.instancePath.split('/').includes(field) ||
      error.params.missingProperty === field ||
      error.params.additionalProperty === field,
  );
}

describe.each([...new Set(cases.map((c) => c.rule))])('rule %s', (rule) => {
  const rows = cases.filter((c) => c.rule === rule);

  test.each(rows.filter((c) => c.field === undefined).map((c) => [c.title, c] as const))(
    'prism accepts %s',
    async (_title, { body, accountId = ACCOUNT_ID }) => {
      const { data, response } = await createOnPrism(body, { accountId });
      expect(violationsOf(response)).toEqual([]);
      expect(response.status).toBe(201);
      expect(validators.successEnvelope(data), describeErrors(validators.successEnvelope)).toBe(true);
      expect(validators.configuration(body), describeErrors(validators.configuration)).toBe(true);
    },
  );

  test.each(rows.flatMap((c) => (c.field === undefined ? [] : [[c.title, c.field, c] as const])))(
    'prism refuses %s, naming %s',
    async (_title, field, { body, accountId = ACCOUNT_ID }) => {
      const { error, response } = await createOnPrism(body, { accountId });
      expect(response.status).toBe(400);
      expect(validators.errorEnvelope(error), describeErrors(validators.errorEnvelope)).toBe(true);
      expect(error?.error.code).toBe('VALIDATION_ERROR');
      expect(responseViolationsOf(response)).toEqual([]);
      const violations = violationsOf(response);
      expect(
        violations.some((violation) => namesField(violation, field)),
        `no violation names ${field}: ${JSON.stringify(violations)}`,
      ).toBe(true);
      if (accountId === ACCOUNT_ID) {
        expect(validators.configuration(body), 'Ajv accepted a body Prism refused').toBe(false);
        expect(ajvNamesField(field), `Ajv did not name ${field}: ${describeErrors(validators.configuration)}`).toBe(true);
      }
    },
  );
});
