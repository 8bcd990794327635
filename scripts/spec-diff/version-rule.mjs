// @ts-check
// The version rule: package.json's version and the info.version of both spec documents are one
// version, and a breaking change to the spec needs a major release, meaning a version outside
// npm's caret range of the base version (which services' `^x.y.z` dependencies accept). For 0.x
// versions npm's caret treats the minor as the major: ^0.1.0 accepts 0.1.5 but not 0.2.0.

/** @typedef {{ major: number, minor: number, patch: number, prerelease: string }} Semver */

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Reads a semantic version (MAJOR.MINOR.PATCH, with an optional pre-release and build).
 * @param {unknown} text
 * @returns {Semver | undefined}
 */
export function parseSemver(text) {
  if (typeof text !== 'string') return undefined;
  const match = SEMVER.exec(text.trim());
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ?? '' };
}

/**
 * Whether `after` is a major release after `before` in npm's sense: higher, and outside `^before`.
 * For 1.x and later that is a higher major; for 0.y (y > 0) a higher minor (or major); for 0.0.z
 * any higher patch.
 * @param {Semver} before
 * @param {Semver} after
 */
export function isMajorBump(before, after) {
  if (before.major > 0) return after.major > before.major;
  if (before.minor > 0) return after.major > 0 || after.minor > before.minor;
  return after.major > 0 || after.minor > 0 || after.patch > before.patch;
}

/** The smallest version a breaking change may be released as, after `version`. */
/** @param {Semver} version */
export function nextMajor(version) {
  if (version.major > 0) return `${version.major + 1}.0.0`;
  if (version.minor > 0) return `0.${version.minor + 1}.0`;
  return `0.0.${version.patch + 1}`;
}

/**
 * The versions the rule looks at.
 * @typedef {object} Versions
 * @property {string | undefined} base the released version the change starts from (base package.json, else base openapi.yaml info.version)
 * @property {Record<string, unknown>} head each place at the working tree that holds the version, such as { 'package.json version': '0.1.0', 'openapi.yaml info.version': '0.1.0' }
 */

/**
 * The outcome of the rule.
 * @typedef {object} VersionCheck
 * @property {boolean} ok
 * @property {string | undefined} base
 * @property {string | undefined} head the working tree's version, when every place agrees
 * @property {string[]} problems each broken part of the rule, with the fix
 */

/**
 * Names as a sentence lists them: `a`, `a and b`, `a, b and c`.
 * @param {string[]} names
 */
function listed(names) {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Checks the version rule.
 * @param {Versions} versions
 * @param {boolean} breaking whether the spec has breaking changes since the base
 * @returns {VersionCheck}
 */
export function checkVersionRule(versions, breaking) {
  /** @type {string[]} */
  const problems = [];
  const entries = Object.entries(versions.head);
  const distinct = [...new Set(entries.map(([, value]) => String(value)))];
  for (const [where, value] of entries) {
    if (parseSemver(value) === undefined) problems.push(`${where} is ${JSON.stringify(value ?? null)}, which is not a version (MAJOR.MINOR.PATCH). Write one, the same in all of ${entries.map(([name]) => name).join(', ')}.`);
  }
  if (distinct.length > 1) {
    const listed = entries.map(([where, value]) => `${where} ${JSON.stringify(value ?? null)}`).join(', ');
    problems.push(`The versions differ: ${listed}. They move together: set all of them to the version being released.`);
  }
  const head = distinct.length === 1 ? distinct[0] : undefined;
  const before = parseSemver(versions.base);
  const after = parseSemver(head);
  if (breaking && before === undefined) {
    problems.push(`The spec has breaking changes, but there is no version at the base to compare with (${JSON.stringify(versions.base ?? null)}), so no major release can be confirmed. Give the base a version, or undo the breaking changes.`);
  }
  if (breaking && before !== undefined && after !== undefined && !isMajorBump(before, after)) {
    const zero = before.major === 0 ? ` (for 0.x versions npm's caret range treats the minor as the major, so ^${versions.base} accepts ${head === versions.base ? 'it' : head})` : '';
    problems.push(
      `The spec has breaking changes, but the version goes from ${versions.base} to ${head}, which services depending on ^${versions.base} would still install${zero}. ` +
        `Release it as ${nextMajor(before)} or later (set ${listed(entries.map(([name]) => name))} to it), or undo the breaking changes.`,
    );
  }
  return { ok: problems.length === 0, base: versions.base, head, problems };
}
