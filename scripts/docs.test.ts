// The reader's copy that the reference pages render (scripts/docs.mjs), without a browser: the
// rules become a list built from the spec, nothing conditional is left for Redoc to turn into
// "case 1 / case 2", each page links the other, and the built page asks no CDN for its logo.
// scripts/reference.test.ts checks the rendered pages themselves in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';
import { conditionalsIn, listRules, offline, PAGES, readerCopies } from './docs.mjs';

type Spec = Record<string, any>;
const load = (file: string) => parse(readFileSync(join(projectRoot, file), 'utf8')) as Spec;
const documents = () => ({ 'openapi.yaml': load('openapi.yaml'), 'openapi.docusign.yaml': load('openapi.docusign.yaml') });

describe("the reader's copy", () => {
  test('lists every rule of a configuration by name and in words, required properties first, and keeps no if/then/else', () => {
    const original = load('openapi.yaml');
    const copies = readerCopies({ 'openapi.yaml': original, 'openapi.docusign.yaml': load('openapi.docusign.yaml') });
    const schema = copies['openapi.yaml']?.components.schemas.ConnectConfiguration as Spec;
    expect(schema.allOf).toBeUndefined();
    const rules = (original.components.schemas.ConnectConfiguration.allOf as Spec[]).filter((entry) => 'if' in entry);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    const description = schema.description as string;
    // The spec's pointer to allOf gives way to the list's own introduction.
    expect(description).not.toContain('`allOf`');
    expect(description).toContain("**Rules.** Beyond each property's own type, a configuration follows these rules:\n\n1. ");
    const list = description.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(list[0]).toBe('1. **Required properties.** `configurationType`, `urlToPublishTo`, `name` and `deliveryMode` must be given.');
    expect(list.slice(1)).toEqual(rules.map((rule, index) => `${index + 2}. **${rule['x-displayName']}.** ${(rule.description as string).trim().replace(/\s*\n\s*/g, ' ')}`));
    // The spec itself is untouched: Prism and the validators still read the rules from it.
    expect(original.components.schemas.ConnectConfiguration.allOf).toHaveLength(rules.length);
    for (const copy of Object.values(copies)) expect(conditionalsIn(copy)).toEqual([]);
  });

  test("shows the configuration's description, rules included, in the request body of both documents", () => {
    const copies = readerCopies(documents());
    for (const spec of ['openapi.yaml', 'openapi.docusign.yaml']) {
      const body = copies[spec]?.paths['/v2.1/accounts/{accountId}/connect'].post.requestBody as Spec;
      expect(body.description, spec).toContain('**Recipient Connect.**');
      expect(body.description, spec).toContain('**Required properties.**');
    }
  });

  test('writes out one-value schemas where properties refer to them, so that search finds each property', () => {
    const copies = readerCopies(documents());
    const property = copies['openapi.yaml']?.components.schemas.ConnectConfiguration.properties.includeHMAC as Spec;
    expect(property.$ref).toBeUndefined();
    expect(property).toMatchObject({ title: 'StringBoolean', type: 'string', enum: ['true', 'false'] });
    expect(property.description).toContain('HMAC');
  });

  test('links each page to the other under "Reference pages"', () => {
    const copies = readerCopies(documents());
    for (const { spec, page } of PAGES) {
      const description = copies[spec]?.info.description as string;
      expect(description).toContain('## Reference pages');
      for (const other of PAGES.filter((entry) => entry.page !== page)) expect(description).toContain(`](${other.page})`);
      expect(description).not.toContain(`](${page})`);
    }
  });

  test('refuses a rule without a name for readers, naming the rule and the fix', () => {
    const schema = { description: 'x', required: ['a'], allOf: [{ title: 'needs-b', description: 'a needs b', if: { required: ['a'] }, then: { required: ['b'] } }] };
    expect(() => listRules('Thing', schema)).toThrow(/Thing: the rule "needs-b" has no x-displayName\..*add both to the rule in the spec/);
  });

  test('refuses an if/then/else it cannot list as a rule', () => {
    const document = load('openapi.yaml');
    document.components.schemas.ConnectEventData.properties.version.if = { const: 'x' };
    expect(() => readerCopies({ 'openapi.yaml': document })).toThrow(/if\/then\/else outside a schema's allOf rules, at \/components\/schemas\/ConnectEventData\/properties\/version/);
  });

  test('keeps entries of allOf that are not rules, and ignores "if" inside examples', () => {
    const schema = { description: 'x', allOf: [{ $ref: '#/components/schemas/Base' }, { 'x-displayName': 'B', description: 'a needs b', if: { required: ['a'] }, then: { required: ['b'] } }] };
    expect(listRules('Thing', schema)).toBe(1);
    expect(schema.allOf).toEqual([{ $ref: '#/components/schemas/Base' }]);
    expect(conditionalsIn({ examples: [{ if: { a: 1 } }], properties: { p: { example: { if: {} } } } })).toEqual([]);
  });

  test('reads names in a map of schemas as names: a property called "if" is no rule, and one called "examples" is looked into', () => {
    expect(conditionalsIn({ properties: { if: { type: 'string' } } })).toEqual([]);
    expect(conditionalsIn({ components: { schemas: { if: { type: 'object' } } } })).toEqual([]);
    expect(conditionalsIn({ properties: { examples: { if: { const: 1 }, then: {} } } })).toEqual(['/properties/examples']);
    expect(conditionalsIn({ properties: { 'a/b~c': { if: {} } } })).toEqual(['/properties/a~1b~0c']);
    expect(conditionalsIn({ if: {}, then: {} })).toEqual(['']);
  });

  test("replaces Redoc's logo from cdn.redoc.ly with a picture in the page", () => {
    const html = 'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`';
    const result = offline(html);
    expect(result).not.toContain('cdn.redoc.ly');
    expect(result.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });
});
