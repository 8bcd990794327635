// End to end over loopback with the real global fetch: a token from JWT Grant, the account from
// /oauth/userinfo, and a create sent to that account's base URL with that token, answered as
// DocuSign answers. The OAuth stand-in checks the assertion's signature with the public key.
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startOAuthProvider, type OAuthProvider } from '../contract-tests/fixtures/oauth-provider.js';
import { type FixtureProvider, startDocuSignProvider } from '../contract-tests/fixtures/providers.js';
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

let oauth: OAuthProvider;
let docusign: FixtureProvider;

beforeAll(async () => {
  docusign = await startDocuSignProvider({ token: ISSUED_TOKEN, accountId: ACCOUNT_ID });
  oauth = await startOAuthProvider({
    integrationKey: INTEGRATION_KEY,
    userId: USER_ID,
    publicKey: rsa.publicKey,
    token: ISSUED_TOKEN,
    accounts: () => [
      { account_id: '22222222-3333-4444-8555-666666666666', is_default: false, account_name: 'Other', base_uri: 'https://eu.docusign.net' },
      { account_id: ACCOUNT_ID, is_default: true, account_name: 'Loopback account', base_uri: `${docusign.url.replace(/\/restapi$/, '')}/` },
    ],
  });
});

afterAll(async () => {
  await Promise.all([oauth?.stop(), docusign?.stop()]);
});

test('gets a token, finds the account and creates a configuration with them over loopback', async () => {
  const accessToken = createJwtTokenProvider({ integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: PRIVATE_PEM, oauthBaseUrl: oauth.origin });
  const account = await discoverAccount({ accessToken, oauthBaseUrl: oauth.origin });
  expect(account).toEqual({ accountId: ACCOUNT_ID, accountName: 'Loopback account', baseUrl: docusign.url });

  const connect = createConnectClient({ baseUrl: account.baseUrl, accessToken, wire: 'docusign' });
  const result = await connect.createConfiguration(
    account.accountId,
    jsonSim({ name: 'Loopback listener', urlToPublishTo: 'https://hooks.example.com/docusign', allUsers: true, events: ['envelope-sent'] }),
  );
  expect(result).toMatchObject({ success: true, outcome: 'created', data: { id: '22210641' }, docusign: { connectId: '22210641', name: 'Loopback listener' } });
  // Discovery and the create shared one token.
  expect(oauth.counts).toEqual({ token: 1, userinfo: 1 });
  expect(docusign.requests()).toBe(1);
});

test('gets the typed refusal for a key the integration key does not hold', async () => {
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const accessToken = createJwtTokenProvider({ integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: stranger, oauthBaseUrl: oauth.origin });
  const failure = discoverAccount({ accessToken, oauthBaseUrl: oauth.origin });
  await expect(failure).rejects.toBeInstanceOf(ConnectAuthError);
  await expect(failure).rejects.toMatchObject({ code: 'invalid_grant', description: 'no_valid_keys_or_signatures', status: 400 });
  await expect(failure).rejects.toThrow(/matches no RSA key pair of integration key/);
});
