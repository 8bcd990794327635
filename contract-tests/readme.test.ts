// The README's usage section, run as written against the mock: a new user who follows it must
// see exactly the output it shows, and nothing may reach the mock.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, expect, test, vi } from 'vitest';
import { deliveryHeaders, makeConnectEvents, serializeConnectEvent } from '../src/event-factory.js';
import { startOAuthProvider } from './fixtures/oauth-provider.js';
import { startDocuSignProvider } from './fixtures/providers.js';
import { projectRoot } from './support/spec-tools.mjs';
import { prismUrl } from './support/harness.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
/** The text of the README section with this heading, up to the next one. */
const section = (heading: string) => {
  const start = readme.indexOf(`## ${heading}`);
  if (start === -1) throw new Error(`README has no section "${heading}"`);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
};
/** The first code block of this language in a section. */
const blockIn = (text: string, language: string) => {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(text);
  if (!match?.[1]) throw new Error(`README section has no ${language} block`);
  return match[1];
};
const usage = section('Using the client');
const block = (language: string) => blockIn(usage, language);

/** Imports a script as a reader would run it, and returns the lines it printed with console.log. */
async function printedBy(file: string): Promise<string[]> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
  });
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
  }
  return printed;
}

const scratch = mkdtempSync(join(tmpdir(), 'readme-example-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the README try-it example prints the problems it shows, and sends nothing', async () => {
  const script = block('js');
  expect(script).toContain("'http://127.0.0.1:4010'");
  const file = join(scratch, 'try.mjs');
  writeFileSync(file, script.replace("'http://127.0.0.1:4010'", JSON.stringify(prismUrl())));
  // The example uses the global fetch, as a reader's script would; a spy (not a replacement)
  // counts what it sends.
  const sent = vi.spyOn(globalThis, 'fetch');
  let printed: string[];
  try {
    printed = await printedBy(file);
  } finally {
    sent.mockRestore();
  }
  expect(printed.join('\n').trim()).toBe(block('text').trim());
  expect(sent).not.toHaveBeenCalled();
});

test('the README JWT example gets a token, finds the account and creates a configuration', async () => {
  const script = blockIn(section("Tokens and the account's base URL (JWT Grant)"), 'js');
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(scratch, 'private.pem');
  writeFileSync(keyFile, keys.privateKey.export({ type: 'pkcs1', format: 'pem' }));
  const integrationKey = '0d9c8b7a-6f5e-4d3c-8b2a-190807060504';
  const userId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
  const accountId = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
  const token = 'readme-example-token-4d1f';
  const docusign = await startDocuSignProvider({ token, accountId });
  const oauth = await startOAuthProvider({
    integrationKey,
    userId,
    publicKey: keys.publicKey,
    token,
    accounts: () => [{ account_id: accountId, is_default: true, account_name: 'Example account', base_uri: docusign.url.replace(/\/restapi$/, '') }],
  });
  const file = join(scratch, 'jwt.mjs');
  writeFileSync(file, script);
  vi.stubEnv('DOCUSIGN_OAUTH_BASE_URL', oauth.origin);
  vi.stubEnv('DOCUSIGN_INTEGRATION_KEY', integrationKey);
  vi.stubEnv('DOCUSIGN_USER_ID', userId);
  vi.stubEnv('DOCUSIGN_PRIVATE_KEY_FILE', keyFile);
  let printed: string[];
  try {
    printed = await printedBy(file);
  } finally {
    vi.unstubAllEnvs();
    await Promise.all([oauth.stop(), docusign.stop()]);
  }
  expect(printed).toEqual(['Created Connect configuration 22210641 in Example account']);
  expect(oauth.counts).toEqual({ token: 1, userinfo: 1 });
  expect(docusign.requests()).toBe(1);
});

test('the README node:http listener acknowledges signed messages and refuses forged ones', async () => {
  const script = blockIn(section('Receiving events: the listener'), 'js');
  const file = join(scratch, 'listener.mjs');
  writeFileSync(file, script);
  const key = 'readme-listener-key=';
  vi.stubEnv('DOCUSIGN_CONNECT_HMAC_KEY', key);
  vi.stubEnv('PORT', '0');
  // The example does not keep its server; this wrapper does, so the test can find its port and
  // close it.
  const started: Server[] = [];
  const realListen = Server.prototype.listen;
  Server.prototype.listen = function (this: Server, ...args: unknown[]) {
    started.push(this);
    return realListen.apply(this, args as never);
  } as typeof realListen;
  let printed: string[] = [];
  try {
    printed = await printedBy(file);
    const server = started[0];
    if (server === undefined) throw new Error('the README listener started no server');
    if (!server.listening) await new Promise((ready) => server.once('listening', ready));
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const logged: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    try {
      const [message] = makeConnectEvents({ events: ['envelope-completed'] }, { seed: 5 });
      const body = serializeConnectEvent(message);
      const genuine = await fetch(url, { method: 'POST', body, headers: deliveryHeaders(body, [key]) });
      const forged = await fetch(url, { method: 'POST', body, headers: deliveryHeaders(body, ['not-the-key']) });
      expect([genuine.status, forged.status]).toEqual([200, 401]);
      expect(logged).toEqual([`envelope-completed ${(message?.data as { envelopeId: string }).envelopeId}`]);
    } finally {
      log.mockRestore();
      await new Promise((closed) => server.close(closed));
    }
  } finally {
    Server.prototype.listen = realListen;
    vi.unstubAllEnvs();
  }
  expect(printed).toEqual([]);
});
