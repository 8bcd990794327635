// @ts-check
// Sections 5 and 6: the wall time of the project's own commands, each run as a user runs it
// (through npm, in a fresh process). npm run contract is run cold, Prism start-up included.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import { runWhenMain } from './child.mjs';
import { summarize } from './stats.mjs';

/**
 * Runs `npm run <script> [-- args]` and returns its wall time in seconds and its output.
 * @param {string} script
 * @param {string[]} args
 */
export function npmRun(script, args = []) {
  const started = performance.now();
  // The npm that started npm run bench when there is one (its CLI run by this Node, which also
  // works where npm is a .cmd script), otherwise the npm on the PATH.
  const npmCli = process.env.npm_execpath;
  const npmArgs = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const run = spawnSync(npmCli ? process.execPath : 'npm', npmCli ? [npmCli, ...npmArgs] : npmArgs, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', GITHUB_STEP_SUMMARY: '' },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`npm run ${script} exited with ${run.status ?? run.signal}; the benchmark needs it to pass:\n${output}`);
  }
  return { seconds, stdout: run.stdout };
}

/**
 * The split that npm run contract prints: "Timing: Prism start-up 1.4 s, suites 9.8 s."
 * @param {string} stdout
 */
export function contractTiming(stdout) {
  const match = /^Timing: Prism start-up ([\d.]+) s, suites ([\d.]+) s\.$/m.exec(stdout);
  if (match === null) throw new Error('npm run contract printed no "Timing:" line');
  return { prism: Number(match[1]), suites: Number(match[2]) };
}

/** @param {number[]} values */
const seconds = (values) => summarize(values, 's');

/** @param {import('./child.mjs').Settings} settings */
export async function runContract(settings) {
  const scratch = mkdtempSync(join(tmpdir(), 'connect-bench-'));
  /** @type {{ total: number[], prism: number[], suites: number[] }} */
  const samples = { total: [], prism: [], suites: [] };
  try {
    for (let round = 0; round < (settings.quick ? 1 : 3); round++) {
      const { seconds: total, stdout } = npmRun('contract', ['--reports', join(scratch, `reports-${round}`)]);
      const split = contractTiming(stdout);
      samples.total.push(total);
      samples.prism.push(split.prism);
      samples.suites.push(split.suites);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return {
    title: '`npm run contract` wall time',
    method:
      'The whole command, cold (a fresh process each time, nothing running before), with the full parity run (500 generated configurations) and the dynamic-response suite (104 generated answers); its own `Timing:` line gives the split.',
    rows: [
      { what: 'whole run', ours: seconds(samples.total), target: { text: '≤ 15 s on a 2-core machine', atMost: 15, missedBecause: 'see the two rows below for where the time goes.' } },
      { what: 'of which Prism start-up', ours: seconds(samples.prism) },
      { what: 'of which the suites (Vitest)', ours: seconds(samples.suites) },
    ],
  };
}

/** @param {import('./child.mjs').Settings} settings */
export async function runCodegen(settings) {
  const scratch = mkdtempSync(join(tmpdir(), 'connect-bench-'));
  /** @type {{ generate: number[], check: number[] }} */
  const samples = { generate: [], check: [] };
  try {
    for (let round = 0; round < (settings.quick ? 1 : 5); round++) {
      // Into a scratch directory: the same work, without touching generated/.
      samples.generate.push(npmRun('generate', ['--out', scratch]).seconds);
      samples.check.push(npmRun('generate:check').seconds);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const target = { text: '≤ 3 s', atMost: 3, missedBecause: 'openapi-typescript runs as its own process and reads the spec with Redocly.' };
  return {
    title: 'Codegen',
    method: 'Wall time of the command through npm, in a fresh process each time (`npm run generate` writes into a scratch directory with `--out`, so the benchmark leaves `generated/` alone).',
    rows: [
      { what: '`npm run generate`', ours: seconds(samples.generate), target },
      { what: '`npm run generate:check`', ours: seconds(samples.check), target },
    ],
  };
}

/** @param {import('./child.mjs').Settings} settings */
export async function run(settings) {
  const which = process.argv.includes('--codegen') ? runCodegen : runContract;
  return which(settings);
}

runWhenMain(import.meta.url, run);
