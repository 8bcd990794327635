// @ts-check
// Section 3: validateConfiguration on its own, on the brief's two bodies, on the widest valid
// body and on the body with all 46 properties (refused, so the report is written too).
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
    method: '`validateConfiguration(body)` called in a loop; each figure is the time of one call, and the notes give the same as calls per second.',
    rows,
    notes: rows.map((row) => `${row.what}: ${Math.round(1e6 / row.ours.median).toLocaleString('en-US')} calls/s.`),
  };
}

runWhenMain(import.meta.url, run);
