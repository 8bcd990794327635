// @ts-check
// The spec documents as the differ reads them: parsed YAML that remembers the line of every
// node, and `$ref` resolution across the documents of one side (the base or the working tree),
// so that openapi.docusign.yaml's `./openapi.yaml#/...` lands in the openapi.yaml of that side.
import { posix } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { childPointer, parsePointer } from '../../src/json-pointer.js';

/** @typedef {{ data: Record<string, any>, lines: Map<string, number> }} SpecFile */
/** The documents of one side, by path relative to the repository root (`openapi.yaml`). */
/** @typedef {Map<string, SpecFile>} SpecFiles */
/** A node's place: the document that holds it and its JSON pointer there. */
/** @typedef {{ file: string, pointer: string }} Loc */
/**
 * A schema (or any object) with its `$ref`s followed: `value` is the target with the keywords
 * written beside each `$ref` laid over it (as OpenAPI 3.1 reads them), `at` says where each
 * top-level keyword was written, `self` is the node as reached and `target` the innermost node.
 * `opaque` is set for a reference this tool does not follow (another file), whose text is then
 * the whole value.
 * `synthetic` marks a stand-in for a schema that is not written (an absent `then` allows anything).
 * @typedef {{ value: any, at: Record<string, Loc>, self: Loc, target: Loc, opaque?: string, synthetic?: boolean }} View
 */

/** A document that cannot be read: the run cannot compare it (exit 2). */
export class SpecReadError extends Error {}

/**
 * Parses one document, recording the 1-based line of every mapping key and sequence item.
 * @param {string} file the name shown in messages
 * @param {string} text
 * @param {{ lines?: boolean }} [options] lines: false skips the line table (the base needs none)
 * @returns {SpecFile}
 */
export function parseSpecText(file, text, options = {}) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error !== undefined) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new SpecReadError(`${file} line ${line} does not parse as YAML: ${error.message.split('\n')[0]}`);
  }
  const data = document.toJS({ maxAliasCount: -1 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SpecReadError(`${file} is not an OpenAPI document: its top level is not a mapping.`);
  }
  /** @type {Map<string, number>} */
  const lines = new Map([['', 1]]);
  if (options.lines !== false) recordLines(document.contents, '', lineCounter, lines);
  return { data, lines };
}

/**
 * @param {unknown} node
 * @param {string} pointer
 * @param {LineCounter} counter
 * @param {Map<string, number>} lines
 */
function recordLines(node, pointer, counter, lines) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = childPointer(pointer, key);
      const start = /** @type {any} */ (pair.key)?.range?.[0] ?? /** @type {any} */ (pair.value)?.range?.[0];
      if (typeof start === 'number') lines.set(child, counter.linePos(start).line);
      recordLines(pair.value, child, counter, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const child = childPointer(pointer, String(index));
      const start = /** @type {any} */ (item)?.range?.[0];
      if (typeof start === 'number') lines.set(child, counter.linePos(start).line);
      recordLines(item, child, counter, lines);
    });
  }
}

/**
 * The line of the node at `pointer`, or of its nearest ancestor that the document has.
 * @param {SpecFiles} files
 * @param {Loc} loc
 * @returns {number | undefined}
 */
export function lineOf(files, loc) {
  const lines = files.get(loc.file)?.lines;
  if (lines === undefined) return undefined;
  let pointer = loc.pointer;
  for (;;) {
    const line = lines.get(pointer);
    if (line !== undefined) return line;
    if (pointer === '') return undefined;
    pointer = pointer.slice(0, pointer.lastIndexOf('/'));
  }
}

/**
 * Whether the document has a node at `loc`.
 * @param {SpecFiles} files
 * @param {Loc} loc
 */
export function exists(files, loc) {
  return nodeAt(files, loc) !== undefined;
}

/**
 * The value at a place, or undefined.
 * @param {SpecFiles} files
 * @param {Loc} loc
 * @returns {any}
 */
export function nodeAt(files, loc) {
  /** @type {any} */
  let node = files.get(loc.file)?.data;
  for (const part of parsePointer(loc.pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

/**
 * Where a `$ref` written in `from` points, or undefined when it leaves the documents this tool
 * reads (another file, a URL).
 * @param {SpecFiles} files
 * @param {string} from the file holding the reference
 * @param {string} ref
 * @returns {Loc | undefined}
 */
export function refTarget(files, from, ref) {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : decodeURIComponent(ref.slice(hash + 1));
  if (fragment !== '' && !fragment.startsWith('/')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) return undefined;
  const file = filePart === '' ? from : posix.normalize(posix.join(posix.dirname(from), filePart));
  return files.has(file) ? { file, pointer: fragment } : undefined;
}

/** The component a pointer lies in, as `components.schemas.Name`, if it lies in one. */
/** @param {string} pointer */
export function componentOf(pointer) {
  const parts = parsePointer(pointer);
  return parts[0] === 'components' && parts.length >= 3 ? `components.${parts[1]}.${parts[2]}` : undefined;
}

/**
 * Follows the `$ref`s of the node at `loc` (given as `node`), with a guard against loops.
 * @param {SpecFiles} files
 * @param {Loc} loc
 * @param {any} node
 * @returns {View}
 */
export function view(files, loc, node) {
  return follow(files, loc, node, new Set());
}

/**
 * @param {SpecFiles} files
 * @param {Loc} loc
 * @param {any} node
 * @param {Set<string>} seen
 * @returns {View}
 */
function follow(files, loc, node, seen) {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || typeof node.$ref !== 'string') {
    /** @type {Record<string, Loc>} */
    const at = {};
    if (node !== null && typeof node === 'object') for (const key of Object.keys(node)) at[key] = loc;
    return { value: node, at, self: loc, target: loc };
  }
  const { $ref, ...siblings } = node;
  const target = refTarget(files, loc.file, $ref);
  const key = target === undefined ? '' : `${target.file}#${target.pointer}`;
  if (target === undefined || seen.has(key) || nodeAt(files, target) === undefined) {
    const why = target === undefined ? 'not followed' : seen.has(key) ? 'a loop' : 'unresolvable';
    /** @type {Record<string, Loc>} */
    const at = {};
    for (const name of Object.keys(node)) at[name] = loc;
    return { value: node, at, self: loc, target: loc, opaque: `${$ref} (${why})` };
  }
  seen.add(key);
  const inner = follow(files, target, nodeAt(files, target), seen);
  if (inner.value === null || typeof inner.value !== 'object') {
    // A boolean schema behind a reference: the keywords beside the reference are all that is left.
    return Object.keys(siblings).length === 0 ? { ...inner, self: loc } : follow(files, loc, siblings, seen);
  }
  /** @type {Record<string, Loc>} */
  const at = { ...inner.at };
  for (const name of Object.keys(siblings)) at[name] = loc;
  return { value: { ...inner.value, ...siblings }, at, self: loc, target: inner.target, ...(inner.opaque === undefined ? {} : { opaque: inner.opaque }) };
}
