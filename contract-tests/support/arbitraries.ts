// Generators for the parity suite: valid Connect configurations of every data model, and
// mutations that break them. Everything that openapi.yaml states (enums, flags, lengths, formats,
// required and read-only properties, the rule constants) is read from the spec, so a change there
// changes what is generated; only the shape of the four data models is written out here.
import fc from 'fast-check';
import { childPointer } from '../../src/json-pointer.js';
import { dereference } from './spec-tools.mjs';
import { spec } from './harness.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Body = Record<string, Json>;

/** The JSON Schema keywords the spec's request schemas use. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: Json[];
  const?: Json;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  properties?: Record<string, Schema | boolean>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  readOnly?: boolean;
  title?: string;
  if?: Schema;
  then?: Schema;
  allOf?: Schema[];
}

const schemas = spec.components.schemas as Record<string, Schema>;

function schemaNamed(name: string): Schema {
  const schema = schemas[name];
  if (schema === undefined) throw new Error(`openapi.yaml has no schema ${name}; arbitraries.ts needs it`);
  return schema;
}

/** A schema with its $ref followed; keywords beside the $ref win, as in OpenAPI 3.1. */
export function resolve(schema: Schema): Schema {
  return dereference(spec, schema).schema as Schema;
}

function enumOf(schema: Schema | boolean | undefined, where: string): string[] {
  const values = typeof schema === 'object' ? resolve(schema).enum : undefined;
  if (values === undefined || !values.every((value) => typeof value === 'string')) {
    throw new Error(`openapi.yaml: ${where} is no longer a string enum; arbitraries.ts reads it as one`);
  }
  return values as string[];
}

const configuration = schemaNamed('ConnectConfiguration');
const properties = configuration.properties as Record<string, Schema>;

function property(name: string): Schema {
  const schema = properties[name];
  if (schema === undefined) throw new Error(`openapi.yaml: ConnectConfiguration has no property ${name}`);
  return schema;
}

/** An allOf rule of ConnectConfiguration, by its title (titles, not positions, are stable). */
function rule(title: string): Schema {
  const found = configuration.allOf?.find((entry) => entry.title === title);
  if (found === undefined) throw new Error(`openapi.yaml: ConnectConfiguration has no allOf rule titled ${title}`);
  return found;
}

/** The constant a rule's `if` tests a property for (`deliveryMode: SIM` and the like). */
function ifConst(title: string, ...path: string[]): string {
  let node: Schema | boolean | undefined = rule(title).if;
  for (const name of path) node = typeof node === 'object' ? node.properties?.[name] : undefined;
  const value = typeof node === 'object' ? node.const : undefined;
  if (typeof value !== 'string') throw new Error(`openapi.yaml: rule ${title} no longer tests ${path.join('.')} for a constant`);
  return value;
}

const isFlagEnum = (values: Json[] | undefined) =>
  values !== undefined && values.length === 2 && values.includes('true') && values.includes('false');

/** A flag needing another property when "true" (useSoapInterface needs soapNamespace, ...). */
interface Dependency {
  flag: string;
  needs: string[];
}

/** Rules shaped `if flag is "true" then require …`, read from the spec's allOf. */
function flagDependencies(): Dependency[] {
  return (configuration.allOf ?? []).flatMap((entry) => {
    const tested = entry.if?.required ?? [];
    const flag = tested[0];
    const condition = flag === undefined ? undefined : entry.if?.properties?.[flag];
    const needs = entry.then?.required ?? [];
    if (tested.length !== 1 || flag === undefined || typeof condition !== 'object' || condition.const !== 'true') return [];
    if (entry.then?.properties !== undefined || needs.length === 0) return [];
    return [{ flag, needs }];
  });
}

const deliveryModes = enumOf(property('deliveryMode'), 'deliveryMode');
const configurationTypes = enumOf(property('configurationType'), 'configurationType');
const SIM = ifConst('events-by-model', 'deliveryMode');
const JSON_VERSION = ifConst('events-by-model', 'eventData', 'version');
const RECIPIENT_TYPE = ifConst('recipient-connect', 'configurationType');
const ALL_USERS = ifConst('users', 'allUsers');
const AGGREGATE = deliveryModes.find((mode) => mode !== SIM);
const ACCOUNT_TYPE = configurationTypes.find((type) => type !== RECIPIENT_TYPE);
if (AGGREGATE === undefined || ACCOUNT_TYPE === undefined) {
  throw new Error('openapi.yaml: deliveryMode and configurationType each need a second value for the generators');
}

/** What the generators read from openapi.yaml, exported so the suite can check it is not empty. */
export const facts = {
  required: configuration.required ?? [],
  readOnly: Object.keys(properties).filter((name) => resolve(property(name)).readOnly === true),
  flags: Object.keys(properties).filter((name) => isFlagEnum(resolve(property(name)).enum)),
  eventNames: enumOf(schemaNamed('EventName'), 'EventName'),
  recipientEventNames: enumOf(schemaNamed('RecipientEventName'), 'RecipientEventName'),
  envelopeStatuses: enumOf(schemaNamed('EnvelopeEventStatus'), 'EnvelopeEventStatus'),
  recipientStatuses: enumOf(schemaNamed('RecipientEventStatus'), 'RecipientEventStatus'),
  dependencies: flagDependencies(),
  deliveryModes,
  configurationTypes,
  sim: SIM,
  aggregate: AGGREGATE,
  jsonVersion: JSON_VERSION,
  recipientType: RECIPIENT_TYPE,
  accountType: ACCOUNT_TYPE,
  allUsers: ALL_USERS,
};

/** Every string value of every enum in the spec: the pool for out-of-place values. */
const allEnumValues = [
  ...new Set(
    Object.values(schemas).flatMap(function collect(schema: Schema | boolean): string[] {
      if (typeof schema !== 'object') return [];
      const own = (schema.enum ?? []).filter((value): value is string => typeof value === 'string');
      const nested = [...Object.values(schema.properties ?? {}), ...(schema.items ? [schema.items] : [])];
      return [...own, ...nested.flatMap(collect)];
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Values from schemas

/** Text of any kind: ASCII, whole graphemes (emoji, accents) and arbitrary code points. */
function text(constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(constraints),
    fc.string({ ...constraints, unit: 'grapheme' }),
    fc.string({ ...constraints, unit: 'binary' }),
  );
}

/** An https listener URL; the webUrl arbitrary covers ports, IPv4 hosts, paths, queries, fragments. */
function httpsUrl(maxLength: number | undefined): fc.Arbitrary<string> {
  const url = fc.oneof(
    fc.constant('https://hooks.example.com/docusign/connect'),
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true, authoritySettings: { withPort: true, withIPv4: true } }),
  );
  return maxLength === undefined ? url : url.filter((value) => value.length <= maxLength);
}

const codePoints = (value: string) => [...value].length;

function stringFor(schema: Schema): fc.Arbitrary<string> {
  // The spec's only URI-format strings are its HttpsUrl listeners and token endpoints.
  if (schema.format === 'uri') return httpsUrl(schema.maxLength);
  if (schema.format === 'uuid') return fc.uuid();
  const { minLength = 0, maxLength } = schema;
  const base = schema.pattern !== undefined ? fc.stringMatching(new RegExp(schema.pattern, 'u')) : text({ minLength, maxLength: minLength + 12 });
  // Ajv counts lengths in code points, as codePoints does.
  return base.filter((value) => codePoints(value) >= minLength && (maxLength === undefined || codePoints(value) <= maxLength));
}

/** Generates values that the given schema accepts on its own (conditional rules aside). */
export function arbitraryFor(input: Schema | boolean): fc.Arbitrary<Json> {
  if (typeof input === 'boolean') throw new Error('arbitraries.ts cannot generate a value for a boolean schema');
  const schema = resolve(input);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'array': {
      if (schema.items === undefined) break;
      const items = arbitraryFor(schema.items);
      const minLength = schema.minItems ?? 0;
      // Small lists: Prism cuts its violations header past ~8 KB.
      const maxLength = minLength + (resolve(schema.items).type === 'object' ? 1 : 3);
      return schema.uniqueItems === true
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectFor(schema);
  }
  throw new Error(`arbitraries.ts cannot generate values for ${JSON.stringify(schema).slice(0, 200)}: teach arbitraryFor`);
}

function objectFor(schema: Schema): fc.Arbitrary<Json> {
  const model: Record<string, fc.Arbitrary<Json>> = {};
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    if (typeof child === 'object' && resolve(child).readOnly !== true) model[name] = arbitraryFor(child);
  }
  const known = fc.record(model, { requiredKeys: schema.required ?? [], noNullPrototype: true });
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return known;
  const names = fc.string({ minLength: 1, maxLength: 10 }).filter((name) => !(name in model));
  return fc
    .tuple(known, fc.dictionary(names, arbitraryFor(extra), { maxKeys: 3, noNullPrototype: true }))
    .map(([own, more]) => ({ ...more, ...own }));
}

/** Any JSON value, kept small: the replacement in wrong-type mutations. */
const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  text({ maxLength: 8 }),
  fc.array(fc.oneof(fc.integer(), fc.boolean(), text({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), text({ maxLength: 5 })), { maxKeys: 2, noNullPrototype: true }),
);

// ---------------------------------------------------------------------------------------------
// Valid configurations

/** The four data models, with Recipient Connect (JSON only) as its own JSON SIM variant. */
export type ModelName = 'json-sim' | 'recipient-connect' | 'json-aggregate' | 'xml-aggregate' | 'xml-sim';

export interface ValidConfiguration {
  model: ModelName;
  body: Body;
}

/** The properties the data models set; every other writable property is a free extra. */
const MODEL_PROPERTIES = ['configurationType', 'urlToPublishTo', 'name', 'deliveryMode', 'allUsers', 'userIds', 'events', 'envelopeEvents', 'recipientEvents', 'eventData'];
for (const name of MODEL_PROPERTIES) property(name);
const freeProperties = Object.keys(properties).filter((name) => !MODEL_PROPERTIES.includes(name) && !facts.readOnly.includes(name));

const ABSENT = Symbol('absent');

/** Each extra is present about one time in four, so bodies stay readable when they fail. */
const extras: fc.Arbitrary<Body> = fc
  .record(
    Object.fromEntries(
      freeProperties.map((name) => [
        name,
        fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant(ABSENT), weight: 3 }, { arbitrary: arbitraryFor(property(name)), weight: 1 }),
      ]),
    ),
    { noNullPrototype: true },
  )
  .map((record) => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, Json] => entry[1] !== ABSENT)));

/** Values for what a "true" flag needs, added only when the extras switched that flag on. */
const dependents: fc.Arbitrary<Body> = fc.record(
  Object.fromEntries(facts.dependencies.flatMap(({ needs }) => needs).map((name) => [name, arbitraryFor(property(name))])),
  { noNullPrototype: true },
);

function withDependents(body: Body, values: Body): Body {
  const result = { ...body };
  for (const { flag, needs } of facts.dependencies) {
    if (result[flag] !== 'true') continue;
    for (const name of needs) {
      const value = values[name];
      if (!(name in result) && value !== undefined) result[name] = value;
    }
  }
  return result;
}

const users: fc.Arbitrary<Body> = (() => {
  const ids = arbitraryFor(property('userIds'));
  const other = enumOf(property('allUsers'), 'allUsers').find((value) => value !== ALL_USERS) ?? 'false';
  return fc.oneof(
    fc.record({ allUsers: fc.constant<Json>(ALL_USERS) }),
    fc.record({ allUsers: fc.constant<Json>(ALL_USERS), userIds: ids }),
    fc.record({ allUsers: fc.constant<Json>(other), userIds: ids }),
    fc.record({ userIds: ids }),
  );
})();

const eventList = (values: string[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 4 });

/** eventData as the spec allows it, with `version` set for JSON and left out for XML. */
function eventData(json: boolean): fc.Arbitrary<Json> {
  return arbitraryFor(schemaNamed('ConnectEventData')).map((value) => {
    const data = { ...(value as Record<string, Json>) };
    delete data.version;
    return json ? { version: JSON_VERSION, ...data } : data;
  });
}

/** The legacy lists: envelopeEvents and/or recipientEvents, or recipientEvents only. */
function legacyEvents(recipientOnly: boolean): fc.Arbitrary<Body> {
  const recipient = fc.record({ recipientEvents: eventList(facts.recipientStatuses) });
  if (recipientOnly) return recipient;
  return fc.oneof(
    fc.record({ envelopeEvents: eventList(facts.envelopeStatuses) }),
    recipient,
    fc.record({ envelopeEvents: eventList(facts.envelopeStatuses), recipientEvents: eventList(facts.recipientStatuses) }),
  );
}

function model(name: ModelName, type: string, mode: string, parts: fc.Arbitrary<Body>): fc.Arbitrary<ValidConfiguration> {
  return fc
    .record({
      common: fc.record({
        urlToPublishTo: arbitraryFor(property('urlToPublishTo')),
        name: arbitraryFor(property('name')),
      }),
      users,
      parts,
      extras,
      dependents,
    })
    .map(({ common, users, parts, extras, dependents }) => ({
      model: name,
      body: withDependents({ configurationType: type, ...common, deliveryMode: mode, ...users, ...parts, ...extras }, dependents),
    }));
}

const optionalXmlEventData = fc.option(eventData(false), { nil: undefined }).map((data): Body => (data === undefined ? {} : { eventData: data }));

/** A configuration that openapi.yaml accepts, of any of the data models. */
export const validConfiguration: fc.Arbitrary<ValidConfiguration> = fc.oneof(
  model('json-sim', ACCOUNT_TYPE, SIM, fc.record({ eventData: eventData(true), events: eventList(facts.eventNames) })),
  model('recipient-connect', RECIPIENT_TYPE, SIM, fc.record({ eventData: eventData(true), events: eventList(facts.recipientEventNames) })),
  model('json-aggregate', ACCOUNT_TYPE, AGGREGATE, fc.tuple(eventData(true), legacyEvents(false)).map(([data, lists]) => ({ eventData: data, ...lists }))),
  model('json-aggregate', RECIPIENT_TYPE, AGGREGATE, fc.tuple(eventData(true), legacyEvents(true)).map(([data, lists]) => ({ eventData: data, ...lists }))),
  model('xml-aggregate', ACCOUNT_TYPE, AGGREGATE, fc.tuple(optionalXmlEventData, legacyEvents(false)).map(([data, lists]) => ({ ...data, ...lists }))),
  model('xml-sim', ACCOUNT_TYPE, SIM, fc.tuple(optionalXmlEventData, legacyEvents(false)).map(([data, lists]) => ({ ...data, ...lists }))),
);

// ---------------------------------------------------------------------------------------------
// Walking a body alongside its schema

type Path = string[];

interface Node {
  path: Path;
  value: Json;
  schema: Schema | undefined;
  /** Whether the value is a property of an object (rather than a list item or the body). */
  isProperty: boolean;
}

const isObject = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function childSchema(schema: Schema | undefined, key: string): Schema | undefined {
  const declared = schema?.properties?.[key];
  if (typeof declared === 'object') return resolve(declared);
  const extra = schema?.additionalProperties;
  return typeof extra === 'object' ? resolve(extra) : undefined;
}

/** Every value in a body, depth first, with the schema that describes it where there is one. */
function nodesOf(body: Body): Node[] {
  const nodes: Node[] = [];
  const visit = (value: Json, path: Path, schema: Schema | undefined, isProperty: boolean) => {
    nodes.push({ path, value, schema, isProperty });
    if (Array.isArray(value)) {
      const items = schema?.items === undefined ? undefined : resolve(schema.items);
      value.forEach((item, index) => visit(item, [...path, String(index)], items, false));
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key], childSchema(schema, key), true);
    }
  };
  visit(body, [], configuration, false);
  return nodes;
}

/** A JSON pointer for messages. */
export function pointerOf(path: Path): string {
  return path.reduce(childPointer, '');
}

const copy = (body: Body): Body => JSON.parse(JSON.stringify(body)) as Body;

/** Sets (or, with `undefined`, removes) the value at a path; keys such as `__proto__` stay data. */
function setAt(body: Body, path: Path, value: Json | undefined): Body {
  const result = copy(body);
  let parent: Json = result;
  for (const segment of path.slice(0, -1)) {
    parent = Array.isArray(parent) ? (parent[Number(segment)] as Json) : (parent as Record<string, Json>)[segment] as Json;
  }
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('setAt needs a non-empty path');
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(Number(last), 1);
    else parent[Number(last)] = value;
  } else if (isObject(parent)) {
    if (value === undefined) delete parent[last];
    else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);
const show = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
};

// ---------------------------------------------------------------------------------------------
// Mutations

/** One mutation as plain data, so that fast-check can print and shrink it. */
export interface Mutation {
  kind: string;
  pick: number;
  value: unknown;
}

interface Applied {
  body: Body;
  note: string;
}

interface MutationDef {
  kind: string;
  weight: number;
  arbitrary: fc.Arbitrary<Mutation>;
  apply(body: Body, mutation: Mutation): Applied | undefined;
}

/** Keeps each mutation's value typed where it is applied; `value` only ever comes from `values`. */
function define<T>(kind: string, weight: number, values: fc.Arbitrary<T>, apply: (body: Body, index: number, value: T) => Applied | undefined): MutationDef {
  return {
    kind,
    weight,
    arbitrary: fc.record({ kind: fc.constant(kind), pick: fc.nat(), value: values as fc.Arbitrary<unknown> }),
    apply: (body, mutation) => apply(body, mutation.pick, mutation.value as T),
  };
}

const nodes = (body: Body, test: (node: Node) => boolean) => nodesOf(body).filter(test);
const isEnumNode = (node: Node) => typeof node.value === 'string' && node.schema?.enum !== undefined;

/** Misspellings of a property name, the way people make them. */
const typos: Array<(name: string) => string> = [
  (name) => name.slice(0, -1),
  (name) => `${name}s`,
  (name) => name.charAt(0).toUpperCase() + name.slice(1),
  (name) => name.toLowerCase(),
  (name) => (name.length < 3 ? `${name}_` : name.slice(0, 1) + name.charAt(2) + name.charAt(1) + name.slice(3)),
  (name) => name.replace(/[A-Z]/, (letter) => `_${letter.toLowerCase()}`),
];

const caseChanges: Array<(value: string) => string> = [
  (value) => value.toUpperCase(),
  (value) => value.toLowerCase(),
  (value) => value.charAt(0).toUpperCase() + value.slice(1),
  (value) => [...value].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
];

/** Whitespace that `\S` does not match, and one that looks empty but is not whitespace. */
const blanks = ['', ' ', '   ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b'];

/** Listener URLs that break HttpsUrl, built from the URL they replace. */
const urlBreakers: Array<(url: string, maxLength: number) => string> = [
  (url) => url.replace(/^https:/, 'http:'),
  (url) => url.replace(/^https:\/\//, ''),
  (url) => url.replace(/^https:\/\/[^/?#]*/, 'https://'),
  (url) => url.replace(/^https:\/\//, 'https://user:secret@'),
  (url) => url.replace(/^https:\/\//, 'HTTPS://'),
  (url) => url.replace(/^https:\/\//, 'ftp://'),
  (url) => url.replace(/^https:\/\//, 'https:'),
  (url) => url.replace(/^https:\/\//, 'https:\\\\'),
  (url) => `${url}/my hook`,
  (url) => `${url}/\ttab`,
  (url) => url.replace(/^https:\/\/[^/?#]*/, 'https://bücher.example'),
  (url) => url.replace(/^https:\/\/[^/?#]*/, 'https://[::1'),
  (url) => url.replace(/^https:\/\/[^/?#]*/, 'https://hooks.example.com:port'),
  (url) => `${url}${url.includes('?') ? '&' : '?'}q=a b`,
  (url, maxLength) => `${url}${url.endsWith('/') ? '' : '/'}${'a'.repeat(Math.max(1, maxLength + 1 - url.length))}`,
  () => 'https://',
  () => '/connect',
  () => 'YOUR-WEBHOOK-URL',
];

const eventListNames = ['events', 'envelopeEvents', 'recipientEvents'];
for (const name of eventListNames) property(name);

/** Names and statuses of every family, plus lowercase statuses: wrong events for some model. */
const eventPool = [
  ...new Set([
    ...facts.eventNames,
    ...facts.envelopeStatuses,
    ...facts.recipientStatuses,
    ...facts.envelopeStatuses.map((status) => status.toLowerCase()),
    ...facts.recipientStatuses.map((status) => status.toLowerCase()),
    ...allEnumValues,
  ]),
];

/** Changes that move a body across the rules between models, users and flags. */
const ruleBreakers: Array<(body: Body) => Applied | undefined> = [
  (body) => {
    const other = facts.deliveryModes.find((mode) => mode !== body.deliveryMode) ?? facts.sim;
    return { body: { ...body, deliveryMode: other }, note: `set deliveryMode to ${show(other)}` };
  },
  (body) => ('eventData' in body ? { body: setAt(body, ['eventData'], undefined), note: 'removed eventData' } : undefined),
  (body) => (isObject(body.eventData) && 'version' in body.eventData ? { body: setAt(body, ['eventData', 'version'], undefined), note: 'removed eventData.version' } : undefined),
  (body) => ({ body: { ...body, eventData: { ...(isObject(body.eventData) ? body.eventData : {}), version: facts.jsonVersion } }, note: `set eventData.version to ${show(facts.jsonVersion)}` }),
  (body) => {
    const other = facts.configurationTypes.find((type) => type !== body.configurationType) ?? facts.accountType;
    return { body: { ...body, configurationType: other }, note: `set configurationType to ${show(other)}` };
  },
  (body) => ({ body: { ...body, allUsers: 'false' }, note: 'set allUsers to "false"' }),
  (body) => ('allUsers' in body ? { body: setAt(body, ['allUsers'], undefined), note: 'removed allUsers' } : undefined),
  (body) => ('userIds' in body ? { body: setAt(body, ['userIds'], undefined), note: 'removed userIds' } : undefined),
  ...facts.dependencies.map(({ flag, needs }) => (body: Body): Applied => {
    let result: Body = { ...body, [flag]: 'true' };
    for (const name of needs) if (name in result) result = setAt(result, [name], undefined);
    return { body: result, note: `set ${flag} to "true" without ${needs.join(', ')}` };
  }),
];

const definitions: MutationDef[] = [
  define('remove required', 3, fc.constant(null), (body, index) => {
    const name = pick(facts.required, index);
    return name !== undefined && name in body ? { body: setAt(body, [name], undefined), note: `removed the required ${name}` } : undefined;
  }),
  define('remove property', 2, fc.constant(null), (body, index) => {
    const node = pick(nodes(body, (node) => node.isProperty), index);
    return node && { body: setAt(body, node.path, undefined), note: `removed ${pointerOf(node.path)}` };
  }),
  define(
    'unknown property',
    3,
    fc.record({
      name: fc.oneof(
        fc.record({ typo: fc.nat(), of: fc.nat() }),
        fc.constantFrom('__proto__', 'constructor', 'toString', ''),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      value: fc.oneof(fc.constantFrom<Json>('true', 'false'), anyJson),
    }),
    (body, index, { name, value }) => {
      const target = pick(nodes(body, (node) => isObject(node.value)), index);
      if (target === undefined) return undefined;
      const known = Object.keys(target.schema?.properties ?? (target.value as Record<string, Json>));
      const base = typeof name === 'string' ? undefined : pick(known, name.of);
      const typo = typeof name === 'string' ? undefined : pick(typos, name.typo);
      const chosen = typeof name === 'string' ? name : base !== undefined && typo !== undefined ? typo(base) : 'unknownProperty';
      const path = [...target.path, chosen];
      return { body: setAt(body, path, value), note: `added ${pointerOf(path)}: ${show(value)}` };
    },
  ),
  define('read-only property', 2, fc.oneof(fc.stringMatching(/^\d{1,9}$/), anyJson), (body, index, value) => {
    const name = pick(facts.readOnly, index);
    return name === undefined ? undefined : { body: setAt(body, [name], value), note: `added the read-only ${name}: ${show(value)}` };
  }),
  define('JSON boolean flag', 3, fc.boolean(), (body, index, value) => {
    const present = nodes(body, (node) => isFlagEnum(node.schema?.enum) && typeof node.value === 'string');
    const path = pick(present, index)?.path ?? [pick(facts.flags, index) ?? 'enableLog'];
    return { body: setAt(body, path, value), note: `set ${pointerOf(path)} to the JSON boolean ${value}` };
  }),
  define('enum wrong case', 3, fc.nat(), (body, index, variant) => {
    const node = pick(nodes(body, isEnumNode), index);
    const change = pick(caseChanges, variant);
    if (node === undefined || change === undefined) return undefined;
    const value = change(node.value as string);
    return { body: setAt(body, node.path, value), note: `changed the case of ${pointerOf(node.path)} to ${show(value)}` };
  }),
  define(
    'enum outside',
    2,
    fc.oneof(fc.constantFrom(...allEnumValues).map((value) => ({ value, pad: false })), fc.record({ value: text({ maxLength: 10 }), pad: fc.boolean() })),
    (body, index, { value, pad }) => {
      const node = pick(nodes(body, isEnumNode), index);
      if (node === undefined) return undefined;
      const replacement = pad ? `${String(node.value)} ` : value;
      return { body: setAt(body, node.path, replacement), note: `set ${pointerOf(node.path)} to ${show(replacement)}` };
    },
  ),
  define('wrong event', 3, fc.record({ event: fc.constantFrom(...eventPool), at: fc.nat() }), (body, index, { event, at }) => {
    const lists = nodes(body, (node) => Array.isArray(node.value) && node.schema?.items !== undefined && resolve(node.schema.items).enum !== undefined);
    const list = pick(lists, index);
    const path = list?.path ?? [pick(eventListNames, index) ?? 'events'];
    const items = Array.isArray(list?.value) ? [...list.value] : [];
    items.splice(at % (items.length + 1), 0, event);
    return { body: setAt(body, path, items), note: `put ${show(event)} into ${pointerOf(path)}` };
  }),
  define('event list moved', 2, fc.nat(), (body, index, to) => {
    const from = pick(eventListNames.filter((name) => name in body), index);
    const target = pick(eventListNames.filter((name) => name !== from), to);
    if (from === undefined || target === undefined) return undefined;
    const moved = setAt(setAt(body, [from], undefined), [target], body[from] as Json);
    return { body: moved, note: `moved ${from} to ${target}` };
  }),
  define('duplicate item', 1, fc.nat(), (body, index, item) => {
    const list = pick(nodes(body, (node) => Array.isArray(node.value) && node.value.length > 0), index);
    if (list === undefined || !Array.isArray(list.value)) return undefined;
    const copyOf = list.value[item % list.value.length] as Json;
    return { body: setAt(body, list.path, [...list.value, copyOf]), note: `repeated ${show(copyOf)} in ${pointerOf(list.path)}` };
  }),
  define('empty list', 1, fc.constant(null), (body, index) => {
    const list = pick(nodes(body, (node) => Array.isArray(node.value)), index);
    return list && { body: setAt(body, list.path, []), note: `emptied ${pointerOf(list.path)}` };
  }),
  define('bad URL', 3, fc.nat(), (body, index, variant) => {
    const urls = nodes(body, (node) => node.schema?.format === 'uri' && typeof node.value === 'string');
    const node = pick(urls, index);
    const path = node?.path ?? ['urlToPublishTo'];
    const current = typeof node?.value === 'string' ? node.value : 'https://hooks.example.com/connect';
    const breaker = pick(urlBreakers, variant);
    if (breaker === undefined) return undefined;
    const value = breaker(current, node?.schema?.maxLength ?? 4096);
    return { body: setAt(body, path, value), note: `set ${pointerOf(path)} to ${show(value)}` };
  }),
  define('blank or long string', 2, fc.nat(), (body, index, variant) => {
    const node = pick(nodes(body, (candidate) => typeof candidate.value === 'string'), index);
    if (node === undefined) return undefined;
    const long = 'x'.repeat((node.schema?.maxLength ?? 5000) + 1);
    const value = pick([...blanks, long], variant) ?? '';
    return { body: setAt(body, node.path, value), note: `set ${pointerOf(node.path)} to ${show(value)}` };
  }),
  define('wrong type', 3, anyJson, (body, index, value) => {
    const node = pick(nodes(body, (candidate) => candidate.path.length > 0), index);
    return node && { body: setAt(body, node.path, value), note: `set ${pointerOf(node.path)} to ${show(value)}` };
  }),
  define('rule broken', 4, fc.nat(), (body, index) => pick(ruleBreakers, index)?.(body)),
];

export const mutationKinds = definitions.map((definition) => definition.kind);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(...definitions.map(({ arbitrary, weight }) => ({ arbitrary, weight })));

/** Applies mutations in turn; one with nothing to change leaves the body as it was, and says so. */
export function applyMutations(body: Body, mutations: readonly Mutation[]): Applied & { notes: string[] } {
  let current = body;
  const notes: string[] = [];
  for (const one of mutations) {
    const definition = definitions.find((candidate) => candidate.kind === one.kind);
    if (definition === undefined) throw new Error(`unknown mutation kind ${one.kind}`);
    const applied = definition.apply(current, one);
    if (applied === undefined) {
      notes.push(`${one.kind}: nothing to change`);
    } else {
      current = applied.body;
      notes.push(applied.note);
    }
  }
  return { body: current, note: notes.join('; '), notes };
}

// ---------------------------------------------------------------------------------------------
// The cases the parity suite sends

export interface GeneratedCase {
  model: ModelName;
  /** What was done to the valid body, in order; empty for a valid configuration. */
  mutations: string[];
  /** Usually an object; a few cases send the whole body as something else. */
  body: Json;
}

/** Whole-body mistakes: the configuration wrapped, stringified, or replaced by another value. */
const wrappers: Array<{ note: string; wrap: (body: Body) => Json }> = [
  { note: 'wrapped the body in a list', wrap: (body) => [body] },
  { note: 'wrapped the body in { configuration }', wrap: (body) => ({ configuration: body }) },
  { note: 'sent the body as a JSON string', wrap: (body) => JSON.stringify(body) },
  { note: 'sent null', wrap: () => null },
  { note: 'sent a number', wrap: () => 18476201 },
  { note: 'sent true', wrap: () => true },
];

/** Valid configurations and mutated ones, about two to three, and a few whole-body mistakes. */
export const generatedCase: fc.Arbitrary<GeneratedCase> = fc.oneof(
  { weight: 20, arbitrary: validConfiguration.map(({ model, body }): GeneratedCase => ({ model, mutations: [], body })) },
  {
    weight: 30,
    arbitrary: fc
      .tuple(validConfiguration, fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([{ model, body }, mutations]): GeneratedCase => {
        const applied = applyMutations(body, mutations);
        return { model, mutations: applied.notes, body: applied.body };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(validConfiguration, fc.constantFrom(...wrappers)).map(([{ model, body }, { note, wrap }]): GeneratedCase => ({ model, mutations: [note], body: wrap(body) })),
  },
);
