// The JWT Grant token provider, with a plain handler injected as `fetch`: the assertion it signs,
// the request it sends, how it keeps and shares tokens, and the typed errors of each failure.
import { generateKeyPairSync, verify } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConnectAuthError, ConnectClientError, ConnectInputError, ConsentRequiredError } from './errors.js';
import { createJwtTokenProvider, type JwtTokenProviderOptions } from './jwt.js';

const INTEGRATION_KEY = '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const USER_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const TOKEN = 'eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2In0.issued-access-token-for-tests';
const TOKEN_URL = 'https://account-d.docusign.com/oauth/token';

// One key pair per file: generating RSA keys is slow.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PKCS1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const PKCS8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PUBLIC = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const EC = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
const ENCRYPTED = rsa.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' }).toString();
/** The base64 lines of the private key: none may ever show up anywhere. */
const KEY_LINES = PKCS1.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));

/** What the injected fetch saw of one request. */
interface Seen {
  url: string;
  init: RequestInit;
  body: string;
}

type Answer = (init: RequestInit) => Response | Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

const granted = (token = TOKEN, expiresIn: unknown = 3600): Answer => () => json(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn });

/** A fetch that never answers: it rejects only when the request's signal aborts. */
const hangs: Answer = (init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init.signal as AbortSignal;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** The n-th request gets the n-th answer (the last one repeats). */
function recorder(...answers: Answer[]) {
  const seen: Seen[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    seen.push({ url, init, body: typeof init.body === 'string' ? init.body : '' });
    const answer = answers[Math.min(seen.length, answers.length) - 1];
    if (answer === undefined) throw new Error('the test gave no answer');
    return answer(init);
  };
  return { fetch, seen };
}

function provider(fetch: NonNullable<JwtTokenProviderOptions['fetch']>, options: Partial<JwtTokenProviderOptions> = {}) {
  return createJwtTokenProvider({ integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: PKCS1, fetch, ...options });
}

/** The assertion a request carried, split and decoded. */
function assertionOf(seen: Seen | undefined) {
  const assertion = new URLSearchParams(seen?.body ?? '').get('assertion') ?? '';
  const [header = '', claims = '', signature = ''] = assertion.split('.');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { assertion, header: decode(header), claims: decode(claims), signed: `${header}.${claims}`, signature: Buffer.from(signature, 'base64url') };
}

/** The error a promise rejects with; the test fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<ConnectAuthError> {
  await expect(promise).rejects.toBeInstanceOf(ConnectAuthError);
  return promise.then(
    () => expect.unreachable(),
    (error: unknown) => error as ConnectAuthError,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the assertion', () => {
  test('is an RS256 JWT that the public key verifies, with every claim DocuSign reads', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    const now = Math.floor(Date.now() / 1000);
    const { fetch, seen } = recorder(granted());
    await provider(fetch)();
    const { header, claims, signed, signature } = assertionOf(seen[0]);
    expect(verify('sha256', Buffer.from(signed), rsa.publicKey, signature)).toBe(true);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'scope', 'sub']);
    expect(claims.iss).toBe(INTEGRATION_KEY);
    expect(claims.sub).toBe(USER_ID);
    expect(claims.aud).toBe('account-d.docusign.com');
    // 60 s in the past: DocuSign refuses an iat ahead of its clock.
    expect(claims.iat).toBe(now - 60);
    expect(claims.exp).toBeGreaterThan(now);
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(3600);
    expect(claims.scope).toBe('signature impersonation');
  });

  test('is not verified by another key', async () => {
    const { fetch, seen } = recorder(granted());
    await provider(fetch)();
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    const { signed, signature } = assertionOf(seen[0]);
    expect(verify('sha256', Buffer.from(signed), other, signature)).toBe(false);
  });

  test('takes aud from oauthBaseUrl as a host without scheme, with the port of a loopback server', async () => {
    const production = recorder(granted());
    await provider(production.fetch, { oauthBaseUrl: 'https://account.docusign.com/' })();
    expect(production.seen[0]?.url).toBe('https://account.docusign.com/oauth/token');
    expect(assertionOf(production.seen[0]).claims.aud).toBe('account.docusign.com');
    const local = recorder(granted());
    await provider(local.fetch, { oauthBaseUrl: 'http://127.0.0.1:8123' })();
    expect(local.seen[0]?.url).toBe('http://127.0.0.1:8123/oauth/token');
    expect(assertionOf(local.seen[0]).claims.aud).toBe('127.0.0.1:8123');
  });

  test('carries the given scopes, space-separated', async () => {
    const { fetch, seen } = recorder(granted());
    await provider(fetch, { scopes: ['signature', 'impersonation', 'click.manage'] })();
    expect(assertionOf(seen[0]).claims.scope).toBe('signature impersonation click.manage');
  });

  test.each([
    ['PKCS#1 PEM', PKCS1],
    ['PKCS#8 PEM', PKCS8],
    ['PEM as a Buffer', Buffer.from(PKCS8)],
    ['a KeyObject', rsa.privateKey],
    ['PEM with literal \\n sequences, as an environment variable holds it', PKCS1.replace(/\n/g, '\\n')],
    ['PEM flattened onto one line', PKCS1.replace(/\n/g, ' ')],
    ['indented PEM with Windows line ends', PKCS8.split('\n').map((line) => `    ${line}`).join('\r\n')],
  ])('is signed with a key given as %s', async (_name, privateKey) => {
    const { fetch, seen } = recorder(granted());
    await expect(provider(fetch, { privateKey })()).resolves.toBe(TOKEN);
    const { signed, signature } = assertionOf(seen[0]);
    expect(verify('sha256', Buffer.from(signed), rsa.publicKey, signature)).toBe(true);
  });
});

describe('the token request', () => {
  test('posts the form to /oauth/token with no-store caching, no redirects and a signal', async () => {
    const { fetch, seen } = recorder(granted());
    await expect(provider(fetch)()).resolves.toBe(TOKEN);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.url).toBe(TOKEN_URL);
    expect(request?.init.method).toBe('POST');
    const headers = new Headers(request?.init.headers);
    expect(headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('authorization')).toBeNull();
    expect(request?.init.redirect).toBe('manual');
    expect(request?.init.signal).toBeInstanceOf(AbortSignal);
    const { assertion } = assertionOf(request);
    expect(request?.body).toBe(`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${assertion}`);
    const form = new URLSearchParams(request?.body);
    expect([...form.keys()]).toEqual(['grant_type', 'assertion']);
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
  });

  test('accepts expires_in written as a numeric string', async () => {
    const { fetch } = recorder(granted(TOKEN, '3600'));
    await expect(provider(fetch)()).resolves.toBe(TOKEN);
  });

  test.each([
    ['no access_token', { token_type: 'Bearer', expires_in: 3600 }, /access_token is missing/],
    ['a token_type other than Bearer', { access_token: TOKEN, token_type: 'mac', expires_in: 3600 }, /token_type is "mac"/],
    ['no expires_in', { access_token: TOKEN, token_type: 'Bearer' }, /expires_in/],
    ['a negative expires_in', { access_token: TOKEN, token_type: 'Bearer', expires_in: -5 }, /expires_in/],
    ['a list', [TOKEN], /not a JSON object/],
  ])('refuses a 200 answer with %s as a malformed response', async (_name, body, message) => {
    const { fetch } = recorder(() => json(200, body));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('malformed-response');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('reusing tokens', () => {
  test('sends nothing while the token is fresh, and asks again ten minutes before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-01T12:00:00Z').getTime();
    vi.setSystemTime(start);
    const { fetch, seen } = recorder(granted('first-token-abcdef'), granted('second-token-abcdef'));
    const getToken = provider(fetch);
    await expect(getToken()).resolves.toBe('first-token-abcdef');
    vi.setSystemTime(start + 49 * 60_000 + 59_000);
    await expect(getToken()).resolves.toBe('first-token-abcdef');
    expect(seen).toHaveLength(1);
    vi.setSystemTime(start + 50 * 60_000);
    await expect(getToken()).resolves.toBe('second-token-abcdef');
    expect(seen).toHaveLength(2);
  });

  test('keeps a short-lived token for half its lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2026-03-01T12:00:00Z').getTime();
    vi.setSystemTime(start);
    const { fetch, seen } = recorder(granted('short-token-abcdef', 120), granted('next-token-abcdef'));
    const getToken = provider(fetch);
    await getToken();
    vi.setSystemTime(start + 59_000);
    await expect(getToken()).resolves.toBe('short-token-abcdef');
    vi.setSystemTime(start + 60_000);
    await expect(getToken()).resolves.toBe('next-token-abcdef');
    expect(seen).toHaveLength(2);
  });

  test('shares one request among concurrent callers', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { fetch, seen } = recorder(() => new Promise<Response>((resolve) => (answer = resolve)));
    const getToken = provider(fetch);
    const callers = Array.from({ length: 5 }, () => getToken());
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    answer(json(200, { access_token: TOKEN, token_type: 'Bearer', expires_in: 3600 }));
    await expect(Promise.all(callers)).resolves.toEqual(Array(5).fill(TOKEN));
    expect(seen).toHaveLength(1);
  });

  test('gives concurrent callers the same error, keeps no failure and asks again on the next call', async () => {
    const { fetch, seen } = recorder(() => json(500, { message: 'down' }), granted());
    const getToken = provider(fetch);
    const callers = Array.from({ length: 4 }, () => getToken());
    const errors = await Promise.all(callers.map((caller) => rejection(caller)));
    expect(seen).toHaveLength(1);
    expect(new Set(errors).size).toBe(1);
    expect(errors[0]?.code).toBe('HTTP_500');
    await expect(getToken()).resolves.toBe(TOKEN);
    expect(seen).toHaveLength(2);
  });
});

describe('failures', () => {
  test('turns consent_required into ConsentRequiredError with the consent URL', async () => {
    const { fetch } = recorder(() => json(400, { error: 'consent_required' }));
    const error = await rejection(provider(fetch)());
    expect(error).toBeInstanceOf(ConsentRequiredError);
    expect(error).toBeInstanceOf(ConnectClientError);
    const consentUrl =
      `https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=${INTEGRATION_KEY}` +
      '&redirect_uri=https%3A%2F%2Fdevelopers.docusign.com%2Fplatform%2Fauth%2Fconsent';
    expect(error).toMatchObject({ kind: 'auth', outcome: 'not-sent', code: 'consent_required', status: 400, attempts: 1, consentUrl });
    expect(error.message).toContain(consentUrl);
    expect(error.message).toMatch(/Open this URL once, signed in as that user/);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: 'consent_required', consentUrl });
  });

  test('puts the registered redirect URI and impersonation in the consent URL', async () => {
    const { fetch } = recorder(() => json(400, { error: 'consent_required' }));
    const error = await rejection(provider(fetch, { scopes: ['signature'], consentRedirectUri: 'https://app.example.com/ds/callback' })());
    expect((error as ConsentRequiredError).consentUrl).toBe(
      `https://account-d.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=${INTEGRATION_KEY}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fds%2Fcallback`,
    );
  });

  test('explains invalid_grant user_not_found as a wrong user ID or environment', async () => {
    const { fetch } = recorder(() => json(400, { error: 'invalid_grant', error_description: 'user_not_found' }));
    const error = await rejection(provider(fetch)());
    expect(error).not.toBeInstanceOf(ConsentRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant', description: 'user_not_found', status: 400 });
    expect(error.message).toContain(USER_ID);
    expect(error.message).toMatch(/check that userId is the user's API user ID/);
    expect(error.message).toMatch(/account-d\.docusign\.com for developer accounts/);
  });

  test('explains issuer_not_found as an integration key unknown in this environment', async () => {
    const { fetch } = recorder(() => json(400, { error: 'issuer_not_found' }));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('issuer_not_found');
    expect(error.message).toContain(INTEGRATION_KEY);
    expect(error.message).toMatch(/does not know integration key .* oauthBaseUrl is the environment/);
  });

  test('reports an HTTP 500 without an OAuth error as HTTP_500, to try again later', async () => {
    const { fetch } = recorder(() => new Response('Internal error', { status: 500 }));
    const error = await rejection(provider(fetch)());
    expect(error).toMatchObject({ code: 'HTTP_500', status: 500, outcome: 'not-sent' });
    expect(error.message).toMatch(/try again later/);
    expect(error.response?.excerpt).toBe('Internal error');
  });

  test('reports an HTML page answered with 200 as not-json', async () => {
    const { fetch } = recorder(() => new Response('<html><body>Sign in to the proxy</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not JSON \(text\/html\).*try again later/);
  });

  test('reports a redirect instead of following it', async () => {
    const { fetch, seen } = recorder(() => new Response(null, { status: 302, headers: { Location: 'https://login.example.com/' } }));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('HTTP_302');
    expect(error.message).toMatch(/redirected the token request to https:\/\/login\.example\.com\/\. oauthBaseUrl must be the OAuth host/);
    expect(seen).toHaveLength(1);
  });

  test('stops reading an answer longer than 64 KiB', async () => {
    const { fetch } = recorder(() => new Response('x'.repeat(70_000), { status: 200 }));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('too-large');
  });

  test('times out a fetch that never answers but honours the signal', async () => {
    const { fetch } = recorder(hangs);
    const error = await rejection(provider(fetch, { timeoutMs: 50 })());
    expect(error).toMatchObject({ code: 'timeout', outcome: 'not-sent' });
    expect(error.message).toMatch(/within 50 ms\. No create was sent; try again later/);
  });

  test('times out a fetch that ignores the signal', async () => {
    const { fetch } = recorder(() => new Promise<Response>(() => undefined));
    const error = await rejection(provider(fetch, { timeoutMs: 50 })());
    expect(error.code).toBe('timeout');
  });

  test('times out an answer whose body stalls', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"access_token"')) });
    const { fetch } = recorder(() => new Response(stalled, { status: 200 }));
    const error = await rejection(provider(fetch, { timeoutMs: 50 })());
    expect(error.code).toBe('timeout');
  });

  test('reports a refused connection as network, with its system code', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const { fetch } = recorder(() => Promise.reject(refused));
    const error = await rejection(provider(fetch)());
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/Could not get a token from account-d\.docusign\.com \(ECONNREFUSED\)/);
  });
});

describe('options', () => {
  const valid = { integrationKey: INTEGRATION_KEY, userId: USER_ID, privateKey: PKCS1 };

  test.each([
    ['a missing integrationKey', { integrationKey: '' }, '/integrationKey', /integrationKey is required/],
    ['an integrationKey that is not a GUID', { integrationKey: 'my-app' }, '/integrationKey', /integrationKey is not a GUID/],
    ['an email as userId', { userId: 'someone@example.com' }, '/userId', /userId is an email address: pass the API user ID/],
    ['an empty scope list', { scopes: [] }, '/scopes', /non-empty list/],
    ['a scope with a space', { scopes: ['signature impersonation'] }, '/scopes/0', /list each scope as its own item/],
    ['a zero timeout', { timeoutMs: 0 }, '/timeoutMs', /positive number/],
    ['a fetch that is not a function', { fetch: 'fetch' }, '/fetch', /must be a function/],
    ['a consent redirect URI that is not http(s)', { consentRedirectUri: 'ftp://example.com/' }, '/consentRedirectUri', /registered as a redirect URI/],
    ['a plain http OAuth host', { oauthBaseUrl: 'http://account-d.docusign.com' }, '/oauthBaseUrl', /must use https:\/\//],
    ['an OAuth host with a path', { oauthBaseUrl: 'https://account-d.docusign.com/oauth' }, '/oauthBaseUrl', /without the path \/oauth/],
    ['a REST host as the OAuth host', { oauthBaseUrl: 'https://demo.docusign.net' }, '/oauthBaseUrl', /a REST API host/],
    ['credentials in the OAuth host', { oauthBaseUrl: 'https://user:pw@account-d.docusign.com' }, '/oauthBaseUrl', /credentials/],
    ['a query on the OAuth host', { oauthBaseUrl: 'https://account-d.docusign.com/?x=1' }, '/oauthBaseUrl', /query or fragment/],
    ['a relative OAuth host', { oauthBaseUrl: 'account-d.docusign.com' }, '/oauthBaseUrl', /not an absolute URL/],
  ])('refuses %s at once', (_name, change, pointer, message) => {
    const fetch = vi.fn();
    const create = () => createJwtTokenProvider({ ...valid, fetch, ...change } as JwtTokenProviderOptions);
    expect(create).toThrow(ConnectInputError);
    expect(create).toThrow(message);
    expect(() => create()).toThrow(expect.objectContaining({ outcome: 'not-sent', problems: [expect.objectContaining({ location: 'options', pointer })] }));
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each(['http://127.0.0.1:4010', 'http://localhost:8080', 'http://[::1]:9000', 'https://account.docusign.com', 'https://account-s.docusign.com/'])(
    'accepts %s as oauthBaseUrl',
    (oauthBaseUrl) => {
      expect(() => createJwtTokenProvider({ ...valid, oauthBaseUrl })).not.toThrow();
    },
  );

  test.each([
    ['text that is not PEM', 'not a key at all', /not PEM text/],
    ['a file name', './keys/private.pem', /looks like a file name/],
    ['the public key', PUBLIC, /is a public key \(BEGIN PUBLIC KEY\): pass the private key/],
    ['a public KeyObject', rsa.publicKey, /is a public key: pass/],
    ['an EC key', EC, /is an ec key, .* RS256, which needs an RSA key/],
    ['an encrypted key', ENCRYPTED, /encrypted with a passphrase: pass crypto\.createPrivateKey\(\{ key, passphrase \}\)/],
    ['a damaged key', PKCS1.replace(KEY_LINES[3] ?? '', ''), /could not be read as a PEM private key/],
    ['nothing', undefined, /privateKey is required/],
  ])('refuses %s as privateKey at once, sending nothing', (_name, privateKey, message) => {
    const fetch = vi.fn();
    const create = () => createJwtTokenProvider({ ...valid, fetch, privateKey } as JwtTokenProviderOptions);
    expect(create).toThrow(message);
    expect(create).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ location: 'options', pointer: '/privateKey' })] }));
    expect(fetch).not.toHaveBeenCalled();
    // The refusal does not repeat the key.
    const error = (() => {
      try {
        create();
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    const shown = `${inspect(error, { depth: Infinity })}${JSON.stringify(error)}`;
    for (const line of KEY_LINES) expect(shown).not.toContain(line);
  });
});

describe('secrets', () => {
  /** Every place a secret could leak from an error or the provider. */
  function everythingShown(error: unknown, getToken: unknown): string {
    const message = error instanceof Error ? error.message : '';
    return [message, inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error), inspect(getToken, { depth: Infinity, showHidden: true }), String(JSON.stringify(getToken))].join('\n');
  }

  /** One segment of the assertion a request carried (0 header, 1 claims, 2 signature). */
  const segment = (init: RequestInit, index: number) => new URLSearchParams(String(init.body)).get('assertion')?.split('.')[index] ?? '';

  /** A fetch failure whose message quotes the whole request, as a careless wrapper might. */
  const quotesRequest: Answer = (init) => Promise.reject(new Error(`request failed: ${String(init.body)}`, { cause: new Error(String(init.body)) }));

  test.each<[string, Answer]>([
    ['an echo of the request in a 500', (init) => new Response(`bad request ${String(init.body)}`, { status: 500 })],
    ['an echo of the request in an OAuth error', (init) => json(400, { error: 'invalid_grant', error_description: `bad assertion ${new URLSearchParams(String(init.body)).get('assertion')}` })],
    ['a fetch error quoting the request', quotesRequest],
    ['an OAuth error quoting the signature segment alone', (init) => json(400, { error: 'invalid_grant', error_description: `signature ${segment(init, 2)} matches no key` })],
    ['a 502 page quoting the claims segment alone', (init) => new Response(`<pre>bad claims ${segment(init, 1)}</pre>`, { status: 502 })],
    ['a token answer with the wrong token_type', () => json(200, { access_token: TOKEN, token_type: 'mac', expires_in: 3600 })],
    ['a token echoed in a non-JSON 200', () => new Response(`token=${TOKEN}`, { status: 200 })],
    ['a consent error', () => json(400, { error: 'consent_required' })],
  ])('keeps the key, the assertion and the token out of %s', async (_name, answer) => {
    const { fetch, seen } = recorder(answer);
    const getToken = provider(fetch);
    const error = await rejection(getToken());
    const { assertion } = assertionOf(seen[0]);
    const shown = everythingShown(error, getToken);
    expect(shown).not.toContain(assertion);
    // Nor a piece of its claims or signature, such as the start of one cut off in an excerpt;
    // the header is not secret.
    for (const part of assertion.split('.').slice(1)) {
      const pieces = Array.from({ length: part.length - 15 }, (_, i) => part.slice(i, i + 16));
      expect(pieces.filter((piece) => shown.includes(piece))).toEqual([]);
    }
    expect(shown).not.toContain(TOKEN);
    for (const line of KEY_LINES) expect(shown).not.toContain(line);
  });

  test('keeps the key and the token out of the provider once it has a token', async () => {
    const { fetch } = recorder(granted());
    const getToken = provider(fetch);
    await getToken();
    const shown = everythingShown(undefined, getToken);
    expect(shown).not.toContain(TOKEN);
    for (const line of KEY_LINES) expect(shown).not.toContain(line);
  });
});
