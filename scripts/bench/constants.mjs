// @ts-check
// What every benchmark sends and answers, so that all subjects do the same work.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ACCOUNT = '18476201';
export const TOKEN = 'bench-access-token-0123456789';
/** The success envelope every benchmark server answers with. */
export const ENVELOPE = JSON.stringify({ success: true, data: { id: '4f2a9c1e-5b7d-4e08-9a36-d1c2b3a4f5e6', created_at: '2026-11-27T09:30:00Z' } });

/**
 * Starts scripts/bench/loopback-server.mjs in a process of its own and resolves to its base
 * URL and a way to stop it.
 */
export async function startLoopbackServer() {
  const child = fork(fileURLToPath(new URL('./loopback-server.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(/** @type {{ port: number }} */ (message).port));
    child.once('exit', (code) => reject(new Error(`the loopback server exited (${code}) before it listened`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/restapi`,
    stop: () => {
      if (child.connected) child.disconnect();
      child.kill();
    },
  };
}
