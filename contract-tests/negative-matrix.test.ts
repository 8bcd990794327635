// Suite 4, the negative matrix: every invalid body of the rule table (support/rule-cases.ts) is
// sent around the client's pre-flight check (`validate: 'off'`), on each wire. Prism must refuse
// it with the 400 error body of the wire (the error envelope, or DocuSign's errorDetails) and a
// violation naming the field; the client must turn that into its error
// result; and the client's own validateConfiguration must refuse the same body naming the same
// field. A coverage check makes sure the table has a refused body for every rule in the spec, so
// a rule added to openapi.yaml without a case fails here.
import { describe, expect, test } from 'vitest';
import { validateConfiguration, type ConnectConfiguration, type CreateConfigurationResult } from '../src/index.js';
import { exchange } from './support/exchange.js';
import { describeErrors, formatViolation, namesField, runWires, validators } from './support/harness.js';
import { cases } from './support/rule-cases.js';
import { specRules, uncoveredRules } from './support/rule-coverage.js';

const refusedBodies = cases.filter((c) => c.field !== undefined && c.accountId === undefined);

describe('the negative matrix', () => {
  test('has a refused body for every rule in the spec', () => {
    const missing = uncoveredRules(refusedBodies);
    expect(missing, `add a refused case to support/rule-cases.ts for: ${missing.join(', ')}`).toEqual([]);
  });

  test('the coverage check finds the spec\'s rules, and names one whose cases are gone', () => {
    expect([...specRules()].sort()).toEqual(
      ['closed object', 'enum', 'format', 'length', 'list size', 'no repeats', 'pattern', 'read-only', 'required', 'type',
        'rule "events-by-model"', 'rule "oauth-per-configuration"', 'rule "recipient-connect"', 'rule "soap-namespace"', 'rule "users"'].sort(),
    );
    expect(uncoveredRules(refusedBodies.filter((c) => c.rule !== 'extra SOAP'))).toEqual(['rule "soap-namespace"']);
    expect(uncoveredRules(refusedBodies.filter((c) => !['connectId', 'disabledBy'].includes(c.field ?? '')))).toEqual(['read-only']);
  });

  test.each(runWires().flatMap((wire) => refusedBodies.map((c) => [wire, c.rule, c.title, c.field ?? '', c] as const)))(
    '%s wire, rule %s: %s is refused by Prism and by the client, both naming %s',
    async (wire, _rule, _title, field, { body }) => {
      const { result: answered, violations: seen } = await exchange(body as ConnectConfiguration, { validate: 'off', wire });
      const violations = seen.flat();
      expect(seen, 'exactly one request must reach Prism').toHaveLength(1);
      expect(violations.filter((violation) => violation.location[0] === 'response').map(formatViolation)).toEqual([]);
      expect(
        violations.some((violation) => namesField(violation, field)),
        `no Prism violation names ${field}:\n${violations.map(formatViolation).join('\n')}`,
      ).toBe(true);
      expect(answered, 'the client must resolve to the error result').toBeDefined();
      const result = answered as CreateConfigurationResult;
      expect(result.status).toBe(400);
      expect(result.success).toBe(false);
      if (result.success) return;
      if (wire === 'envelope') {
        expect(validators.errorEnvelope({ success: false, error: result.error }), describeErrors(validators.errorEnvelope)).toBe(true);
        expect(result.error.code).toBe('VALIDATION_ERROR');
      } else {
        expect(validators.docusignError(result.docusign), describeErrors(validators.docusignError)).toBe(true);
        expect(result.error.code).toBe('INVALID_REQUEST_BODY');
      }
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
