// @ts-check
// Reads the two sides of the comparison: the documents and package.json at a git ref (with
// `git cat-file`, so the working tree is never touched) and as they are in the working tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpecReadError, parseSpecText } from './documents.mjs';

/** The spec documents compared, relative to the repository root. */
export const DOCUMENTS = ['openapi.yaml', 'openapi.docusign.yaml'];

/** A reason the comparison cannot run (exit 2). */
export class CannotRun extends Error {}

/**
 * Runs git and returns its output, or undefined when it exits non-zero.
 * @param {string} cwd
 * @param {string[]} args
 */
function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error !== undefined) {
    throw new CannotRun(`git could not be started (${result.error.message}): install git, or put it on the PATH.`);
  }
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * The root of the git repository that holds `cwd`.
 * @param {string} cwd
 */
export function repositoryRoot(cwd) {
  const root = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (root === undefined || root === '') {
    throw new CannotRun(`${cwd} is not inside a git repository: run spec:diff from a clone of the project.`);
  }
  return root;
}

/**
 * The commit a ref names.
 * @param {string} root
 * @param {string} ref
 */
export function resolveCommit(root, ref) {
  // A ref that starts with "-" would be read as an option by git.
  const commit = ref.startsWith('-') ? undefined : git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])?.trim();
  if (commit === undefined || commit === '') {
    throw new CannotRun(`git does not know the ref "${ref}". If it is a branch of the remote, fetch it first, e.g. git fetch origin main (in CI: actions/checkout with fetch-depth: 0).`);
  }
  return commit;
}

/**
 * A file's text at a commit, or undefined when the commit does not have it.
 * @param {string} root
 * @param {string} commit
 * @param {string} path
 */
function textAt(root, commit, path) {
  if (git(root, ['cat-file', '-e', `${commit}:${path}`]) === undefined) return undefined;
  const text = git(root, ['cat-file', 'blob', `${commit}:${path}`]);
  if (text === undefined) throw new CannotRun(`git could not read ${path} at ${commit.slice(0, 12)}.`);
  return text;
}

/**
 * A file's text in the working tree, or undefined when it is not there.
 * @param {string} root
 * @param {string} path
 */
function textHere(root, path) {
  const file = join(root, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * The two sides.
 * @typedef {object} Sides
 * @property {string} commit the base commit
 * @property {import('./documents.mjs').SpecFiles} base the documents at the base
 * @property {import('./documents.mjs').SpecFiles} head the documents in the working tree
 * @property {Record<string, any> | undefined} basePackage package.json at the base
 * @property {Record<string, any>} headPackage package.json in the working tree
 */

/**
 * Reads both sides; a document that does not parse on either side cannot be compared.
 * @param {string} root
 * @param {string} ref
 * @returns {Sides}
 */
export function readSides(root, ref) {
  const commit = resolveCommit(root, ref);
  /** @type {import('./documents.mjs').SpecFiles} */
  const base = new Map();
  /** @type {import('./documents.mjs').SpecFiles} */
  const head = new Map();
  for (const document of DOCUMENTS) {
    const before = textAt(root, commit, document);
    const after = textHere(root, document);
    try {
      if (after !== undefined) head.set(document, parseSpecText(`${document} in the working tree`, after));
      // Parsing is most of a run's time; an unchanged document is parsed once for both sides.
      const same = before !== undefined && before === after ? head.get(document) : undefined;
      if (before !== undefined) base.set(document, same ?? parseSpecText(`${document} at ${ref}`, before, { lines: false }));
    } catch (error) {
      if (error instanceof SpecReadError) throw new CannotRun(`${error.message} Fix it, then run spec:diff again.`);
      throw error;
    }
  }
  if (!head.has('openapi.yaml')) throw new CannotRun(`There is no openapi.yaml in ${root}: spec:diff compares the project's spec documents.`);
  const headPackageText = textHere(root, 'package.json');
  if (headPackageText === undefined) throw new CannotRun(`There is no package.json in ${root}: the version rule needs it.`);
  const basePackageText = textAt(root, commit, 'package.json');
  return { commit, base, head, basePackage: packageOf(`package.json at ${ref}`, basePackageText), headPackage: /** @type {Record<string, any>} */ (packageOf('package.json', headPackageText)) };
}

/**
 * @param {string} name
 * @param {string | undefined} text
 * @returns {Record<string, any> | undefined}
 */
function packageOf(name, text) {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CannotRun(`${name} is not JSON (${/** @type {Error} */ (error).message}).`);
  }
}
