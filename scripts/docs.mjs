// @ts-check
// `npm run docs`: the reference pages, built by Redocly CLI from a reader's copy of each spec.
//   dist/reference.html          openapi.yaml: the create call with its envelopes, and the webhooks
//   dist/reference-docusign.html openapi.docusign.yaml: the same call with DocuSign's own answers
// Both pages are single files that work offline (opened from disk or served from any host) and
// link to each other. `node scripts/docs.mjs --out DIR` writes them somewhere else.
//
// The reader's copy differs from the spec in these ways, all made here so that the spec keeps one
// copy of everything:
// - Rules. Redoc renders an if/then/else as a "One of" switch, naming the branches "case 1" and
//   "case 2", and shows the `if` conditions of the first branch as required properties. For the
//   configuration rules that reads as "every configuration needs per-configuration OAuth". The
//   copy drops each rule's if/then/else and lists the rules in the schema's description instead,
//   from their names (x-displayName) and words (description). Prism, the generated validators
//   and the client read the rules from the spec itself, so they are unaffected.
// - Request bodies. Redoc shows a body's own description but not that of the schema at its top,
//   where the rules now are; each body's description gains its schema's.
// - Search. Redoc's search indexes a `$ref`'d schema once per operation, so properties that share
//   one (`StringBoolean`) would not all be found by name; one-value schemas are written out in
//   each property that uses them.
// - Links. Each page's introduction gains a "Reference pages" section linking both pages.
// - Offline. Redoc's sidebar badge loads Redocly's logo from cdn.redoc.ly; the built page carries
//   a drawing of its own instead, and the template (scripts/reference-template.hbs) gives the page
//   an empty icon, so that opening it asks no host for anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { resolveRef } from '../contract-tests/support/spec-tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The reference pages, in menu order: each spec document, the page built from it, and how the
 * pages' "Reference pages" section names it.
 */
export const PAGES = /** @type {const} */ ([
  {
    spec: 'openapi.yaml',
    page: 'reference.html',
    name: 'The envelope contract and the events',
    summary:
      'the create call answered with the `success`/`error` envelopes, and the events DocuSign then delivers to your listener (the webhooks).',
  },
  {
    spec: 'openapi.docusign.yaml',
    page: 'reference-docusign.html',
    name: "DocuSign's own answers",
    summary:
      'the same call as DocuSign itself answers it: the stored configuration (`connectCustomConfiguration`) or `errorDetails`, with its status codes and rate limits.',
  },
]);

/** The heading of the section that links the pages; also a menu entry of each page. */
export const PAGES_HEADING = 'Reference pages';

/** Redocly's logo, which Redoc's sidebar badge fetches from cdn.redoc.ly at every opening. */
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

/**
 * The badge's picture in the page itself: the word "Redocly", drawn here, so that the badge still
 * says whose renderer this is without a request.
 */
const LOCAL_LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14" viewBox="0 0 56 14">' +
    '<text x="0" y="11" font-family="sans-serif" font-size="12" font-weight="600" fill="#3f4d5a">Redocly</text></svg>',
).toString('base64')}`;

/**
 * "`a`, `b` and `c`".
 * @param {readonly string[]} names
 */
function codeList(names) {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/**
 * Replaces the if/then/else rules in a schema's `allOf` with a numbered list at the end of its
 * description: the required properties first, then each rule by its x-displayName and
 * description. Entries of `allOf` without `if` stay. Returns how many rules were listed.
 * @param {string} name the schema's name, for errors
 * @param {Record<string, any>} schema changed in place
 */
export function listRules(name, schema) {
  if (!Array.isArray(schema.allOf)) return 0;
  const rules = schema.allOf.filter((/** @type {any} */ entry) => entry && typeof entry === 'object' && 'if' in entry);
  if (rules.length === 0) return 0;
  const items = [];
  if (Array.isArray(schema.required) && schema.required.length > 0) {
    items.push(`**Required properties.** ${codeList(schema.required)} must be given.`);
  }
  for (const rule of rules) {
    const title = rule.title ?? `allOf[${schema.allOf.indexOf(rule)}]`;
    for (const key of ['x-displayName', 'description']) {
      if (typeof rule[key] !== 'string' || rule[key].trim() === '') {
        throw new Error(
          `${name}: the rule "${title}" has no ${key}. The reference page lists each rule by its x-displayName (a short name for readers) and description (the rule in words); add both to the rule in the spec.`,
        );
      }
    }
    items.push(`**${rule['x-displayName'].trim()}.** ${rule.description.trim().replace(/\s*\n\s*/g, ' ')}`);
  }
  const list = items.map((item, index) => `${index + 1}. ${item}`).join('\n');
  // The spec's own "**Rules.**" paragraph points YAML readers at allOf; the page lists them here.
  const paragraphs = String(schema.description ?? '').trimEnd().split(/\n\s*\n/);
  if (paragraphs.at(-1)?.startsWith('**Rules.**')) paragraphs.pop();
  paragraphs.push("**Rules.** Beyond each property's own type, a configuration follows these rules:");
  schema.description = `${paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n\n')}\n\n${list}\n`;
  const rest = schema.allOf.filter((/** @type {any} */ entry) => !rules.includes(entry));
  if (rest.length > 0) schema.allOf = rest;
  else delete schema.allOf;
  return rules.length;
}

/** Keywords whose value maps names (chosen by the spec's author) to schemas. */
const NAMED_SCHEMAS = new Set(['schemas', 'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** @param {string} key */
const pointerSegment = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * JSON pointers of every object in a document that still has an `if` keyword ('' for the
 * document itself). Examples are not looked into (an `if` there is data), and in a map of named
 * schemas (`properties`, `components.schemas`) a name is a name, even "if" or "examples".
 * @param {unknown} node
 * @param {string} [at]
 * @returns {string[]}
 */
export function conditionalsIn(node, at = '') {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => conditionalsIn(item, `${at}/${index}`));
  const found = 'if' in node && typeof (/** @type {any} */ (node).if) === 'object' ? [at] : [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    if (NAMED_SCHEMAS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, schema] of Object.entries(value)) found.push(...conditionalsIn(schema, `${at}/${key}/${pointerSegment(name)}`));
    } else {
      found.push(...conditionalsIn(value, `${at}/${pointerSegment(key)}`));
    }
  }
  return found;
}

/**
 * The "Reference pages" section for one page: both pages, this one named, the other linked.
 * @param {string} spec the spec file the page is built from
 */
export function pagesSection(spec) {
  const lines = PAGES.map((entry) =>
    entry.spec === spec ? `- **${entry.name}** (this page): ${entry.summary}` : `- [${entry.name}](${entry.page}): ${entry.summary}`,
  );
  return `## ${PAGES_HEADING}\n\nThis reference has ${PAGES.length} pages, one for each description of the call:\n\n${lines.join('\n')}\n`;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Every request body of a document that is written out in it (not a `$ref`).
 * @param {Record<string, any>} document
 * @returns {Record<string, any>[]}
 */
function requestBodies(document) {
  const bodies = Object.values(document.components?.requestBodies ?? {});
  for (const pathItem of [...Object.values(document.paths ?? {}), ...Object.values(document.webhooks ?? {})]) {
    for (const method of METHODS) bodies.push(pathItem?.[method]?.requestBody);
  }
  return bodies.filter((body) => body && typeof body === 'object' && !('$ref' in body));
}

/**
 * Redoc shows a request body's own description but not the description of the schema at its
 * top, which is where a configuration's rules are. Each body's description gains its schema's.
 * @param {Record<string, any>} document changed in place
 * @param {(ref: string) => Record<string, any> | undefined} schemaAt the schema a `$ref` names
 */
function showBodySchemaDescriptions(document, schemaAt) {
  for (const body of requestBodies(document)) {
    const schemas = Object.values(body.content ?? {}).map((media) => (media?.schema?.$ref ? schemaAt(media.schema.$ref) : media?.schema));
    const descriptions = [...new Set(schemas.map((schema) => schema?.description).filter((text) => typeof text === 'string' && text.trim() !== ''))];
    if (descriptions.length === 0) continue;
    body.description = [String(body.description ?? '').trimEnd(), ...descriptions.map((text) => text.trimEnd())].filter(Boolean).join('\n\n');
  }
}

/**
 * Redoc's search indexes a schema reached through a `$ref` once per operation: of the many
 * properties that share `StringBoolean`, only the first is found by its name. Each property
 * that refers to a schema of one plain value (no properties, no items) gets that schema written
 * out in its place, titled with the schema's name, so that every property is found.
 * @param {Record<string, any>} document changed in place
 */
function inlinePlainValues(document) {
  const schemas = document.components?.schemas ?? {};
  /** @param {any} ref */
  const plain = (ref) => {
    const name = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
    const schema = name ? schemas[name] : undefined;
    const simple = schema && !schema.$ref && !schema.properties && !schema.items && !schema.allOf && !schema.oneOf && !schema.anyOf;
    return simple && name ? { name, schema } : undefined;
  };
  for (const schema of Object.values(schemas)) {
    for (const [key, property] of Object.entries(schema?.properties ?? {})) {
      const target = plain(property?.$ref);
      if (!target) continue;
      const { $ref, ...siblings } = property;
      schema.properties[key] = { title: target.name, ...structuredClone(target.schema), ...siblings };
    }
  }
}

/**
 * The copies of the spec documents that the reference pages render, by file name.
 * @param {Record<string, Record<string, any>>} documents parsed specs by file name (not changed)
 * @returns {Record<string, Record<string, any>>}
 */
export function readerCopies(documents) {
  /** @type {Record<string, Record<string, any>>} */
  const copies = {};
  for (const [spec, document] of Object.entries(documents)) {
    const copy = structuredClone(document);
    for (const [name, schema] of Object.entries(copy.components?.schemas ?? {})) listRules(name, schema);
    inlinePlainValues(copy);
    const left = conditionalsIn(copy);
    if (left.length > 0) {
      throw new Error(
        `${spec}: if/then/else outside a schema's allOf rules, at ${left.map((pointer) => pointer || '(the document itself)').join(', ')}. Redoc would render it as an unnamed "case 1 / case 2" switch; move it into the allOf of a component schema, with an x-displayName and a description.`,
      );
    }
    copies[spec] = copy;
  }
  for (const [spec, copy] of Object.entries(copies)) {
    showBodySchemaDescriptions(copy, (ref) => {
      const [file, pointer = ''] = ref.split('#');
      const target = file ? copies[file.replace(/^\.\//, '')] : copy;
      return target ? resolveRef(target, `#${pointer}`) : undefined;
    });
    copy.info = { ...copy.info, description: `${String(copy.info?.description ?? '').trimEnd()}\n\n${pagesSection(spec)}` };
  }
  return copies;
}

/**
 * A built page with the outside requests that Redoc itself makes taken out.
 * @param {string} html
 */
export function offline(html) {
  return html.replace(CDN_LOGO, LOCAL_LOGO);
}

/**
 * Builds every page into `outDir`. Throws with Redocly's own output when a build fails.
 * @param {{ outDir?: string, log?: (line: string) => void }} [options]
 * @returns {string[]} the pages written
 */
export function buildReference({ outDir = join(root, 'dist'), log = () => {} } = {}) {
  const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
  const scratch = mkdtempSync(join(tmpdir(), 'reference-'));
  try {
    // Both copies sit side by side, so that openapi.docusign.yaml's references to ./openapi.yaml
    // resolve to the reader's copy.
    const copies = readerCopies(Object.fromEntries(PAGES.map(({ spec }) => [spec, parse(readFileSync(join(root, spec), 'utf8'))])));
    for (const [spec, copy] of Object.entries(copies)) writeFileSync(join(scratch, spec), stringify(copy, { lineWidth: 0 }));
    mkdirSync(outDir, { recursive: true });
    return PAGES.map(({ spec, page }) => {
      const built = join(scratch, page);
      const result = spawnSync(
        process.execPath,
        [redocly, 'build-docs', join(scratch, spec), '--inlineBundle', '--template', join(root, 'scripts', 'reference-template.hbs'), '-o', built],
        // The project's redocly.yaml (telemetry off) applies; the variables keep telemetry and the
        // update check off even without it.
        { cwd: root, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' } },
      );
      if (result.status !== 0) throw new Error(`redocly build-docs ${spec} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
      const target = join(outDir, page);
      writeFileSync(target, offline(readFileSync(built, 'utf8')));
      log(`Wrote ${target}`);
      return target;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    const log = (/** @type {string} */ line) => console.log(line);
    buildReference(values.out ? { outDir: resolve(values.out), log } : { log });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
