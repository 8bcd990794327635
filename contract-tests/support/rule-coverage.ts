// Which rules of the spec the rule table breaks with a refused body: each titled allOf rule of
// ConnectConfiguration, and each kind of constraint used anywhere in the request schema.
import { resolveRef } from './spec-tools.mjs';
import { spec, validators } from './harness.js';
import type { Case } from './rule-cases.js';

type Schema = Record<string, unknown>;

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
export function specRules(): Set<string> {
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
export function rulesBroken(body: unknown): Set<string> {
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

/** The spec's rules that no refused body of the table breaks. */
export function uncoveredRules(table: Case[]): string[] {
  const covered = new Set(table.filter((c) => c.field !== undefined).flatMap((c) => [...rulesBroken(c.body)]));
  return [...specRules()].filter((rule) => !covered.has(rule));
}
