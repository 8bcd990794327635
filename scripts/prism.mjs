// @ts-check
// Starts Stoplight Prism on openapi.yaml from the project's own node_modules and stops it again.
// Shared by `npm run mock` and the contract tests' global setup.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * @property {number} [startTimeoutMs] How long to wait for Prism to report that it listens.
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
 * Spawns Prism's own entry point with this Node binary. Going through npx would leave the real
 * Prism process serving after the npx wrapper is killed.
 * @param {PrismOptions} [options]
 * @returns {Promise<RunningPrism>}
 */
export async function startPrism(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    spec = join(root, 'openapi.yaml'),
    cors = false,
    startTimeoutMs = 30_000,
    onLine,
    upstream,
    errors = upstream !== undefined,
  } = options;
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      ...(upstream === undefined ? ['mock', spec] : ['proxy', spec, upstream]),
      '--host',
      host,
      '--port',
      String(port),
      `--cors=${cors}`,
      `--errors=${errors}`,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
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

  const url = await new Promise((resolveUrl, reject) => {
    /** @param {Error} error */
    const fail = (error) => {
      clearTimeout(timer);
      process.removeListener('exit', killOnExit);
      reject(error);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Prism did not start within ${startTimeoutMs} ms. Its output:\n${lines.join('\n')}`));
    }, startTimeoutMs);
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
        const ready = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (ready?.[1]) {
          clearTimeout(timer);
          resolveUrl(ready[1]);
        }
      }
    };
    // Both pipes are read to the end, or a chatty Prism would block on a full pipe.
    child.stdout.on('data', (chunk) => collect('stdout', chunk));
    child.stderr.on('data', (chunk) => collect('stderr', chunk));
    child.once('error', (error) => fail(new Error(`Could not run Prism (${cli}): ${error.message}`)));
    child.once('exit', (code, signal) => {
      const last = `${partial.stdout}\n${partial.stderr}`.trim();
      if (last !== '') lines.push(last);
      fail(new Error(`Prism exited (${signal ?? `code ${code}`}) before it was ready. Its output:\n${lines.join('\n')}`));
    });
  });

  return {
    url,
    pid: child.pid ?? -1,
    died: () => (exited && !stopped ? `Prism exited (${exitReason}). Its last output:\n${lines.join('\n')}` : undefined),
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
