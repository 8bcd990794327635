// `npm run contract` as CI and users run it: against a provider that keeps the contract (exit 0),
// against one that drifts in each listed way (exit 1, the drift named with its location), and
// when it cannot run at all (exit 2, with the reason). Also its reports. Each run is a real
// `node scripts/contract.mjs` process with its own Prism, as in CI.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DOCUSIGN_DRIFTS, DRIFTS, type DocuSignDrift, type Drift, startDocuSignProvider, startFixtureProvider } from '../contract-tests/fixtures/providers.js';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

const TOKEN = 'fixture-provider-token-7f3a9c';
const ACCOUNT = '18476201';
const scratch = mkdtempSync(join(tmpdir(), 'contract-runs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  reports: string;
}

let runCount = 0;

/** Runs the harness as `npm run contract` would, with its reports in a fresh directory. */
function runHarness(args: string[], env: Record<string, string> = {}, cwd = projectRoot): Promise<Run> {
  const reports = join(scratch, `run-${(runCount += 1)}`);
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(cwd, 'scripts', 'contract.mjs'), ...args, '--reports', reports], {
      cwd,
      env: {
        ...process.env,
        // The outer Vitest's variables must not leak into the run under test.
        VITEST: '',
        VITEST_WORKER_ID: '',
        VITEST_POOL_ID: '',
        CONTRACT_PRISM_URL: '',
        CONTRACT_MODE: '',
        CONTRACT_PROVIDER_URL: '',
        CONTRACT_PROVIDER_TOKEN: '',
        CONTRACT_PROVIDER_ACCOUNT: '',
        GITHUB_STEP_SUMMARY: '',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, stdout, stderr, reports }));
  });
}

const providerEnv = { CONTRACT_PROVIDER_TOKEN: TOKEN, CONTRACT_PROVIDER_ACCOUNT: ACCOUNT };

/** The harness against a fixture provider, which is stopped again whatever happens. */
async function verifyProvider(drift?: Drift, env: Record<string, string> = {}) {
  const provider = await startFixtureProvider({ token: TOKEN, accountId: ACCOUNT, ...(drift === undefined ? {} : { drift }) });
  try {
    const run = await runHarness(['--provider', provider.url], { ...providerEnv, ...env });
    return { ...run, requests: provider.requests() };
  } finally {
    await provider.stop();
  }
}

function describeRun(run: Run): string {
  return `exit ${run.code}\n--- stdout (end) ---\n${run.stdout.slice(-4000)}\n--- stderr ---\n${run.stderr.slice(-2000)}`;
}

// Each run is a separate process pair (the harness and its Prism); a few at a time keeps it quick.
describe.concurrent('npm run contract -- --provider <url>', () => {
  test('a provider that keeps the contract passes, with reports and without its token anywhere', async () => {
    // As in GitHub Actions: the Markdown summary also goes to the job summary file.
    const stepSummary = join(scratch, 'step-summary.md');
    writeFileSync(stepSummary, '# earlier steps\n');
    const run = await verifyProvider(undefined, { GITHUB_STEP_SUMMARY: stepSummary });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.requests).toBeGreaterThan(10);
    expect(run.stdout).toMatch(/Provider verification \(envelope wire\): http:\/\/127\.0\.0\.1:\d+\/restapi through a Prism proxy of openapi\.yaml/);
    expect(run.stdout).toMatch(/The contract holds: \d+ passed, 0 failed\n$/);

    const junit = readFileSync(join(run.reports, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites [^>]*failures="0"/);
    expect(junit).toContain('contract-tests/wire.test.ts');
    expect(junit).toContain('a token the provider does not accept');
    const markdown = readFileSync(join(run.reports, 'contract-summary.md'), 'utf8');
    expect(markdown).toMatch(/^## ✅ The contract holds/);
    expect(readFileSync(stepSummary, 'utf8')).toBe(`# earlier steps\n${markdown}`);
    for (const text of [run.stdout, run.stderr, junit, markdown]) expect(text).not.toContain(TOKEN);
  });

  // Where each drift must be reported: the location Prism and the harness give it.
  const expected: Record<Drift, RegExp> = {
    'created-at-missing': /response\.body\.data: .*created_at/,
    'success-as-string': /response\.body\.success: .*boolean/,
    'extra-data-field': /response\.body\.data: .*additional properties.*uri/,
    'html-content-type': /response: The received media type "text\/html"/,
    'html-502': /response\.status: 502 is not a status openapi\.yaml declares/,
    'error-without-message': /response\.body\.error: .*message/,
  };

  test.each(Object.entries(DRIFTS) as Array<[Drift, string]>)('a provider whose %s (%s) fails the run, named with its location', async (drift) => {
    const run = await verifyProvider(drift);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout, describeRun(run)).toMatch(expected[drift]);
    expect(run.stdout).toMatch(/The contract is broken: \d+ passed, [1-9]\d* failed\n$/);
    const markdown = readFileSync(join(run.reports, 'contract-summary.md'), 'utf8');
    expect(markdown).toMatch(/^## ❌ The contract is broken/);
    expect(markdown).toMatch(expected[drift]);
    expect(readFileSync(join(run.reports, 'junit.xml'), 'utf8')).toMatch(/<testsuites [^>]*failures="[1-9]/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });
});

/** The harness on the DocuSign wire against a DocuSign-shaped stand-in, which is stopped again whatever happens. */
async function verifyDocuSignProvider(drift?: DocuSignDrift) {
  const provider = await startDocuSignProvider({ token: TOKEN, accountId: ACCOUNT, ...(drift === undefined ? {} : { drift }) });
  try {
    const run = await runHarness(['--wire', 'docusign', '--provider', provider.url], providerEnv);
    return { ...run, requests: provider.requests() };
  } finally {
    await provider.stop();
  }
}

describe.concurrent('npm run contract -- --wire docusign --provider <url>', () => {
  test('a provider that answers as DocuSign does passes', async () => {
    const run = await verifyDocuSignProvider();
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.requests).toBeGreaterThan(10);
    expect(run.stdout).toMatch(/Provider verification \(docusign wire\): http:\/\/127\.0\.0\.1:\d+\/restapi through a Prism proxy of openapi\.docusign\.yaml/);
    const junit = readFileSync(join(run.reports, 'junit.xml'), 'utf8');
    expect(junit).toContain('request shapes on the docusign wire');
    expect(junit).toContain('provider verification on the docusign wire');
    expect(junit).not.toContain('envelope wire');
    expect(run.stdout).toMatch(/The contract holds: \d+ passed, 0 failed\n$/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  // Where each drift must be reported: the location Prism and the harness give it.
  const expected: Record<DocuSignDrift, RegExp> = {
    'no-connect-id': /response\.body: .*connectId/,
    'connect-id-number': /response\.body\.connectId: .*string/,
    'flags-as-booleans': /response\.body\.allUsers: .*/,
    'html-503': /response: The received media type "text\/html"/,
    'empty-201': /response\.body: the provider answered with an empty or cut-off body/,
  };

  test.each(Object.entries(DOCUSIGN_DRIFTS) as Array<[DocuSignDrift, string]>)('a provider whose %s (%s) fails the run, named with its location', async (drift) => {
    const run = await verifyDocuSignProvider(drift);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout, describeRun(run)).toMatch(expected[drift]);
    expect(run.stdout).toMatch(/The contract is broken: \d+ passed, [1-9]\d* failed\n$/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });
});

describe.concurrent('when the harness cannot run, it exits with 2 and says why', () => {
  test('a provider nothing listens on', async () => {
    const provider = await startFixtureProvider({ token: TOKEN, accountId: ACCOUNT });
    await provider.stop();
    const run = await runHarness(['--provider', provider.url], providerEnv);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/the harness could not run: The provider http:\/\/127\.0\.0\.1:\d+ cannot be reached: ECONNREFUSED/);
    expect(existsSync(join(run.reports, 'junit.xml'))).toBe(false);
  });

  test.each([
    [['--provider', 'http://127.0.0.1:9'], {}, /needs CONTRACT_PROVIDER_TOKEN .* and CONTRACT_PROVIDER_ACCOUNT/],
    [['--provider', 'ftp://example.com'], providerEnv, /--provider must be an http\(s\) URL, not ftp:/],
    [['--provider', 'https://user:secret@example.com'], providerEnv, /must not carry credentials/],
    [['--provider', 'http://127.0.0.1:9'], { ...providerEnv, CONTRACT_PROVIDER_ACCOUNT: '../other' }, /CONTRACT_PROVIDER_ACCOUNT must be an account number or account ID GUID/],
    [['--seed', 'abc'], {}, /--seed must be a whole number/],
    [['--runs', '10'], {}, /--runs must be a whole number from 500/],
    [['--provider'], {}, /--provider needs a value/],
    [['--verbose'], {}, /Unknown option "--verbose"/],
    [['--wire', 'soap'], {}, /--wire must be envelope or docusign, not "soap"/],
  ])('options %j with %j', async (args, env, reason) => {
    const run = await runHarness(args, env);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toContain('secret');
  });
});

// The options are read by node:util's parseArgs; each mistake is a usage error with the usage
// text, and none starts Prism or writes a report.
describe.concurrent('the harness options', () => {
  test.each([
    [['--provider', '--seed', '1'], '--provider needs a value.'],
    [['--provider='], '--provider needs a value.'],
    [['--runs'], '--runs needs a value.'],
    [['--wire='], '--wire needs a value.'],
    [['--verbose=1'], 'Unknown option "--verbose".'],
    [['-x'], 'Unknown option "-x".'],
    [['--help=yes'], '--help takes no value.'],
    [['--version=1'], '--version takes no value.'],
    [['some-secret-token'], 'Unexpected argument (not shown): every value needs its option before it, such as --seed 42.'],
  ])('%j is refused with exit 2, the reason and the usage', async (args, reason) => {
    const run = await runHarness(args);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr.startsWith(`contract: the harness could not run: ${reason}\n\nUsage: npm run contract [-- options]\n`), run.stderr).toBe(true);
    expect(run.stderr).toMatch(/\nExit codes: 0 the contract holds, 1 it is broken, 2 the harness could not run\.\n$/);
    expect(run.stderr).not.toContain('some-secret-token');
    expect(run.stdout).toBe('');
    expect(existsSync(run.reports)).toBe(false);
  });

  test.each([
    [['--seed', '-5', '--runs', '10']],
    [['--seed=-5', '--runs=10']],
    [['--runs', '10', '--seed', '-5']],
  ])('%j: a negative seed, as replay lines print it, is a value and not an option', async (args) => {
    const run = await runHarness(args);
    expect(run.code, describeRun(run)).toBe(2);
    // The seed was accepted: the run got as far as the next option.
    expect(run.stderr).toBe('contract: the harness could not run: --runs must be a whole number from 500 to 100000, not "10": the contract asks for at least 500 generated configurations.\n');
  });

  test('takes --option=value as --option value', async () => {
    const run = await runHarness(['--wire=soap']);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/--wire must be envelope or docusign, not "soap"/);
  });

  test.each([[['--help']], [['-h']], [['--seed', '1', '--help']]])('%j prints the usage and exits 0', async (args) => {
    const run = await runHarness(args);
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run contract \[-- options\]\n[\s\S]*--version {9}The package's version\.\n/);
    expect(run.stderr).toBe('');
  });

  test('--version prints the package version and exits 0', async () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await runHarness(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });
});

/** A copy of the project to break on purpose, sharing node_modules with this one. */
function projectCopy(change: (root: string) => void): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  for (const entry of ['openapi.yaml', 'openapi.docusign.yaml', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'README.md', 'contract-tests', 'generated', 'scripts', 'src']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  change(root);
  return root;
}

describe.concurrent('when Prism dies during the run', () => {
  test('the run exits 2: its results mean nothing', async () => {
    // The copy's watchdog (preloaded into Prism) ends Prism at its 20th request, mid-run.
    const dieMidRun = `const http = require('node:http');
let requests = 0;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...rest) {
  if (event === 'request' && ++requests === 20) process.exit(3);
  return emit.call(this, event, ...rest);
};
`;
    const root = projectCopy((copy) => {
      const watchdog = join(copy, 'src', 'cli', 'prism-watchdog.cjs');
      writeFileSync(watchdog, readFileSync(watchdog, 'utf8') + dieMidRun);
    });
    const run = await runHarness([], {}, root);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/Prism stopped during the run, so its results mean nothing\.\nPrism exited \(code 3\)/);
  });
});

describe.concurrent('the spec, broken', () => {
  test('Prism cannot load it: exit 2, with Prism\'s own words', async () => {
    const root = projectCopy((copy) => writeFileSync(join(copy, 'openapi.yaml'), 'openapi: 3.1.0\npaths: [this is not a paths object\n'));
    const run = await runHarness([], {}, root);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toMatch(/Prism did not start, so nothing was checked\.\nPrism exited/);
  });

  test('its success example loses created_at: exit 1, naming the location', async () => {
    const root = projectCopy((copy) => {
      const spec = readFileSync(join(copy, 'openapi.yaml'), 'utf8');
      const example = "          id: abc123\n          created_at: '2025-01-01T00:00:00Z'\n";
      expect(spec.split(example)).toHaveLength(2);
      const broken = spec.replace(example, '          id: abc123\n');
      writeFileSync(join(copy, 'openapi.yaml'), broken);
    });
    const run = await runHarness([], {}, root);
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stdout).toMatch(/response\.body\.data: .*created_at/);
    // The human summary: what ran, the generated checks with seed and replay, and the time.
    expect(run.stdout).toMatch(/^Contract run: the client and the Prism mocks of openapi\.yaml \(.*\) and openapi\.docusign\.yaml \(.*\); seed -?\d+, 500 generated configurations\.$/m);
    expect(run.stdout).toMatch(/^Generated: .*: \d+ cases \(.*\), seed (-?\d+); replay with npm run contract -- --seed \1$/m);
    expect(run.stdout).toMatch(/^Time: \d+\.\d s$/m);
    // Where the time went, which npm run bench reads.
    expect(run.stdout).toMatch(/^Timing: Prism start-up \d+\.\d s, suites \d+\.\d s\.$/m);
    expect(run.stdout).toMatch(/The contract is broken: \d+ passed, [1-9]\d* failed\n$/);
  });
});

describe('the violations guard', () => {
  test('fails a test that leaves sl-violations unread, and passes one that reads them, in every file of a shared worker', () => {
    // A throwaway Vitest run with the contract project's real global setup and setup file, and
    // its worker sharing: two files run one after the other in the same worker.
    const dir = mkdtempSync(join(scratch, 'guard-'));
    const harness = JSON.stringify(join(projectRoot, 'contract-tests', 'support', 'harness.ts'));
    const suite = `import { expect, test } from 'vitest';
import { prismUrl, violationsOf } from ${harness};
const send = () => fetch(\`\${prismUrl()}/v2.1/accounts/18476201/connect\`, {
  method: 'POST', headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' }, body: '{"name":""}',
});
test('ignores the violations', async () => { expect((await send()).status).toBe(400); });
test('reads the violations', async () => { const response = await send(); expect(violationsOf(response).length).toBeGreaterThan(0); });
`;
    writeFileSync(join(dir, 'guard-1.test.ts'), suite);
    writeFileSync(join(dir, 'guard-2.test.ts'), suite);
    const support = join(projectRoot, 'contract-tests', 'support');
    writeFileSync(
      join(dir, 'vitest.config.mjs'),
      `export default { test: { root: ${JSON.stringify(dir)}, include: ['guard-*.test.ts'], isolate: false, fileParallelism: false, ` +
        `globalSetup: [${JSON.stringify(join(support, 'prism-global-setup.ts'))}], setupFiles: [${JSON.stringify(join(support, 'violations-guard.ts'))}] } };\n`,
    );
    const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(dir, 'vitest.config.mjs')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true', CONTRACT_PRISM_URL: '', VITEST: '', VITEST_WORKER_ID: '', VITEST_POOL_ID: '' },
      timeout: 120_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/FAIL .*guard-1\.test\.ts > ignores the violations/);
    expect(output).toMatch(/FAIL .*guard-2\.test\.ts > ignores the violations/);
    // Vitest prints an error shared by several tests once, under all their names.
    expect(output).toMatch(/Prism reported \d+ violation\(s\) this test did not expect \(sl-violations header\):\n\s+POST \/v2\.1\/accounts\/18476201\/connect → 400: request\.body/);
    expect(output).toMatch(/Tests\s+2 failed \| 2 passed/);
  });
});
