// @ts-check
// Section 3: validateConfiguration on its own, on the brief's two bodies, on the widest valid
// body and on the body with all 46 properties (refused, so the report is written too); then the
// time per item of a long userIds list, valid and refused, at sizes from 1,000 to 40,000, which
// must stay flat (a check that compares every pair of items grows with the list instead).
import { allProperties, briefAccount, briefRecipient, widestValid } from './bodies.mjs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildDir, builtEntry, runWhenMain } from './child.mjs';
import { measureRounds } from './stats.mjs';

/** @param {import('./child.mjs').Settings} settings */
export async function run(settings) {
  /** @type {typeof import('../../src/index.js')} */
  const { validateConfiguration } = await import(builtEntry);
  // The compiled schema check the client's validation is built around: the floor of its cost.
  /** @type {typeof import('../../generated/validators.cjs')} */
  const compiled = createRequire(import.meta.url)(join(buildDir, 'generated', 'validators.cjs'));
  const bodies = { briefAccount, briefRecipient, widestValid, allProperties };
  const expected = { briefAccount: true, briefRecipient: true, widestValid: true, allProperties: false };
  for (const [name, body] of Object.entries(bodies)) {
    const report = validateConfiguration(body);
    if (report.valid !== expected[/** @type {keyof typeof expected} */ (name)]) {
      throw new Error(`validation: ${name} was expected ${report.valid ? 'to be refused' : 'to pass'}: ${JSON.stringify(report.problems).slice(0, 400)}`);
    }
  }
  // Calls are grouped (100 per timed call) so that the timer's own cost does not count.
  const group = 100;
  /** @param {unknown} body */
  const hundred = (body) => () => {
    for (let i = 0; i < group; i++) validateConfiguration(/** @type {any} */ (body));
  };
  /** @param {unknown} body */
  const hundredCompiled = (body) => () => {
    for (let i = 0; i < group; i++) compiled.validateConnectConfiguration(body);
  };
  const figures = await measureRounds(
    Object.fromEntries(Object.entries(bodies).flatMap(([name, body]) => [[name, hundred(body)], [`${name}.compiled`, hundredCompiled(body)]])),
    settings.quick ? { warmupRounds: 1, rounds: 2, iterations: 20 } : { warmupRounds: 3, rounds: 25, iterations: 300 },
  );
  /** @param {string} name */
  const perCall = (name) => {
    const figure = /** @type {import('./stats.mjs').Figure} */ (figures[name]);
    return { ...figure, median: figure.median / group, p25: figure.p25 / group, p75: figure.p75 / group };
  };
  const target = {
    text: '≤ 5 µs',
    atMost: 5,
    missedBecause: 'the check writes the value as JSON and reads it back before validating it, so that what is checked is what would be sent (getters, toJSON, Dates); that round trip is most of the time on a small body.',
  };
  /** @param {string} name */
  const floor = (name) => ({ name: 'the compiled schema check alone (Ajv, no messages)', figure: perCall(`${name}.compiled`) });
  const rows = [
    { what: "the brief's account-level body (9 properties)", ours: perCall('briefAccount'), peer: floor('briefAccount'), target },
    { what: "the brief's Recipient Connect body (9 properties)", ours: perCall('briefRecipient'), peer: floor('briefRecipient'), target },
    { what: 'the widest valid body (43 properties)', ours: perCall('widestValid'), peer: floor('widestValid') },
    { what: 'all 46 properties (refused: 3 problems reported)', ours: perCall('allProperties'), peer: floor('allProperties') },
  ];
  return {
    title: 'Validation throughput',
    method:
      '`validateConfiguration(body)` called in a loop; each figure is the time of one call, and the notes give the same as calls per second. ' +
      `The long-list rows give the time per item of a \`userIds\` list of ${LIST_SIZES.map((size) => size.toLocaleString('en-US')).join(', ')} items (each validated as many times as makes ${LIST_ITEMS.toLocaleString('en-US')} items per timed call), compared with the shortest list: the same time per item at every size means the check is linear in the list's length.`,
    rows: [...rows, ...(await longListRows(validateConfiguration, settings))],
    notes: rows.map((row) => `${row.what}: ${Math.round(1e6 / row.ours.median).toLocaleString('en-US')} calls/s.`),
  };
}

/** The list sizes of the long-list rows, smallest first. */
const LIST_SIZES = [1_000, 5_000, 10_000, 40_000];
/** Items validated per timed call at every size, so that each size does the same work. */
const LIST_ITEMS = 40_000;

/**
 * A JSON SIM body whose userIds lists `size` distinct user IDs: valid GUIDs, or ids that are not
 * GUIDs (refused, one problem each, so that the report's messages are part of the time).
 * @param {number} size
 * @param {boolean} valid
 */
function longListBody(size, valid) {
  const userIds = Array.from({ length: size }, (_, i) => (valid ? `${i.toString(16).padStart(8, '0')}-1c47-4e8f-b2a6-9f30c8d71e25` : `user-${i}`));
  return { ...briefAccount, allUsers: 'false', userIds };
}

/**
 * Time per item of validating long userIds lists, valid and refused, at each of LIST_SIZES; the
 * largest is held to the target "flat" against the smallest.
 * @param {(body: unknown) => { valid: boolean, problems: unknown[] }} validateConfiguration
 * @param {import('./child.mjs').Settings} settings
 */
async function longListRows(validateConfiguration, settings) {
  const notLinear =
    'some step of the check is not linear in the length of the list: look for a uniqueItems list whose item type Ajv cannot see (src/validate-bounds.test.ts), or for a scan of all findings per finding in src/validate.ts.';
  const kinds = [
    {
      key: 'valid',
      valid: true,
      label: (/** @type {string} */ size) => `${size} valid user IDs, per item`,
      missedBecause: `the time per item grows with the list, so ${notLinear}`,
    },
    {
      key: 'invalid',
      valid: false,
      label: (/** @type {string} */ size) => `${size} ids that are not GUIDs (refused: a problem each), per item`,
      missedBecause:
        "a refused list makes one problem per item, all kept until the report is returned. Past a few thousand they no longer fit in V8's young generation, and the garbage collector copies and promotes them, which costs more per item; with a larger young generation (`node --max-semi-space-size=128`) the same measurement grew about 1.35× from 1,000 to 40,000. No step scans the other findings (src/validate.ts looks them up by place). A rise at every size, rather than a step, would instead mean that " +
        notLinear,
    },
  ];
  /** @type {Record<string, () => void>} */
  const subjects = {};
  for (const kind of kinds) {
    for (const size of LIST_SIZES) {
      const body = longListBody(size, kind.valid);
      const report = validateConfiguration(body);
      if (report.valid !== kind.valid || report.problems.length !== (kind.valid ? 0 : size)) {
        throw new Error(`validation: ${size} ${kind.key} userIds gave ${report.problems.length} problems (valid: ${report.valid})`);
      }
      subjects[`${kind.key}.${size}`] = () => {
        for (let i = 0; i < LIST_ITEMS / size; i++) validateConfiguration(body);
      };
    }
  }
  const figures = await measureRounds(subjects, settings.quick ? { warmupRounds: 1, rounds: 1, iterations: 1 } : { warmupRounds: 2, rounds: 15, iterations: 1 });
  /** @param {string} name @returns {import('./stats.mjs').Figure} */
  const perItem = (name) => {
    const figure = /** @type {import('./stats.mjs').Figure} */ (figures[name]);
    const scale = 1000 / LIST_ITEMS;
    return { ...figure, median: figure.median * scale, p25: figure.p25 * scale, p75: figure.p75 * scale, unit: 'ns' };
  };
  const [smallest] = LIST_SIZES;
  const largest = LIST_SIZES[LIST_SIZES.length - 1];
  return kinds.flatMap((kind) => {
    const flat = { text: 'flat: ≤ 1.5× from the smallest to the largest', ratioAtMost: 1.5, missedBecause: kind.missedBecause };
    const shortest = { name: kind.label(Number(smallest).toLocaleString('en-US')), figure: perItem(`${kind.key}.${smallest}`) };
    return LIST_SIZES.map((size) => ({
      what: kind.label(size.toLocaleString('en-US')),
      ours: perItem(`${kind.key}.${size}`),
      ...(size === smallest ? {} : { peer: shortest }),
      ...(size === largest ? { target: flat } : {}),
    }));
  });
}

runWhenMain(import.meta.url, run);
