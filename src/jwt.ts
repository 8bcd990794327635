// JWT Grant: an access token for a DocuSign user, asked for with an assertion signed by the
// integration key's RSA key, reused until shortly before it expires, and fetched once for every
// caller that asks while it is being fetched.
import { createPrivateKey, KeyObject, sign } from 'node:crypto';
import { ConnectAuthError, ConsentRequiredError, type RedactedRequest } from './errors.js';
import {
  describeNoAnswer,
  type FetchLike,
  NoAnswer,
  type OAuthAnswer,
  type OAuthHost,
  oauthErrorOf,
  optionsError,
  parseFetch,
  parseJson,
  parseOAuthBaseUrl,
  parseTimeoutMs,
  send,
  summarize,
} from './oauth-request.js';
import { excerptOf } from './call.js';
import { REDACTED, Redactor } from './redact.js';
import { VERSION } from './version.js';

const RULE = 'JwtTokenProviderOptions';
const DEFAULT_SCOPES: readonly string[] = ['signature', 'impersonation'];
/** DocuSign's own landing page for consent, which its examples register on their integration keys. */
const DEFAULT_CONSENT_REDIRECT_URI = 'https://developers.docusign.com/platform/auth/consent';
/** DocuSign refuses an assertion whose `iat` is ahead of its clock, so `iat` is this far back. */
const BACKDATE_S = 60;
/**
 * `exp` is `iat` plus one hour, the most DocuSign accepts (its TypeScript SDK does the same).
 * The long window tolerates a local clock that runs behind DocuSign's; a shorter one would buy
 * little, since the assertion is sent once, straight to the OAuth host, and never kept or shown.
 */
const ASSERTION_LIFETIME_S = 3600;
/** A token is renewed this long before it expires, as DocuSign's examples do (or at half its life, if sooner). */
const RENEW_EARLY_MS = 10 * 60_000;
/** A token answer is a few hundred bytes; anything near this is not one. */
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A scope name as RFC 6749 allows it: printable ASCII without spaces, quotes or backslashes. */
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

/** Options of createJwtTokenProvider. */
export interface JwtTokenProviderOptions {
  /** The integration key (client ID): a GUID from Apps and Keys. It is the assertion's `iss`. */
  integrationKey: string;
  /** The API user ID (a GUID, not an email) of the user the tokens act for. It is the assertion's `sub`. */
  userId: string;
  /**
   * The RSA private key of a key pair of the integration key, as PEM text: PKCS#1
   * (`-----BEGIN RSA PRIVATE KEY-----`) or PKCS#8 (`-----BEGIN PRIVATE KEY-----`). Literal `\n`
   * sequences (as environment variables often hold line breaks), indentation, and a key flattened
   * onto one line are repaired. A key with a passphrase: pass the KeyObject from
   * `crypto.createPrivateKey({ key, passphrase })`.
   */
  privateKey: string | Uint8Array | KeyObject;
  /**
   * The OAuth host: `https://account-d.docusign.com` (developer accounts, the default) or
   * `https://account.docusign.com` (production). Plain `http://` only on a loopback host.
   */
  oauthBaseUrl?: string;
  /** The scopes asked for. Default `['signature', 'impersonation']`. */
  scopes?: readonly string[];
  /** The fetch to use, called as the global fetch is: `fetch(url, init)`. Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Time allowed for each token request, answer included. Default 30 000 ms. */
  timeoutMs?: number;
  /**
   * Where DocuSign sends the user after consent, in ConsentRequiredError's `consentUrl`. It must be
   * one of the integration key's redirect URIs. Default `https://developers.docusign.com/platform/auth/consent`
   * (add it to the integration key, or pass one the key already has).
   */
  consentRedirectUri?: string;
}

/** Gives a current access token; pass it to createConnectClient as `accessToken`. */
export type JwtTokenProvider = () => Promise<string>;

/** The checked options. The key is a KeyObject, which neither util.inspect nor JSON shows. */
interface Settings {
  integrationKey: string;
  userId: string;
  key: KeyObject;
  oauth: OAuthHost;
  scopes: readonly string[];
  fetch: FetchLike;
  timeoutMs: number;
  consentUrl: string;
}

/** The token in use, and the request fetching the next one. */
interface TokenState {
  token: string | undefined;
  /** When (Date.now()) the token is to be renewed. */
  renewAt: number;
  pending: Promise<string> | undefined;
}

/** A token as DocuSign granted it. */
interface Grant {
  token: string;
  expiresInS: number;
}

/**
 * Creates a JWT Grant token provider. Options are checked at once: a ConnectInputError is thrown
 * before anything is sent. The provider's token is reused until ten minutes before it expires;
 * callers asking while one is being fetched share that one request; a failure (a
 * ConnectAuthError) is not kept, so the next call asks again. The assertion's `iat` is set
 * 60 seconds in the past, because DocuSign refuses one issued ahead of its own clock.
 */
export function createJwtTokenProvider(options: JwtTokenProviderOptions): JwtTokenProvider {
  const settings = readOptions(options);
  const state: TokenState = { token: undefined, renewAt: 0, pending: undefined };
  return function docuSignAccessToken(): Promise<string> {
    return currentToken(settings, state);
  };
}

/** The token in use while it is fresh; otherwise the one request fetching a new one. */
function currentToken(settings: Settings, state: TokenState): Promise<string> {
  if (state.token !== undefined && Date.now() < state.renewAt) return Promise.resolve(state.token);
  if (state.pending !== undefined) return state.pending;
  const pending = (async () => {
    try {
      // The lifetime counts from before the request: DocuSign's clock started no earlier.
      const sentAt = Date.now();
      const grant = await requestToken(settings, sentAt);
      state.token = grant.token;
      state.renewAt = sentAt + keptMs(grant.expiresInS);
      return grant.token;
    } catch (error) {
      state.token = undefined;
      throw error;
    } finally {
      state.pending = undefined;
    }
  })();
  state.pending = pending;
  return pending;
}

/**
 * How long a token is used: its lifetime less ten minutes, or less half of it when that is
 * shorter, so that a short-lived token is still reused and none is kept for a negative time.
 */
function keptMs(expiresInS: number): number {
  const lifetimeMs = expiresInS * 1000;
  return lifetimeMs - Math.min(RENEW_EARLY_MS, lifetimeMs / 2);
}

/** The RS256 assertion: header, claims and signature, each base64url. */
function signAssertion(settings: Settings, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000) - BACKDATE_S;
  const claims = {
    iss: settings.integrationKey,
    sub: settings.userId,
    aud: settings.oauth.host,
    iat,
    exp: iat + ASSERTION_LIFETIME_S,
    scope: settings.scopes.join(' '),
  };
  const signed = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}`;
  // An RSA KeyObject signs with PKCS#1 v1.5 padding by default: RS256.
  return `${signed}.${sign('sha256', Buffer.from(signed), settings.key).toString('base64url')}`;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Sends the assertion to /oauth/token and reads the grant, or throws a ConnectAuthError. */
async function requestToken(settings: Settings, sentAt: number): Promise<Grant> {
  const assertion = signAssertion(settings, sentAt);
  // A server may quote the one segment it objects to (the claims, or the signature it could not
  // verify), so each is removed on its own too. The header is the same in every assertion.
  const [, claims, signature] = assertion.split('.');
  const redactor = new Redactor().add(assertion, claims, signature);
  const url = `${settings.oauth.origin}/oauth/token`;
  const headers = {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Cache-Control': 'no-store',
    Accept: 'application/json',
    'User-Agent': `docusign-connect-client/${VERSION}`,
  };
  const shown: RedactedRequest = { method: 'POST', url, headers: { ...headers }, body: `grant_type=${GRANT_TYPE}&assertion=${REDACTED}` };
  let answer: OAuthAnswer;
  try {
    // Nothing in the grant type or the assertion (base64url and dots) needs form escaping.
    const body = `grant_type=${GRANT_TYPE}&assertion=${assertion}`;
    answer = await send({ fetch: settings.fetch, url, method: 'POST', headers, body, timeoutMs: settings.timeoutMs, maxBytes: MAX_TOKEN_ANSWER_BYTES });
  } catch (failure) {
    throw noAnswerError(failure, settings, shown, redactor);
  }
  return readGrant(answer, settings, shown, redactor);
}

/** The error for a token request that got no readable answer. */
function noAnswerError(failure: unknown, settings: Settings, request: RedactedRequest, redactor: Redactor): ConnectAuthError {
  const host = settings.oauth.host;
  const noAnswer = failure instanceof NoAnswer ? failure : new NoAnswer('network', failure);
  const details = { request, attempts: 1, cause: redactor.error(noAnswer.detail) };
  if (noAnswer.reason === 'timeout') {
    return new ConnectAuthError(`No answer to the token request from ${host} within ${settings.timeoutMs} ms. No create was sent; try again later.`, { ...details, code: 'timeout' });
  }
  if (noAnswer.reason === 'too-large' && noAnswer.response !== undefined) {
    const { status } = noAnswer.response;
    return new ConnectAuthError(
      `HTTP ${status} from ${host} came with more than ${MAX_TOKEN_ANSWER_BYTES} bytes, which is no token answer, so the client stopped reading. No create was sent; check oauthBaseUrl.`,
      { ...details, code: 'too-large', response: summarize(noAnswer.response, undefined, redactor) },
    );
  }
  return new ConnectAuthError(
    `Could not get a token from ${host} (${describeNoAnswer(noAnswer, redactor)}). No create was sent; check the network and oauthBaseUrl, then try again.`,
    { ...details, code: 'network' },
  );
}

/** Reads DocuSign's answer: the grant, or the ConnectAuthError it means. */
function readGrant(answer: OAuthAnswer, settings: Settings, request: RedactedRequest, redactor: Redactor): Grant {
  const { response, text } = answer;
  const { status } = response;
  const host = settings.oauth.host;
  const details = { request, attempts: 1 };
  if (status >= 200 && status < 300) {
    // A 2xx answer to a token request is where a token would be, in whatever form: errors about
    // one never show its body.
    const parsed = parseJson(text);
    if (parsed === undefined) {
      const type = excerptOf(response.headers.get('content-type') ?? 'no content type', redactor, 80);
      return fail(new ConnectAuthError(`HTTP ${status} from ${host} is not JSON (${type}), so it carries no token: a proxy's page, most likely. No create was sent; try again later, and check oauthBaseUrl if it persists.`, { ...details, code: 'not-json', response: summarize(response, undefined, redactor) }));
    }
    const grant = readGrantBody(parsed.value, redactor);
    if (typeof grant === 'string') {
      return fail(new ConnectAuthError(`HTTP ${status} from ${host} is not a token answer: ${grant}. No create was sent; try again later.`, { ...details, code: 'malformed-response', response: summarize(response, undefined, redactor) }));
    }
    return grant;
  }
  const summary = summarize(response, text, redactor);
  if (status >= 300 && status < 400) {
    const location = response.headers.get('location');
    const where = location === null ? '' : ` to ${excerptOf(location, redactor, 120)}`;
    return fail(new ConnectAuthError(`HTTP ${status}: ${host} redirected the token request${where}. oauthBaseUrl must be the OAuth host itself (https://account-d.docusign.com or https://account.docusign.com). No create was sent.`, { ...details, code: `HTTP_${status}`, response: summary }));
  }
  const oauth = oauthErrorOf(text);
  if (oauth !== undefined) return fail(refusal(oauth, settings, { ...details, response: summary }, redactor));
  const page = parseJson(text) === undefined && text.trim() !== '' ? ', not JSON (a proxy\'s page?)' : '';
  const advice = status >= 500 || status === 429
    ? 'DocuSign could not answer now: try again later.'
    : 'Check oauthBaseUrl and the integration key.';
  return fail(new ConnectAuthError(`HTTP ${status} from ${host} to the token request, without an OAuth error${page}. ${advice} No create was sent.`, { ...details, code: `HTTP_${status}`, response: summary }));
}

function fail(error: ConnectAuthError): never {
  throw error;
}

/** The grant in a 2xx body, or what is wrong with it (named without the values, which may be secret). */
function readGrantBody(body: unknown, redactor: Redactor): Grant | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the body is not a JSON object';
  const { access_token: token, token_type: type, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof token === 'string') redactor.add(token);
  if (typeof token !== 'string' || token.trim() === '') return 'access_token is missing or empty';
  if (/\s/.test(token)) return 'access_token contains spaces or line breaks';
  if (typeof type !== 'string' || type.toLowerCase() !== 'bearer') {
    return `token_type is ${typeof type === 'string' ? JSON.stringify(excerptOf(type, redactor, 40)) : typeof type}, not "Bearer"`;
  }
  // A number on the wire; a numeric string is read too, as some gateways write one.
  const seconds = typeof expiresIn === 'number' ? expiresIn : typeof expiresIn === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(expiresIn) ? Number(expiresIn) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return 'expires_in is not a positive number of seconds';
  return { token, expiresInS: seconds };
}

/** The error for DocuSign's OAuth error answer, with what to do about it. */
function refusal(
  oauth: { error: string; description: string | undefined },
  settings: Settings,
  details: { request: RedactedRequest; attempts: number; response: ReturnType<typeof summarize> },
  redactor: Redactor,
): ConnectAuthError {
  const { integrationKey, userId } = settings;
  const host = settings.oauth.host;
  const description = oauth.description === undefined ? undefined : excerptOf(oauth.description, redactor);
  const code = excerptOf(oauth.error, redactor, 80);
  const said = description === undefined ? code : `${code}: ${description}`;
  // DocuSign names some reasons in `error` and others in `error_description`.
  const named = (reason: string) => [oauth.error, oauth.description].some((value) => value?.toLowerCase() === reason);
  const all = { ...details, code, description };
  if (named('consent_required')) {
    return new ConsentRequiredError(
      `DocuSign refused the token (${said}): user ${userId} has not consented to integration key ${integrationKey} acting for them. No create was sent. Open this URL once, signed in as that user (an administrator can instead grant consent for the organisation), then try again: ${settings.consentUrl}`,
      { ...all, consentUrl: settings.consentUrl },
    );
  }
  let advice: string;
  if (named('user_not_found')) {
    advice = `${host} knows no user ${userId}: check that userId is the user's API user ID (a GUID from Apps and Keys), and that oauthBaseUrl is the user's environment (account-d.docusign.com for developer accounts, account.docusign.com for production).`;
  } else if (named('issuer_not_found')) {
    advice = `${host} does not know integration key ${integrationKey}: check integrationKey, and that oauthBaseUrl is the environment the key belongs to (a developer key works on account-d.docusign.com only, until it is promoted to production).`;
  } else if (named('no_valid_keys_or_signatures')) {
    advice = `the signature matches no RSA key pair of integration key ${integrationKey}: pass the private key of a key pair listed under that key in Apps and Keys.`;
  } else if (details.response.status >= 500) {
    advice = 'DocuSign could not answer now: try again later.';
  } else {
    advice = `check integrationKey, userId, privateKey and oauthBaseUrl (${host}).`;
  }
  return new ConnectAuthError(`DocuSign refused the token (${said}): ${advice} No create was sent.`, all);
}

/** Checks every option and returns the settings the provider keeps. */
function readOptions(options: JwtTokenProviderOptions): Settings {
  if (options === null || typeof options !== 'object') {
    throw optionsError(RULE, '', 'createJwtTokenProvider needs an options object with integrationKey, userId and privateKey');
  }
  const integrationKey = readGuid(options.integrationKey, 'integrationKey', 'the integration key (client ID) shown in Apps and Keys');
  const userId = readGuid(options.userId, 'userId', "the API user ID of the user to act for, shown in Apps and Keys (or as sub in /oauth/userinfo)");
  const key = readPrivateKey(options.privateKey);
  const oauth = parseOAuthBaseUrl(options.oauthBaseUrl, RULE);
  const scopes = readScopes(options.scopes);
  const fetch = parseFetch(options.fetch, RULE);
  const timeoutMs = parseTimeoutMs(options.timeoutMs, RULE);
  const redirectUri = readRedirectUri(options.consentRedirectUri);
  return { integrationKey, userId, key, oauth, scopes, fetch, timeoutMs, consentUrl: consentUrlFor(oauth, scopes, integrationKey, redirectUri) };
}

/** A GUID option, spaces around it dropped. The value is never quoted: it may be a misplaced secret. */
function readGuid(value: unknown, name: string, what: string): string {
  const pointer = `/${name}`;
  if (typeof value !== 'string' || value.trim() === '') throw optionsError(RULE, pointer, `${name} is required: pass ${what}`);
  const trimmed = value.trim();
  if (GUID.test(trimmed)) return trimmed;
  if (trimmed.includes('@')) throw optionsError(RULE, pointer, `${name} is an email address: pass ${what}, a GUID`);
  throw optionsError(RULE, pointer, `${name} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): pass ${what}`);
}

function readScopes(value: unknown): readonly string[] {
  if (value === undefined) return DEFAULT_SCOPES;
  if (!Array.isArray(value) || value.length === 0) {
    throw optionsError(RULE, '/scopes', "scopes must be a non-empty list of scope names, such as ['signature', 'impersonation']");
  }
  value.forEach((scope: unknown, index) => {
    if (typeof scope !== 'string' || !SCOPE.test(scope)) {
      throw optionsError(RULE, `/scopes/${index}`, `scopes[${index}] must be one scope name, without spaces: list each scope as its own item`);
    }
  });
  return Object.freeze([...(value as string[])]);
}

function readRedirectUri(value: unknown): string {
  if (value === undefined) return DEFAULT_CONSENT_REDIRECT_URI;
  const fail = () =>
    optionsError(RULE, '/consentRedirectUri', 'consentRedirectUri must be an absolute http(s) URL without a fragment, registered as a redirect URI of the integration key');
  if (typeof value !== 'string') throw fail();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail();
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hash !== '' || url.username !== '' || url.password !== '') throw fail();
  return value;
}

/**
 * The page where the user consents. JWT Grant needs consent to `impersonation`, so it is asked
 * for even when `scopes` leaves it out (DocuSign implies it in the assertion).
 */
function consentUrlFor(oauth: OAuthHost, scopes: readonly string[], integrationKey: string, redirectUri: string): string {
  const asked = scopes.includes('impersonation') ? scopes : [...scopes, 'impersonation'];
  const scope = asked.map(encodeURIComponent).join('%20');
  return `${oauth.origin}/oauth/auth?response_type=code&scope=${scope}&client_id=${encodeURIComponent(integrationKey)}&redirect_uri=${encodeURIComponent(redirectUri)}`;
}

const KEY_SOURCE = 'the RSA private key of a key pair of the integration key (Apps and Keys shows it once, when the pair is generated)';

/** The private key as a KeyObject, or a ConnectInputError that says what was passed instead. */
function readPrivateKey(value: unknown): KeyObject {
  const fail = (message: string, cause?: unknown) => optionsError(RULE, '/privateKey', message, cause);
  if (value instanceof KeyObject) {
    if (value.type !== 'private') throw fail(`privateKey is a ${value.type} key: pass ${KEY_SOURCE}`);
    return checkRsa(value);
  }
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Uint8Array) text = new TextDecoder().decode(value);
  else throw fail(`privateKey is required: pass ${KEY_SOURCE}, as PEM text`);
  text = repairPem(text);
  if (text === '') throw fail(`privateKey is empty: pass ${KEY_SOURCE}, as PEM text`);
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  if (label === undefined) {
    if (!text.includes('\n') && /^[.~/\\]|^[A-Za-z]:\\|\.(pem|key|txt)$/i.test(text)) {
      throw fail("privateKey looks like a file name: pass the file's contents (fs.readFileSync(path, 'utf8')), not its name");
    }
    throw fail('privateKey is not PEM text: pass the whole key, from its -----BEGIN RSA PRIVATE KEY----- (or -----BEGIN PRIVATE KEY-----) line to its -----END line');
  }
  if (/PUBLIC KEY|CERTIFICATE/.test(label)) {
    throw fail(`privateKey is a public key (BEGIN ${label}): pass the private key of the pair, not the public one DocuSign holds`);
  }
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/i.test(text)) {
    throw fail("privateKey is encrypted with a passphrase: pass crypto.createPrivateKey({ key, passphrase }) instead, or decrypt it once (openssl pkey -in key.pem -out plain.pem)");
  }
  if (label === 'OPENSSH PRIVATE KEY') {
    throw fail(`privateKey is in OpenSSH's own format: pass ${KEY_SOURCE}, as PEM text`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem' });
  } catch (cause) {
    // OpenSSL's messages quote no key material, but the cause is cleaned all the same.
    const redactor = new Redactor().add(...text.split('\n').filter((line) => !line.startsWith('-----')));
    throw fail(`privateKey could not be read as a PEM private key (a line missing or changed?): pass ${KEY_SOURCE}, exactly as saved`, redactor.error(cause));
  }
  return checkRsa(key);
}

function checkRsa(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType === 'rsa') return key;
  throw optionsError(RULE, '/privateKey', `privateKey is an ${key.asymmetricKeyType ?? 'unknown'} key, but DocuSign's JWT Grant is signed with RS256, which needs an RSA key: pass ${KEY_SOURCE}`);
}

/**
 * Undoes what storing PEM text in an environment variable or a config file does to it: literal
 * `\n` sequences for line breaks (PEM text holds no backslashes, so these can be nothing else),
 * indented lines, Windows line ends, and a key flattened onto one line. A PEM block with headers
 * (an encrypted PKCS#1 key) is left as it is, apart from the `\n` sequences.
 */
function repairPem(input: string): string {
  const text = input.replace(/\\r\\n|\\n/g, '\n').trim();
  const block = /^-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----$/.exec(text);
  if (block === null) return text;
  const [, label, body = ''] = block;
  const lines = body.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n');
}
