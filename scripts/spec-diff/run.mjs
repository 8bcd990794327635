// @ts-check
// One comparison from start to end: read both sides, compare the documents, check the version
// rule. The command (scripts/spec-diff.mjs) prints what this returns.
import { diffSpecs } from './operations.mjs';
import { DOCUMENTS, readSides } from './sides.mjs';
import { checkVersionRule } from './version-rule.mjs';

/**
 * The versions the rule compares: the base's released version, and each place at the working
 * tree that holds one (package.json and the info.version of each spec document there).
 * @param {import('./sides.mjs').Sides} sides
 * @returns {import('./version-rule.mjs').Versions}
 */
export function versionsOf(sides) {
  /** @type {Record<string, unknown>} */
  const head = { 'package.json version': sides.headPackage.version };
  for (const document of DOCUMENTS) {
    const file = sides.head.get(document);
    if (file !== undefined) head[`${document} info.version`] = file.data.info?.version;
  }
  const base = sides.basePackage?.version ?? sides.base.get('openapi.yaml')?.data.info?.version;
  return { base: typeof base === 'string' ? base : undefined, head };
}

/**
 * Compares the spec at `ref` with the working tree of the repository at `root`.
 * @param {string} root
 * @param {string} ref
 * @returns {import('./reports.mjs').SpecDiffRun}
 */
export function specDiff(root, ref) {
  const sides = readSides(root, ref);
  const diff = diffSpecs(sides.base, sides.head, DOCUMENTS);
  const breaking = diff.findings.some((finding) => finding.breaking);
  return { ref, commit: sides.commit, findings: diff.findings, documents: diff.documents, notes: diff.notes, version: checkVersionRule(versionsOf(sides), breaking) };
}
