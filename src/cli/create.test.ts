// docusign-connect create as a user runs it: the built command in a child process, against
// loopback stand-ins for DocuSign's REST host (each answering one way) and its OAuth host (JWT
// Grant and /oauth/userinfo), for each exit code. Every run is checked for the token, the private
// key and the configuration's secrets in what it printed.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startOAuthProvider, type OAuthProvider } from '../../contract-tests/fixtures/oauth-provider.js';
import { buildCli, type BuiltCli, type CliRun } from './fixtures/built-cli.js';
import { JSON_SIM_FILE } from './fixtures/configurations.js';
import { CREATED_ID, startConnectApi, type ConnectAnswer, type ConnectApi } from './fixtures/connect-api.js';

const ACCOUNT_ID = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';
const INTEGRATION_KEY = '0d9c8b7a-6f5e-4d3c-8b2a-190807060504';
const USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
/** The token the tests give in DOCUSIGN_ACCESS_TOKEN. */
const ACCESS_TOKEN = 'eyJ0eXAiOiJNVCJ9.cli-access-token-5b7e';
/** The token the OAuth stand-in grants for a good JWT assertion. */
const GRANTED_TOKEN = 'eyJ0eXAiOiJNVCJ9.granted-token-c41d';
const PASSWORD = 'pw-Zq8!secret-value';
const CLIENT_SECRET = 'cs-9f3K-client-secret';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
/** The lines of the key's body, each of which must stay out of the output as much as the whole. */
const KEY_LINES = PRIVATE_PEM.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

/** A valid configuration with both kinds of secret, which DocuSign's stand-in echoes back. */
const CONFIGURATION = {
  ...JSON_SIM_FILE,
  urlToPublishTo: 'https://hooks.example.com/docusign/connect?code=listener-key-3e1a',
  userName: 'connect-user',
  password: PASSWORD,
  includeOAuth: 'true',
  oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/oauth2/token', clientId: 'connect-listener', clientSecret: CLIENT_SECRET },
};

let cli: BuiltCli;
let oauth: OAuthProvider;
/** Where the OAuth stand-in's userinfo says the account lives; set per test. */
let accountOrigin = 'http://127.0.0.1:9';

beforeAll(async () => {
  cli = await buildCli();
  writeFileSync(join(cli.dir, 'connect.json'), JSON.stringify(CONFIGURATION, null, 2));
  writeFileSync(join(cli.dir, 'invalid.json'), JSON.stringify({ ...CONFIGURATION, urlToPublishTo: 'http://hooks.example.com/docusign/connect', events: [] }, null, 2));
  writeFileSync(join(cli.dir, 'broken.json'), `{ "password": "${PASSWORD}" `);
  writeFileSync(join(cli.dir, 'private.pem'), PRIVATE_PEM);
  oauth = await startOAuthProvider({
    integrationKey: INTEGRATION_KEY,
    userId: USER_ID,
    publicKey: rsa.publicKey,
    token: GRANTED_TOKEN,
    accounts: () => [
      { account_id: '22222222-3333-4444-8555-666666666666', is_default: true, account_name: 'Other', base_uri: 'https://eu.docusign.net' },
      { account_id: ACCOUNT_ID, is_default: false, account_name: 'Loopback account', base_uri: accountOrigin },
    ],
  });
}, 120_000);

afterAll(async () => {
  await oauth?.stop();
  cli?.remove();
});

/** JWT Grant variables for the OAuth stand-in. */
function jwtEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { DOCUSIGN_INTEGRATION_KEY: INTEGRATION_KEY, DOCUSIGN_USER_ID: USER_ID, DOCUSIGN_PRIVATE_KEY_FILE: 'private.pem', DOCUSIGN_OAUTH_BASE_URL: oauth.origin, ...extra };
}

/** Asserts that nothing secret reached stdout or stderr. */
function expectNoSecrets(run: CliRun): void {
  const printed = `${run.stdout}\n${run.stderr}`;
  for (const secret of [ACCESS_TOKEN, GRANTED_TOKEN, PASSWORD, CLIENT_SECRET, 'listener-key-3e1a', PRIVATE_PEM, ...KEY_LINES]) {
    expect(printed).not.toContain(secret);
  }
}

/** Runs create against a stand-in answering `answer`, with the env given; returns the run and the requests. */
async function createWith(answer: ConnectAnswer, args: (api: ConnectApi) => string[], env: Record<string, string>) {
  const api = await startConnectApi(answer);
  accountOrigin = api.origin;
  try {
    const run = await cli.run(['create', ...args(api)], { env });
    expectNoSecrets(run);
    return { run, requests: [...api.requests] };
  } finally {
    await api.stop();
  }
}

const withBaseUrl = (...more: string[]) => (api: ConnectApi) => ['connect.json', '--account', ACCOUNT_ID, '--base-url', `${api.origin}/restapi`, ...more];
const token = { DOCUSIGN_ACCESS_TOKEN: ACCESS_TOKEN };

describe('docusign-connect create: exit 0, created', () => {
  test('creates on the DocuSign wire and prints the result with DocuSign\'s answer, its secrets redacted', async () => {
    const { run, requests } = await createWith('docusign-created', withBaseUrl('--wire', 'docusign'), token);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      outcome: 'created',
      id: CREATED_ID,
      // DocuSign's answer has no creation time: the client takes the Date header's.
      created_at: '2025-12-02T10:00:00.000Z',
      status: 201,
      wire: 'docusign',
      accountId: ACCOUNT_ID,
      docusign: {
        connectId: CREATED_ID,
        name: 'Contract status listener',
        // A query value may be a key of the listener's (an Azure Functions code), as the other commands know.
        urlToPublishTo: 'https://hooks.example.com/docusign/connect?code=[REDACTED]',
        password: '[REDACTED]', oAuthConfiguration: { clientId: 'connect-listener', clientSecret: '[REDACTED]' } },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', path: `/restapi/v2.1/accounts/${ACCOUNT_ID}/connect`, authorization: `Bearer ${ACCESS_TOKEN}` });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual(CONFIGURATION);
  });

  test('creates on the envelope wire, the default for a host that is not DocuSign\'s', async () => {
    const { run, requests } = await createWith('envelope-created', withBaseUrl(), token);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ outcome: 'created', id: 'cfg_7Yq2', created_at: '2025-12-02T10:00:00Z', status: 201, wire: 'envelope', accountId: ACCOUNT_ID, baseUrl: expect.stringMatching(/\/restapi$/) });
    expect(requests).toHaveLength(1);
  });

  test('gets a token with JWT Grant and finds the base URL with /oauth/userinfo when --base-url is not given', async () => {
    const before = { ...oauth.counts };
    const { run, requests } = await createWith('docusign-created', () => ['connect.json', '--account', ACCOUNT_ID, '--wire', 'docusign'], jwtEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'created', id: CREATED_ID, wire: 'docusign', baseUrl: `${accountOrigin}/restapi` });
    expect(run.stderr).toContain(`account ${ACCOUNT_ID} ("Loopback account") is at ${accountOrigin}/restapi`);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.authorization).toBe(`Bearer ${GRANTED_TOKEN}`);
    // One token for discovery and the create.
    expect(oauth.counts).toEqual({ token: before.token + 1, userinfo: before.userinfo + 1 });
  });

  test('takes the private key itself from DOCUSIGN_PRIVATE_KEY, with its line breaks written as \\n', async () => {
    const env = jwtEnv({ DOCUSIGN_PRIVATE_KEY: PRIVATE_PEM.trim().replace(/\n/g, '\\n') });
    delete env.DOCUSIGN_PRIVATE_KEY_FILE;
    const { run } = await createWith('envelope-created', withBaseUrl(), env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(env.DOCUSIGN_PRIVATE_KEY);
  });

  test('finds the base URL for an access token from DOCUSIGN_ACCESS_TOKEN too, on DOCUSIGN_OAUTH_BASE_URL', async () => {
    // The OAuth stand-in answers userinfo only for the token it granted.
    const { run } = await createWith('envelope-created', () => ['connect.json', '--account', ACCOUNT_ID], { DOCUSIGN_ACCESS_TOKEN: GRANTED_TOKEN, DOCUSIGN_OAUTH_BASE_URL: oauth.origin });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'created', baseUrl: `${accountOrigin}/restapi` });
  });
});

describe('docusign-connect create: exit 1, not created', () => {
  test('sends nothing for an invalid file and prints its problems as validate does', async () => {
    const { run, requests } = await createWith('docusign-created', (api) => ['invalid.json', '--account', ACCOUNT_ID, '--base-url', `${api.origin}/restapi`], token);
    expect(run.code).toBe(1);
    expect(requests).toEqual([]);
    expect(run.stderr).toContain('invalid.json: /urlToPublishTo: urlToPublishTo uses http://');
    expect(run.stderr).toMatch(/^invalid\.json: \/events: /m);
    expect(run.stderr).toContain('invalid.json is not a valid configuration; nothing was sent.');
    const result = JSON.parse(run.stdout) as { outcome: string; problems: Array<{ pointer: string }> };
    expect(result.outcome).toBe('invalid');
    expect(result.problems.map((problem) => problem.pointer)).toEqual(expect.arrayContaining(['/urlToPublishTo', '/events']));
  });

  test('sends nothing for a file that is not JSON, and does not quote it', async () => {
    const { run, requests } = await createWith('docusign-created', (api) => ['broken.json', '--account', ACCOUNT_ID, '--base-url', `${api.origin}/restapi`], token);
    expect(run.code).toBe(1);
    expect(requests).toEqual([]);
    expect(run.stderr).toContain('broken.json: not JSON: line 1, column ');
  });

  test.each([
    ['docusign-error', 'docusign', 'INVALID_REQUEST_PARAMETER'],
    ['envelope-error', 'envelope', 'VALIDATION_ERROR'],
  ] as const)('prints the rejection (%s) as JSON, says so on stderr, and sends once', async (answer, wire, code) => {
    const { run, requests } = await createWith(answer, withBaseUrl('--wire', wire), token);
    expect(run.code).toBe(1);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'rejected', status: 400, wire, error: { code, message: expect.stringContaining('urlToPublishTo is not reachable') } });
    expect(run.stderr).toMatch(new RegExp(`^docusign-connect create: the server rejected the configuration \\(HTTP 400 ${code}: .*\\)\\. Nothing was created`));
  });

  test.each([
    ['docusign-401', 'docusign', 'USER_AUTHENTICATION_FAILED', () => token, 'that DOCUSIGN_ACCESS_TOKEN is a current token'],
    ['envelope-401', 'envelope', 'UNAUTHORIZED', () => token, 'that DOCUSIGN_ACCESS_TOKEN is a current token'],
    ['docusign-401', 'docusign', 'USER_AUTHENTICATION_FAILED', () => jwtEnv(), 'that the JWT user (DOCUSIGN_USER_ID) has granted the integration key consent'],
  ] as const)('says a 401 (%s on the %s wire) refused the token or permission, not the file, and sends once', async (answer, wire, code, env, check) => {
    const { run, requests } = await createWith(answer, withBaseUrl('--wire', wire), env());
    expect(run.code, run.stderr).toBe(1);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'rejected', status: 401, wire, error: { code } });
    expect(run.stderr).toMatch(new RegExp(`^docusign-connect create: the server refused the token or the user's permission \\(HTTP 401 ${code}: .*\\)\\. Nothing was created\\. Check `));
    expect(run.stderr).toContain(check);
    expect(run.stderr).toContain('may administer Connect on the account');
    expect(run.stderr).not.toContain('fix what it says');
  });

  test('ends a run of 429s whose body is DocuSign\'s, on the envelope wire, as rejected: nothing was processed', async () => {
    const { run, requests } = await createWith('docusign-429', withBaseUrl('--wire', 'envelope'), token);
    expect(run.code, run.stderr).toBe(1);
    expect(requests).toHaveLength(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'rejected', status: 429, wire: 'envelope', retryAfter: 0, error: { code: 'HTTP_429' } });
    expect(run.stdout).not.toContain('"list"');
    expect(run.stderr).toContain('HTTP 429 (rate-limited): nothing was processed; sending again in');
    expect(run.stderr).toContain('docusign-connect create: warning: HTTP 429 did not carry a valid error envelope');
    expect(run.stderr).toMatch(/^docusign-connect create: the server did not take the request now \(HTTP 429 HTTP_429: .*\), after 3 attempts\. Nothing was created; run create again later\.$/m);
    expect(run.stderr).not.toMatch(/outcome is unknown|may have been created/);
  });
});

describe('docusign-connect create: exit 2, could not run and nothing was created', () => {
  /** The usual arguments, against the stand-in at `base`. */
  const usual = (base: string) => ['connect.json', '--account', ACCOUNT_ID, '--base-url', base];
  const withoutKeyFile = ({ DOCUSIGN_PRIVATE_KEY_FILE: _file, ...rest }: Record<string, string>) => rest;
  test.each<[string, () => Record<string, string>, (base: string) => string[], string]>([
    ['no token at all', () => ({}), usual, 'No token: set DOCUSIGN_ACCESS_TOKEN, or for JWT Grant set DOCUSIGN_INTEGRATION_KEY, DOCUSIGN_USER_ID, DOCUSIGN_PRIVATE_KEY_FILE (or DOCUSIGN_PRIVATE_KEY) and DOCUSIGN_OAUTH_BASE_URL.'],
    ['JWT Grant without a key or an OAuth host', () => ({ DOCUSIGN_INTEGRATION_KEY: INTEGRATION_KEY, DOCUSIGN_USER_ID: USER_ID }), usual, 'also needs DOCUSIGN_PRIVATE_KEY_FILE (or DOCUSIGN_PRIVATE_KEY) and DOCUSIGN_OAUTH_BASE_URL; or set DOCUSIGN_ACCESS_TOKEN instead.'],
    ['both private key variables', () => jwtEnv({ DOCUSIGN_PRIVATE_KEY: PRIVATE_PEM }), usual, 'Both DOCUSIGN_PRIVATE_KEY and DOCUSIGN_PRIVATE_KEY_FILE are set: set only one of them.'],
    ['a private key file that is missing', () => jwtEnv({ DOCUSIGN_PRIVATE_KEY_FILE: 'nowhere.pem' }), usual, 'Cannot read DOCUSIGN_PRIVATE_KEY_FILE (nowhere.pem): there is no such file.'],
    ['a private key that is not PEM', () => withoutKeyFile(jwtEnv({ DOCUSIGN_PRIVATE_KEY: 'not-a-key-but-long-enough' })), usual, 'DOCUSIGN_PRIVATE_KEY: privateKey is not PEM text'],
    ['no OAuth host to find the base URL on', () => token, () => ['connect.json', '--account', ACCOUNT_ID], 'DOCUSIGN_OAUTH_BASE_URL is not set'],
    ['a bad --wire', () => token, (base) => [...usual(base), '--wire', 'soap'], '--wire must be envelope or docusign, not "soap".'],
    ['no --account', () => token, (base) => ['connect.json', '--base-url', base], '--account is required'],
    ['an --account that is neither a GUID nor a number', () => token, (base) => ['connect.json', '--account', '../other', '--base-url', base], '--account must be the account ID GUID or the account number'],
    ['an account number without --base-url', () => token, () => ['connect.json', '--account', '18476201'], 'is an account number, but finding the base URL'],
    ['no file', () => token, (base) => usual(base).slice(1), 'Name the configuration file'],
    ['two files', () => token, (base) => [...usual(base), 'second.json'], 'create takes one configuration file, not 2'],
    ['a directory for the file', () => token, (base) => ['.', ...usual(base).slice(1)], '. is a directory; create takes one configuration file'],
    ['an unreadable file', () => token, (base) => ['missing.json', ...usual(base).slice(1)], 'Cannot read missing.json: there is no such file.'],
    ['a plain-http base URL that is not loopback', () => token, () => ['connect.json', '--account', ACCOUNT_ID, '--base-url', 'http://example.com/restapi'], '--base-url: baseUrl must use https://'],
    ['an unknown option', () => token, (base) => [...usual(base), '--token=abc'], "Unknown option '--token'."],
  ])('exits 2 for %s, naming what to set, and sends nothing', async (_, env, args, message) => {
    const { run, requests } = await createWith('docusign-created', (api) => args(`${api.origin}/restapi`), env());
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(requests).toEqual([]);
  });

  test('exits 2 when DocuSign refuses the JWT assertion, and sends no create', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const env = jwtEnv({ DOCUSIGN_PRIVATE_KEY: stranger });
    delete env.DOCUSIGN_PRIVATE_KEY_FILE;
    const { run, requests } = await createWith('docusign-created', withBaseUrl(), env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^docusign-connect create: could not run: DocuSign refused the token \(invalid_grant: no_valid_keys_or_signatures\).*No create was sent\.\n$/);
    expect(requests).toEqual([]);
    for (const line of stranger.split('\n').filter((text) => text !== '' && !text.startsWith('-----'))) expect(run.stderr).not.toContain(line);
  });

  test('exits 2 when the account is not one of the user\'s, and lists the accounts to pass with --account', async () => {
    const { run, requests } = await createWith('docusign-created', () => ['connect.json', '--account', '99999999-9999-4999-8999-999999999999'], jwtEnv());
    expect(run.code).toBe(2);
    expect(requests).toEqual([]);
    expect(run.stderr).toContain(`has no account 99999999-9999-4999-8999-999999999999 on ${new URL(oauth.origin).host}: pass one of these with --account:\n  - 22222222-3333-4444-8555-666666666666 "Other" (default)\n  - ${ACCOUNT_ID} "Loopback account"\n`);
    // The command has neither an accountId option nor a default account.
    expect(run.stderr).not.toMatch(/accountId|leave it out/);
  });

  test('exits 2 when the connection is refused, since no request was sent', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((done) => probe.close(done));
    const run = await cli.run(['create', 'connect.json', '--account', ACCOUNT_ID, '--base-url', `http://127.0.0.1:${port}/restapi`], { env: token });
    expectNoSecrets(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // The library's own words: "Nothing was created." is appended to every exit 2 and proves nothing.
    expect(run.stderr).toMatch(new RegExp(`^docusign-connect create: could not run: Could not connect to http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)\\. Nothing was sent\\.$`, 'm'));
  }, 20_000);

  test('exits 2 for a port fetch refuses to connect to, without sending again', async () => {
    const run = await cli.run(['create', 'connect.json', '--account', ACCOUNT_ID, '--base-url', 'http://127.0.0.1:1/restapi'], { env: token });
    expectNoSecrets(run);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^docusign-connect create: could not run: Could not connect to http:\/\/127\.0\.0\.1:1 \(bad port\): fetch does not connect to port 1, .*\. Nothing was sent\.\n$/);
  });

  test('exits 2 for https:// to a plain-HTTP server: the TLS handshake fails before a request is sent', async () => {
    const { run, requests } = await createWith('docusign-created', (api) => ['connect.json', '--account', ACCOUNT_ID, '--base-url', `${api.origin.replace('http:', 'https:')}/restapi`], token);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(requests).toEqual([]);
    expect(run.stderr).toMatch(/^docusign-connect create: could not run: Could not connect to https:\/\/127\.0\.0\.1:\d+ \(ERR_SSL_[A-Z_]+\): the TLS handshake failed.*\. Nothing was sent\.\n$/);
  });
});

describe('docusign-connect create: exit 3, the outcome is unknown', () => {
  test('exits 3 when the connection breaks after the request was sent, says to list first, and never sends again', async () => {
    const { run, requests } = await createWith('destroy', withBaseUrl(), token);
    expect(run.code).toBe(3);
    expect(requests).toHaveLength(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ outcome: 'unknown', error: { code: 'network' }, list: expect.stringMatching(new RegExp(`^GET http://127\\.0\\.0\\.1:\\d+/restapi/v2\\.1/accounts/${ACCOUNT_ID}/connect$`)) });
    expect(run.stderr).toContain('The configuration may have been created. Do not run create again yet: first list the account\'s configurations (GET http://127.0.0.1:');
    expect(run.stderr).toContain('look for one named "Contract status listener" and urlToPublishTo https://hooks.example.com/docusign/connect?code=…');
  });

  test('exits 3 when no answer comes within --timeout-ms', async () => {
    const { run, requests } = await createWith('hang', withBaseUrl('--timeout-ms', '300'), token);
    expect(run.code).toBe(3);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'unknown', error: { code: 'timeout' } });
    expect(run.stderr).toContain('list the account\'s configurations');
  });

  test('exits 3 for a server error after which the configuration may exist', async () => {
    const { run, requests } = await createWith('docusign-500', withBaseUrl('--wire', 'docusign'), token);
    expect(run.code).toBe(3);
    expect(requests).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'unknown', status: 500, error: { code: 'UNSPECIFIED_ERROR' } });
    expect(run.stderr).toContain('docusign-connect create: the outcome is unknown: the server answered HTTP 500 UNSPECIFIED_ERROR');
  });
});

describe('docusign-connect create --help', () => {
  test('shows usage, options, the environment, exit codes with 3, and an example', async () => {
    const run = await cli.run(['create', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: docusign-connect create FILE --account ID/);
    for (const part of [
      'DOCUSIGN_ACCESS_TOKEN', 'DOCUSIGN_PRIVATE_KEY_FILE', 'DOCUSIGN_OAUTH_BASE_URL', 'Exit codes:', '  3  the outcome is unknown', 'Example:',
      'including a\n     401/403 refusal of the token', 'a\n     token that could not be obtained (JWT Grant refused) or an account not found',
    ]) {
      expect(run.stdout).toContain(part);
    }
  });
});
