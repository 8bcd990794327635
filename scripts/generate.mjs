// @ts-check
// Regenerates generated/ from openapi.yaml and openapi.docusign.yaml (DocuSign's own answers to
// the same call), or with --check reports whether it is stale.
//
//   node scripts/generate.mjs            write generated/ (see renderGenerated for the files)
//   node scripts/generate.mjs --check    exit 1 with a one-line fix when generated/ is stale
//
// --spec FILE, --docusign-spec FILE and --out DIR point it elsewhere (the tests use them on
// temporary copies). openapi.docusign.yaml takes its request rules from ./openapi.yaml beside it,
// wherever --spec points.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { _, Ajv2020 } from 'ajv/dist/2020.js';
import { checkDataTypes, DataType, getSchemaTypes } from 'ajv/dist/compile/validate/dataType.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import uniqueItemsModule from 'ajv/dist/vocabularies/validation/uniqueItems.js';
import { parse } from 'yaml';
import { addSpecFormats, dereference, projectRoot as root, resolveRef, withoutReadOnly } from '../contract-tests/support/spec-tools.mjs';
import { childPointer } from '../src/json-pointer.js';

// ajv's standalone module is CommonJS; under NodeNext its default import is the module object.
const standaloneCode = /** @type {typeof standaloneModule.default} */ (
  /** @type {any} */ (standaloneModule).default ?? standaloneModule
);

const require = createRequire(import.meta.url);

/** Ajv's own uniqueItems keyword, which the one below replaces where it can. */
const ajvUniqueItems = /** @type {import('ajv/dist/2020.js').CodeKeywordDefinition} */ (
  /** @type {any} */ (uniqueItemsModule).default ?? uniqueItemsModule
);

/**
 * uniqueItems for a list whose items show a scalar type, checked by looking each item up in a
 * Map: one pass, with Ajv's own error (keyword, params `i` and `j`, message). Ajv's linear path
 * keys a plain object by the items instead, which costs more per item the longer the list (V8
 * interns every fresh string used as a key: about 2× per item from 1,000 to 40,000 user IDs) and
 * never sees two "__proto__" items (assigning `__proto__` on an object is ignored). Any other
 * list, and `$data`, keeps Ajv's keyword, whose pairwise comparison src/validate-bounds.test.ts
 * keeps out of the specs.
 * @type {import('ajv/dist/2020.js').CodeKeywordDefinition}
 */
export const uniqueItemsByLookup = {
  ...ajvUniqueItems,
  code(cxt) {
    const { gen, data, schema, parentSchema, it } = cxt;
    const types = parentSchema.items ? getSchemaTypes(parentSchema.items) : [];
    if (cxt.$data || types.length === 0 || types.some((type) => type === 'object' || type === 'array')) return ajvUniqueItems.code(cxt);
    if (!schema) return;
    const valid = gen.let('valid', true);
    const i = gen.let('i', _`${data}.length`);
    const j = gen.let('j');
    cxt.setParams({ i, j });
    gen.if(_`${i} > 1`, () => {
      const item = gen.name('item');
      const seen = gen.const('seen', _`new Map()`);
      // From the end, as Ajv's loop goes, so that `i` and `j` name the same two items.
      gen.for(_`;${i}--;`, () => {
        gen.let(item, _`${data}[${i}]`);
        gen.if(checkDataTypes(types, item, it.opts.strictNumbers, DataType.Wrong), _`continue`);
        gen.assign(j, _`${seen}.get(${item})`);
        gen
          .if(_`${j} !== undefined`, () => {
            cxt.error();
            gen.assign(valid, false).break();
          })
          .code(_`${seen}.set(${item}, ${i})`);
      });
    });
    cxt.ok(valid);
  },
};

/** The first lines of every file generated from openapi.yaml; the drift check compares them too. */
const BANNER = [
  '// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.',
  '',
].join('\n');
/** The same for the files generated from openapi.docusign.yaml alone. */
const DOCUSIGN_BANNER = [
  '// Generated from openapi.docusign.yaml by `npm run generate`. Do not edit: change the spec and regenerate.',
  '',
].join('\n');
/** The same for the files generated from both specs. */
const BOTH_BANNER = [
  '// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`. Do not edit: change the specs and regenerate.',
  '',
].join('\n');

/**
 * Runs openapi-typescript on the specs and resolves to each file's text, by name. It runs in a
 * process of its own, started at once, so that the validators are compiled while it works.
 * Both specs go to the one process, as the `apis` of a Redocly config written for the run:
 * openapi-typescript then generates them side by side, and loading it once instead of twice
 * keeps `npm run generate` about 0.3 s quicker on two cores than two processes in parallel.
 * The config is scripts/openapi-ts.redocly.yaml plus those `apis`, so that ./redocly.yaml lint
 * rules never block generation. Read/write markers keep readOnly fields out of request bodies.
 * @param {Record<string, string>} specPaths each output file's name, and the spec it comes from
 * @returns {Promise<Map<string, string>>}
 */
function renderSchemaTypes(specPaths) {
  const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
  const scratch = mkdtempSync(join(tmpdir(), 'connect-codegen-'));
  const config = parse(readFileSync(join(root, 'scripts', 'openapi-ts.redocly.yaml'), 'utf8'));
  config.apis = Object.fromEntries(
    Object.entries(specPaths).map(([name, specPath]) => [name.replace(/\W/g, '-'), { root: specPath, 'x-openapi-ts': { output: join(scratch, name) } }]),
  );
  const configFile = join(scratch, 'redocly.yaml');
  writeFileSync(configFile, JSON.stringify(config));
  const args = [cli, '--redocly', configFile, '--read-write-markers'];
  const shownSpecs = [...new Set(Object.values(specPaths))].map((specPath) => relative(process.cwd(), specPath)).join(' and ');
  return new Promise((resolveTexts, reject) => {
    const child = spawn(process.execPath, args, { cwd: scratch, env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    /** @type {Error | undefined} */
    let failure;
    child.on('error', (error) => (failure = error));
    child.on('close', (code) => {
      try {
        if (code !== 0) {
          // Without the lines that report a file it did write: the other spec may have been fine.
          const detail = output.replace(/^🚀 .*\n?/gmu, '').trim() || String(failure ?? 'no output');
          throw new Error(`openapi-typescript could not read ${shownSpecs}:\n${detail}`);
        }
        /** @type {Record<string, string>} */
        const banners = { [DOCUSIGN_TYPES]: DOCUSIGN_BANNER };
        resolveTexts(
          new Map(Object.keys(specPaths).map((name) => [name, (banners[name] ?? BANNER) + readFileSync(join(scratch, name), 'utf8').replace(/\r\n/g, '\n')])),
        );
      } catch (error) {
        reject(error);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}

/** The types of openapi.docusign.yaml; the other files keep the names they had before it. */
const DOCUSIGN_TYPES = 'docusign-schema.d.ts';

/**
 * The validators the client needs, by export name, and the schema each one checks: the request
 * and response sides of openapi.yaml, and DocuSign's own answers (openapi.docusign.yaml).
 */
const VALIDATORS = {
  validateConnectConfiguration: { side: 'request', pointer: '/components/schemas/ConnectConfiguration' },
  validateAccountId: { side: 'request', pointer: '/components/parameters/AccountId/schema' },
  validateSuccessEnvelope: { side: 'response', pointer: '/components/schemas/SuccessEnvelope' },
  validateErrorEnvelope: { side: 'response', pointer: '/components/schemas/ErrorEnvelope' },
  validateConnectCustomConfiguration: { side: 'docusign', pointer: '/components/schemas/connectCustomConfiguration' },
  validateErrorDetails: { side: 'docusign', pointer: '/components/schemas/errorDetails' },
};
/**
 * The validator a listener needs, in a file of its own (generated/event-validators.cjs): the
 * listener kit (docusign-connect-client/events) then never loads the client's validators.
 */
const EVENT_VALIDATORS = {
  validateConnectEvent: { side: 'response', pointer: '/components/schemas/ConnectEvent' },
  // One per family, so that a refusal names the message's own problem rather than another
  // family's (ConnectEvent's oneOf reports every family's errors in one flat list).
  validateEnvelopeEvent: { side: 'response', pointer: '/components/schemas/EnvelopeEvent' },
  validateRecipientEvent: { side: 'response', pointer: '/components/schemas/RecipientEvent' },
  validateTemplateEvent: { side: 'response', pointer: '/components/schemas/TemplateEvent' },
  validateClickEvent: { side: 'response', pointer: '/components/schemas/ClickEvent' },
};
/** @type {Record<string, string>} The spec each side of VALIDATORS comes from, for the declarations' comments. */
const SIDE_SPEC = { request: 'openapi.yaml', response: 'openapi.yaml', docusign: 'openapi.docusign.yaml' };

/** Schema keywords that only document: they never change what is valid. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', 'externalDocs', 'deprecated', '$comment', 'discriminator']);
/** Keywords whose value is one subschema, a list of them, or a map of them (by name). */
const ONE_SCHEMA = ['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'propertyNames'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];

/**
 * A copy of a schema without its annotations (descriptions, examples, titles, extensions).
 * The compiled code embeds the schema objects its messages refer to, and the spec's prose made
 * up a third of generated/validators.cjs, which every user of the client loads.
 * @param {any} schema
 * @returns {any}
 */
export function withoutAnnotations(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  /** @type {Record<string, any>} */
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (ONE_SCHEMA.includes(key)) copy[key] = withoutAnnotations(value);
    else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) copy[key] = value.map(withoutAnnotations);
    else if (SCHEMA_MAPS.includes(key) && value && typeof value === 'object') {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    } else copy[key] = value;
  }
  return copy;
}

/**
 * Ajv's standalone code gathers the errors of a schema it calls by reference with
 * `vErrors.concat(...)`, which copies every error found so far each time: over a long list whose
 * items each fail a referenced schema that is quadratic (40,000 wrong `sfObjects` items took 5 s).
 * Appending in place, as Ajv does with its own errors, keeps it linear. A concat left over means
 * Ajv changed its output, so generation stops rather than ship the slow form.
 * @param {string} code
 * @returns {string}
 */
function appendErrorsInPlace(code) {
  const appended = code.replace(
    /^vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);$/gm,
    (_, callee) => `if (vErrors === null) vErrors = ${callee}.errors; else for (const found of ${callee}.errors) vErrors.push(found);`,
  );
  if (appended.includes('.concat(')) throw new Error('Ajv\'s standalone code gathers errors with concat in a form scripts/generate.mjs does not rewrite; update appendErrorsInPlace');
  return appended;
}

/**
 * Compiles the specs' schemas into standalone validator code, one export per entry of
 * `validators`. Request-side schemas lose their readOnly properties first, as Prism does, so
 * that a read-only field is refused by the client exactly where the mock would refuse it.
 * DocuSign's answers and its event messages are response-side. The output is CommonJS because
 * ajv-formats' standalone code uses require() even when ESM is asked for.
 * @param {Record<string, any>} document openapi.yaml
 * @param {Record<string, any>} docusignDocument openapi.docusign.yaml
 * @param {Record<string, { side: string, pointer: string }>} validators
 * @param {string} banner
 * @returns {{ code: string, declarations: string }}
 */
function renderValidators(document, docusignDocument, validators, banner) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, code: { source: true, lines: true } });
  addSpecFormats(ajv);
  ajv.addVocabulary(['components']);
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword(uniqueItemsByLookup);
  const base = 'https://contract.invalid';
  /** @param {Record<string, any>} schemas */
  const bare = (schemas) => Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, withoutAnnotations(schema)]));
  const parameters = Object.fromEntries(
    Object.entries(document.components.parameters ?? {}).map(([name, parameter]) => [name, { ...parameter, schema: withoutAnnotations(parameter.schema) }]),
  );
  ajv.addSchema({
    $id: `${base}/request.json`,
    components: { schemas: bare(withoutReadOnly(document.components.schemas)), parameters },
  });
  ajv.addSchema({ $id: `${base}/response.json`, components: { schemas: bare(document.components.schemas) } });
  // openapi.docusign.yaml may refer to openapi.yaml's schemas as ./openapi.yaml#/...; from
  // docusign.json that resolves to openapi.yaml here (compiled only if something refers to it).
  ajv.addSchema({ $id: `${base}/docusign.json`, components: { schemas: bare(docusignDocument.components.schemas) } });
  ajv.addSchema({ $id: `${base}/openapi.yaml`, components: { schemas: bare(document.components.schemas) } });
  /** @type {Record<string, string>} */
  const refs = {};
  for (const [name, { side, pointer }] of Object.entries(validators)) refs[name] = `${base}/${side}.json#${pointer}`;
  const code = appendErrorsInPlace(standaloneCode(ajv, refs));
  const declarations = [
    "import type { ErrorObject } from 'ajv';",
    '',
    '/** A compiled schema check: true when the value is valid, otherwise `errors` says why. */',
    'export interface SpecValidator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...Object.entries(validators).flatMap(([name, { side, pointer }]) => [
      `/** Checks a value against ${SIDE_SPEC[side]}#${pointer}. */`,
      `export declare const ${name}: SpecValidator;`,
    ]),
    '',
  ].join('\n');
  return { code: `${banner}'use strict';\n${code.replace(/^"use strict";\n?/, '')}\n`, declarations: banner + declarations };
}

/**
 * The first sentence of a description, as plain text, for use inside a message.
 * @param {unknown} description
 * @returns {string | undefined}
 */
function firstSentence(description) {
  if (typeof description !== 'string') return undefined;
  const text = description.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const end = text.search(/\.(?:\s|$)/);
  const sentence = end === -1 ? text : text.slice(0, end);
  return sentence === '' ? undefined : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * What the client's messages need to know about each place in a configuration, keyed by a
 * JSON-pointer pattern in which `*` stands for any array index: the schema's name, its
 * enumeration, length limit, first sentence of description, whether it is a secret, and for
 * objects the properties it accepts and which are read-only. Walking the spec keeps the
 * client's help text in step with the rules.
 * @param {Record<string, any>} document
 */
function collectFields(document) {
  /** @type {Record<string, Record<string, unknown>>} */
  const fields = {};
  /** @param {string} pointer @param {any} raw */
  const visit = (pointer, raw) => {
    const { schema, ref } = dereference(document, raw);
    /** @type {Record<string, unknown>} */
    const entry = {};
    if (ref !== undefined) entry.schema = ref;
    if (Array.isArray(schema.enum)) entry.enum = schema.enum;
    if (schema.const !== undefined) entry.enum = [schema.const];
    if (schema.maxLength !== undefined) entry.maxLength = schema.maxLength;
    const summary = firstSentence(typeof raw?.description === 'string' ? raw.description : schema.description);
    if (summary !== undefined) entry.summary = summary;
    if (schema.writeOnly === true) entry.secret = true;
    fields[pointer] = entry;
    if (schema.type === 'object' && schema.properties) {
      const properties = Object.entries(schema.properties);
      entry.properties = properties.filter(([, value]) => dereference(document, value).schema.readOnly !== true).map(([name]) => name);
      const readOnly = properties.filter(([, value]) => dereference(document, value).schema.readOnly === true).map(([name]) => name);
      if (readOnly.length > 0) entry.readOnly = readOnly;
      for (const [name, value] of properties) {
        if (dereference(document, value).schema.readOnly === true) continue;
        visit(childPointer(pointer, name), value);
      }
    }
    if (schema.type === 'array' && schema.items) visit(`${pointer}/*`, schema.items);
  };
  visit('', document.components.schemas.ConnectConfiguration);
  return fields;
}

/**
 * The statuses the create call declares, with the response headers each one requires.
 * @param {Record<string, any>} document
 */
function collectResponses(document) {
  const [path] = Object.keys(document.paths);
  const responses = document.paths[/** @type {string} */ (path)].post.responses;
  /** @type {Record<string, { requiredHeaders: string[] }>} */
  const result = {};
  for (const [status, raw] of Object.entries(responses)) {
    const response = /** @type {any} */ (raw).$ref ? resolveRef(document, /** @type {any} */ (raw).$ref) : raw;
    const headers = Object.entries(response.headers ?? {})
      .filter(([, header]) => /** @type {any} */ (header).required === true)
      .map(([name]) => name);
    result[status] = { requiredHeaders: headers };
  }
  return result;
}

/**
 * The codes by which DocuSign says a rate limit refused the call, from the operation's
 * `x-rate-limit-error-codes`: each with its limit and whether DocuSign confirmed the code.
 * @param {Record<string, any>} document openapi.docusign.yaml
 * @returns {Array<{ errorCode: string, limit: string, confirmed: boolean }>}
 */
function collectRateLimitCodes(document) {
  const [path] = Object.keys(document.paths);
  const listed = document.paths[/** @type {string} */ (path)].post['x-rate-limit-error-codes'] ?? [];
  return listed.map((/** @type {any} */ entry) => ({ errorCode: entry.errorCode, limit: entry.limit, confirmed: entry.confirmed === true }));
}

/**
 * What the simulator and the listener checker need to know about the events DocuSign delivers:
 * each event name with its family (from ConnectEvent's discriminator), and where in a message
 * each `includeData` value puts its block (from the `x-include-data` marks), as JSON pointers
 * in which `*` stands for any array index.
 * @param {Record<string, any>} document openapi.yaml
 */
function collectEventFacts(document) {
  const schemas = document.components.schemas;
  const mapping = schemas.ConnectEvent.discriminator.mapping;
  /** @type {Record<string, string[]>} */
  const families = {};
  for (const name of schemas.EventName.enum) {
    const target = mapping[name];
    if (typeof target !== 'string') throw new Error(`openapi.yaml: ConnectEvent's discriminator has no mapping for the event "${name}".`);
    const family = target.replace('#/components/schemas/', '');
    (families[family] ??= []).push(name);
  }
  /** @type {Record<string, string>} */
  const includeData = {};
  /** @param {string} pointer @param {any} raw @param {number} depth */
  const visit = (pointer, raw, depth) => {
    if (depth > 8) return;
    const { schema } = dereference(document, raw);
    const mark = raw?.['x-include-data'] ?? schema['x-include-data'];
    // The first place wins: tabs belong to signers, although carbon copies share their schema.
    if (typeof mark === 'string') includeData[mark] ??= pointer;
    for (const [name, value] of Object.entries(schema.properties ?? {})) visit(childPointer(pointer, name), value, depth + 1);
    if (schema.items) visit(`${pointer}/*`, schema.items, depth + 1);
  };
  visit('/data/envelopeSummary', schemas.EnvelopeSummary, 0);
  return { families, includeData };
}

/**
 * The facts from the specs that the client uses at run time, as a TypeScript module.
 * @param {Record<string, any>} document openapi.yaml
 * @param {Record<string, any>} docusignDocument openapi.docusign.yaml
 */
function renderSpecFacts(document, docusignDocument) {
  const configuration = document.components.schemas.ConnectConfiguration;
  const facts = {
    // Each rule of ConnectConfiguration's allOf, in order: a stable title for code to branch on,
    // and its description for people.
    rules: (configuration.allOf ?? []).map((/** @type {any} */ rule, /** @type {number} */ index) => ({
      title: rule.title ?? `rule-${index}`,
      description: rule.description ?? '',
    })),
    responses: collectResponses(document),
    fields: collectFields(document),
    events: collectEventFacts(document),
  };
  const docusignFacts = {
    responses: collectResponses(docusignDocument),
    // Compare errorCode with these without regard to case: DocuSign writes some codes in mixed case.
    rateLimitErrorCodes: collectRateLimitCodes(docusignDocument),
  };
  return [
    BOTH_BANNER.trimEnd(),
    '// What the client needs to know about openapi.yaml at run time, for its help text.',
    '',
    `export const specFacts = ${JSON.stringify(facts, null, 2)} as const;`,
    '',
    "// The same for DocuSign's own answers (openapi.docusign.yaml): the statuses the create call",
    '// declares, with the headers each one requires, and the error codes of a rate-limit refusal.',
    '',
    `export const docusignSpecFacts = ${JSON.stringify(docusignFacts, null, 2)} as const;`,
    '',
  ].join('\n');
}

/**
 * Every file under generated/, keyed by its name, as the specs say it should be, with the specs
 * it comes from.
 * @param {string} specPath openapi.yaml
 * @param {string} docusignSpecPath openapi.docusign.yaml
 * @returns {Promise<Map<string, { text: string, sources: string[] }>>}
 */
async function renderGenerated(specPath, docusignSpecPath) {
  const types = renderSchemaTypes({ 'schema.d.ts': specPath, [DOCUSIGN_TYPES]: docusignSpecPath });
  let validators;
  let eventValidators;
  let facts;
  try {
    const document = parse(readFileSync(specPath, 'utf8'));
    const docusignDocument = parse(readFileSync(docusignSpecPath, 'utf8'));
    validators = renderValidators(document, docusignDocument, VALIDATORS, BOTH_BANNER);
    eventValidators = renderValidators(document, docusignDocument, EVENT_VALIDATORS, BANNER);
    facts = renderSpecFacts(document, docusignDocument);
  } catch (error) {
    // openapi-typescript's account of a spec it cannot read says more, when it has one.
    await types;
    throw error;
  }
  const typeTexts = await types;
  const both = [specPath, docusignSpecPath];
  return new Map([
    ['schema.d.ts', { text: /** @type {string} */ (typeTexts.get('schema.d.ts')), sources: [specPath] }],
    [DOCUSIGN_TYPES, { text: /** @type {string} */ (typeTexts.get(DOCUSIGN_TYPES)), sources: [docusignSpecPath] }],
    ['validators.cjs', { text: validators.code, sources: both }],
    ['validators.d.cts', { text: validators.declarations, sources: both }],
    ['event-validators.cjs', { text: eventValidators.code, sources: [specPath] }],
    ['event-validators.d.cts', { text: eventValidators.declarations, sources: [specPath] }],
    ['spec-facts.ts', { text: facts, sources: both }],
  ]);
}

/**
 * @param {string} path
 * @returns {string | undefined}
 */
function readIfPresent(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      spec: { type: 'string', default: join(root, 'openapi.yaml') },
      'docusign-spec': { type: 'string', default: join(root, 'openapi.docusign.yaml') },
      out: { type: 'string', default: join(root, 'generated') },
    },
  });
  const specPath = resolve(values.spec);
  const docusignSpecPath = resolve(values['docusign-spec']);
  const outDir = resolve(values.out);
  const shown = (/** @type {string} */ path) => relative(process.cwd(), path) || '.';
  const shownSources = (/** @type {string[]} */ paths) => paths.map(shown).join(' and ');

  let files;
  try {
    files = await renderGenerated(specPath, docusignSpecPath);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }

  if (!values.check) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, { text }] of files) writeFileSync(join(outDir, name), text);
    console.log(`Wrote ${[...files.keys()].map((name) => shown(join(outDir, name))).join(', ')} from ${shownSources([specPath, docusignSpecPath])}.`);
    return 0;
  }

  const problems = [];
  for (const [name, { text, sources }] of files) {
    const current = readIfPresent(join(outDir, name));
    if (current === undefined) problems.push(`${shown(join(outDir, name))} is missing`);
    else if (current !== text) problems.push(`${shown(join(outDir, name))} is stale (it does not match ${shownSources(sources)})`);
  }
  if (problems.length > 0 && problems.length === files.size && problems.every((problem) => problem.endsWith(' is missing'))) {
    console.error(`${shown(outDir)}/ is missing: run \`npm run generate\` and commit ${shown(outDir)}/.`);
    return 1;
  }
  if (problems.length > 0) {
    console.error(
      `${problems.join('; ')}: run \`npm run generate\` and commit ${shown(outDir)}/.`,
    );
    return 1;
  }
  console.log(`${shown(outDir)}/ is up to date with ${shownSources([specPath, docusignSpecPath])}.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
