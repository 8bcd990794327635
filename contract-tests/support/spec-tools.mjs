// @ts-check
// Reading openapi.yaml and turning its schemas into JSON Schema validators (Ajv, draft 2020-12),
// the same way Prism reads them. The contract tests use it, and so does npm run generate.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { parsePointer } from '../../src/json-pointer.js';
import { RFC3339_DATE_TIME } from './rfc3339.mjs';

/** @typedef {Record<string, any>} OpenApiDocument */

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = join(projectRoot, 'openapi.yaml');

/** The $id under which the spec's components are registered with Ajv. */
const SPEC_ID = 'https://contract.invalid/openapi.json';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = /** @type {typeof addFormatsModule.default} */ (
  /** @type {any} */ (addFormatsModule).default ?? addFormatsModule
);

/**
 * Parses an OpenAPI document from YAML.
 * @param {string} [path]
 * @returns {OpenApiDocument}
 */
export function loadSpec(path = specPath) {
  return parse(readFileSync(path, 'utf8'));
}

/**
 * Follows a local `#/...` reference inside the document.
 * @param {OpenApiDocument} document
 * @param {string} ref
 * @returns {any}
 */
export function resolveRef(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are supported, not ${ref}`);
  let node = /** @type {any} */ (document);
  for (const part of parsePointer(ref.slice(1))) {
    node = node?.[part];
    if (node === undefined) throw new Error(`Unresolvable reference ${ref}`);
  }
  return node;
}

/**
 * The schema that describes a value: a `$ref` is followed (to the end, when it leads to another
 * one), and keywords written beside it override the target's, as OpenAPI 3.1 reads a property
 * that adds its own description to a shared schema. `ref` names the component it referenced.
 * @param {OpenApiDocument} document
 * @param {any} schema
 * @returns {{ schema: any, ref: string | undefined }}
 */
export function dereference(document, schema) {
  if (schema === null || typeof schema !== 'object' || typeof schema.$ref !== 'string') return { schema, ref: undefined };
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {(node: any) => any} */
  const follow = (node) => {
    if (node === null || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
    if (seen.has(node.$ref)) throw new Error(`The reference ${node.$ref} leads back to itself`);
    seen.add(node.$ref);
    const { $ref, ...siblings } = node;
    return { ...follow(resolveRef(document, $ref)), ...siblings };
  };
  return { schema: follow(schema), ref: parsePointer(schema.$ref.slice(1)).at(-1) };
}

/**
 * The named examples of an operation's JSON request body, with references resolved.
 * @param {OpenApiDocument} document
 * @param {string} path
 * @param {string} method
 * @returns {Array<[name: string, value: unknown]>}
 */
export function requestExamples(document, path, method) {
  const media = document.paths?.[path]?.[method]?.requestBody?.content?.['application/json'];
  const examples = media?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => {
    const resolved = /** @type {any} */ (example).$ref ? resolveRef(document, /** @type {any} */ (example).$ref) : example;
    return [name, resolved.value];
  });
}

/**
 * A copy of the schemas in which readOnly properties are removed from every object, as Prism
 * does before validating a request: a closed schema then refuses them as unknown properties.
 * @param {Record<string, any>} schemas
 * @returns {Record<string, any>}
 */
export function withoutReadOnly(schemas) {
  /** @param {any} node @returns {any} */
  const strip = (node) => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    /** @type {Record<string, any>} */
    const copy = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') {
        copy[key] = Object.fromEntries(
          Object.entries(value)
            .filter(([, property]) => !(property && typeof property === 'object' && property.readOnly === true))
            .map(([name, property]) => [name, strip(property)]),
        );
      } else {
        copy[key] = strip(value);
      }
    }
    return copy;
  };
  return strip(schemas);
}

/**
 * Teaches an Ajv the formats the spec uses. OpenAPI's `password` format marks a secret and
 * carries no constraint. `date-time` is the strict RFC 3339 one of rfc3339.mjs, in place of
 * ajv-formats' own, which also takes a space for the `T`.
 * @param {import('ajv/dist/2020.js').Ajv2020} ajv
 */
export function addSpecFormats(ajv) {
  addFormats(ajv);
  ajv.addFormat('password', true);
  ajv.addFormat('date-time', RFC3339_DATE_TIME);
}

/**
 * An Ajv (draft 2020-12, formats on) that knows the spec's component schemas.
 * @param {OpenApiDocument} document
 * @param {{ requestSide?: boolean }} [options] requestSide: drop readOnly properties first.
 */
export function createSpecAjv(document, options = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addSpecFormats(ajv);
  // OpenAPI's discriminator only names the property that tells ConnectEvent's variants apart
  // (the variants' own patterns do the telling), and x-include-data and x-displayName (a rule's
  // name for readers) only document.
  ajv.addVocabulary(['components', 'discriminator', 'x-include-data', 'x-displayName']);
  const schemas = options.requestSide ? withoutReadOnly(document.components.schemas) : document.components.schemas;
  ajv.addSchema({ $id: SPEC_ID, components: { schemas } });
  return {
    ajv,
    /**
     * A validator for one named component schema.
     * @param {string} name
     */
    schema(name) {
      const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
      if (!validate) throw new Error(`openapi.yaml has no schema named ${name}`);
      return validate;
    },
  };
}
