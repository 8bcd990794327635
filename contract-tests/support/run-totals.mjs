// @ts-check
// Counting a Vitest run's results, shared by the summary reporter and `npm run contract`, so that
// the printed line and the exit code can never disagree.

/**
 * @typedef {object} ModuleCounts
 * @property {number} passed
 * @property {number} failed  Failed tests; 1 for a file that could not run at all.
 * @property {number} skipped
 * @property {boolean} broken The file failed to load, or its hooks threw outside any test.
 */

/**
 * @param {import('vitest/node').TestModule} module
 * @returns {ModuleCounts}
 */
export function countModule(module) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of module.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed') counts.passed += 1;
    else if (state === 'failed') counts.failed += 1;
    else counts.skipped += 1;
  }
  const broken = module.errors().length > 0 || (counts.failed === 0 && module.state() === 'failed');
  if (broken && counts.failed === 0) counts.failed = 1;
  return { ...counts, broken };
}

/**
 * @typedef {object} RunTotals
 * @property {number} passed
 * @property {number} failed  Failed tests, files that could not run, and errors outside tests.
 * @property {number} skipped
 * @property {number} ran     Tests that actually ran (passed or failed).
 * @property {string[]} brokenFiles
 * @property {number} unhandled Errors outside any test.
 */

/**
 * @param {ReadonlyArray<import('vitest/node').TestModule>} modules
 * @param {number} unhandled
 * @returns {RunTotals}
 */
export function totalsOf(modules, unhandled) {
  const totals = { passed: 0, failed: unhandled, skipped: 0, ran: 0, brokenFiles: /** @type {string[]} */ ([]), unhandled };
  for (const module of modules) {
    const counts = countModule(module);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed' || state === 'failed') totals.ran += 1;
    }
    if (counts.broken) totals.brokenFiles.push(module.relativeModuleId);
  }
  return totals;
}
