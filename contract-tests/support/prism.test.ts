// The Prism launcher behind the contract tests, `docusign-connect mock` and `npm run mock`: loopback, ephemeral port,
// nothing left running afterwards, and a readable error when Prism cannot start, at once when it could not listen
// (a port in use, an address of another machine).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { accepts, alive, gone } from '../../src/cli/fixtures/processes.js';
import { connectAddress, listenError } from '../../src/cli/prism.js';
import { PortInUseError, startPrism, type RunningPrism } from './prism.mjs';
import { projectRoot } from './spec-tools.mjs';

/** For a start that should have failed: stops the Prism so that a failing test leaves nothing running. */
async function stopUnexpected(prism: RunningPrism): Promise<string> {
  await prism.stop();
  return 'started';
}

describe('startPrism', () => {
  test('listens on an ephemeral loopback port and is gone after stop()', async () => {
    const prism = await startPrism();
    try {
      const url = new URL(prism.url);
      expect(url.hostname).toBe('127.0.0.1');
      expect(Number(url.port)).toBeGreaterThan(0);
      expect(Number(url.port)).not.toBe(4010);
      const response = await fetch(`${prism.url}/v2.1/accounts/1/connect`, { method: 'POST' });
      expect(response.status).toBe(401);
    } finally {
      await prism.stop();
    }
    expect(alive(prism.pid)).toBe(false);
    expect(await accepts(prism.url)).toBe(false);
  });

  // At Prism's default log level this body kills the process (see LOG_LEVEL in src/cli/prism.js).
  test('survives a body that crashes the info-level log printer of Prism', async () => {
    const prism = await startPrism();
    try {
      const send = (body: string) =>
        fetch(`${prism.url}/v2.1/accounts/18476201/connect`, {
          method: 'POST',
          headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
          body,
        });
      expect((await send('{"a":["}0["],"b":"x"}')).status).toBe(400);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(prism.died()).toBeUndefined();
      expect((await send('{}')).status).toBe(400);
    } finally {
      await prism.stop();
    }
  });

  // A throwaway listen finds the port taken before Prism is spawned, so this takes no Prism start-up.
  test('a port already in use is a PortInUseError naming it, at once', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      for (const host of ['127.0.0.1', '0.0.0.0']) {
        const started = Date.now();
        const error = await startPrism({ host, port }).then(stopUnexpected, (reason: unknown) => reason);
        expect(error).toBeInstanceOf(PortInUseError);
        expect((error as Error).message).toBe(`Prism cannot listen on ${host}:${port}: the port is already in use (EADDRINUSE).`);
        expect(Date.now() - started).toBeLessThan(500);
      }
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  // Another process can take the port between the launcher's check and Prism's own listen: a
  // launcher that only connected would take that server for its Prism, which then dies.
  test('a port taken after the check, before Prism binds it, is a PortInUseError, not someone else\'s server', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const intruder = createServer((socket) => socket.end());
    // The launcher's check listens first (startPrism starts it synchronously); the intruder
    // listens as soon as the check lets go of the port, and Prism's own start takes far longer.
    const starting = startPrism({ port }).then(stopUnexpected, (reason: unknown) => reason);
    let grabs = 0;
    const taken = new Promise<void>((resolve) => {
      const grab = () => {
        grabs += 1;
        intruder.once('error', () => setTimeout(grab, 2));
        intruder.listen(port, '127.0.0.1', () => resolve());
      };
      grab();
    });
    try {
      await taken;
      // The first try met the launcher's check holding the port: the order this test is about.
      expect(grabs).toBeGreaterThan(1);
      const error = await starting;
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toMatch(`Prism cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE).`);
    } finally {
      await new Promise((resolve) => intruder.close(resolve));
    }
  });

  // 192.0.2.1 is TEST-NET-1: no machine's own address, so listening there fails with EADDRNOTAVAIL.
  // A connect to it instead would wait for the network, or reach whatever answers there.
  test.each([0, 4010])('an address that is not this machine\'s (port %i) is refused at once, saying so', async (port) => {
    const started = Date.now();
    const error = await startPrism({ host: '192.0.2.1', port }).then(stopUnexpected, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toBe(
      `Prism cannot listen on 192.0.2.1:${port}: 192.0.2.1 is not an address of this machine (EADDRNOTAVAIL). ` +
        'Listen on one of its own: 127.0.0.1 (loopback, the default), 0.0.0.0 (every interface) or the address of one of its network interfaces.',
    );
    expect(Date.now() - started).toBeLessThan(500);
  });

  test.each([
    ['EADDRINUSE', '::1', 4010, PortInUseError, 'Prism cannot listen on [::1]:4010: the port is already in use (EADDRINUSE).'],
    ['EACCES', '0.0.0.0', 80, Error, 'Prism cannot listen on 0.0.0.0:80: permission denied (EACCES); ports below 1024 need administrator rights on most systems, and some ports are reserved. Use a port from 1024 up, or 0 for any free port.'],
    ['EAFNOSUPPORT', '::1', 4010, Error, 'Prism cannot listen on [::1]:4010: listen EAFNOSUPPORT'],
  ])('a listen failing with %s becomes an error that says why', (code, host, port, type, message) => {
    const cause = Object.assign(new Error(`listen ${code}`), { code });
    const error = listenError(cause, host, port);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(message);
    expect(error.cause).toBe(cause);
  });

  test('listening on 0.0.0.0, it is ready once it accepts on 127.0.0.1, and serves there', async () => {
    const prism = await startPrism({ host: '0.0.0.0' });
    try {
      const url = new URL(prism.url);
      expect(url.hostname).toBe('0.0.0.0');
      const response = await fetch(`http://127.0.0.1:${url.port}/v2.1/accounts/1/connect`, { method: 'POST' });
      expect(response.status).toBe(401);
    } finally {
      await prism.stop();
    }
  });

  // Windows refuses connections to the unspecified addresses, so readiness is checked on loopback.
  test.each([
    ['0.0.0.0', '127.0.0.1'],
    ['::', '::1'],
    ['0:0:0:0:0:0:0:0', '::1'],
    ['127.0.0.1', '127.0.0.1'],
    ['::1', '::1'],
    ['192.168.1.20', '192.168.1.20'],
  ])('readiness for a Prism listening on %s is checked on %s', (host, address) => {
    expect(connectAddress(host)).toBe(address);
  });

  test('Prism stops by itself when the process that started it is killed', async () => {
    // A parent that starts Prism, prints its pid, and is then killed with SIGKILL: no exit hook runs.
    const script = `import { startPrism } from ${JSON.stringify(join(projectRoot, 'contract-tests', 'support', 'prism.mjs'))};
const prism = await startPrism();
console.log('PRISM ' + prism.pid);
setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = await new Promise<number>((resolve, reject) => {
      let output = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /PRISM (\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', () => reject(new Error(`the parent exited first: ${output}`)));
    });
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    const survived = !(await gone(pid, 5_000));
    if (survived) process.kill(pid, 'SIGKILL');
    expect(survived, 'Prism kept serving after its parent was killed').toBe(false);
  });

  test('an abort while Prism starts kills it and rejects with the reason', async () => {
    const controller = new AbortController();
    // Prism takes over a second to load the document; abort well before it is ready. Should it
    // start anyway, it is stopped, and the test fails on the resolved promise.
    setTimeout(() => controller.abort(new Error('stop starting')), 300);
    await expect(startPrism({ signal: controller.signal }).then((prism) => prism.stop())).rejects.toThrow('stop starting');
  });

  test('rejects with the reason when Prism cannot load the spec', async () => {
    await expect(startPrism({ spec: join(projectRoot, 'no-such-spec.yaml') })).rejects.toThrow(
      /Prism exited .* before it was ready/,
    );
  });
});

describe('the contract global setup', () => {
  test('stops Prism when the tests fail', () => {
    // A throwaway Vitest run with the real global setup and one failing test. The config uses
    // globals so that neither file has to resolve 'vitest' from the temporary folder.
    const scratch = mkdtempSync(join(tmpdir(), 'global-setup-test-'));
    try {
      writeFileSync(join(scratch, 'fails.test.js'), "test('fails on purpose', () => { expect(1).toBe(2); });\n");
      writeFileSync(
        join(scratch, 'vitest.config.mjs'),
        `export default { test: { root: ${JSON.stringify(scratch)}, include: ['fails.test.js'], globals: true, ` +
          `globalSetup: [${JSON.stringify(join(projectRoot, 'contract-tests', 'support', 'prism-global-setup.ts'))}] } };\n`,
      );
      const run = spawnSync(
        process.execPath,
        [join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', join(scratch, 'vitest.config.mjs')],
        { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } },
      );
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(1);
      expect(output).toContain('fails on purpose');
      const started = /Prism (http:\/\/\S+) is mocking openapi\.yaml \(pid (\d+)\), and (http:\/\/\S+) openapi\.docusign\.yaml \(pid (\d+)\)/.exec(output);
      expect(started, output).not.toBeNull();
      expect(alive(Number(started?.[2]))).toBe(false);
      expect(alive(Number(started?.[4]))).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('npm run mock', () => {
  function runMock(args: string[] = []) {
    return spawn(process.execPath, [join(projectRoot, 'scripts', 'mock.mjs'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** The mock's address and Prism's pid once it is ready, its exit code, and what it printed so far. */
  function watch(child: ReturnType<typeof runMock>) {
    let output = '';
    const ready = new Promise<{ url: string; pid: number }>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const url = /Prism is listening on (http:\/\/\S+)/.exec(output)?.[1];
        const pid = /\(pid (\d+)\)/.exec(output)?.[1];
        if (url !== undefined && pid !== undefined && output.includes('Press Ctrl-C to stop.')) resolve({ url, pid: Number(pid) });
      });
      child.once('exit', (code) => reject(new Error(`mock exited early (${code}): ${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { ready, exited, output: () => output };
  }

  /** Ends the mock and its Prism (which runs in a process group of its own), if they still run. */
  function kill(child: ReturnType<typeof runMock>, prismPid: number | undefined) {
    for (const pid of [child.pid, prismPid]) {
      try {
        if (pid !== undefined) process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  test('bundles docusign-connect mock from the sources, serves until interrupted, then stops Prism and exits 0', async () => {
    const child = runMock(['--port', '0']);
    const { ready, exited, output } = watch(child);
    let prismPid: number | undefined;
    try {
      const { url, pid } = await ready;
      prismPid = pid;
      expect(output()).toContain('is mocking openapi.yaml');
      expect(await accepts(url)).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output()).toContain('Stopped Prism (SIGINT).');
      expect(await accepts(url)).toBe(false);
      expect(alive(pid)).toBe(false);
    } finally {
      kill(child, prismPid);
    }
  });

  test("serves DocuSign's own answers with --wire docusign", async () => {
    const child = runMock(['--port=0', '--wire', 'docusign']);
    const { ready, exited, output } = watch(child);
    let prismPid: number | undefined;
    try {
      const { url, pid } = await ready;
      prismPid = pid;
      expect(output()).toContain('is mocking openapi.docusign.yaml');
      const body = { configurationType: 'custom', urlToPublishTo: 'https://hooks.example.com/connect', allUsers: 'true', name: 'demo', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['envelope-completed'] };
      const response = await fetch(`${url}/v2.1/accounts/18476201/connect`, { method: 'POST', headers: { Authorization: 'Bearer any-token', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ connectId: expect.any(String) });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      kill(child, prismPid);
    }
  });

  test.each([
    [['--wire', 'soap'], /--wire must be envelope or docusign, not "soap"\./],
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
    [['--verbose'], /Unknown option '--verbose'\.? See: docusign-connect mock --help/],
  ])('refuses %j with exit 2 and says why', async (args, reason) => {
    const child = runMock(args);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^docusign-connect mock: ${reason.source}`));
  });
});
