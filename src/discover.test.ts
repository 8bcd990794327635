// Account discovery with a plain handler injected as `fetch`: which account it picks from
// /oauth/userinfo, the base URL it builds, and the typed errors of each failure.
import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { type DiscoverAccountOptions, discoverAccount } from './discover.js';
import { ConnectAuthError, ConnectInputError, ConsentRequiredError } from './errors.js';

const TOKEN = 'eyJ0eXAiOiJNVCJ9.access-token-for-discovery-tests';
const USERINFO_URL = 'https://account-d.docusign.com/oauth/userinfo';
const DEFAULT_ID = 'a1b2c3d4-0000-4000-8000-00000000000a';
const OTHER_ID = 'B5C6D7E8-1111-4111-8111-11111111111B';

const ACCOUNTS = [
  { account_id: OTHER_ID, is_default: false, account_name: 'Subsidiary', base_uri: 'https://eu.docusign.net' },
  { account_id: DEFAULT_ID, is_default: true, account_name: 'Head office', base_uri: 'https://demo.docusign.net' },
];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const userinfo = (accounts: unknown = ACCOUNTS) => () =>
  json(200, { sub: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', name: 'Pat Example', email: 'pat@example.com', accounts });

/** Records each request and answers it with `answer`. */
function recorder(answer: (init: RequestInit) => Response | Promise<Response>) {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    seen.push({ url, init });
    return answer(init);
  };
  return { fetch, seen };
}

function discover(fetch: NonNullable<DiscoverAccountOptions['fetch']>, options: Partial<DiscoverAccountOptions> = {}) {
  return discoverAccount({ accessToken: TOKEN, fetch, ...options });
}

/** The error a promise rejects with; the test fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<ConnectAuthError> {
  await expect(promise).rejects.toBeInstanceOf(ConnectAuthError);
  return promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as ConnectAuthError,
  );
}

describe('discoverAccount', () => {
  test('asks /oauth/userinfo with the bearer token and no caching', async () => {
    const { fetch, seen } = recorder(userinfo());
    await discover(fetch);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(USERINFO_URL);
    expect(seen[0]?.init.method).toBe('GET');
    expect(seen[0]?.init.redirect).toBe('manual');
    const headers = new Headers(seen[0]?.init.headers);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('cache-control')).toBe('no-store');
  });

  test('picks the default account and builds its REST base URL', async () => {
    const { fetch } = recorder(userinfo());
    await expect(discover(fetch)).resolves.toEqual({ accountId: DEFAULT_ID, accountName: 'Head office', baseUrl: 'https://demo.docusign.net/restapi' });
  });

  test('picks the account named by accountId, whatever the case of its GUID', async () => {
    const { fetch } = recorder(userinfo());
    await expect(discover(fetch, { accountId: OTHER_ID.toLowerCase() })).resolves.toEqual({
      accountId: OTHER_ID,
      accountName: 'Subsidiary',
      baseUrl: 'https://eu.docusign.net/restapi',
    });
  });

  test('accepts is_default written as the string "true"', async () => {
    const { fetch } = recorder(userinfo(ACCOUNTS.map((account) => ({ ...account, is_default: String(account.is_default) }))));
    await expect(discover(fetch)).resolves.toMatchObject({ accountId: DEFAULT_ID });
  });

  test('drops trailing slashes from base_uri before adding /restapi', async () => {
    const { fetch } = recorder(userinfo([{ ...ACCOUNTS[1], base_uri: 'https://na4.docusign.net//' }]));
    await expect(discover(fetch)).resolves.toMatchObject({ baseUrl: 'https://na4.docusign.net/restapi' });
  });

  test('calls a token function and uses what it gives', async () => {
    const accessToken = vi.fn(async () => TOKEN);
    const { fetch, seen } = recorder(userinfo());
    await discover(fetch, { accessToken, oauthBaseUrl: 'https://account.docusign.com' });
    expect(accessToken).toHaveBeenCalledTimes(1);
    expect(seen[0]?.url).toBe('https://account.docusign.com/oauth/userinfo');
    expect(new Headers(seen[0]?.init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('passes on the typed error of a token provider as it is', async () => {
    const consent = new ConsentRequiredError('consent needed', { code: 'consent_required', consentUrl: 'https://account-d.docusign.com/oauth/auth?x' });
    const { fetch, seen } = recorder(userinfo());
    await expect(discover(fetch, { accessToken: () => Promise.reject(consent) })).rejects.toBe(consent);
    expect(seen).toHaveLength(0);
  });
});

describe('failures', () => {
  test('lists the accounts the user has when the named one is missing', async () => {
    const { fetch } = recorder(userinfo());
    const missing = 'c0c0c0c0-2222-4222-8222-222222222222';
    const error = await rejection(discover(fetch, { accountId: missing }));
    expect(error).toMatchObject({ kind: 'auth', code: 'account-not-found', outcome: 'not-sent' });
    expect(error.message).toContain(`has no account ${missing} on account-d.docusign.com`);
    expect(error.message).toContain(`- ${OTHER_ID} "Subsidiary"`);
    expect(error.message).toContain(`- ${DEFAULT_ID} "Head office" (default)`);
  });

  test('asks for accountId when no account is the default', async () => {
    const { fetch } = recorder(userinfo(ACCOUNTS.map((account) => ({ ...account, is_default: false }))));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('account-not-found');
    expect(error.message).toMatch(/None of the token's user's accounts .* is marked as the default: pass accountId/);
  });

  test('says so when the user has no account at all', async () => {
    const { fetch } = recorder(userinfo([]));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('account-not-found');
    expect(error.message).toMatch(/has no account on account-d\.docusign\.com/);
  });

  test('reports a 401 as an invalid or expired token', async () => {
    const { fetch } = recorder(() => json(401, { error: 'invalid_token', error_description: 'The access token expired' }));
    const error = await rejection(discover(fetch));
    expect(error).toMatchObject({ code: 'invalid_token', status: 401 });
    expect(error.message).toMatch(/the access token is invalid or has expired/);
  });

  test('reports a 401 without a body as HTTP_401', async () => {
    const { fetch } = recorder(() => new Response(null, { status: 401 }));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('HTTP_401');
    expect(error.message).toMatch(/invalid or has expired/);
  });

  test('reports a body that is not JSON as not-json', async () => {
    const { fetch } = recorder(() => new Response('<html>maintenance</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not JSON \(text\/html\)/);
  });

  test.each([
    ['no accounts list', { sub: 'x' }, /accounts is missing or not a list/],
    ['an account without account_id', { accounts: [{ is_default: true, base_uri: 'https://demo.docusign.net' }] }, /accounts\[0\]\.account_id is missing/],
    ['a list instead of an object', [ACCOUNTS], /not a JSON object/],
  ])('reports %s as a malformed response', async (_name, body, message) => {
    const { fetch } = recorder(() => json(200, body));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('malformed-response');
    expect(error.message).toMatch(message);
  });

  test.each([
    ['plain http', 'http://demo.docusign.net', /uses http:\/\/ instead of https:\/\//],
    ['a path', 'https://demo.docusign.net/restapi', /has a path \(\/restapi\)/],
    ['nothing', undefined, /is missing/],
    ['no scheme', 'demo.docusign.net', /not an absolute URL/],
  ])('refuses a base_uri with %s', async (_name, baseUri, message) => {
    const { fetch } = recorder(userinfo([{ ...ACCOUNTS[1], base_uri: baseUri }]));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('malformed-response');
    expect(error.message).toMatch(message);
  });

  test('accepts a plain http base_uri on a loopback host', async () => {
    const { fetch } = recorder(userinfo([{ ...ACCOUNTS[1], base_uri: 'http://127.0.0.1:4010/' }]));
    await expect(discover(fetch)).resolves.toMatchObject({ baseUrl: 'http://127.0.0.1:4010/restapi' });
  });

  test('reports a 503 as something to try again later', async () => {
    const { fetch } = recorder(() => new Response('Service Unavailable', { status: 503 }));
    const error = await rejection(discover(fetch));
    expect(error.code).toBe('HTTP_503');
    expect(error.message).toMatch(/try again later/);
  });

  test('times out a fetch that never answers', async () => {
    const { fetch } = recorder(() => new Promise<Response>(() => undefined));
    const error = await rejection(discover(fetch, { timeoutMs: 50 }));
    expect(error.code).toBe('timeout');
  });
});

describe('options', () => {
  test.each([
    ['no token', { accessToken: '' }, '/accessToken', /accessToken is required/],
    ['an account number as accountId', { accountId: '18476201' }, '/accountId', /account number, but \/oauth\/userinfo names accounts by their account ID GUID/],
    ['a plain http OAuth host', { oauthBaseUrl: 'http://account-d.docusign.com' }, '/oauthBaseUrl', /must use https:\/\//],
    ['a token with the Bearer scheme', { accessToken: `Bearer ${TOKEN}` }, '/accessToken', /starts with "Bearer "/],
  ])('refuses %s before sending', async (_name, change, pointer, message) => {
    const { fetch, seen } = recorder(userinfo());
    const promise = discover(fetch, change as Partial<DiscoverAccountOptions>);
    await expect(promise).rejects.toBeInstanceOf(ConnectInputError);
    await expect(promise).rejects.toThrow(message);
    await expect(promise).rejects.toMatchObject({ problems: [expect.objectContaining({ location: 'options', pointer })] });
    expect(seen).toHaveLength(0);
  });

  test('turns a failing token function into an input error with its cause', async () => {
    const { fetch, seen } = recorder(userinfo());
    const promise = discover(fetch, { accessToken: () => Promise.reject(new Error('vault sealed')) });
    await expect(promise).rejects.toBeInstanceOf(ConnectInputError);
    await expect(promise).rejects.toMatchObject({ cause: expect.objectContaining({ message: 'vault sealed' }) });
    expect(seen).toHaveLength(0);
  });
});

describe('secrets', () => {
  test.each<[string, (init: RequestInit) => Response | Promise<Response>]>([
    ['a 401 echoing the token', (init) => new Response(`bad token ${new Headers(init.headers).get('authorization')}`, { status: 401 })],
    ['a fetch error quoting the header', (init) => Promise.reject(new Error(`failed with ${new Headers(init.headers).get('authorization')}`))],
    ['an account name holding the token', () => json(200, { accounts: [{ ...ACCOUNTS[0], account_name: TOKEN }] })],
  ])('keeps the token out of %s', async (_name, answer) => {
    const { fetch } = recorder(answer);
    const error = await rejection(discover(fetch));
    const shown = [error.message, inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error)].join('\n');
    expect(shown).not.toContain(TOKEN);
    expect(shown).toContain('[REDACTED]');
  });
});
