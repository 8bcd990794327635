// @ts-check
// Compares two versions of the spec documents: each operation (path and method) and each webhook,
// their parameters, bodies and answers, handing every schema to schemas.mjs with the side its
// values travel on. The entry point is diffSpecs.
import { childPointer } from '../../src/json-pointer.js';
import { view } from './documents.mjs';
import { Collector } from './findings.mjs';
import { canonical, compareSchemas, isAnnotation, sub } from './schemas.mjs';

/** @typedef {import('./documents.mjs').SpecFiles} SpecFiles */
/** @typedef {import('./documents.mjs').View} View */
/** @typedef {import('./documents.mjs').Loc} Loc */
/** @typedef {import('./findings.mjs').Finding} Finding */
/** @typedef {import('./findings.mjs').Side} Side */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** What stays in a document apart from its operations and webhooks, compared as description. */
const DOCUMENT_ANNOTATIONS = ['tags', 'externalDocs', 'servers'];

/**
 * The outcome of comparing the documents of two sides.
 * @typedef {object} SpecDiff
 * @property {Finding[]} findings every change, breaking or not, ordered by document and line
 * @property {Array<{ document: string, atBase: boolean, atHead: boolean, descriptive: number }>} documents what was compared
 * @property {string[]} notes things said once (a document new at the head)
 */

/**
 * Compares the named documents as they are in `base` and in `head`.
 * @param {SpecFiles} base
 * @param {SpecFiles} head
 * @param {string[]} documents paths relative to the repository root, such as openapi.yaml
 * @returns {SpecDiff}
 */
export function diffSpecs(base, head, documents) {
  const collector = new Collector(base, head);
  /** @type {string[]} */
  const notes = [];
  for (const document of documents) {
    const before = base.get(document);
    const after = head.get(document);
    if (before === undefined && after === undefined) continue;
    if (before === undefined) {
      notes.push(`${document} is not in the base: everything in it is new.`);
      continue;
    }
    if (after === undefined) {
      collector.add({ side: 'document', place: document, document }, 'document-removed', `${document} was removed`, { head: { file: document, pointer: '' }, base: { file: document, pointer: '' } });
      continue;
    }
    compareDocument(collector, base, head, document);
  }
  const counts = collector.descriptiveCounts();
  return {
    findings: collector.findings(),
    documents: documents.map((document) => ({ document, atBase: base.has(document), atHead: head.has(document), descriptive: counts.get(document) ?? 0 })),
    notes,
  };
}

/**
 * @typedef {object} Pair the two sides of the comparison, for one document
 * @property {Collector} collector
 * @property {SpecFiles} base
 * @property {SpecFiles} head
 * @property {string} document
 */

/**
 * @param {Collector} collector
 * @param {SpecFiles} base
 * @param {SpecFiles} head
 * @param {string} document
 */
function compareDocument(collector, base, head, document) {
  /** @type {Pair} */
  const pair = { collector, base, head, document };
  const root = { file: document, pointer: '' };
  const before = view(base, root, base.get(document)?.data);
  const after = view(head, root, head.get(document)?.data);
  // info.version is the version rule's business; the rest of info only describes.
  annotations(pair, sub(base, before, 'info'), sub(head, after, 'info'), ['title', 'summary', 'description', 'contact', 'license', 'termsOfService']);
  for (const keyword of DOCUMENT_ANNOTATIONS) {
    if (canonical(before.value[keyword]) !== canonical(after.value[keyword])) collector.annotation(after.at[keyword] ?? root, keyword);
  }
  compareOperations(pair, operationsOf(base, before, 'paths'), operationsOf(head, after, 'paths'), 'operation');
  compareOperations(pair, operationsOf(base, before, 'webhooks'), operationsOf(head, after, 'webhooks'), 'webhook');
  compareSchemaNames(pair, before.value?.components?.schemas, after.value?.components?.schemas);
}

/**
 * The generated types export each component schema by name (`components['schemas']['HttpsUrl']`),
 * so a name that is gone breaks services that use it, even when every use in the document moved
 * to a renamed copy and the operations read the same. New names break nothing and are not listed.
 * @param {Pair} pair
 * @param {unknown} before the base's components.schemas
 * @param {unknown} after the working tree's
 */
function compareSchemaNames(pair, before, after) {
  if (before === null || typeof before !== 'object') return;
  const kept = after !== null && typeof after === 'object' ? after : {};
  for (const name of Object.keys(before)) {
    if (Object.hasOwn(kept, name)) continue;
    const place = `components.schemas.${name}`;
    pair.collector.add({ side: 'document', place, document: pair.document }, 'schema-name-removed', `the schema ${name} was removed or renamed`, {
      head: { file: pair.document, pointer: Object.keys(kept).length > 0 ? '/components/schemas' : '' },
      base: { file: pair.document, pointer: childPointer('/components/schemas', name) },
    });
  }
}

/**
 * Counts changed annotations of an object (descriptions, summaries, extensions).
 * @param {Pair} pair
 * @param {View} before
 * @param {View} after
 * @param {string[]} [also] other keywords that only describe here
 */
function annotations(pair, before, after, also = []) {
  const b = before.value ?? {};
  const h = after.value ?? {};
  for (const keyword of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if ((isAnnotation(keyword) || also.includes(keyword)) && canonical(b[keyword]) !== canonical(h[keyword])) {
      pair.collector.annotation(after.at[keyword] ?? after.target, keyword);
    }
  }
}

/**
 * The operations of `paths` (by "METHOD /path") or of `webhooks` (by "webhook name", with the
 * method when it is not POST), each with its path item's parameters.
 * @param {SpecFiles} files
 * @param {View} document
 * @param {'paths' | 'webhooks'} keyword
 * @returns {Map<string, { operation: View, item: View }>}
 */
function operationsOf(files, document, keyword) {
  /** @type {Map<string, { operation: View, item: View }>} */
  const found = new Map();
  const container = document.value?.[keyword];
  if (container === null || typeof container !== 'object') return found;
  for (const name of Object.keys(container)) {
    const item = sub(files, document, keyword, name);
    if (item.value === null || typeof item.value !== 'object') continue;
    for (const method of METHODS) {
      if (item.value[method] === undefined) continue;
      const label = keyword === 'paths' ? `${method.toUpperCase()} ${name}` : `webhook ${name}${method === 'post' ? '' : ` (${method.toUpperCase()})`}`;
      found.set(label, { operation: sub(files, item, method), item });
    }
  }
  return found;
}

/**
 * @param {Pair} pair
 * @param {Map<string, { operation: View, item: View }>} before
 * @param {Map<string, { operation: View, item: View }>} after
 * @param {'operation' | 'webhook'} kind
 */
function compareOperations(pair, before, after, kind) {
  for (const [label, was] of before) {
    const is = after.get(label);
    if (is === undefined) {
      const parent = { file: pair.document, pointer: kind === 'operation' ? '/paths' : '/webhooks' };
      pair.collector.add({ side: kind, place: label, document: pair.document }, `${kind}-removed`, `${label} was removed`, { head: parent, base: was.operation.self });
      continue;
    }
    compareOperation(pair, label, was, is, kind);
  }
  for (const [label, is] of after) {
    if (before.has(label)) continue;
    pair.collector.add({ side: kind, place: label, document: pair.document }, `${kind}-added`, `${label} was added`, { head: is.operation.self, base: undefined });
  }
}

/**
 * @param {Pair} pair
 * @param {string} label
 * @param {{ operation: View, item: View }} was
 * @param {{ operation: View, item: View }} is
 * @param {'operation' | 'webhook'} kind
 */
function compareOperation(pair, label, was, is, kind) {
  annotations(pair, was.operation, is.operation, ['tags', 'summary', 'description']);
  annotations(pair, was.item, is.item);
  const webhook = kind === 'webhook';
  const before = was.operation.value;
  const after = is.operation.value;
  if (before.operationId !== after.operationId && before.operationId !== undefined) {
    pair.collector.add({ side: kind, place: label, document: pair.document }, 'operation-id-changed', `the operationId changed from ${before.operationId} to ${after.operationId ?? 'none'}`, {
      head: keyLoc(is.operation, 'operationId'),
      base: keyLoc(was.operation, 'operationId'),
    });
  }
  compareSecurity(pair, label, was.operation, is.operation, kind);
  compareParameters(pair, label, was, is, webhook ? 'event' : 'request');
  compareBodies(pair, `${label} ${webhook ? 'body' : 'request body'}`, sub(pair.base, was.operation, 'requestBody'), sub(pair.head, is.operation, 'requestBody'), webhook ? 'event' : 'request');
  compareResponses(pair, label, was.operation, is.operation, webhook ? 'ack' : 'answer');
}

/**
 * The security requirements in force for an operation: its own, or else the document's.
 * @param {SpecFiles} files
 * @param {View} operation
 * @param {string} document
 * @returns {{ value: unknown, at: Loc }}
 */
function securityOf(files, operation, document) {
  if (operation.value?.security !== undefined) return { value: operation.value.security, at: keyLoc(operation, 'security') };
  const root = files.get(document)?.data;
  return { value: root?.security, at: { file: document, pointer: root?.security === undefined ? '' : '/security' } };
}

/**
 * An operation's security requirements. None at all any more breaks nobody; any other change
 * (a new scope, another scheme) may refuse the tokens services have, and is breaking: this tool
 * does not weigh one set of requirements against another.
 * @param {Pair} pair
 * @param {string} label
 * @param {View} was
 * @param {View} is
 * @param {'operation' | 'webhook'} kind
 */
function compareSecurity(pair, label, was, is, kind) {
  const before = securityOf(pair.base, was, pair.document);
  const after = securityOf(pair.head, is, pair.document);
  if (canonical(before.value ?? []) === canonical(after.value ?? [])) return;
  const open = !Array.isArray(after.value) || after.value.length === 0 || after.value.some((requirement) => canonical(requirement) === '{}');
  pair.collector.add(
    { side: kind, place: label, document: pair.document },
    open ? 'security-removed' : 'security-changed',
    `the security requirements changed from ${canonical(before.value ?? [])} to ${canonical(after.value ?? [])}`,
    { head: after.at, base: before.at },
  );
}

/**
 * Where a keyword of an object is written, or the object when it has none.
 * @param {View} object
 * @param {string} keyword
 * @returns {Loc}
 */
function keyLoc(object, keyword) {
  const holder = object.at[keyword];
  return holder === undefined ? object.target : { file: holder.file, pointer: childPointer(holder.pointer, keyword) };
}

/**
 * A schema context for one place.
 * @param {Pair} pair
 * @param {Side} side
 * @param {string} place
 * @returns {import('./schemas.mjs').SchemaContext}
 */
function schemaContext(pair, side, place) {
  return { collector: pair.collector, baseFiles: pair.base, headFiles: pair.head, side, document: pair.document, place, labels: [], shape: true, stack: new Set() };
}

/**
 * The parameters of an operation with its path item's, by `in` and name (header names in lower case).
 * @param {SpecFiles} files
 * @param {{ operation: View, item: View }} operation
 * @returns {Map<string, View>}
 */
function parametersOf(files, operation) {
  /** @type {Map<string, View>} */
  const found = new Map();
  for (const holder of [operation.item, operation.operation]) {
    const list = holder.value?.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const parameter = sub(files, holder, 'parameters', String(index));
      const value = parameter.value ?? {};
      const name = value.in === 'header' ? String(value.name).toLowerCase() : String(value.name);
      found.set(`${value.in}:${name}`, parameter);
    });
  }
  return found;
}

/**
 * Parameters: sent by services for an operation, read by listeners for a webhook (its headers).
 * @param {Pair} pair
 * @param {string} label
 * @param {{ operation: View, item: View }} was
 * @param {{ operation: View, item: View }} is
 * @param {Side} side
 */
function compareParameters(pair, label, was, is, side) {
  const before = parametersOf(pair.base, was);
  const after = parametersOf(pair.head, is);
  const describe = (/** @type {View} */ parameter) => `${parameter.value?.in === 'header' ? 'header' : 'parameter'} ${parameter.value?.name} (${parameter.value?.in})`;
  for (const [key, parameter] of before) {
    const now = after.get(key);
    const place = `${label} ${describe(parameter)}`;
    const context = { side, place, document: pair.document };
    if (now === undefined) {
      pair.collector.add(context, 'parameter-removed', `${describe(parameter)} was removed`, { head: keyLoc(is.operation, 'parameters'), base: parameter.self });
      continue;
    }
    annotations(pair, parameter, now);
    const [wasRequired, isRequired] = [parameter.value?.required === true, now.value?.required === true];
    if (!wasRequired && isRequired) pair.collector.add(context, 'parameter-now-required', `${describe(now)} is now required`, { head: keyLoc(now, 'required'), base: keyLoc(parameter, 'required') });
    if (wasRequired && !isRequired) pair.collector.add(context, 'parameter-now-optional', `${describe(now)} is no longer required`, { head: keyLoc(now, 'required'), base: keyLoc(parameter, 'required') });
    for (const keyword of ['style', 'explode', 'allowReserved', 'allowEmptyValue']) {
      if (canonical(parameter.value?.[keyword]) !== canonical(now.value?.[keyword])) {
        pair.collector.add(context, 'parameter-style-changed', `\`${keyword}\` changed`, { head: keyLoc(now, keyword), base: keyLoc(parameter, keyword) });
      }
    }
    compareSchemas(schemaContext(pair, side, place), sub(pair.base, parameter, 'schema'), sub(pair.head, now, 'schema'), '');
    compareContent(pair, side, place, parameter, now);
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    const place = `${label} ${describe(parameter)}`;
    const required = parameter.value?.required === true;
    pair.collector.add({ side, place, document: pair.document }, required ? 'parameter-now-required' : 'parameter-added', `${describe(parameter)} was added${required ? ' as required' : ''}`, {
      head: parameter.self,
      base: keyLoc(was.operation, 'parameters'),
    });
  }
}

/**
 * A request body: sent by services (operation) or read by listeners (webhook).
 * @param {Pair} pair
 * @param {string} place
 * @param {View} before
 * @param {View} after
 * @param {Side} side
 */
function compareBodies(pair, place, before, after, side) {
  const context = { side, place, document: pair.document };
  if (before.synthetic && after.synthetic) return;
  if (before.synthetic) {
    const required = after.value?.required === true;
    pair.collector.add(context, required ? 'body-now-required' : 'body-added', `a ${required ? 'required' : 'optional'} body was added`, { head: after.self, base: undefined });
    return;
  }
  if (after.synthetic) {
    pair.collector.add(context, 'body-removed', 'the body was removed', { head: after.target, base: before.self });
    return;
  }
  annotations(pair, before, after);
  const [wasRequired, isRequired] = [before.value?.required === true, after.value?.required === true];
  if (!wasRequired && isRequired) pair.collector.add(context, 'body-now-required', 'the body is now required', { head: keyLoc(after, 'required'), base: keyLoc(before, 'required') });
  if (wasRequired && !isRequired) pair.collector.add(context, 'body-now-optional', 'the body is no longer required', { head: keyLoc(after, 'required'), base: keyLoc(before, 'required') });
  compareContent(pair, side, place, before, after);
}

/**
 * The media types of a body, answer or parameter, and their schemas and examples.
 * @param {Pair} pair
 * @param {Side} side
 * @param {string} place
 * @param {View} before
 * @param {View} after
 */
function compareContent(pair, side, place, before, after) {
  const was = before.value?.content ?? {};
  const is = after.value?.content ?? {};
  const context = { side, place, document: pair.document };
  const types = new Set([...Object.keys(was), ...Object.keys(is)]);
  if (Object.keys(was).length > 0 && Object.keys(is).length === 0) {
    pair.collector.add(context, 'body-removed', 'the body was removed (no content left)', { head: after.target, base: keyLoc(before, 'content') });
    return;
  }
  for (const type of types) {
    const shownPlace = types.size > 1 || type !== 'application/json' ? `${place} (${type})` : place;
    if (!(type in is)) {
      pair.collector.add({ ...context, place: shownPlace }, 'media-type-removed', `the media type ${type} was removed`, { head: keyLoc(after, 'content'), base: sub(pair.base, before, 'content', type).self });
      continue;
    }
    const media = sub(pair.head, after, 'content', type);
    if (!(type in was)) {
      pair.collector.add({ ...context, place: shownPlace }, 'media-type-added', `the media type ${type} was added`, { head: media.self, base: keyLoc(before, 'content') });
      continue;
    }
    const old = sub(pair.base, before, 'content', type);
    for (const keyword of ['examples', 'example']) {
      const a = resolvedExamples(pair.base, old, keyword);
      const b = resolvedExamples(pair.head, media, keyword);
      if (canonical(a) !== canonical(b)) pair.collector.annotation(media.at[keyword] ?? media.target, keyword);
    }
    compareSchemas(schemaContext(pair, side, shownPlace), sub(pair.base, old, 'schema'), sub(pair.head, media, 'schema'), '');
  }
}

/**
 * A media type's examples with their references followed, for counting example changes.
 * @param {SpecFiles} files
 * @param {View} media
 * @param {string} keyword
 */
function resolvedExamples(files, media, keyword) {
  const examples = media.value?.[keyword];
  if (keyword === 'example' || examples === null || typeof examples !== 'object') return examples;
  return Object.fromEntries(Object.keys(examples).map((name) => [name, sub(files, media, keyword, name).value]));
}

/**
 * Whether a status is covered by a list of response keys: the code itself, its range, or default.
 * @param {string} status
 * @param {string[]} keys
 * @returns {string | undefined} the key that covers it
 */
export function coveringStatus(status, keys) {
  if (keys.includes(status)) return status;
  const range = keys.find((key) => /^[1-5]XX$/i.test(key) && key[0] === status[0] && /^\d{3}$/.test(status));
  if (range !== undefined) return range;
  return keys.includes('default') ? 'default' : undefined;
}

/**
 * Answers: read by services (operation) or written by listeners (webhook).
 * @param {Pair} pair
 * @param {string} label
 * @param {View} was
 * @param {View} is
 * @param {Side} side
 */
function compareResponses(pair, label, was, is, side) {
  const before = was.value?.responses ?? {};
  const after = is.value?.responses ?? {};
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  const placeOf = (/** @type {string} */ status) => (side === 'ack' ? `${label} answer ${status} from the listener` : `${label} ${status} answer`);
  for (const status of afterKeys) {
    const response = sub(pair.head, is, 'responses', status);
    const context = { side, place: placeOf(status), document: pair.document };
    const covering = coveringStatus(status, beforeKeys);
    if (covering === undefined) {
      pair.collector.add(context, 'status-added', `the status ${status} was added`, { head: response.self, base: keyLoc(was, 'responses') });
      continue;
    }
    if (covering !== status) pair.collector.add(context, 'status-added-covered', `the status ${status} was added (it was covered by ${covering} before)`, { head: response.self, base: keyLoc(was, 'responses') });
    compareResponse(pair, side, placeOf(status), sub(pair.base, was, 'responses', covering), response);
  }
  for (const status of beforeKeys) {
    if (status in after) continue;
    const response = sub(pair.base, was, 'responses', status);
    const context = { side, place: placeOf(status), document: pair.document };
    const covering = coveringStatus(status, afterKeys);
    if (covering === undefined) {
      pair.collector.add(context, 'status-removed', `the status ${status} was removed`, { head: keyLoc(is, 'responses'), base: response.self });
      continue;
    }
    pair.collector.add(context, 'status-removed-covered', `the status ${status} was removed (${covering} still covers it)`, { head: keyLoc(is, 'responses'), base: response.self });
    compareResponse(pair, side, placeOf(status), response, sub(pair.head, is, 'responses', covering));
  }
}

/**
 * One answer: its headers and its content.
 * @param {Pair} pair
 * @param {Side} side
 * @param {string} place
 * @param {View} before
 * @param {View} after
 */
function compareResponse(pair, side, place, before, after) {
  annotations(pair, before, after);
  const headersOf = (/** @type {SpecFiles} */ files, /** @type {View} */ response) =>
    new Map(Object.keys(response.value?.headers ?? {}).map((name) => [name.toLowerCase(), { name, header: sub(files, response, 'headers', name) }]));
  const was = headersOf(pair.base, before);
  const is = headersOf(pair.head, after);
  for (const [key, { name, header }] of was) {
    const now = is.get(key);
    const context = { side, place: `${place} header ${name}`, document: pair.document };
    if (now === undefined) {
      pair.collector.add(context, 'header-removed', `the header ${name} was removed`, { head: keyLoc(after, 'headers'), base: header.self });
      continue;
    }
    annotations(pair, header, now.header);
    const [wasRequired, isRequired] = [header.value?.required === true, now.header.value?.required === true];
    if (wasRequired && !isRequired) pair.collector.add(context, 'header-now-optional', `the header ${name} is no longer required`, { head: keyLoc(now.header, 'required'), base: keyLoc(header, 'required') });
    if (!wasRequired && isRequired) pair.collector.add(context, 'header-now-required', `the header ${name} is now required`, { head: keyLoc(now.header, 'required'), base: keyLoc(header, 'required') });
    compareSchemas(schemaContext(pair, side, context.place), sub(pair.base, header, 'schema'), sub(pair.head, now.header, 'schema'), '');
  }
  for (const [key, { name, header }] of is) {
    if (was.has(key)) continue;
    const required = header.value?.required === true;
    const context = { side, place: `${place} header ${name}`, document: pair.document };
    pair.collector.add(context, required ? 'header-now-required' : 'header-added', `the header ${name} was added${required ? ' as required' : ''}`, { head: header.self, base: keyLoc(before, 'headers') });
  }
  compareContent(pair, side, place, before, after);
}

