// What keeps checking a configuration linear in its size, and bounded: every uniqueItems list
// shows Ajv a scalar item type (otherwise its compiled check compares every pair of items), and
// every request list, open object and free-text string has an upper limit. Checked on the specs,
// on the generated code (by counting the deep comparisons the compiled check makes) and on the
// messages a broken limit gets. Each checker is also run on a deliberately broken spec, so that
// a checker which finds nothing cannot pass unnoticed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { addSpecFormats, dereference, projectRoot, withoutReadOnly } from '../contract-tests/support/spec-tools.mjs';
import type { SpecValidator } from '../generated/validators.cjs';
import { uniqueItemsByLookup } from '../scripts/generate.mjs';
import { validateConfiguration } from './validate.js';

type Schema = Record<string, unknown>;
type Document = { components: { schemas: Record<string, Schema>; parameters?: Record<string, { schema: Schema }> } } & Schema;

const read = (name: string) => readFileSync(join(projectRoot, name), 'utf8');
const spec = parse(read('openapi.yaml')) as Document;
const docusignSpec = parse(read('openapi.docusign.yaml')) as Document;

const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The types Ajv can read off a schema itself, as its uniqueItems keyword does (never behind a $ref). */
function visibleTypes(schema: unknown): unknown[] {
  if (!isObject(schema) || schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * Every place in a document where a uniqueItems list's items show Ajv no scalar type: there its
 * compiled check compares every pair of items with a deep equality, quadratic in the list's length.
 */
function hiddenItemTypes(document: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((child, index) => visit(child, `${path}/${index}`));
    if (!isObject(node)) return;
    if (node.uniqueItems === true) {
      const types = visibleTypes(node.items);
      if (types.length === 0 || types.some((type) => type === 'object' || type === 'array')) found.push(path);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'examples' && key !== 'example') visit(child, `${path}/${key}`);
  };
  visit(document, '');
  return found;
}

/** Whether a string schema has an upper length: its own, or a fixed set or form of values. */
function boundedString(schema: Schema): boolean {
  return schema.maxLength !== undefined || schema.enum !== undefined || schema.const !== undefined || schema.format === 'uuid';
}

/**
 * Every place of the request (the body as the client and Prism check it, read-only properties
 * dropped, and the path parameter) whose size has no upper limit: a list without maxItems, a
 * string without a length limit, an open object without maxProperties or a limit on its names.
 * The allOf rules are not walked: they constrain the same values as the properties they name.
 */
function unboundedRequestPlaces(document: Document): string[] {
  const request = { components: { schemas: withoutReadOnly(document.components.schemas) as Record<string, Schema> } };
  const found: string[] = [];
  const visit = (raw: unknown, place: string, depth: number): void => {
    if (depth > 16) return void found.push(`${place}: nested too deeply to check`);
    const schema = dereference(request, raw).schema as Schema;
    switch (schema.type) {
      case 'array':
        if (schema.maxItems === undefined) found.push(`${place}: a list without maxItems`);
        visit(schema.items, `${place}/*`, depth + 1);
        return;
      case 'string':
        if (!boundedString(schema)) found.push(`${place}: a string without maxLength`);
        return;
      case 'object':
        for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) visit(child, `${place}/${name}`, depth + 1);
        if (isObject(schema.additionalProperties)) {
          if (schema.maxProperties === undefined) found.push(`${place}: an open object without maxProperties`);
          if (!isObject(schema.propertyNames) || !boundedString({ type: 'string', ...schema.propertyNames })) found.push(`${place}: property names without maxLength`);
          visit(schema.additionalProperties, `${place}/*`, depth + 1);
        }
        return;
      case 'boolean':
      case 'integer':
      case 'number':
        return;
      default:
        found.push(`${place}: no type, so no limit can be told`);
    }
  };
  visit(request.components.schemas.ConnectConfiguration, '', 0);
  const accountId = document.components.parameters?.AccountId?.schema;
  visit(accountId, 'path parameter accountId', 0);
  return found;
}

/**
 * Every request list of fixed values held once each (uniqueItems over an enum) whose maxItems is
 * not exactly the number of values: fewer refuses a valid list, more is a limit that says nothing.
 */
function inexactEnumCaps(document: Document): string[] {
  const properties = document.components.schemas.ConnectConfiguration?.properties as Record<string, Schema>;
  const eventData = dereference(document, properties.eventData).schema.properties as Record<string, Schema>;
  const lists = { ...Object.fromEntries(Object.entries(properties).map(([name, schema]) => [`/${name}`, schema])), '/eventData/includeData': eventData.includeData };
  return Object.entries(lists).flatMap(([place, schema]) => {
    if (schema?.uniqueItems !== true) return [];
    const values = (dereference(document, schema.items).schema as Schema).enum;
    if (!Array.isArray(values) || schema.maxItems === values.length) return [];
    return [`${place}: maxItems ${String(schema.maxItems)}, but ${values.length} values`];
  });
}

/** A copy of openapi.yaml with one change made by `edit`. */
function broken(edit: (schemas: Record<string, any>) => void): Document {
  const copy = structuredClone(spec);
  edit(copy.components.schemas);
  return copy;
}

describe('the specs', () => {
  test('every uniqueItems list, in requests, answers and events of both specs, shows its items scalar type', () => {
    expect(hiddenItemTypes(spec)).toEqual([]);
    expect(hiddenItemTypes(docusignSpec)).toEqual([]);
  });

  test('every request list, open object and free-text string has an upper limit', () => {
    expect(unboundedRequestPlaces(spec)).toEqual([]);
  });

  test("a list of fixed values held once each is capped at exactly its number of values", () => {
    expect(inexactEnumCaps(spec)).toEqual([]);
    // The lists it checks are there: a checker that found no list would pass anything.
    const counted = broken((schemas) => {
      for (const name of ['envelopeEvents', 'events', 'recipientEvents']) schemas.ConnectConfiguration.properties[name].maxItems = 1000;
      schemas.ConnectEventData.properties.includeData.maxItems = 1000;
    });
    expect(inexactEnumCaps(counted)).toEqual([
      '/envelopeEvents: maxItems 1000, but 5 values',
      '/events: maxItems 1000, but 26 values',
      '/recipientEvents: maxItems 1000, but 6 values',
      '/eventData/includeData: maxItems 1000, but 10 values',
    ]);
  });

  test.each([
    ['the item type of userIds hidden behind its $ref', (s: Record<string, any>) => delete s.ConnectConfiguration.properties.userIds.items.type, hiddenItemTypes, ['/components/schemas/ConnectConfiguration/properties/userIds']],
    ['an object item type on includeData', (s: Record<string, any>) => (s.ConnectEventData.properties.includeData.items.type = 'object'), hiddenItemTypes, ['/components/schemas/ConnectEventData/properties/includeData']],
    ['groupIds without maxItems', (s: Record<string, any>) => delete s.ConnectConfiguration.properties.groupIds.maxItems, unboundedRequestPlaces, ['/groupIds: a list without maxItems']],
    ['name without maxLength', (s: Record<string, any>) => delete s.ConnectConfiguration.properties.name.maxLength, unboundedRequestPlaces, ['/name: a string without maxLength']],
    [
      'a Salesforce field without maxLength, in both lists that hold it',
      (s: Record<string, any>) => delete s.ConnectSalesforceField.properties.sfField.maxLength,
      unboundedRequestPlaces,
      ['/sfObjects/*/selectFields/*/sfField: a string without maxLength', '/sfObjects/*/updateFields/*/sfField: a string without maxLength'],
    ],
    [
      'customParameters without maxProperties or a limit on its names',
      (s: Record<string, any>) => {
        delete s.ConnectOAuthConfig.properties.customParameters.maxProperties;
        delete s.ConnectOAuthConfig.properties.customParameters.propertyNames;
      },
      unboundedRequestPlaces,
      ['/oAuthConfiguration/customParameters: an open object without maxProperties', '/oAuthConfiguration/customParameters: property names without maxLength'],
    ],
  ])('the checkers find %s', (_what, edit, checker, expected) => {
    expect((checker as (document: Document) => string[])(broken(edit))).toEqual(expected);
  });
});

// ajv's standalone module is CommonJS; its default import may be the module object.
const standaloneCode = ((standaloneModule as any).default ?? standaloneModule) as typeof standaloneModule.default;
const nodeRequire = createRequire(import.meta.url);
const EQUAL = 'ajv/dist/runtime/equal';

/**
 * Loads standalone validator code with the deep equality Ajv's pairwise uniqueItems check calls
 * replaced by a counting copy: the count is that check's work, whatever the machine's speed.
 */
function loadCounting(code: string): { validators: Record<string, SpecValidator>; comparisons: () => number } {
  const equal = (nodeRequire(EQUAL) as { default: (a: unknown, b: unknown) => boolean }).default;
  let comparisons = 0;
  const counted = { default: (a: unknown, b: unknown) => ((comparisons += 1), equal(a, b)) };
  const module = { exports: {} as Record<string, SpecValidator> };
  const load = new Function('require', 'module', 'exports', code) as (require: (id: string) => unknown, module: unknown, exports: unknown) => void;
  load((id) => (id === EQUAL ? counted : nodeRequire(id)), module, module.exports);
  return { validators: module.exports, comparisons: () => comparisons };
}

/** The request validator compiled from a spec as scripts/generate.mjs compiles it, as standalone code. */
function compileRequestValidator(document: Document): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, code: { source: true } });
  addSpecFormats(ajv);
  ajv.addVocabulary(['components', 'discriminator', 'x-include-data', 'x-displayName']);
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword(uniqueItemsByLookup);
  ajv.addSchema({ $id: 'https://contract.invalid/request.json', components: { schemas: withoutReadOnly(document.components.schemas) } });
  return standaloneCode(ajv, { validateConnectConfiguration: 'https://contract.invalid/request.json#/components/schemas/ConnectConfiguration' });
}

const guid = (index: number) => `5d0b9a3e-1c47-4e8f-b2a6-${index.toString(16).padStart(12, '0')}`;
const base = {
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  name: 'Bounds',
  deliveryMode: 'aggregate',
  allUsers: 'false',
  envelopeEvents: ['Sent', 'Delivered', 'Completed', 'Declined', 'Voided'],
  recipientEvents: ['Sent', 'Delivered', 'Completed', 'Declined', 'AuthenticationFailed', 'AutoResponded'],
  eventData: { version: 'restv2.1', includeData: ['attachments', 'custom_fields', 'documents', 'extensions', 'folders', 'payment_tabs', 'powerform', 'prefill_tabs', 'recipients', 'tabs'] },
};
/** A valid body whose free lists hold `count` distinct items each. */
const withLists = (count: number) => ({
  ...base,
  userIds: Array.from({ length: count }, (_, i) => guid(i)),
  groupIds: Array.from({ length: Math.min(count, 10_000) }, (_, i) => String(i + 1)),
});

describe('the generated validators', () => {
  const generated = { 'validators.cjs': read('generated/validators.cjs'), 'event-validators.cjs': read('generated/event-validators.cjs') };

  test.each(Object.entries(generated))('%s never loads the deep equality of the pairwise uniqueItems check', (_name, code) => {
    expect(code).not.toContain(EQUAL);
  });

  test('check 40,000 user IDs and every full list of fixed values without comparing a single pair', () => {
    const { validators, comparisons } = loadCounting(generated['validators.cjs']);
    const valid = validators.validateConnectConfiguration!(withLists(40_000));
    expect(validators.validateConnectConfiguration!.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // A repeat is still found, by lookup.
    expect(validators.validateConnectConfiguration!({ ...withLists(2_000), userIds: [...withLists(2_000).userIds, guid(7)] })).toBe(false);
    expect(validators.validateConnectConfiguration!.errors).toMatchObject([{ keyword: 'uniqueItems', instancePath: '/userIds' }]);
    expect(comparisons()).toBe(0);
  });

  test.each(Object.entries(generated))('%s gathers the errors of referenced schemas in place, never by concat', (_name, code) => {
    // concat copies every error found so far, once per failing item: quadratic over a long list.
    expect(code).not.toContain('.concat(');
  });

  test('2,000 failing items of a list checked by reference copy no error list', () => {
    const concat = vi.spyOn(Array.prototype, 'concat');
    try {
      const { validators } = loadCounting(generated['validators.cjs']);
      expect(validators.validateConnectConfiguration!({ ...base, allUsers: 'true', sfObjects: Array.from({ length: 2_000 }, (_, i) => i) })).toBe(false);
      expect(validators.validateConnectConfiguration!.errors?.filter((error) => error.instancePath.startsWith('/sfObjects/')).length).toBeGreaterThanOrEqual(2_000);
      expect(concat).not.toHaveBeenCalled();
    } finally {
      concat.mockRestore();
    }
  });

  test('a repeated "__proto__" is found like any other repeat', () => {
    // A plain object keyed by the items, Ajv's own linear check, ignores the second one.
    expect(validateConfiguration({ ...base, allUsers: 'true', groupIds: ['__proto__', '7', '__proto__'] }).problems).toMatchObject([
      { pointer: '/groupIds', keyword: 'uniqueItems', message: 'groupIds lists "__proto__" twice: list each item once' },
    ]);
  });

  test('the counter sees the pairwise check of a spec whose userIds hide their item type', () => {
    const code = compileRequestValidator(broken((schemas) => delete schemas.ConnectConfiguration.properties.userIds.items.type));
    const { validators, comparisons } = loadCounting(code);
    expect(validators.validateConnectConfiguration!(withLists(1_000))).toBe(true);
    expect(comparisons()).toBe((1_000 * 999) / 2);
  });
});

describe('the limits, as validateConfiguration reports them', () => {
  const at = (body: unknown, pointer: string) => validateConfiguration(body).problems.filter((problem) => problem.pointer === pointer);

  test('accepts 40,000 users and refuses one more than 100,000, pointing to allUsers', () => {
    expect(validateConfiguration(withLists(40_000)).problems).toEqual([]);
    const userIds = Array.from({ length: 100_001 }, (_, i) => guid(i));
    expect(at({ ...base, userIds }, '/userIds')).toEqual([
      {
        pointer: '/userIds',
        rule: 'ConnectConfiguration.userIds: maxItems',
        keyword: 'maxItems',
        message: 'userIds lists 100001 users; at most 100000 are accepted: to cover (nearly) every user, set allUsers to "true" instead (with allUsersExcept "true", userIds lists the users to leave out)',
      },
    ]);
  });

  test('a list of fixed values that is too long is told to drop its repeats', () => {
    const envelopeEvents = [...base.envelopeEvents, 'Sent'];
    expect(at({ ...base, allUsers: 'true', envelopeEvents }, '/envelopeEvents').map((problem) => problem.message)).toEqual([
      'envelopeEvents lists 6 items, but each of its 5 allowed values may appear only once: remove the repeats',
      'envelopeEvents lists "Sent" twice: list each item once',
    ]);
  });

  test('a list of fixed values that is too long without a repeat is told to drop the values that are not allowed', () => {
    const envelopeEvents = [...base.envelopeEvents, 'Teleported'];
    expect(at({ ...base, allUsers: 'true', envelopeEvents }, '/envelopeEvents').map((problem) => problem.message)).toEqual([
      'envelopeEvents lists 6 items, but only 5 values are allowed: remove the ones that are not among them',
    ]);
  });

  test.each([
    ['a free list', { groupIds: Array.from({ length: 10_001 }, (_, i) => String(i)) }, '/groupIds', 'groupIds lists 10001 items; at most 10000 are accepted'],
    ['a free string, counted in code points', { userName: '😀'.repeat(4_097) }, '/userName', 'userName is 4097 characters long; at most 4096 are accepted: shorten it'],
    ['a secret, without quoting it', { password: 'p'.repeat(5_000) }, '/password', 'password is 5000 characters long; at most 4096 are accepted: shorten it'],
    ['a list item', { senderSelectableItems: ['x'.repeat(4_097)] }, '/senderSelectableItems/0', 'senderSelectableItems[0] is 4097 characters long; at most 4096 are accepted: shorten it'],
  ])('%s past its limit is refused with its size and the limit', (_what, changes, pointer, message) => {
    expect(at({ ...base, allUsers: 'true', ...changes }, pointer).map((problem) => problem.message)).toEqual([message]);
  });

  test('an OAuth parameter list that is too long, or a name in it that is too long, is refused once each', () => {
    const oAuthConfiguration = (customParameters: Record<string, string>) => ({
      ...base,
      allUsers: 'true',
      enableOAuthPerConfiguration: 'true',
      oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/token', clientId: 'c', clientSecret: 'secret-value', customParameters },
    });
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`p${i}`, 'v']));
    expect(at(oAuthConfiguration(many), '/oAuthConfiguration/customParameters').map((problem) => problem.message)).toEqual([
      'oAuthConfiguration.customParameters has 101 entries; at most 100 are accepted',
    ]);
    expect(at(oAuthConfiguration({ ['k'.repeat(5_000)]: 'v' }), '/oAuthConfiguration/customParameters').map((problem) => problem.message)).toEqual([
      'oAuthConfiguration.customParameters has a name of 5000 characters; at most 4096 are accepted: shorten it',
    ]);
  });

  test('thousands of repeated statuses in a JSON SIM body make a fix that names each event once', () => {
    const body = { ...base, deliveryMode: 'SIM', allUsers: 'true', recipientEvents: undefined, events: ['envelope-sent'], envelopeEvents: Array.from({ length: 10_000 }, () => 'Completed') };
    const messages = at(body, '/envelopeEvents').map((problem) => problem.message);
    expect(messages).toContain('envelopeEvents is for the legacy models; JSON SIM (deliveryMode "SIM" with eventData.version "restv2.1") takes its events in events instead: use events: ["envelope-completed"]');
  });

  test('thousands of repeated events in a legacy body make a fix that names each status once', () => {
    const body = { ...base, allUsers: 'true', events: Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? 'envelope-completed' : 'recipient-sent')) };
    // Besides the list's length and its repeats, which have findings of their own.
    expect(at(body, '/events').filter((problem) => problem.keyword === 'false schema').map((problem) => problem.message)).toEqual([
      'events is only for JSON SIM (deliveryMode "SIM" with eventData.version "restv2.1"), and this configuration is JSON aggregate: use sentence-case statuses in envelopeEvents/recipientEvents (envelopeEvents: ["Completed"] and recipientEvents: ["Sent"])',
    ]);
  });
});
