// The browser check's Chromium: where scripts/chromium.mjs looks, what scripts/install-chromium.sh
// does when there is none (against a stand-in apt-get), and what `npm test` says when the check
// cannot run: one "Skipped:" line on a developer's machine, a failure under CI.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';
import { CHROMIUM_CANDIDATES, findChromium } from './chromium.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'chromium-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('finding Chromium', () => {
  test('takes CHROMIUM_PATH when it names an executable, and says so when it does not', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath });
    const missing = findChromium({ CHROMIUM_PATH: join(scratch, 'no-such-chromium') });
    expect(missing.path).toBeUndefined();
    expect(missing.missing).toMatch(/^CHROMIUM_PATH is .*no-such-chromium, which is not an executable file\.$/);
  });

  test('otherwise looks in the usual places, and names them and the fix when none has it', () => {
    const found = findChromium({});
    if (found.path) expect(CHROMIUM_CANDIDATES).toContain(found.path);
    else expect(found.missing).toMatch(/no Chromium found \(looked for \/usr\/bin\/chromium, .*\); install Debian's chromium \(sh scripts\/install-chromium\.sh\) or set CHROMIUM_PATH\./);
  });
});

/**
 * Runs install-chromium.sh with a stand-in apt-get first on PATH, which logs its arguments and,
 * with `failFirstInstall`, fails the first install (as on a machine with no package lists yet).
 */
function install(env: Record<string, string>, { failFirstInstall = false } = {}) {
  const bin = mkdtempSync(join(scratch, 'bin-'));
  const log = join(bin, 'apt-get.log');
  const failed = join(bin, 'failed-once');
  const fail = failFirstInstall ? `if [ "$1" = install ] && [ ! -e '${failed}' ]; then touch '${failed}'; exit 100; fi\n` : '';
  writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$*" >> '${log}'\n${fail}exit 0\n`);
  chmodSync(join(bin, 'apt-get'), 0o755);
  writeFileSync(log, '');
  const run = spawnSync('sh', [join(projectRoot, 'scripts', 'install-chromium.sh')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, apt: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('install-chromium.sh', () => {
  test('does nothing when a Chromium is there', () => {
    const run = install({ CHROMIUM_PATH: process.execPath });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`Chromium for the browser check: ${process.execPath}`);
    expect(run.apt).toEqual([]);
  });

  // The stand-in apt-get is used only when the script runs it itself, as root (sudo resets PATH).
  const asRoot = process.getuid?.() === 0;

  test('installs Debian\'s chromium when there is none, and fails when still none is found', (context) => {
    if (!asRoot) context.skip('install-chromium.sh with a stand-in apt-get: needs root (sudo would not use the stand-in)');
    const run = install({ CHROMIUM_PATH: join(scratch, 'no-such-chromium') });
    expect(run.apt).toEqual(['install -y chromium']);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain("install-chromium: Debian's chromium was installed, yet no Chromium is found.");
  });

  test('reads the package lists and tries again when the first install fails', (context) => {
    if (!asRoot) context.skip('install-chromium.sh with a stand-in apt-get: needs root (sudo would not use the stand-in)');
    const run = install({ CHROMIUM_PATH: join(scratch, 'no-such-chromium') }, { failFirstInstall: true });
    expect(run.apt).toEqual(['install -y chromium', 'update', 'install -y chromium']);
    expect(run.status, run.output).toBe(1);
  });
});

describe('the browser check without a browser', () => {
  /** The reference pages' check alone, in a Vitest run of its own, with no Chromium to find. */
  function checkWithoutChromium(ci: string) {
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'tooling', 'scripts/reference.test.ts'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: ci, CHROMIUM_PATH: join(scratch, 'no-such-chromium'), VITEST: '', VITEST_WORKER_ID: '', VITEST_POOL_ID: '' },
        timeout: 120_000,
      },
    );
    return { status: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
  }

  test("on a developer's machine: skipped, said in one line, never counted as passed", () => {
    const run = checkWithoutChromium('');
    expect(run.status, run.output).toBe(0);
    expect(run.stdout.match(/^Skipped: .*$/gm)).toEqual([
      `Skipped: reference pages not checked in a browser: CHROMIUM_PATH is ${join(scratch, 'no-such-chromium')}, which is not an executable file.`,
    ]);
    expect(run.stdout).toMatch(/^0 passed, 0 failed, 1 skipped$/m);
  });

  test('under CI: a failure that says how CI gets Chromium', () => {
    const run = checkWithoutChromium('true');
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain('The browser check must run in CI');
    expect(run.output).toContain('.ci/run installs it with scripts/install-chromium.sh.');
    expect(run.stdout).toMatch(/^0 passed, 1 failed$/m);
  });
});
