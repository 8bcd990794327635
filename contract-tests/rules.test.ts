// The configuration rules that openapi.yaml enforces, from the rule table: every body Prism must
// accept is accepted (and passes Ajv with the spec's own schema), and every account ID it must
// refuse is refused naming the path parameter. The refused bodies are the negative matrix's.
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
});

// Refused account IDs never leave the client, so they are sent to Prism directly.
describe('the path parameter', () => {
  test.each(cases.flatMap((c) => (c.field === undefined || c.accountId === undefined ? [] : [[c.title, c.field, c] as const])))(
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
    },
  );
});
