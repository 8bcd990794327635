// docusign-connect mock: its help and usage errors in-process, then the built command as a real
// process in a package laid out as npm installs it (dist/ next to the spec documents, Prism in
// node_modules): it serves each wire, prints what Prism finds, stops on a signal with exit 0 and
// nothing left running, and exits non-zero with the reason when Prism cannot serve. The case
// without Prism is in scripts/pack.test.ts, where the installed package has none.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import type { CommandIo } from './command.js';
import { runCli } from './main.js';
import { accepts, gone, runNode } from './fixtures/processes.js';
import { mockCommand } from './mock.js';

/** Runs `docusign-connect mock` in-process and keeps what it wrote. */
async function mock(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: process.cwd(), env: {} };
  const code = await runCli(['mock', ...argv], io, [mockCommand]);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('docusign-connect mock, in-process', () => {
  test('--help shows the options, the peer dependency and the exit codes', async () => {
    const result = await mock(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: docusign-connect mock \[--port N\] \[--host ADDRESS\] \[--wire envelope\|docusign\] \[--dynamic\]\n/);
    for (const option of ['--port N', '--host ADDRESS', '--wire envelope|docusign', '--dynamic', '-h, --help']) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('npm install --save-dev @stoplight/prism-cli');
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  test.each([
    [['--port', '65536'], '--port must be a whole number from 0 to 65535, not "65536".'],
    [['--port', '4o10'], '--port must be a whole number from 0 to 65535, not "4o10".'],
    [['--port=-1'], '--port must be a whole number from 0 to 65535, not "-1".'],
    [['--port'], "Option '--port <value>' argument missing. See: docusign-connect mock --help"],
    [['--wire', 'soap'], '--wire must be envelope or docusign, not "soap".'],
    [['--host', 'localhost'], '--host must be an IP address to listen on, such as 127.0.0.1 (the default), ::1 or 0.0.0.0, not "localhost".'],
    [['--dynamic=yes'], "Option '--dynamic' does not take an argument. See: docusign-connect mock --help"],
    // mock has no keys: the stray argument is not shown all the same, and the hint is about the port.
    [['4010'], 'Unexpected argument (not shown). Each value needs its option before it; did you mean --port N? See: docusign-connect mock --help'],
  ])('%j is a usage error: exit 2, one line, and no signal handler left behind', async (argv, reason) => {
    const handlers = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const result = await mock(argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `docusign-connect mock: ${reason}\n` });
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(handlers);
  });
});

/**
 * The configuration in the curl command the mock prints: the tests send that one, so that the
 * example a user pastes is the one proven to get 201.
 */
function printedBody(stdout: string): unknown {
  const match = /^ {4}-d '(.+)'$/m.exec(stdout);
  if (match?.[1] === undefined) throw new Error(`no curl body in the mock's output:\n${stdout}`);
  return JSON.parse(match[1]);
}

const scratch = mkdtempSync(join(tmpdir(), 'mock-command-'));
/** The package as npm installs it, built from this checkout, with Prism in its node_modules. */
const installed = join(scratch, 'docusign-connect-client');

beforeAll(async () => {
  const build = await runNode([join(projectRoot, 'scripts', 'build.mjs'), '--out-dir', join(installed, 'dist')], projectRoot);
  expect(build.code, build.stderr).toBe(0);
  for (const file of ['package.json', 'openapi.yaml', 'openapi.docusign.yaml']) copyFileSync(join(projectRoot, file), join(installed, file));
  symlinkSync(join(projectRoot, 'node_modules'), join(installed, 'node_modules'), 'dir');
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface RunningMock {
  child: ChildProcessWithoutNullStreams;
  /** Its URL and Prism's pid once the command says it serves; rejects if it exits first. */
  ready: Promise<{ url: string; prismPid: number }>;
  /** The exit code once it has exited, with everything it printed. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stdout: () => string;
}

/** Processes this file started, ended in afterEach if a test left them running. */
const started: Array<{ pid: number | undefined; prismPid?: number }> = [];
afterEach(() => {
  for (const entry of started.splice(0)) {
    for (const pid of [entry.pid, entry.prismPid]) {
      try {
        if (pid !== undefined) process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

/** Starts the built command, as `npx docusign-connect mock ...` in the consumer would. */
function startMock(args: string[], root = installed): RunningMock {
  const child = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'mock', ...args], { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const entry: { pid: number | undefined; prismPid?: number } = { pid: child.pid };
  started.push(entry);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  const ready = new Promise<{ url: string; prismPid: number }>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /^Prism is listening on (http:\/\/\S+)$/m.exec(stdout)?.[1];
      const pid = /\(pid (\d+)\)/.exec(stdout)?.[1];
      if (url !== undefined && pid !== undefined && stdout.includes('Press Ctrl-C to stop.\n')) {
        entry.prismPid = Number(pid);
        resolve({ url, prismPid: Number(pid) });
      }
    });
    void exited.then((result) => reject(new Error(`the mock exited before it served (${result.code}):\n${result.stdout}${result.stderr}`)));
  });
  // Tests of a mock that must not serve await `exited` alone.
  ready.catch(() => undefined);
  return { child, ready, exited, stdout: () => stdout };
}

/** POSTs a configuration to the mock as a client would. */
function create(url: string, body: unknown) {
  return fetch(`${url}/v2.1/accounts/18476201/connect`, {
    method: 'POST',
    headers: { Authorization: 'Bearer any-token', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

// Each test starts Prism, which takes seconds on a machine busy with the other projects' suites.
describe('the built docusign-connect mock', { timeout: 30_000 }, () => {
  test('serves the envelope wire on a free port, prints the URL and a curl command, and stops on SIGTERM with exit 0 and no Prism left', async () => {
    const running = startMock(['--port', '0']);
    const { url, prismPid } = await running.ready;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toBe('http://127.0.0.1:4010');
    expect(running.stdout()).toMatch(/^Prism 5\.\d+\.\d+ \(pid \d+\) is mocking openapi\.yaml: /);
    expect(running.stdout()).toContain(`curl -i -X POST ${url}/v2.1/accounts/18476201/connect`);

    const response = await create(url, printedBody(running.stdout()));
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(201);
    // The document's own example, since --dynamic was not given.
    expect(await response.json()).toEqual({ success: true, data: { id: 'abc123', created_at: '2025-01-01T00:00:00Z' } });

    running.child.kill('SIGTERM');
    const result = await running.exited;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Stopped Prism \(SIGTERM\)\.\n$/);
    expect(await gone(prismPid, 2_000)).toBe(true);
    expect(await accepts(url)).toBe(false);
  });

  test('on every interface (--host 0.0.0.0), the curl command goes to loopback, and the request it shows gets 201 there', async () => {
    const running = startMock(['--port', '0', '--host', '0.0.0.0']);
    const { url } = await running.ready;
    expect(url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    const loopback = url.replace('0.0.0.0', '127.0.0.1');
    expect(running.stdout()).toContain(`curl -i -X POST ${loopback}/v2.1/accounts/18476201/connect`);
    expect((await create(loopback, printedBody(running.stdout()))).status).toBe(201);
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  });

  test("serves DocuSign's own answers with --wire docusign, and stops on SIGINT", async () => {
    const running = startMock(['--port=0', '--wire', 'docusign']);
    const { url, prismPid } = await running.ready;
    expect(running.stdout()).toContain('is mocking openapi.docusign.yaml: ');
    const response = await create(url, printedBody(running.stdout()));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ connectId: expect.any(String), name: expect.any(String) });
    running.child.kill('SIGINT');
    expect((await running.exited).code).toBe(0);
    expect(await gone(prismPid, 2_000)).toBe(true);
  });

  test('prints the violations Prism finds in an invalid request', async () => {
    const running = startMock(['--port', '0']);
    const { url } = await running.ready;
    const response = await create(url, { name: '' });
    expect(response.status).toBe(400);
    const deadline = Date.now() + 5_000;
    // Prism prints the same finding twice, first as an error and then as a Violation line: wait
    // for the line asserted, not for the first that mentions the property.
    const violation = /Violation: request\.body Request body must have required property 'urlToPublishTo'/;
    while (!violation.test(running.stdout()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.stdout()).toMatch(violation);
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  });

  test('answers from the schemas with --dynamic instead of the examples', async () => {
    const running = startMock(['--port', '0', '--dynamic']);
    const { url } = await running.ready;
    expect(running.stdout()).toContain(', generated from the schemas.');
    const response = await create(url, printedBody(running.stdout()));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { success: boolean; data: { id: string } };
    expect(body.success).toBe(true);
    expect(typeof body.data.id).toBe('string');
    expect(body.data.id).not.toBe('abc123');
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  });

  test('a port in use: exit 2, naming the port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await startMock(['--port', String(port)]).exited;
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `docusign-connect mock: Prism cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE). Pick another with --port N, or --port 0 for any free port.\n`,
      });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  test('an address that is not this machine\'s: exit 2 at once, saying so', async () => {
    const started = Date.now();
    const result = await startMock(['--host', '192.0.2.1', '--port', '0']).exited;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'docusign-connect mock: Prism did not start, so nothing is served.\n' +
        'Prism cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine (EADDRNOTAVAIL). ' +
        'Listen on one of its own: 127.0.0.1 (loopback, the default), 0.0.0.0 (every interface) or the address of one of its network interfaces.\n',
    );
    // No Prism was spawned: the time is the command's own start-up.
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test('Prism dying while it serves: exit 1, with its last lines', async () => {
    const running = startMock(['--port', '0']);
    const { prismPid } = await running.ready;
    process.kill(prismPid, 'SIGKILL');
    const result = await running.exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^docusign-connect mock: Prism stopped on its own, so the mock no longer serves\.\nPrism exited \(SIGKILL\)\. Its last output:\n/);
  });

  test('Prism that cannot load the document: exit 2, with what Prism said', async () => {
    const broken = join(scratch, 'broken', 'docusign-connect-client');
    mkdirSync(broken, { recursive: true });
    cpSync(join(installed, 'dist'), join(broken, 'dist'), { recursive: true });
    for (const file of ['package.json', 'openapi.docusign.yaml']) copyFileSync(join(projectRoot, file), join(broken, file));
    writeFileSync(join(broken, 'openapi.yaml'), 'openapi: 3.1.0\npaths: [this is not a paths object\n');
    symlinkSync(join(projectRoot, 'node_modules'), join(broken, 'node_modules'), 'dir');
    const result = await startMock(['--port', '0'], broken).exited;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^docusign-connect mock: Prism did not start, so nothing is served\.\nPrism exited \(code \d+\) before it was ready\. Its output:\n/);
  });

  test('Prism ends when the command is killed outright, by the watchdog shipped next to it', async () => {
    expect(existsSync(join(installed, 'dist', 'prism-watchdog.cjs'))).toBe(true);
    const running = startMock(['--port', '0']);
    const { prismPid } = await running.ready;
    // SIGKILL: no handler and no exit hook runs, and Prism has a process group of its own.
    running.child.kill('SIGKILL');
    await running.exited;
    expect(await gone(prismPid, 5_000), 'Prism kept serving after the command was killed').toBe(true);
  });

  test('outside an installed package: exit 2, saying the documents cannot be found', async () => {
    const alone = join(scratch, 'alone');
    mkdirSync(join(alone, 'dist'), { recursive: true });
    copyFileSync(join(installed, 'dist', 'cli.js'), join(alone, 'dist', 'cli.js'));
    const result = await startMock(['--port', '0'], alone).exited;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^docusign-connect mock: Cannot find the spec documents: no package\.json of docusign-connect-client above .*alone[/\\]dist\./);
  });
});
