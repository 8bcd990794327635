// Suite 4, the negative matrix: every invalid body of the rule table (support/rule-cases.ts) is
// sent around the client's pre-flight check (`validate: 'off'`). Prism must refuse it with the
// 400 error envelope and a violation naming the field; the client must turn that into its error
// result; and the client's own validateConfiguration must refuse the same body naming the same
// field. A coverage check makes sure the table has a refused body for every rule in the spec, so
// a rule added to openapi.yaml without a case fails here.
import { describe, expect, test } from 'vitest';
import { createConnectClient, validateConfiguration, type ConnectConfiguration } from '../src/index.js';
import { resolveRef } from '../scripts/spec-tools.mjs';
import { ACCOUNT_ID, contractTarget, describeErrors, formatViolation, namesField, spec, validators, violationsOf, type Violation } from './support/harness.js';
import { cases } from './support/rule-cases.js';

type Schema = Record<string, unknown>;

const refusedBodies = cases.filter((c) => c.field !== undefined && c.accountId === undefined);

/** The constraint keywords a refusal can come from, grouped as one rule each. */
const CONSTRAINTS: Record<string, string> = {
  required: 'required',
  enum: 'enum',
  const: 'enum',
  pattern: 'pattern',
  format: 'format',
  maxLength: 'length',
  minLength: 'length',
  minItems: 'list size',
  maxItems: 'list size',
  uniqueItems: 'no repeats',
  type: 'type',
  additionalProperties: 'closed object',
  unevaluatedProperties: 'closed object',
  minimum: 'range',
  maximum: 'range',
  not: 'not',
};

/**
 * The rules of the request schema: each titled allOf rule of ConnectConfiguration, and each kind
 * of constraint used anywhere in it (nested objects and referenced schemas included).
 */
function specRules(): Set<string> {
  const rules = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as Schema;
    if (typeof schema.$ref === 'string') return visit(resolveRef(spec, schema.$ref));
    for (const [keyword, value] of Object.entries(schema)) {
      const rule = CONSTRAINTS[keyword];
      // `additionalProperties: {schema}` allows extra properties; only `false` closes the object.
      if (rule !== undefined && !((keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') && value !== false)) rules.add(rule);
      if (keyword === 'readOnly' && value === true) rules.add('read-only');
    }
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === 'allOf' && schema === configuration) continue;
      if (keyword !== 'examples' && keyword !== 'example' && keyword !== 'enum' && keyword !== 'const') visit(value);
    }
  };
  const configuration = spec.components.schemas.ConnectConfiguration as Schema;
  visit(configuration);
  for (const rule of configuration.allOf as Schema[]) rules.add(`rule "${String(rule.title)}"`);
  return rules;
}

/** The rules a refused body breaks, read from the spec validator's errors. */
function rulesBroken(body: unknown): Set<string> {
  const broken = new Set<string>();
  validators.configuration(body);
  const titles = (spec.components.schemas.ConnectConfiguration.allOf as Schema[]).map((rule) => String(rule.title));
  for (const error of (validators.configuration.errors ?? []) as Array<{ keyword: string; schemaPath: string }>) {
    const inRule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    if (inRule !== null) broken.add(`rule "${titles[Number(inRule[1])]}"`);
    const rule = CONSTRAINTS[error.keyword];
    if (rule !== undefined) broken.add(rule);
  }
  // Prism and the client strip read-only properties before checking, so sending one breaks the
  // closed object; the table's read-only cases are what covers the read-only rule.
  const readOnly = ['connectId', 'disabledBy'];
  if (typeof body === 'object' && body !== null && readOnly.some((name) => name in body)) broken.add('read-only');
  return broken;
}

describe('the negative matrix', () => {
  test('has a refused body for every rule in the spec', () => {
    const wanted = specRules();
    const covered = new Set(refusedBodies.flatMap((c) => [...rulesBroken(c.body)]));
    const missing = [...wanted].filter((rule) => !covered.has(rule));
    expect(missing, `add a refused case to support/rule-cases.ts for: ${missing.join(', ')}`).toEqual([]);
    // The walk itself must have found the spec's rules, or this test would pass on nothing.
    expect(wanted.size).toBeGreaterThanOrEqual(12);
  });

  test.each(refusedBodies.map((c) => [c.rule, c.title, c.field ?? '', c] as const))(
    'rule %s: %s is refused by Prism and by the client, both naming %s',
    async (_rule, _title, field, { body }) => {
      const target = contractTarget();
      const seen: Violation[][] = [];
      const client = createConnectClient({
        baseUrl: target.url,
        accessToken: target.token,
        validate: 'off',
        retry: false,
        middleware: [{ onResponse: ({ response }) => (seen.push(violationsOf(response)), response) }],
      });
      const result = await client.createConfiguration(ACCOUNT_ID, body as ConnectConfiguration);
      const violations = seen.flat();
      expect(seen, 'exactly one request must reach Prism').toHaveLength(1);
      expect(violations.filter((violation) => violation.location[0] === 'response').map(formatViolation)).toEqual([]);
      expect(
        violations.some((violation) => namesField(violation, field)),
        `no Prism violation names ${field}:\n${violations.map(formatViolation).join('\n')}`,
      ).toBe(true);
      expect(result.status).toBe(400);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(validators.errorEnvelope({ success: false, error: result.error }), describeErrors(validators.errorEnvelope)).toBe(true);
      expect(result.error.code).toBe('VALIDATION_ERROR');
      expect(result.outcome).toBe('rejected');

      const report = validateConfiguration(body);
      expect(report.valid).toBe(false);
      const named = report.problems.some(
        (problem) => problem.pointer.split('/').includes(field) || new RegExp(`(^|[^A-Za-z0-9_])${field}([^A-Za-z0-9_]|$)`).test(problem.message),
      );
      expect(named, `no problem of validateConfiguration names ${field}: ${JSON.stringify(report.problems)}`).toBe(true);
      // Each problem says what to do, not just what is wrong.
      for (const problem of report.problems) expect(problem.message.length).toBeGreaterThan(20);
    },
  );
});
