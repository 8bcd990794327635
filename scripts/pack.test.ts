// The published package as a consumer gets it: `npm pack` (which builds through prepack), the
// tarball installed into a fresh project, then imported from plain ESM, type-checked by a
// TypeScript consumer, and required from CommonJS; its command run from node_modules/.bin
// (where `mock` finds no Prism: it is an optional peer); and `npm publish --dry-run`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPrism } from '../contract-tests/support/prism.mjs';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';
import { runProcess } from '../src/cli/fixtures/processes.js';

const INSTALL_TIMEOUT_MS = 180_000;
const ACCOUNT_ID = '18476201';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  publishConfig?: Record<string, unknown>;
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as PackageJson;
const scratch = mkdtempSync(join(tmpdir(), 'pack-test-'));
const packDir = join(scratch, 'pack');
const consumer = join(scratch, 'consumer');
const installed = join(consumer, 'node_modules', manifest.name);
let tarballEntries: string[] = [];

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion without blocking the event loop (Prism's pipes stay drained). */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const { code, stdout, stderr } = await runProcess(command, args, { cwd, env: { ...childEnv(), ...env } });
  return { status: code, stdout, stderr };
}

/** What a failed step printed, for assertion messages. */
const report = (what: string, result: Run) =>
  `${what} exited ${result.status}\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;

/**
 * The environment without the parent npm's run context: under `npm test`, npm exports settings
 * such as npm_config_prefix, npm_config_dry_run or npm_config_ignore_scripts that would change
 * what the nested pack and install do. Registry, cache, proxy and TLS settings are kept.
 */
function childEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|ca|proxy|https_proxy|noproxy|strict_ssl|prefer_offline|offline)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) && !keep.test(name)) continue;
    env[name] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };
}

/** Runs a consumer script with this Node; its stdout must be one JSON value. */
async function runScript(file: string, source: string, env: NodeJS.ProcessEnv = {}) {
  writeFileSync(join(consumer, file), source);
  const result = await run(process.execPath, [file], consumer, env);
  expect(result.status, report(`node ${file}`, result)).toBe(0);
  expect(result.stderr, report(`node ${file}`, result)).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

/**
 * The names npm must install for the runtime dependencies: their closure in the repository's
 * lockfile, following Node's lookup through nested node_modules.
 */
function runtimeClosure(): { names: Set<string>; lock: Record<string, LockEntry> } {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const names = new Set<string>();
  const visited = new Set<string>();
  const locate = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
      const key = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      if (lock.packages[key] !== undefined) return key;
      if (base === '') return undefined;
    }
  };
  const visit = (from: string, name: string) => {
    const key = locate(from, name);
    if (key === undefined) throw new Error(`${name} (needed by ${from || 'the package'}) is not in package-lock.json`);
    names.add(name);
    if (visited.has(key)) return;
    visited.add(key);
    const entry = lock.packages[key] ?? {};
    const peers = Object.keys(entry.peerDependencies ?? {}).filter((peer) => entry.peerDependenciesMeta?.[peer]?.optional !== true);
    for (const dep of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers]) visit(key, dep);
  };
  for (const dep of Object.keys(manifest.dependencies)) visit('', dep);
  return { names, lock: lock.packages };
}

beforeAll(async () => {
  mkdirSync(packDir);
  // A real pack: prepack builds dist/ first, exactly as for a publish. The file list comes from
  // the tarball itself, not from `npm pack --json`, whose stdout also carries the build's output.
  const pack = await run('npm', ['pack', '--pack-destination', packDir], projectRoot);
  expect(pack.status, report('npm pack', pack)).toBe(0);
  const tarballs = readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  expect(tarballs, report('npm pack', pack)).toEqual([`${manifest.name}-${manifest.version}.tgz`]);
  const tarball = join(packDir, tarballs[0] ?? '');
  const list = await run('tar', ['-tzf', tarball], packDir);
  expect(list.status, report('tar -tzf', list)).toBe(0);
  tarballEntries = list.stdout.split('\n').filter((line) => line !== '').map((line) => line.replace(/^package\//, ''));

  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'pack-test-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const install = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
  expect(install.status, report('npm install <tarball>', install)).toBe(0);
}, INSTALL_TIMEOUT_MS);

describe('npm pack', () => {
  test('ships the bundled entry point and the declarations', () => {
    for (const file of ['package.json', 'dist/index.js', 'dist/events.js', 'dist/cli.js', 'dist/src/index.d.ts', 'dist/src/events.d.ts', 'dist/src/client.d.ts', 'dist/generated/schema.d.ts', 'dist/generated/spec-facts.d.ts']) {
      expect(tarballEntries, file).toContain(file);
    }
  });

  test('holds exactly what ships: the bundles and the command, the declarations, the spec documents, the watchdog and the docs', () => {
    expect([...tarballEntries].sort()).toEqual(expectedTarball());
  });

  test('the entry point carries the compiled validators and imports nothing but the runtime dependencies and Node built-ins', () => {
    const entry = readFileSync(join(installed, 'dist', 'index.js'), 'utf8');
    expect(entry).toContain('validateConnectConfiguration');
    expect(entry).toContain('"recipient-finish-later"');
    const imported = [...entry.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    expect(imported.length).toBeGreaterThan(0);
    // node:crypto signs JWT Grant assertions; built-ins need no install.
    for (const name of imported.filter((name) => !name?.startsWith('node:'))) expect(Object.keys(manifest.dependencies), `dist/index.js imports ${name}`).toContain(name);
    expect(imported.filter((name) => name?.startsWith('node:'))).toEqual(['node:crypto']);
  });

  test('the command bundle imports only Node built-ins a command needs: it carries openapi-fetch', () => {
    const cli = readFileSync(join(installed, 'dist', 'cli.js'), 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const imported = new Set([...cli.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]));
    // Files, arguments, signatures and pauses; the delivery itself is Node's global fetch. The
    // mock spawns Prism (child_process), finds it from the package (module) and waits for its
    // port (net). create sends through the client, whose openapi-fetch the bundle carries, so
    // that a copy of dist/cli.js runs on its own.
    const allowed = ['node:child_process', 'node:crypto', 'node:fs', 'node:fs/promises', 'node:module', 'node:net', 'node:path', 'node:timers/promises', 'node:url', 'node:util'];
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(allowed, `dist/cli.js imports ${name}`).toContain(name);
  });

  test('the events entry carries the event validator and nothing of the client: no openapi-fetch, no configuration validator', () => {
    const entry = readFileSync(join(installed, 'dist', 'events.js'), 'utf8');
    expect(entry).toContain('validateConnectEvent');
    expect(entry).not.toContain('openapi-fetch');
    expect(entry).not.toContain('validateConnectConfiguration');
    const imported = [...entry.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    expect([...new Set(imported)]).toEqual(['node:crypto']);
  });

  test('points every exports target at a file in the tarball', () => {
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as PackageJson;
    const targets = Object.values(packed.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(tarballEntries, target).toContain(target.replace(/^\.\//, ''));
  });

  test('leaves out tests, sources and development files', () => {
    expect(tarballEntries.filter((entry) => /\.test(-d)?\./.test(entry))).toEqual([]);
    expect(tarballEntries.filter((entry) => /^(contract-tests|scripts|node_modules|\.ci|src|generated|reports|\.github)\//.test(entry))).toEqual([]);
    // Not the command's declarations (it is run, not imported), nor npm run mock's bundle.
    expect(tarballEntries.filter((entry) => /^dist\/(src\/cli|npm-run-mock)\//.test(entry))).toEqual([]);
  });

  test('is publishable: not private, public with provenance, Prism an optional peer at the tested version', () => {
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as PackageJson;
    expect(packed.private).toBeUndefined();
    expect(packed.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(packed.peerDependencies).toEqual({ '@stoplight/prism-cli': `^${manifest.devDependencies['@stoplight/prism-cli']}` });
    expect(packed.peerDependenciesMeta).toEqual({ '@stoplight/prism-cli': { optional: true } });
    expect(manifest.devDependencies['@stoplight/prism-cli']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

/**
 * The tarball as it must be, from the repository: the manifest and docs, the bundles, the command
 * and the watchdog it preloads into Prism, both spec documents (mock serves them), and a
 * declaration for each top-level source module and generated type file.
 */
function expectedTarball(): string[] {
  const sources = readdirSync(join(projectRoot, 'src')).filter((name) => /\.(ts|js)$/.test(name) && !/\.test(-d)?\.ts$/.test(name) && !name.endsWith('.d.ts'));
  const generated = readdirSync(join(projectRoot, 'generated')).filter((name) => name.endsWith('.d.ts') || (name.endsWith('.ts') && !name.endsWith('.d.ts')));
  return [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'openapi.yaml',
    'openapi.docusign.yaml',
    'dist/index.js',
    'dist/events.js',
    'dist/cli.js',
    'dist/prism-watchdog.cjs',
    ...sources.map((name) => `dist/src/${name.replace(/\.(ts|js)$/, '.d.ts')}`),
    ...generated.map((name) => `dist/generated/${name.replace(/(\.d)?\.ts$/, '.d.ts')}`),
  ].sort();
}

/** A loopback port nothing listens on: taken from the OS and closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm publish --dry-run', () => {
  test('passes without the network or a login, and would publish exactly the tarball above', async () => {
    // A registry that refuses connections: a dry run must not need one. npm still asks it whether
    // the version exists, once with --fetch-retries 0 instead of three times over a minute. The
    // build is the one npm pack just made (prepack), so scripts are skipped.
    const registry = `http://127.0.0.1:${await closedPort()}/`;
    const result = await run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--fetch-retries', '0', '--registry', registry], projectRoot);
    expect(result.status, report('npm publish --dry-run', result)).toBe(0);
    const published = JSON.parse(result.stdout) as Record<string, { id: string; files: Array<{ path: string }> }>;
    const entry = published[manifest.name];
    expect(entry?.id).toBe(`${manifest.name}@${manifest.version}`);
    expect(entry?.files.map((file) => file.path).sort()).toEqual(expectedTarball());
    expect(result.stderr).toContain('(dry-run)');
  });
});

describe('installing the tarball', () => {
  test('brings in only the runtime dependencies and their own dependencies', () => {
    const lock = JSON.parse(readFileSync(join(consumer, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const keys = Object.keys(lock.packages).filter((key) => key !== '');
    const names = new Set(keys.map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)));
    const expected = runtimeClosure();
    expect([...names].sort()).toEqual([manifest.name, ...expected.names].sort());
    for (const dev of Object.keys(manifest.devDependencies)) expect(names.has(dev), `${dev} was installed`).toBe(false);
    // The consumer gets the versions this repository is tested with.
    for (const name of Object.keys(manifest.dependencies)) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(expected.lock[`node_modules/${name}`]?.version);
    }
  });
});

describe('the docusign-connect command', () => {
  test('is installed as a bin that answers --help and --version', async () => {
    const bin = join(consumer, 'node_modules', '.bin', 'docusign-connect');
    const help = await run(bin, ['--help'], consumer);
    expect(help.status, report('docusign-connect --help', help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: docusign-connect <command>/);
    expect(help.stdout).toContain('simulate');
    const simulate = await run(bin, ['simulate', '--help'], consumer);
    expect(simulate.status, report('docusign-connect simulate --help', simulate)).toBe(0);
    const version = await run(bin, ['--version'], consumer);
    expect(version).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  test('mock, without Prism installed, exits 2 and says what to install', async () => {
    // The consumer installed the package alone: Prism, an optional peer, is not there.
    const result = await run(join(consumer, 'node_modules', '.bin', 'docusign-connect'), ['mock', '--port', '0'], consumer);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `docusign-connect mock: Prism is not installed. It is an optional peer dependency of ${manifest.name} (90 MB): npm install --save-dev "@stoplight/prism-cli@${manifest.peerDependencies?.['@stoplight/prism-cli']}"\n`,
    });
  });

  test('mock --help answers without Prism', async () => {
    const result = await run(join(consumer, 'node_modules', '.bin', 'docusign-connect'), ['mock', '--help'], consumer);
    expect(result.status, report('docusign-connect mock --help', result)).toBe(0);
    expect(result.stdout).toMatch(/^Usage: docusign-connect mock /);
  });

  test('exits 2 with one line, no stack trace, for an unknown command', async () => {
    const result = await run(join(consumer, 'node_modules', '.bin', 'docusign-connect'), ['simulat'], consumer);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('docusign-connect: unknown command "simulat". Did you mean "simulate"? See: docusign-connect --help\n');
  });
});

describe('an ESM consumer', () => {
  test('gets a problem naming the sentence-case status for a lower-case envelope event', async () => {
    const result = await runScript(
      'validate.mjs',
      `import { validateConfiguration, VERSION } from '${manifest.name}';
const report = validateConfiguration({
  name: 'Packed',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: 'true',
  configurationType: 'custom',
  deliveryMode: 'aggregate',
  allowEnvelopePublish: 'true',
  envelopeEvents: ['sent'],
});
console.log(JSON.stringify({ version: VERSION, report }));
`,
    );
    expect(result.version).toBe(manifest.version);
    expect(result.report).toMatchObject({
      valid: false,
      problems: [expect.objectContaining({ pointer: '/envelopeEvents/0', message: expect.stringContaining('"Sent"') })],
    });
  });

  test('creates a configuration on the Prism mock', async () => {
    const prism = await startPrism();
    try {
      const result = await runScript(
        'create.mjs',
        `import { createConnectClient, jsonSim } from '${manifest.name}';
const contractWarnings = [];
const client = createConnectClient({
  baseUrl: process.env.PRISM_URL,
  accessToken: 'pack-test-token',
  onContractWarning: (warning) => contractWarnings.push(warning),
});
const body = jsonSim({
  name: 'Packed',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: true,
  events: ['envelope-completed'],
});
const result = await client.createConfiguration('${ACCOUNT_ID}', body);
console.log(JSON.stringify({ ...result, headers: Object.fromEntries(result.headers), contractWarnings }));
`,
        { PRISM_URL: prism.url },
      );
      expect(result.headers, 'Prism reported a contract violation').not.toHaveProperty('sl-violations');
      expect(result).toMatchObject({
        success: true,
        outcome: 'created',
        status: 201,
        attempts: 1,
        data: { id: expect.any(String), created_at: expect.any(String) },
        contractWarnings: [],
      });
    } finally {
      await prism.stop();
    }
  });

  test('rejects an invalid configuration with ConnectInputError before sending it', async () => {
    const result = await runScript(
      'invalid.mjs',
      `import { ConnectInputError, createConnectClient } from '${manifest.name}';
let sent = 0;
const client = createConnectClient({
  baseUrl: 'https://demo.docusign.net/restapi',
  accessToken: 'pack-test-token',
  fetch: async () => {
    sent += 1;
    throw new Error('nothing may be sent');
  },
});
try {
  await client.createConfiguration('${ACCOUNT_ID}', { name: 'Broken', envelopeEvents: ['sent'] });
  console.log(JSON.stringify({ resolved: true, sent }));
} catch (error) {
  console.log(JSON.stringify({ inputError: error instanceof ConnectInputError, name: error.name, kind: error.kind, outcome: error.outcome, problems: error.problems, sent }));
}
`,
    );
    expect(result).toMatchObject({ inputError: true, name: 'ConnectInputError', kind: 'invalid-input', outcome: 'not-sent', sent: 0 });
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/urlToPublishTo' })]));
  });
});

describe('a listener importing docusign-connect-client/events', () => {
  test('verifies a signed message, refuses a forged one, and answers through the listener', async () => {
    const result = await runScript(
      'listener.mjs',
      `import { computeConnectSignature, createConnectListener, verifyConnectMessage } from '${manifest.name}/events';
const guid = '0d9d9a2f-6b31-4b4b-9e2b-7d1c6a0f5e11';
const body = JSON.stringify({ event: 'envelope-completed', apiVersion: 'v2.1', uri: '/restapi/v2.1/accounts/' + guid + '/envelopes/' + guid, retryCount: 0,
  configurationId: 22028153, generatedDateTime: '2026-01-13T07:09:58.9584687Z', data: { accountId: guid, userId: guid, envelopeId: guid } });
const key = 'c2VjcmV0LW9sZC1rZXktZm9yLXRlc3RzLTAwMDAwMDA=';
const headers = { 'X-DocuSign-Signature-1': computeConnectSignature(body, key) };
const verified = verifyConnectMessage({ body: Buffer.from(body), headers, hmacKeys: [key] });
const forged = verifyConnectMessage({ body: body.replace('completed', 'voided'), headers, hmacKeys: [key] });
const received = [];
const listener = createConnectListener({ hmacKeys: [key], onEvent: (event) => { received.push(event.event); } });
const post = () => listener(new Request('http://127.0.0.1/connect', { method: 'POST', headers, body }));
const statuses = [(await post()).status, await (await post()).json()];
console.log(JSON.stringify({ verified: verified.ok && verified.keyIndex, forged: forged.ok || forged.reason, received, statuses }));
`,
    );
    expect(result).toEqual({ verified: 0, forged: 'bad-signature', received: ['envelope-completed'], statuses: [200, { ok: true, duplicate: true }] });
  });
});

describe('a TypeScript consumer', () => {
  test('type-checks against the bundled declarations, which refuse a legacy status as an event and narrow a delivered event', async () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      `import {
  type ConnectConfiguration,
  type CreateConfigurationResult,
  type ValidationReport,
  ConnectInputError,
  createConnectClient,
  jsonSim,
  validateConfiguration,
} from '${manifest.name}';
import { type ConnectEvent, type ConnectListener, createConnectListener, toNodeHandler } from '${manifest.name}/events';

const body: ConnectConfiguration = jsonSim({
  name: 'Packed',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: true,
  events: ['envelope-completed'],
});
export const report: ValidationReport = validateConfiguration(body);

const client = createConnectClient({
  baseUrl: 'https://demo.docusign.net/restapi',
  accessToken: async () => 'token',
  fetch: (url: string, init: RequestInit): Promise<Response> => fetch(url, init),
});

export async function create(): Promise<string> {
  const result: CreateConfigurationResult = await client.createConfiguration('${ACCOUNT_ID}', body);
  const headers: Headers = result.headers;
  void headers;
  return result.success ? result.data.id : result.error.code;
}

export function problemsOf(error: unknown): readonly string[] {
  return error instanceof ConnectInputError ? error.problems.map((problem) => problem.message) : [];
}

jsonSim({
  name: 'Packed',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: true,
  // @ts-expect-error JSON SIM takes event names such as 'envelope-sent', not legacy statuses
  events: ['Sent'],
});

export const listener: ConnectListener = createConnectListener({
  hmacKeys: ['secret'],
  onEvent: (event: ConnectEvent) => {
    if (event.event === 'recipient-completed') {
      const recipientId: string = event.data.recipientId;
      void recipientId;
    }
  },
});
export const nodeHandler = toNodeHandler(listener);
`,
    );
    // No DOM lib: Request, Response and Headers must come from @types/node, as in a Node project.
    // skipLibCheck false also checks the package's own .d.ts files and what they import.
    const tsc = await run(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
        ...['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2023'],
        ...['--types', 'node', '--typeRoots', join(projectRoot, 'node_modules', '@types'), '--skipLibCheck', 'false', '--listFiles'],
        'check.ts',
      ],
      consumer,
    );
    expect(tsc.status, report('tsc check.ts', tsc)).toBe(0);
    // The types came from the installed tarball, not from this repository's sources.
    expect(tsc.stdout).toContain(join(installed, 'dist', 'src', 'index.d.ts'));
    expect(tsc.stdout).toContain(join(installed, 'dist', 'src', 'events.d.ts'));
    expect(tsc.stdout).toContain(join(installed, 'dist', 'generated', 'schema.d.ts'));
    expect(tsc.stdout).not.toContain(join(projectRoot, 'src'));
  });
});

describe('a CommonJS consumer', () => {
  test('cannot require() the package but can import() it', async () => {
    // The exports map has only "types" and "import" conditions, so require() fails while
    // resolving, with ERR_PACKAGE_PATH_NOT_EXPORTED ('No "exports" main defined'), before Node
    // 20.19+'s require(esm) could load anything. CommonJS code uses `await import()` instead.
    const result = await runScript(
      'require.cjs',
      `const outcome = {};
try {
  require('${manifest.name}');
  outcome.required = true;
} catch (error) {
  outcome.requireError = { code: error.code, message: error.message };
}
import('${manifest.name}').then((module) => {
  outcome.imported = typeof module.createConnectClient;
  console.log(JSON.stringify(outcome));
});
`,
    );
    expect(result).toEqual({
      requireError: { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', message: expect.stringContaining('No "exports" main defined') },
      imported: 'function',
    });
  });
});
