// @ts-check
// npm run bench: measures the client next to what a user would pick instead, writes
// BENCHMARKS.md and prints the same. Never part of npm test.
//
//   npm run bench                          every section, then BENCHMARKS.md
//   npm run bench -- --section cpu         only some sections (repeat the option)
//   npm run bench -- --quick --out F.md    a smoke run that checks the benchmarks work
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDir } from './bench/child.mjs';
import { renderReport } from './bench/report.mjs';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

/** The sections in the order of the report, with the script (and arguments) that runs each. */
const SECTIONS = {
  cpu: ['cpu.mjs'],
  loopback: ['loopback.mjs'],
  validation: ['validation.mjs'],
  startup: ['startup.mjs'],
  contract: ['tooling.mjs'],
  codegen: ['tooling.mjs', '--codegen'],
  listener: ['listener.mjs'],
};
const NAMES = Object.keys(SECTIONS);

const USAGE = `Usage: npm run bench [-- options]

Measures the client next to its peers (a hand-written fetch call, bare openapi-fetch,
docusign-esign), the project's own commands and the Connect listener kit, writes
BENCHMARKS.md and prints it.

Options:
  --section NAME  run only this section (repeatable): ${NAMES.join(', ')}
  --quick         a few rounds only: checks that the benchmarks run, measures nothing
  --out FILE      where to write the report (default: BENCHMARKS.md)
  --help          this text`;

/** @param {string[]} argv */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      section: { type: 'string', multiple: true },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: join(projectRoot, 'BENCHMARKS.md') },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const sections = values.section ?? NAMES;
  const unknown = sections.filter((name) => !NAMES.includes(name));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}: choose from ${NAMES.join(', ')}`);
  return { sections: NAMES.filter((name) => sections.includes(name)), quick: values.quick, out: values.out, help: values.help };
}

/** What the figures were measured on. */
function machine() {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const git = (/** @type {string[]} */ args) => {
    try {
      return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '' ? ' with uncommitted changes' : '';
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}${dirty}.`,
    `Machine: ${cpu}, ${availableParallelism()} cores available, ${(totalmem() / 2 ** 30).toFixed(0)} GB of memory, ${type()} ${release()}; Node ${process.versions.node}.`,
  ];
}

/**
 * Runs one section in a process of its own and returns what it measured.
 * @param {string} name
 * @param {boolean} quick
 */
function runSection(name, quick) {
  const [script, ...args] = /** @type {string[]} */ (SECTIONS[/** @type {keyof typeof SECTIONS} */ (name)]);
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'bench', /** @type {string} */ (script)), ...args, ...(quick ? ['--quick'] : [])], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`the ${name} section failed (exit ${run.status ?? run.signal}); its error is above.`);
  return JSON.parse(last);
}

function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // The benchmarks load the package as users do, built; into a copy of its own, not dist/.
  process.stderr.write(`Building the package into ${relative(projectRoot, buildDir)}...\n`);
  const build = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs'), '--out-dir', buildDir], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    process.stderr.write('The build failed, so nothing was measured: fix the errors above.\n');
    return 1;
  }
  const sections = [];
  for (const [index, name] of options.sections.entries()) {
    process.stderr.write(`Section ${index + 1} of ${options.sections.length}: ${name}...\n`);
    try {
      sections.push(runSection(name, options.quick));
    } catch (error) {
      process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
      return 1;
    }
  }
  const settings = options.quick
    ? 'QUICK RUN: a few rounds only, to check that the benchmarks work. These figures mean nothing.'
    : 'Full run (`npm run bench`).';
  const report = renderReport({ sections, machine: machine(), settings });
  writeFileSync(options.out, report);
  process.stdout.write(`${report}\nWritten to ${relative(process.cwd(), options.out) || options.out}.\n`);
  return 0;
}

// Only as a command: the tests import parseOptions.
if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) process.exitCode = main();
