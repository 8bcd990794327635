// @ts-check
// What every benchmark sends and answers, so that all subjects do the same work, and the calls
// of the peers, written once for every section that measures them.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ACCOUNT = '18476201';
export const TOKEN = 'bench-access-token-0123456789';
/** The success envelope every benchmark server answers with. */
export const ENVELOPE = JSON.stringify({ success: true, data: { id: '4f2a9c1e-5b7d-4e08-9a36-d1c2b3a4f5e6', created_at: '2026-11-27T09:30:00Z' } });
/**
 * DocuSign's own answer to the same create (`connectCustomConfiguration`): the stored
 * configuration with its connectId, every flag a string, as the DocuSign-wire rows are answered.
 */
export const NATIVE = JSON.stringify({
  connectId: '22210641',
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: 'true',
  name: 'jsonSimTest',
  deliveryMode: 'SIM',
  allowEnvelopePublish: 'true',
  enableLog: 'true',
  requiresAcknowledgement: 'true',
  eventData: { version: 'restv2.1' },
  events: ['envelope-sent', 'envelope-delivered', 'envelope-completed'],
});
/** Where the loopback server answers with NATIVE rather than ENVELOPE: base URLs under this path. */
export const NATIVE_PREFIX = '/native';

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
    /** The same server answering as DocuSign does. */
    nativeBaseUrl: `http://127.0.0.1:${port}${NATIVE_PREFIX}/restapi`,
    stop: () => {
      if (child.connected) child.disconnect();
      child.kill();
    },
  };
}

/**
 * The call a careful engineer writes without a client: JSON body, bearer token, a timeout, and
 * the answer parsed as JSON. Resolves to the parsed answer.
 * @param {string} baseUrl
 * @param {unknown} body
 * @param {{ fetch?: (url: string, init: RequestInit) => Promise<Response>, timeout?: boolean }} [options]
 */
export async function handWrittenCreate(baseUrl, body, { fetch: fetchImpl = fetch, timeout = true } = {}) {
  const response = await fetchImpl(`${baseUrl}/v2.1/accounts/${encodeURIComponent(ACCOUNT)}/connect`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
    ...(timeout ? { signal: AbortSignal.timeout(30_000) } : {}),
  });
  return /** @type {Promise<{ success?: unknown }>} */ (response.json());
}

/**
 * docusign-esign's ConnectApi on `baseUrl`, with the bearer token, as its README sets it up.
 * The module is passed in, so that a caller can time loading it.
 * @param {any} docusign the docusign-esign module (untyped CommonJS)
 * @param {string} baseUrl
 * @returns {{ createConfiguration(accountId: string, options: { connectCustomConfiguration: unknown }): Promise<unknown> }}
 */
export function docusignConnectApi(docusign, baseUrl) {
  const apiClient = new docusign.ApiClient({ basePath: baseUrl, oAuthBasePath: 'account-d.docusign.com' });
  apiClient.addDefaultHeader('Authorization', `Bearer ${TOKEN}`);
  return new docusign.ConnectApi(apiClient);
}
