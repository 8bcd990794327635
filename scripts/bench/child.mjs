// @ts-check
// Each benchmark section runs in a process of its own (`node scripts/bench/<section>.mjs`), so
// that no section inherits another's compiled code, heap or open sockets. It writes its section
// as one line of JSON on stdout; npm run bench collects them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';

/** @typedef {import('./report.mjs').Section} Section */

/**
 * How long to measure: `quick` is a smoke run that checks the benchmarks work, not a measurement.
 * @typedef {{ quick: boolean }} Settings
 */

/**
 * Where npm run bench builds the package for the sections (BENCH_BUILD_DIR): its own copy of
 * dist/, inside node_modules so that the package's dependencies resolve from it, and so that
 * the benchmarks never touch dist/ itself.
 */
export const buildDir = process.env.BENCH_BUILD_DIR || join(projectRoot, 'node_modules', '.cache', 'docusign-connect-client-bench');
/** The built package's entry (its exports target), as a user imports it. */
export const builtEntry = pathToFileURL(join(buildDir, 'index.js')).href;
/** The built listener entry, as `docusign-connect-client/events` resolves to it. */
export const builtEvents = pathToFileURL(join(buildDir, 'events.js')).href;

/** @returns {Settings} */
export function settingsFromArgs(argv = process.argv.slice(2)) {
  return { quick: argv.includes('--quick') };
}

/**
 * Runs a section when its file is the process's entry point, and prints it as JSON.
 * @param {string} moduleUrl import.meta.url of the section
 * @param {(settings: Settings) => Promise<Section>} run
 */
export function runWhenMain(moduleUrl, run) {
  if (process.argv[1] === undefined || pathToFileURL(process.argv[1]).href !== moduleUrl) return;
  run(settingsFromArgs()).then(
    (section) => {
      process.stdout.write(`${JSON.stringify(section)}\n`);
      // Anything left open (a keep-alive socket, a timer) must not keep the section alive.
      process.exit(0);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
