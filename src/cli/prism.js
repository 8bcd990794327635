// @ts-check
// Starts Stoplight Prism on an OpenAPI document and stops it again. It ships in the package, in
// the docusign-connect command (`docusign-connect mock`), and is shared by this repository's
// contract harness (contract-tests/support/prism.mjs). It is JavaScript so that the harness's
// plain-Node scripts import it too. Prism is an optional peer dependency: it is found from this
// file's location, so an installed package uses the copy its consumer installed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer, isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package Prism comes from. */
export const PRISM_PACKAGE = '@stoplight/prism-cli';

/** How many lines of Prism's output are kept for error messages. */
const KEPT_LINES = 40;

/**
 * @typedef {object} PrismOptions
 * @property {string} spec The OpenAPI document to mock (an absolute path).
 * @property {number} [port] Port to listen on; 0 (the default) takes a free ephemeral port.
 * @property {string} [host] Interface to bind; loopback unless told otherwise.
 * @property {boolean} [cors] Whether Prism adds CORS headers (useful from a browser only).
 * @property {boolean} [dynamic] Prism's `--dynamic`: answers generated from the schemas instead
 *   of the documents' examples.
 * @property {number} [startTimeoutMs] How long to wait for Prism to accept connections.
 * @property {(line: string) => void} [onLine] Receives every line Prism prints.
 * @property {string} [upstream] Proxy mode: the real provider to forward to. Prism then checks each
 *   request and the provider's answer against the spec, and with `errors` turns every
 *   violation into a 4xx/500 problem+json answer instead of passing it through.
 * @property {boolean} [errors] Prism's `--errors`; on by default in proxy mode.
 * @property {boolean} [detached] Runs Prism in a process group of its own, so that Ctrl-C in a
 *   terminal reaches only the caller, which then stops Prism itself (and never mistakes the
 *   interrupt for Prism dying). The watchdog still ends Prism when the caller is gone.
 * @property {AbortSignal} [signal] Aborting it while Prism starts kills Prism, and the start
 *   rejects with the signal's reason.
 */

/**
 * @typedef {object} RunningPrism
 * @property {string} url Base URL Prism listens on, e.g. http://127.0.0.1:41234.
 * @property {number} pid The Prism process.
 * @property {string} version The version of Prism that runs.
 * @property {() => Promise<void>} stop Stops Prism and waits until it has exited.
 * @property {() => string | undefined} died Why Prism stopped on its own (with its last output),
 *   or undefined while it runs or after stop().
 * @property {Promise<string>} death Settles with died()'s text when Prism stops on its own; it
 *   never settles when Prism is stopped with stop().
 */

/** Prism cannot be found from this package's location: it is an optional peer dependency. */
export class PrismNotInstalledError extends Error {
  /** @override */
  name = 'PrismNotInstalledError';
}

/** Prism could not listen because the port is taken; the message names host and port. */
export class PortInUseError extends Error {
  /** @override */
  name = 'PortInUseError';
}

/**
 * Why Prism runs with `--verboseLevel warn`: at its default level (info), Prism's CLI log printer
 * throws on some request bodies and the whole process exits (a `TypeError` reading `index` in
 * prism-cli/dist/util/createServer.js; `{"a":["}0["],"b":"x"}` is enough). The parity suite's
 * generated bodies found it. At warn the printer still shows every violation, and never sees
 * the lines that crash it; but it no longer prints the "listening" line either, so readiness is
 * found from the watchdog's own line and by connecting.
 */
const LOG_LEVEL = 'warn';

/** The start of the line in which the watchdog (prism-watchdog.cjs) names the port Prism listens on. */
const LISTENING_MARKER = 'docusign-connect-client prism-watchdog: listening on port';

/**
 * Where Prism is installed, as seen from this file (in the package: dist/cli.js), and its version.
 * @returns {{ cli: string, version: string }}
 */
export function locatePrism() {
  const require = createRequire(import.meta.url);
  let manifest;
  try {
    manifest = require.resolve(`${PRISM_PACKAGE}/package.json`);
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new PrismNotInstalledError(`${PRISM_PACKAGE} is not installed where ${fileURLToPath(import.meta.url)} can find it.`);
    }
    throw error;
  }
  const { version } = /** @type {{ version?: unknown }} */ (JSON.parse(readFileSync(manifest, 'utf8')));
  return { cli: join(dirname(manifest), 'dist', 'index.js'), version: typeof version === 'string' ? version : 'unknown' };
}

/**
 * host:port as a URL writes it, IPv6 addresses in brackets.
 * @param {string} host
 * @param {number} port
 */
const endpoint = (host, port) => `${host.includes(':') ? `[${host}]` : host}:${port}`;

/**
 * Why a throwaway server could not listen on host:port, as the error Prism would meet: Prism is
 * only started where it can listen, so that a wrong address or port fails at once and says why.
 * @param {unknown} error The `listen` error.
 * @param {string} host
 * @param {number} port
 * @returns {Error}
 */
export function listenError(error, host, port) {
  const where = endpoint(host, port);
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (code === 'EADDRINUSE') return new PortInUseError(`Prism cannot listen on ${where}: the port is already in use (EADDRINUSE).`, { cause: error });
  if (code === 'EADDRNOTAVAIL') {
    return new Error(
      `Prism cannot listen on ${where}: ${host} is not an address of this machine (EADDRNOTAVAIL). ` +
        'Listen on one of its own: 127.0.0.1 (loopback, the default), 0.0.0.0 (every interface) or the address of one of its network interfaces.',
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new Error(
      `Prism cannot listen on ${where}: permission denied (EACCES); ports below 1024 need administrator rights on most systems, and some ports are reserved. ` +
        'Use a port from 1024 up, or 0 for any free port.',
      { cause: error },
    );
  }
  return new Error(`Prism cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

/**
 * Listens on host:port with a throwaway server, then closes it: the port (for port 0 the free
 * ephemeral one the OS gave out), or listenError's reason. Binding, not connecting, is the test:
 * a connect to an address of another machine waits for the network, and one to 0.0.0.0 fails on
 * Windows. Another process could take the port before Prism binds it; startPrism then tries
 * again with a new one.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<number>}
 */
function reservePort(host, port) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', (error) => reject(listenError(error, host, port)));
    server.listen({ host, port }, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(address.port));
    });
  });
}

/**
 * The address a client on this machine connects to for a server listening on `host`: loopback
 * for the unspecified addresses (0.0.0.0, ::), which are no destination on every system.
 * @param {string} host
 * @returns {string}
 */
export function connectAddress(host) {
  if (isIP(host) === 4) return host === '0.0.0.0' ? '127.0.0.1' : host;
  if (isIP(host) === 6) return new URL(`http://[${host}]`).hostname === '[::]' ? '::1' : host;
  return host;
}

/** How long one readiness probe waits for a connection before it counts as refused. */
const CONNECT_TIMEOUT_MS = 500;

/**
 * Whether something accepts connections on host:port, seen from this machine.
 * @param {string} host The address listened on.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function accepts(host, port) {
  return new Promise((resolveAccepts) => {
    const socket = connect({ host: connectAddress(host), port, timeout: CONNECT_TIMEOUT_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolveAccepts(false);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Spawns Prism's own entry point with this Node binary. Going through npx would leave the real
 * Prism process serving after the npx wrapper is killed.
 * @param {PrismOptions} options
 * @returns {Promise<RunningPrism>}
 */
export async function startPrism(options) {
  const { port = 0, host = '127.0.0.1' } = options;
  const prism = locatePrism();
  // Readiness is seen by connecting, so the port must be free to begin with.
  if (port !== 0) return launch(options, prism, await reservePort(host, port));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await launch(options, prism, await reservePort(host, 0));
    } catch (error) {
      // A free port the OS gave out can be taken before Prism binds it: worth another port.
      if (!(error instanceof PortInUseError) || attempt === 3) throw error;
    }
  }
}

/**
 * @param {PrismOptions} options
 * @param {{ cli: string, version: string }} prism
 * @param {number} port
 * @returns {Promise<RunningPrism>}
 */
async function launch(options, prism, port) {
  const {
    spec,
    host = '127.0.0.1',
    cors = false,
    dynamic = false,
    startTimeoutMs = 30_000,
    onLine,
    upstream,
    errors = upstream !== undefined,
    detached = false,
    signal,
  } = options;
  signal?.throwIfAborted();
  const child = spawn(
    process.execPath,
    [
      '--require',
      fileURLToPath(new URL('./prism-watchdog.cjs', import.meta.url)),
      prism.cli,
      ...(upstream === undefined ? ['mock', spec] : ['proxy', spec, upstream]),
      '--host',
      host,
      '--port',
      String(port),
      `--cors=${cors}`,
      `--errors=${errors}`,
      ...(dynamic ? ['--dynamic'] : []),
      '--verboseLevel',
      LOG_LEVEL,
    ],
    {
      cwd: dirname(spec),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PRISM_PARENT_PID: String(process.pid), PRISM_LISTENING_MARKER: LISTENING_MARKER },
    },
  );

  /** @type {string[]} */
  const lines = [];
  let exited = false;
  let stopped = false;
  /** @type {string | undefined} */
  let exitReason;
  /** @type {Promise<void>} */
  const exit = new Promise((resolveExit) => {
    child.once('exit', (code, exitSignal) => {
      exited = true;
      exitReason = exitSignal ?? `code ${code}`;
      resolveExit();
    });
  });
  // If the parent exits without calling stop(), do not leave Prism serving.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  /** Ports this child's own servers listen on, as its watchdog announces them. */
  const listening = new Set();
  /** The unfinished last line of each pipe: a chunk can end in the middle of a line. */
  const partial = { stdout: '', stderr: '' };
  /** @param {'stdout' | 'stderr'} pipe @param {Buffer} chunk */
  const collect = (pipe, chunk) => {
    const parts = (partial[pipe] + chunk.toString('utf8')).split(/\r?\n/);
    partial[pipe] = parts.pop() ?? '';
    for (const line of parts) {
      if (line.trim() === '') continue;
      if (line.startsWith(`${LISTENING_MARKER} `)) {
        listening.add(Number(line.slice(LISTENING_MARKER.length + 1)));
        continue;
      }
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      onLine?.(line);
    }
  };
  // Both pipes are read to the end, or a chatty Prism would block on a full pipe.
  child.stdout.on('data', (chunk) => collect('stdout', chunk));
  child.stderr.on('data', (chunk) => collect('stderr', chunk));
  const output = () => [...lines, `${partial.stdout}\n${partial.stderr}`.trim()].filter((line) => line !== '').join('\n');
  const died = () => (exited && !stopped ? `Prism exited (${exitReason}). Its last output:\n${output()}` : undefined);

  /** @type {Error | undefined} */
  let spawnError;
  child.once('error', (error) => {
    spawnError = error;
  });

  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (spawnError !== undefined) throw new Error(`Could not run Prism (${prism.cli}): ${spawnError.message}`);
      if (exited) {
        const text = output();
        const message = `Prism exited (${exitReason}) before it was ready. Its output:\n${text}`;
        throw /EADDRINUSE/.test(text) ? listenError(Object.assign(new Error(message), { code: 'EADDRINUSE' }), host, port) : new Error(message);
      }
      // Connecting alone is not enough: another process may have taken the port before Prism
      // could, and then this Prism fails while that server answers.
      if (listening.has(port) && (await accepts(host, port))) break;
      if (Date.now() > deadline) throw new Error(`Prism did not start within ${startTimeoutMs} ms. Its output:\n${output()}`);
      await sleep(50);
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    if (!exited) child.kill('SIGKILL');
    await exit;
    throw error;
  }

  return {
    url: `http://${endpoint(host, port)}`,
    pid: child.pid ?? -1,
    version: prism.version,
    died,
    // After stop() Prism's exit is expected, not a death: the promise is left pending.
    death: exit.then(() => died() ?? /** @type {Promise<string>} */ (new Promise(() => {}))),
    stop: async () => {
      stopped = true;
      process.removeListener('exit', killOnExit);
      if (exited) return;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit;
      clearTimeout(forced);
    },
  };
}
