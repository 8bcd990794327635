// @ts-check
// Compares two versions of one schema in the direction its values travel. A schema of values
// services send (a request body, a parameter) breaks them when it gets tighter; one of values
// they read (an answer, a webhook message) breaks them when it gets looser or loses a field. The
// comparison only names what changed (enum-value-removed, limit-tightened, ...); findings.mjs
// decides, from the side, whether that breaks anyone.
import { childPointer } from '../../src/json-pointer.js';
import { nodeAt, refTarget, view } from './documents.mjs';

/** @typedef {import('./documents.mjs').View} View */
/** @typedef {import('./documents.mjs').Loc} Loc */
/** @typedef {import('./documents.mjs').SpecFiles} SpecFiles */
/** @typedef {import('./findings.mjs').Collector} Collector */
/** @typedef {import('./findings.mjs').Side} Side */

/**
 * Where and how a schema is compared.
 * @typedef {object} SchemaContext
 * @property {Collector} collector
 * @property {SpecFiles} baseFiles
 * @property {SpecFiles} headFiles
 * @property {Side} side who sends or reads the values (see findings.mjs)
 * @property {string} document the document the place is in
 * @property {string} place the place for people, such as "POST /v2.1/accounts/{accountId}/connect request body"
 * @property {string[]} labels how the walk got here beyond the data path: "rule users", "then", "variant EnvelopeEvent"
 * @property {boolean} shape whether the schema says what fields exist (false inside if/then/else, where properties only constrain)
 * @property {Set<string>} stack the pairs being compared, against reference loops
 */

/** Keywords that describe and never constrain; a change to them is only counted. */
const ANNOTATIONS = new Set([
  'description', 'summary', 'title', 'examples', 'example', '$comment', 'deprecated', 'externalDocs', 'default',
  'readOnly', 'writeOnly', 'contentMediaType', 'contentEncoding', 'contentSchema', 'xml', '$schema', '$id', '$anchor',
  '$dynamicAnchor', '$defs', 'definitions',
]);

/** Upper limits (lower is tighter) and lower limits (higher is tighter). */
const LIMITS = /** @type {const} */ ({
  maxLength: 'max', maxItems: 'max', maxProperties: 'max', maximum: 'max', exclusiveMaximum: 'max',
  minLength: 'min', minItems: 'min', minProperties: 'min', minimum: 'min', exclusiveMinimum: 'min',
});

/** Keywords compared one by one below; anything else that is not an annotation is compared whole. */
const HANDLED = new Set([
  '$ref', 'type', 'nullable', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'unevaluatedProperties',
  'items', 'allOf', 'oneOf', 'anyOf', 'if', 'then', 'else', 'pattern', 'format', 'uniqueItems', 'multipleOf',
  'discriminator', ...Object.keys(LIMITS),
]);

/**
 * Whether a keyword only describes.
 * @param {string} keyword
 */
export function isAnnotation(keyword) {
  return ANNOTATIONS.has(keyword) || keyword.startsWith('x-');
}

/**
 * A stand-in for a schema that is not written: it allows anything.
 * @param {Loc} loc the nearest node that is written
 * @returns {View}
 */
export function anything(loc) {
  return { value: {}, at: {}, self: loc, target: loc, synthetic: true };
}

/**
 * The view of `parent[keyword]`, or of `parent[keyword][key]`; `anything` when it is not written.
 * @param {SpecFiles} files
 * @param {View} parent
 * @param {string} keyword
 * @param {string} [key]
 * @returns {View}
 */
export function sub(files, parent, keyword, key) {
  const holder = parent.at[keyword];
  const container = isObject(parent.value) ? parent.value[keyword] : undefined;
  const node = key === undefined ? container : isObject(container) || Array.isArray(container) ? /** @type {Record<string, unknown>} */ (container)[key] : undefined;
  if (holder === undefined || node === undefined) return anything(parent.target);
  const at = childPointer(holder.pointer, keyword);
  return view(files, { file: holder.file, pointer: key === undefined ? at : childPointer(at, key) }, node);
}

/**
 * Where a keyword of a schema is written, or the schema itself when it has no such keyword.
 * @param {View} schema
 * @param {string} keyword
 * @param {...string} rest deeper segments (an enum item's index)
 * @returns {Loc}
 */
function keywordLoc(schema, keyword, ...rest) {
  const holder = schema.at[keyword];
  if (holder === undefined) return schema.target;
  let pointer = childPointer(holder.pointer, keyword);
  for (const segment of rest) pointer = childPointer(pointer, segment);
  return { file: holder.file, pointer };
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A schema value as compared: `true` and an absent schema allow anything, `false` nothing. */
/** @param {unknown} value @returns {Record<string, any> | false} */
function normal(value) {
  if (value === false) return false;
  return isObject(value) ? value : {};
}

/** A value in messages: strings as they are, anything else as JSON. */
/** @param {unknown} value */
export function shown(value) {
  return typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value);
}

/**
 * JSON with sorted keys, for comparing values whatever the key order.
 * @param {unknown} value
 * @returns {string}
 */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * A schema with its references inlined and its annotations dropped, for comparing conditions.
 * @param {SpecFiles} files
 * @param {Loc} loc
 * @param {unknown} node
 * @param {number} [depth]
 * @returns {unknown}
 */
function constraintsOf(files, loc, node, depth = 0) {
  if (depth > 32) return '…';
  if (Array.isArray(node)) return node.map((item, index) => constraintsOf(files, { file: loc.file, pointer: childPointer(loc.pointer, String(index)) }, item, depth + 1));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    const target = refTarget(files, loc.file, node.$ref);
    const { $ref, ...siblings } = node;
    const inner = target === undefined ? { $ref } : constraintsOf(files, target, nodeAt(files, target), depth + 1);
    const rest = /** @type {Record<string, unknown>} */ (constraintsOf(files, loc, siblings, depth + 1));
    return isObject(inner) ? { ...inner, ...rest } : { allOf: [inner, rest] };
  }
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (isAnnotation(key)) continue;
    const at = { file: loc.file, pointer: childPointer(loc.pointer, key) };
    if ((key === 'properties' || key === 'patternProperties' || key === 'dependentSchemas') && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, constraintsOf(files, { file: at.file, pointer: childPointer(at.pointer, name) }, schema, depth + 1)]));
    } else {
      out[key] = constraintsOf(files, at, value, depth + 1);
    }
  }
  return out;
}

/**
 * The place for people: the context's place, the data path, and how the walk got there.
 * @param {SchemaContext} context
 * @param {string} path
 */
function placeOf(context, path) {
  return `${context.place}${path === '' ? '' : ` ${path}`}${context.labels.length === 0 ? '' : ` (${context.labels.join(', ')})`}`;
}

/**
 * @param {SchemaContext} context
 * @param {string} path
 * @param {string} kind
 * @param {string} what
 * @param {Loc} head
 * @param {Loc | undefined} base
 */
function emit(context, path, kind, what, head, base) {
  context.collector.add({ side: context.side, place: placeOf(context, path), document: context.document }, kind, what, { head, base });
}

/**
 * Compares two versions of a schema and records every change.
 * @param {SchemaContext} context
 * @param {View} base
 * @param {View} head
 * @param {string} path the data path so far (`/events/items`)
 */
export function compareSchemas(context, base, head, path) {
  if (base.opaque !== undefined || head.opaque !== undefined) {
    if (base.opaque !== head.opaque) emit(context, path, 'ref-not-followed', `a reference changed: ${base.opaque ?? 'none'} → ${head.opaque ?? 'none'}`, head.target, base.target);
    return;
  }
  const b = normal(base.value);
  const h = normal(head.value);
  if (b === false || h === false) {
    if (b === false && h !== false) emit(context, path, 'value-allowed', 'a value that was forbidden (schema `false`) is now allowed', head.target, base.target);
    if (b !== false && h === false) emit(context, path, 'value-forbidden', 'a value that was allowed is now forbidden (schema `false`)', head.target, base.target);
    return;
  }
  const key = [context.side, context.shape, base.synthetic ? '-' : `${base.target.file}#${base.target.pointer}`, head.synthetic ? '-' : `${head.target.file}#${head.target.pointer}`].join('|');
  if (context.stack.has(key) || context.stack.size > 200) return;
  context.stack.add(key);
  try {
    for (const keyword of new Set([...Object.keys(b), ...Object.keys(h)])) {
      if (isAnnotation(keyword) && canonical(b[keyword]) !== canonical(h[keyword])) context.collector.annotation(head.at[keyword] ?? head.target, keyword);
    }
    // A description written beside a $ref hides the referenced schema's own: compare that too.
    const [baseTarget, headTarget] = [nodeAt(context.baseFiles, base.target), nodeAt(context.headFiles, head.target)];
    if (!base.synthetic && !head.synthetic && head.target !== head.self && isObject(baseTarget) && isObject(headTarget)) {
      for (const keyword of new Set([...Object.keys(baseTarget), ...Object.keys(headTarget)])) {
        if (isAnnotation(keyword) && canonical(baseTarget[keyword]) !== canonical(headTarget[keyword])) context.collector.annotation(head.target, keyword);
      }
    }
    compareTypes(context, base, head, b, h, path);
    compareValues(context, base, head, b, h, path);
    compareLimits(context, base, head, b, h, path);
    compareObjects(context, base, head, b, h, path);
    if (b.items !== undefined || h.items !== undefined) {
      compareSchemas(context, sub(context.baseFiles, base, 'items'), sub(context.headFiles, head, 'items'), `${path}/items`);
    }
    compareAllOf(context, base, head, path);
    for (const keyword of ['oneOf', 'anyOf']) compareAlternatives(context, base, head, keyword, path);
    compareDiscriminators(context, base, head, b, h, path);
    compareConditions(context, base, head, b, h, path);
    for (const keyword of new Set([...Object.keys(b), ...Object.keys(h)])) {
      if (HANDLED.has(keyword) || isAnnotation(keyword)) continue;
      const before = constraintsOf(context.baseFiles, keywordLoc(base, keyword), b[keyword]);
      const after = constraintsOf(context.headFiles, keywordLoc(head, keyword), h[keyword]);
      if (canonical(before) === canonical(after)) continue;
      const kind = b[keyword] === undefined ? 'constraint-added' : h[keyword] === undefined ? 'constraint-removed' : 'keyword-changed';
      const what = kind === 'constraint-added' ? `\`${keyword}\` was added` : kind === 'constraint-removed' ? `\`${keyword}\` was removed` : `\`${keyword}\` changed`;
      emit(context, path, kind, what, keywordLoc(head, keyword), keywordLoc(base, keyword));
    }
  } finally {
    context.stack.delete(key);
  }
}

/**
 * The types a schema allows, or undefined for any.
 * @param {Record<string, any>} schema
 * @returns {Set<string> | undefined}
 */
function typesOf(schema) {
  const type = schema.type;
  if (type === undefined) return undefined;
  const types = new Set(Array.isArray(type) ? type.map(String) : [String(type)]);
  if (schema.nullable === true) types.add('null');
  return types;
}

/**
 * @param {Set<string> | undefined} types
 * @param {string} type
 */
function allows(types, type) {
  return types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
}

/** @param {Iterable<string>} types */
function typeList(types) {
  return [...types].map((type) => `\`${type}\``).join(' or ');
}

/**
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareTypes(context, base, head, b, h, path) {
  const before = typesOf(b);
  const after = typesOf(h);
  if (before === undefined && after === undefined) return;
  const at = [keywordLoc(head, 'type'), keywordLoc(base, 'type')];
  const [headLoc, baseLoc] = /** @type {[Loc, Loc]} */ (at);
  if (before === undefined && after !== undefined) {
    emit(context, path, 'type-removed', `the type is now ${typeList(after)} (any type before)`, headLoc, baseLoc);
  } else if (before !== undefined && after === undefined) {
    emit(context, path, 'type-added', `any type is now allowed (${typeList(before)} before)`, headLoc, baseLoc);
  } else if (before !== undefined && after !== undefined) {
    const removed = [...before].filter((type) => !allows(after, type));
    const added = [...after].filter((type) => !allows(before, type));
    if (removed.length > 0 && added.length > 0) emit(context, path, 'type-changed', `the type changed from ${typeList(before)} to ${typeList(after)}`, headLoc, baseLoc);
    else if (removed.length > 0) emit(context, path, 'type-removed', `${typeList(removed)} is no longer allowed (now ${typeList(after)})`, headLoc, baseLoc);
    else if (added.length > 0) emit(context, path, 'type-added', `${typeList(added)} is now allowed too (${typeList(before)} before)`, headLoc, baseLoc);
  }
}

/**
 * The values a schema allows (`enum`, or `const` as a list of one), or undefined for any.
 * @param {Record<string, any>} schema
 * @returns {{ keyword: 'enum' | 'const', values: unknown[] } | undefined}
 */
function valuesOf(schema) {
  if ('const' in schema) return { keyword: 'const', values: [schema.const] };
  if (Array.isArray(schema.enum)) return { keyword: 'enum', values: schema.enum };
  return undefined;
}

/**
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareValues(context, base, head, b, h, path) {
  const before = valuesOf(b);
  const after = valuesOf(h);
  if (before === undefined && after === undefined) return;
  if (before === undefined && after !== undefined) {
    const list = after.values.map(shown).join(', ');
    emit(context, path, 'enum-added', `the value is now restricted to ${list} (any value before)`, keywordLoc(head, after.keyword), base.target);
    return;
  }
  if (before !== undefined && after === undefined) {
    emit(context, path, 'enum-removed', `the list of allowed values (${before.values.map(shown).join(', ')}) was removed`, head.target, keywordLoc(base, before.keyword));
    return;
  }
  if (before === undefined || after === undefined) return;
  const afterKeys = after.values.map(canonical);
  const beforeKeys = before.values.map(canonical);
  before.values.forEach((value, index) => {
    if (afterKeys.includes(canonical(value))) return;
    const baseLoc = before.keyword === 'enum' ? keywordLoc(base, 'enum', String(index)) : keywordLoc(base, 'const');
    emit(context, path, 'enum-value-removed', `${shown(value)} was removed from the allowed values`, keywordLoc(head, after.keyword), baseLoc);
  });
  after.values.forEach((value, index) => {
    if (beforeKeys.includes(canonical(value))) return;
    const headLoc = after.keyword === 'enum' ? keywordLoc(head, 'enum', String(index)) : keywordLoc(head, 'const');
    emit(context, path, 'enum-value-added', `${shown(value)} was added to the allowed values`, headLoc, keywordLoc(base, before.keyword));
  });
}

/**
 * Limits, uniqueItems, multipleOf, pattern and format.
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareLimits(context, base, head, b, h, path) {
  for (const [keyword, bound] of Object.entries(LIMITS)) {
    const before = typeof b[keyword] === 'number' ? b[keyword] : undefined;
    const after = typeof h[keyword] === 'number' ? h[keyword] : undefined;
    if (before === after) continue;
    const tighter = after !== undefined && (before === undefined || (bound === 'max' ? after < before : after > before));
    const what = `\`${keyword}\` is now ${after ?? 'gone'} (${before ?? 'none'} before)`;
    emit(context, path, tighter ? 'limit-tightened' : 'limit-loosened', what, keywordLoc(head, keyword), keywordLoc(base, keyword));
  }
  if ((b.uniqueItems === true) !== (h.uniqueItems === true)) {
    const kind = h.uniqueItems === true ? 'limit-tightened' : 'limit-loosened';
    emit(context, path, kind, `\`uniqueItems\` is now ${h.uniqueItems === true} (${b.uniqueItems === true} before)`, keywordLoc(head, 'uniqueItems'), keywordLoc(base, 'uniqueItems'));
  }
  const [mb, mh] = [b.multipleOf, h.multipleOf];
  if (mb !== mh && (typeof mb === 'number' || typeof mh === 'number')) {
    const tighter = typeof mh === 'number' && (typeof mb !== 'number' || !Number.isInteger(mb / mh));
    const looser = typeof mb === 'number' && (typeof mh !== 'number' || !Number.isInteger(mh / mb));
    const what = `\`multipleOf\` is now ${mh ?? 'gone'} (${mb ?? 'none'} before)`;
    if (tighter) emit(context, path, 'limit-tightened', what, keywordLoc(head, 'multipleOf'), keywordLoc(base, 'multipleOf'));
    if (looser) emit(context, path, 'limit-loosened', what, keywordLoc(head, 'multipleOf'), keywordLoc(base, 'multipleOf'));
  }
  for (const keyword of ['pattern', 'format']) {
    const before = b[keyword];
    const after = h[keyword];
    if (before === after) continue;
    const kind = before === undefined ? `${keyword}-added` : after === undefined ? `${keyword}-removed` : `${keyword}-changed`;
    const what =
      before === undefined
        ? `the ${keyword} ${shown(after)} was added`
        : after === undefined
          ? `the ${keyword} ${shown(before)} was removed`
          : `the ${keyword} changed from ${shown(before)} to ${shown(after)}`;
    emit(context, path, kind, what, keywordLoc(head, keyword), keywordLoc(base, keyword));
  }
}

/**
 * The properties a side can see, by name: readOnly ones are not sent and writeOnly ones not read.
 * @param {SchemaContext} context
 * @param {SpecFiles} files
 * @param {View} schema
 * @returns {{ visible: Map<string, View>, hidden: Set<string> }}
 */
function propertiesOf(context, files, schema) {
  /** @type {Map<string, View>} */
  const visible = new Map();
  /** @type {Set<string>} */
  const hidden = new Set();
  const properties = isObject(schema.value) ? schema.value.properties : undefined;
  if (!isObject(properties)) return { visible, hidden };
  const hiddenMarker = sends(context) ? 'readOnly' : 'writeOnly';
  for (const name of Object.keys(properties)) {
    const property = sub(files, schema, 'properties', name);
    if (isObject(property.value) && property.value[hiddenMarker] === true) hidden.add(name);
    else visible.set(name, property);
  }
  return { visible, hidden };
}

/** @param {SchemaContext} context */
function sends(context) {
  return context.side === 'request' || context.side === 'ack';
}

/** @param {Record<string, any>} schema */
function isClosed(schema) {
  return schema.additionalProperties === false || schema.unevaluatedProperties === false;
}

/**
 * The schema for properties a schema does not list.
 * @param {SpecFiles} files
 * @param {View} schema
 */
function restOf(files, schema) {
  return isObject(schema.value) && schema.value.additionalProperties !== undefined ? sub(files, schema, 'additionalProperties') : anything(schema.target);
}

/**
 * properties, required, additionalProperties and unevaluatedProperties.
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareObjects(context, base, head, b, h, path) {
  const before = propertiesOf(context, context.baseFiles, base);
  const after = propertiesOf(context, context.headFiles, head);
  const hiddenBy = sends(context) ? 'readOnly (set by the server), which takes it out of requests' : 'writeOnly, which takes it out of what is read';
  const headRequired = new Set(Array.isArray(h.required) ? h.required.map(String) : []);
  for (const [name, property] of before.visible) {
    const now = after.visible.get(name);
    const at = `${path}/${name}`;
    if (now !== undefined) {
      compareSchemas(context, property, now, at);
    } else if (context.shape) {
      const what = after.hidden.has(name) ? `\`${name}\` became ${hiddenBy}` : `\`${name}\` was removed`;
      const headLoc = after.hidden.has(name) ? keywordLoc(head, 'properties', name) : keywordLoc(head, 'properties');
      emit(context, at, 'property-removed', what, headLoc, property.self);
    } else {
      compareSchemas(context, property, restOf(context.headFiles, head), at);
    }
  }
  for (const [name, property] of after.visible) {
    if (before.visible.has(name)) continue;
    const at = `${path}/${name}`;
    if (!context.shape) {
      compareSchemas(context, restOf(context.baseFiles, base), property, at);
    } else if (!sends(context) && isClosed(b)) {
      emit(context, at, 'property-added-to-closed-object', `\`${name}\` was added`, property.self, keywordLoc(base, 'properties'));
    } else {
      emit(context, at, 'property-added', `\`${name}\` was added (${headRequired.has(name) ? 'required' : 'optional'})`, property.self, keywordLoc(base, 'properties'));
    }
  }
  const baseRequired = new Set(Array.isArray(b.required) ? b.required.map(String) : []);
  [...headRequired].forEach((name) => {
    if (baseRequired.has(name) || after.hidden.has(name)) return;
    const index = String(/** @type {unknown[]} */ (h.required).indexOf(name));
    const what = before.visible.has(name) || !context.shape ? `\`${name}\` is now required` : `\`${name}\` was added as a required property`;
    emit(context, `${path}/${name}`, 'property-now-required', what, keywordLoc(head, 'required', index), keywordLoc(base, 'required'));
  });
  [...baseRequired].forEach((name) => {
    if (headRequired.has(name) || before.hidden.has(name)) return;
    // A removed property is reported as removed; only one that is still there became optional.
    if (context.shape && (after.hidden.has(name) || (!after.visible.has(name) && before.visible.has(name)))) return;
    const index = String(/** @type {unknown[]} */ (b.required).indexOf(name));
    emit(context, `${path}/${name}`, 'property-now-optional', `\`${name}\` is no longer required`, keywordLoc(head, 'required'), keywordLoc(base, 'required', index));
  });
  for (const keyword of ['additionalProperties', 'unevaluatedProperties']) {
    const was = b[keyword];
    const is = h[keyword];
    if (was === undefined && is === undefined) continue;
    if (was !== false && is === false) {
      emit(context, path, 'object-closed', `\`${keyword}\` is now false: no property beyond those listed is allowed`, keywordLoc(head, keyword), keywordLoc(base, keyword));
    } else if (was === false && is !== false) {
      emit(context, path, 'object-opened', `\`${keyword}\` is no longer false: properties beyond those listed may come`, keywordLoc(head, keyword), keywordLoc(base, keyword));
    } else if (isObject(was) || isObject(is)) {
      compareSchemas(context, sub(context.baseFiles, base, keyword), sub(context.headFiles, head, keyword), `${path}/*`);
    }
  }
}

/**
 * The entries of a list of schemas (allOf, oneOf, anyOf), each with the name it is matched by:
 * the component it references, else its title, else its position.
 * @param {SpecFiles} files
 * @param {View} schema
 * @param {string} keyword
 * @returns {Array<{ name: string, named: boolean, view: View, index: number }> | undefined}
 */
function entriesOf(files, schema, keyword) {
  const list = isObject(schema.value) ? schema.value[keyword] : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.map((node, index) => {
    const entry = sub(files, schema, keyword, String(index));
    const ref = isObject(node) && typeof node.$ref === 'string' ? node.$ref.split('/').at(-1) : undefined;
    const title = isObject(entry.value) && typeof entry.value.title === 'string' ? entry.value.title : undefined;
    const name = ref ?? title;
    return { name: name ?? `#${index + 1}`, named: name !== undefined, view: entry, index };
  });
}

/**
 * Pairs the entries of two lists: by name, then what is left by position.
 * @template {{ name: string, index: number }} T
 * @param {T[]} before
 * @param {T[]} after
 */
function pairUp(before, after) {
  /** @type {Array<[T, T]>} */
  const pairs = [];
  const leftBefore = new Set(before);
  const leftAfter = new Set(after);
  for (const entry of after) {
    const match = [...leftBefore].find((candidate) => candidate.name === entry.name);
    if (match === undefined) continue;
    pairs.push([match, entry]);
    leftBefore.delete(match);
    leftAfter.delete(entry);
  }
  for (const entry of [...leftAfter]) {
    const match = [...leftBefore].find((candidate) => candidate.index === entry.index);
    if (match === undefined) continue;
    pairs.push([match, entry]);
    leftBefore.delete(match);
    leftAfter.delete(entry);
  }
  return { pairs, removed: [...leftBefore], added: [...leftAfter] };
}

/**
 * allOf: each entry is a rule every value must follow (the request body's rule blocks have titles
 * they are matched by). A new rule tightens; a removed one loosens.
 * @param {SchemaContext} context @param {View} base @param {View} head @param {string} path
 */
function compareAllOf(context, base, head, path) {
  const before = entriesOf(context.baseFiles, base, 'allOf') ?? [];
  const after = entriesOf(context.headFiles, head, 'allOf') ?? [];
  if (before.length === 0 && after.length === 0) return;
  const label = (/** @type {{ name: string, named: boolean }} */ entry) => (entry.named ? `rule ${entry.name}` : `allOf entry ${entry.name}`);
  const { pairs, removed, added } = pairUp(before, after);
  for (const entry of removed) emit(context, path, 'rule-removed', `${label(entry)} was removed`, keywordLoc(head, 'allOf'), entry.view.self);
  for (const entry of added) emit(context, path, 'rule-added', `${label(entry)} was added`, entry.view.self, keywordLoc(base, 'allOf'));
  for (const [was, is] of pairs) compareSchemas({ ...context, labels: [...context.labels, label(is)] }, was.view, is.view, path);
}

/**
 * oneOf and anyOf: the shapes a value may take. A removed shape tightens; a new one loosens.
 * @param {SchemaContext} context @param {View} base @param {View} head @param {string} keyword @param {string} path
 */
function compareAlternatives(context, base, head, keyword, path) {
  const before = entriesOf(context.baseFiles, base, keyword);
  const after = entriesOf(context.headFiles, head, keyword);
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    const kind = before === undefined ? 'constraint-added' : 'constraint-removed';
    emit(context, path, kind, `\`${keyword}\` was ${before === undefined ? 'added' : 'removed'}`, keywordLoc(head, keyword), keywordLoc(base, keyword));
    return;
  }
  const { pairs, removed, added } = pairUp(before, after);
  for (const entry of removed) emit(context, path, 'branch-removed', `the variant ${entry.name} was removed from \`${keyword}\``, keywordLoc(head, keyword), entry.view.self);
  for (const entry of added) emit(context, path, 'branch-added', `the variant ${entry.name} was added to \`${keyword}\``, entry.view.self, keywordLoc(base, keyword));
  for (const [was, is] of pairs) compareSchemas({ ...context, labels: [...context.labels, `variant ${is.name}`] }, was.view, is.view, path);
}

/**
 * The discriminator's mapping keys are values of the property it names: a new key is a new kind
 * of value (a new event name, for the webhook).
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareDiscriminators(context, base, head, b, h, path) {
  const before = isObject(b.discriminator?.mapping) ? b.discriminator.mapping : {};
  const after = isObject(h.discriminator?.mapping) ? h.discriminator.mapping : {};
  const property = h.discriminator?.propertyName ?? b.discriminator?.propertyName ?? 'the discriminator';
  const at = (/** @type {View} */ schema, /** @type {string} */ key) => (key in (schema === base ? before : after) ? keywordLoc(schema, 'discriminator', 'mapping', key) : keywordLoc(schema, 'discriminator'));
  for (const key of Object.keys(after)) {
    if (!(key in before)) emit(context, path, 'discriminator-value-added', `${shown(key)} was added to the discriminator mapping of \`${property}\``, at(head, key), at(base, key));
    else if (before[key] !== after[key]) emit(context, path, 'discriminator-target-changed', `${shown(key)} now maps to ${after[key]} (${before[key]} before)`, at(head, key), at(base, key));
  }
  for (const key of Object.keys(before)) {
    if (!(key in after)) emit(context, path, 'discriminator-value-removed', `${shown(key)} was removed from the discriminator mapping of \`${property}\``, at(head, key), at(base, key));
  }
}

/**
 * if/then/else: a changed condition cannot be proven looser; `then` and `else` are compared as
 * constraints (their properties constrain, they do not declare fields).
 * @param {SchemaContext} context @param {View} base @param {View} head
 * @param {Record<string, any>} b @param {Record<string, any>} h @param {string} path
 */
function compareConditions(context, base, head, b, h, path) {
  if (b.if !== undefined || h.if !== undefined) {
    const before = b.if === undefined ? undefined : constraintsOf(context.baseFiles, keywordLoc(base, 'if'), b.if);
    const after = h.if === undefined ? undefined : constraintsOf(context.headFiles, keywordLoc(head, 'if'), h.if);
    if (canonical(before) !== canonical(after)) {
      const what = before === undefined ? 'a condition (`if`) was added' : after === undefined ? 'the condition (`if`) was removed' : 'the condition (`if`) changed';
      emit(context, path, 'rule-condition-changed', what, keywordLoc(head, 'if'), keywordLoc(base, 'if'));
    }
  }
  for (const keyword of ['then', 'else']) {
    if (b[keyword] === undefined && h[keyword] === undefined) continue;
    const inner = { ...context, shape: false, labels: [...context.labels, keyword] };
    compareSchemas(inner, sub(context.baseFiles, base, keyword), sub(context.headFiles, head, keyword), path);
  }
}
