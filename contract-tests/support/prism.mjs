// @ts-check
// Starts Stoplight Prism on openapi.yaml from the project's own node_modules and stops it again.
// Shared by `npm run mock` and the contract tests' global setup.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot as root } from './spec-tools.mjs';

const require = createRequire(import.meta.url);

/** How many lines of Prism's output are kept for error messages. */
const KEPT_LINES = 40;

/**
 * @typedef {object} PrismOptions
 * @property {number} [port] Port to listen on; 0 (the default) takes a free ephemeral port.
 * @property {string} [host] Interface to bind; loopback unless told otherwise.
 * @property {string} [spec] The OpenAPI document to mock.
 * @property {boolean} [cors] Whether Prism adds CORS headers (useful from a browser only).
 * @property {number} [startTimeoutMs] How long to wait for Prism to accept connections.
 * @property {(line: string) => void} [onLine] Receives every line Prism prints.
 * @property {string} [upstream] Proxy mode: the real provider to forward to. Prism then checks each
 *   request and the provider's answer against the spec, and with `errors` turns every
 *   violation into a 4xx/500 problem+json answer instead of passing it through.
 * @property {boolean} [errors] Prism's `--errors`; on by default in proxy mode.
 */

/**
 * @typedef {object} RunningPrism
 * @property {string} url Base URL Prism listens on, e.g. http://127.0.0.1:41234.
 * @property {number} pid The Prism process.
 * @property {() => Promise<void>} stop Stops Prism and waits until it has exited.
 * @property {() => string | undefined} died Why Prism stopped on its own (with its last output),
 *   or undefined while it runs or after stop().
 */

/**
 * Why Prism runs with `--verboseLevel warn`: at its default level (info), Prism's CLI log printer
 * throws on some request bodies and the whole process exits (a `TypeError` reading `index` in
 * prism-cli/dist/util/createServer.js; `{"a":["}0["],"b":"x"}` is enough). The parity suite's
 * generated bodies found it. At warn the printer still shows every violation, and never sees
 * the lines that crash it; but it no longer prints the "listening" line either, so readiness is
 * found by connecting.
 */
const LOG_LEVEL = 'warn';

/**
 * A free ephemeral port on the host, from the OS (listen on port 0, then close). Another process
 * could take it before Prism binds it; startPrism then tries again with a new one.
 * @param {string} host
 * @returns {Promise<number>}
 */
function freePort(host) {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Whether something accepts connections on host:port.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function accepts(host, port) {
  return new Promise((resolveAccepts) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** A start that failed because the port was taken in the meantime; worth another port. */
class PortTaken extends Error {}

/**
 * Spawns Prism's own entry point with this Node binary. Going through npx would leave the real
 * Prism process serving after the npx wrapper is killed.
 * @param {PrismOptions} [options]
 * @returns {Promise<RunningPrism>}
 */
export async function startPrism(options = {}) {
  const { port = 0, host = '127.0.0.1' } = options;
  if (port !== 0) return launch(options, port);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await launch(options, await freePort(host));
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

/**
 * @param {PrismOptions} options
 * @param {number} port
 * @returns {Promise<RunningPrism>}
 */
async function launch(options, port) {
  const {
    host = '127.0.0.1',
    spec = join(root, 'openapi.yaml'),
    cors = false,
    startTimeoutMs = 30_000,
    onLine,
    upstream,
    errors = upstream !== undefined,
  } = options;
  // Readiness is seen by connecting, so the port must be free to begin with.
  if (await accepts(host, port)) {
    throw new PortTaken(`Prism cannot listen on ${host}:${port}: the port is already in use (EADDRINUSE).`);
  }
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const child = spawn(
    process.execPath,
    [
      '--require',
      fileURLToPath(new URL('./prism-watchdog.cjs', import.meta.url)),
      cli,
      ...(upstream === undefined ? ['mock', spec] : ['proxy', spec, upstream]),
      '--host',
      host,
      '--port',
      String(port),
      `--cors=${cors}`,
      `--errors=${errors}`,
      '--verboseLevel',
      LOG_LEVEL,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PRISM_PARENT_PID: String(process.pid) } },
  );

  /** @type {string[]} */
  const lines = [];
  let exited = false;
  let stopped = false;
  /** @type {string | undefined} */
  let exitReason;
  const exit = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitReason = signal ?? `code ${code}`;
      resolveExit({ code, signal });
    });
  });
  // If the parent dies without calling stop(), do not leave Prism serving.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  /** The unfinished last line of each pipe: a chunk can end in the middle of a line. */
  const partial = { stdout: '', stderr: '' };
  /** @param {'stdout' | 'stderr'} pipe @param {Buffer} chunk */
  const collect = (pipe, chunk) => {
    const parts = (partial[pipe] + chunk.toString('utf8')).split(/\r?\n/);
    partial[pipe] = parts.pop() ?? '';
    for (const line of parts) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      onLine?.(line);
    }
  };
  // Both pipes are read to the end, or a chatty Prism would block on a full pipe.
  child.stdout.on('data', (chunk) => collect('stdout', chunk));
  child.stderr.on('data', (chunk) => collect('stderr', chunk));
  const output = () => [...lines, `${partial.stdout}\n${partial.stderr}`.trim()].filter((line) => line !== '').join('\n');

  /** @type {Error | undefined} */
  let spawnError;
  child.once('error', (error) => {
    spawnError = error;
  });

  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      if (spawnError !== undefined) throw new Error(`Could not run Prism (${cli}): ${spawnError.message}`);
      if (exited) {
        const text = output();
        const message = `Prism exited (${exitReason}) before it was ready. Its output:\n${text}`;
        throw /EADDRINUSE/.test(text) ? new PortTaken(message) : new Error(message);
      }
      if (await accepts(host, port)) break;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`Prism did not start within ${startTimeoutMs} ms. Its output:\n${output()}`);
      }
      await sleep(50);
    }
  } catch (error) {
    process.removeListener('exit', killOnExit);
    if (!exited) child.kill('SIGKILL');
    throw error;
  }

  const hostPart = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostPart}:${port}`,
    pid: child.pid ?? -1,
    died: () => (exited && !stopped ? `Prism exited (${exitReason}). Its last output:\n${output()}` : undefined),
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
