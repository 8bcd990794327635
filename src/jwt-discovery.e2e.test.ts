// End to end over loopback with the real global fetch: a token from JWT Grant, the account from
// /oauth/userinfo, and a create sent to that account's base URL with that token. The server
// checks the assertion's signature with the public key, as DocuSign does.
import { generateKeyPairSync, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { jsonSim } from './builders.js';
import { createConnectClient } from './client.js';
import { discoverAccount } from './discover.js';
import { ConnectAuthError } from './errors.js';
import { createJwtTokenProvider } from './jwt.js';

const INTEGRATION_KEY = '0d9c8b7a-6f5e-4d3c-8b2a-190807060504';
const USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ACCOUNT_ID = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
const ISSUED_TOKEN = 'loopback-access-token-0123456789';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

let server: Server;
let origin = '';
const counts = { token: 0, userinfo: 0, create: 0 };

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** /oauth/token as DocuSign answers it: a grant for a well-signed assertion, an OAuth error otherwise. */
function token(form: URLSearchParams, response: ServerResponse): void {
  counts.token++;
  const [header = '', claims = '', signature = ''] = (form.get('assertion') ?? '').split('.');
  const signedByKey = verify('sha256', Buffer.from(`${header}.${claims}`), rsa.publicKey, Buffer.from(signature, 'base64url'));
  if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || !signedByKey) {
    send(response, 400, { error: 'invalid_grant', error_description: 'no_valid_keys_or_signatures' });
    return;
  }
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const fresh = typeof payload.iat === 'number' && payload.iat <= now && typeof payload.exp === 'number' && payload.exp > now;
  if (payload.iss !== INTEGRATION_KEY || payload.sub !== USER_ID || payload.aud !== new URL(origin).host || !fresh) {
    send(response, 400, { error: 'invalid_grant', error_description: 'claims do not match' });
    return;
  }
  send(response, 200, { access_token: ISSUED_TOKEN, token_type: 'Bearer', expires_in: 3600 });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      const bearer = request.headers.authorization === `Bearer ${ISSUED_TOKEN}`;
      if (request.method === 'POST' && request.url === '/oauth/token') return token(new URLSearchParams(body), response);
      if (request.method === 'GET' && request.url === '/oauth/userinfo') {
        counts.userinfo++;
        if (!bearer) return send(response, 401, { error: 'invalid_token' });
        return send(response, 200, {
          sub: USER_ID,
          accounts: [
            { account_id: '22222222-3333-4444-8555-666666666666', is_default: false, account_name: 'Other', base_uri: 'https://eu.docusign.net' },
            { account_id: ACCOUNT_ID, is_default: true, account_name: 'Loopback account', base_uri: `${origin}/` },
          ],
        });
      }
      if (request.method === 'POST' && request.url === `/restapi/v2.1/accounts/${ACCOUNT_ID}/connect`) {
        counts.create++;
        if (!bearer) return send(response, 401, { success: false, error: { code: 'AUTHORIZATION_INVALID_TOKEN', message: 'The access token is not valid.' } });
        return send(response, 201, { success: true, data: { id: 'cfg-1', created_at: '2026-03-01T12:00:00Z' } });
      }
      return send(response, 404, { error: 'not_found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('gets a token, finds the account and creates a configuration with them over loopback', async () => {
  const accessToken = createJwtTokenProvider({ integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: PRIVATE_PEM, oauthBaseUrl: origin });
  const account = await discoverAccount({ accessToken, oauthBaseUrl: origin });
  expect(account).toEqual({ accountId: ACCOUNT_ID, accountName: 'Loopback account', baseUrl: `${origin}/restapi` });

  const connect = createConnectClient({ baseUrl: account.baseUrl, accessToken });
  const result = await connect.createConfiguration(
    account.accountId,
    jsonSim({ name: 'Loopback listener', urlToPublishTo: 'https://hooks.example.com/docusign', allUsers: true, events: ['envelope-sent'] }),
  );
  expect(result).toMatchObject({ success: true, outcome: 'created', data: { id: 'cfg-1' } });
  // Discovery and the create shared one token.
  expect(counts).toEqual({ token: 1, userinfo: 1, create: 1 });
});

test('gets the typed refusal for a key the integration key does not hold', async () => {
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const accessToken = createJwtTokenProvider({ integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: stranger, oauthBaseUrl: origin });
  const failure = discoverAccount({ accessToken, oauthBaseUrl: origin });
  await expect(failure).rejects.toBeInstanceOf(ConnectAuthError);
  await expect(failure).rejects.toMatchObject({ code: 'invalid_grant', description: 'no_valid_keys_or_signatures', status: 400 });
  await expect(failure).rejects.toThrow(/matches no RSA key pair of integration key/);
});
