// Which account a token works on, and where that account's REST API is: DocuSign's
// /oauth/userinfo lists the user's accounts, each with its own base_uri.
import { ConnectAuthError, type RedactedRequest, type ResponseSummary } from './errors.js';
import {
  describeNoAnswer,
  type FetchLike,
  isSecureOrLoopback,
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
import { takeToken } from './token.js';
import { VERSION } from './version.js';

const RULE = 'DiscoverAccountOptions';
/** A user with many memberships gets a long list; a megabyte is thousands of accounts. */
const MAX_USERINFO_BYTES = 1_048_576;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How many accounts an account-not-found message lists before it says how many more there are. */
const LISTED_ACCOUNTS = 20;

/** Options of discoverAccount. */
export interface DiscoverAccountOptions {
  /** An access token, or a function giving one (such as the one createJwtTokenProvider returns). */
  accessToken: string | (() => string | Promise<string>);
  /** The account to use, by its account ID GUID. Default: the user's default account. */
  accountId?: string;
  /**
   * The OAuth host that issued the token: `https://account-d.docusign.com` (developer accounts,
   * the default) or `https://account.docusign.com` (production).
   */
  oauthBaseUrl?: string;
  /** The fetch to use, called as the global fetch is: `fetch(url, init)`. Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Time allowed for the request, answer included. Default 30 000 ms. */
  timeoutMs?: number;
}

/** The account a token works on, and the base URL to give createConnectClient. */
export interface DiscoveredAccount {
  /** The account ID GUID, as DocuSign writes it. */
  accountId: string;
  /** The account's name. */
  accountName: string;
  /** The account's `base_uri` followed by `/restapi`, such as `https://demo.docusign.net/restapi`. */
  baseUrl: string;
}

/** The checked options. */
interface Settings {
  accessToken: string | (() => string | Promise<string>);
  accountId: string | undefined;
  oauth: OAuthHost;
  fetch: FetchLike;
  timeoutMs: number;
}

/** One entry of userinfo's `accounts`. */
interface UserAccount {
  accountId: string;
  accountName: string;
  isDefault: boolean;
  baseUri: unknown;
}

/** What every error of one discovery carries. */
interface Call {
  settings: Settings;
  request: RedactedRequest;
  redactor: Redactor;
}

/**
 * Asks DocuSign's /oauth/userinfo which accounts the token's user has, and returns the one named
 * by `accountId` (or the default one) with its REST base URL. Rejects with a ConnectInputError
 * for bad options and a ConnectAuthError for everything else (code `account-not-found` when the
 * user has no such account; its message lists the accounts the user has).
 */
export async function discoverAccount(options: DiscoverAccountOptions): Promise<DiscoveredAccount> {
  const settings = readOptions(options);
  const redactor = new Redactor();
  const token = await resolveToken(settings.accessToken, redactor);
  const url = `${settings.oauth.origin}/oauth/userinfo`;
  const headers = { Accept: 'application/json', 'Cache-Control': 'no-store', 'User-Agent': `docusign-connect-client/${VERSION}` };
  const call: Call = { settings, redactor, request: { method: 'GET', url, headers: { ...headers, Authorization: `Bearer ${REDACTED}` } } };
  let answer: OAuthAnswer;
  try {
    answer = await send({
      fetch: settings.fetch,
      url,
      method: 'GET',
      headers: { ...headers, Authorization: `Bearer ${token}` },
      timeoutMs: settings.timeoutMs,
      maxBytes: MAX_USERINFO_BYTES,
    });
  } catch (failure) {
    throw noAnswerError(failure, call);
  }
  const accounts = readUserInfo(answer, call);
  const account = pickAccount(accounts, call);
  return { accountId: account.accountId, accountName: account.accountName, baseUrl: restBaseUrl(account, call) };
}

function readOptions(options: DiscoverAccountOptions): Settings {
  if (options === null || typeof options !== 'object') throw optionsError(RULE, '', 'discoverAccount needs an options object with at least accessToken');
  const { accessToken, accountId } = options;
  if (typeof accessToken !== 'function' && (typeof accessToken !== 'string' || accessToken.trim() === '')) {
    throw optionsError(RULE, '/accessToken', 'accessToken is required: pass the OAuth access token, or a function that returns one (such as createJwtTokenProvider gives)');
  }
  if (accountId !== undefined) {
    if (typeof accountId !== 'string' || !GUID.test(accountId.trim())) {
      const digits = typeof accountId === 'string' && /^\s*\d+\s*$/.test(accountId);
      throw optionsError(
        RULE,
        '/accountId',
        digits
          ? 'accountId is an account number, but /oauth/userinfo names accounts by their account ID GUID: pass the GUID (Apps and Keys shows it), or leave accountId out for the default account'
          : 'accountId must be the account ID GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), or left out for the default account',
      );
    }
  }
  return {
    accessToken,
    accountId: accountId?.trim(),
    oauth: parseOAuthBaseUrl(options.oauthBaseUrl, RULE),
    fetch: parseFetch(options.fetch, RULE),
    timeoutMs: parseTimeoutMs(options.timeoutMs, RULE),
  };
}

/** The token to send; a token provider's own typed error is passed on as it is. */
function resolveToken(accessToken: Settings['accessToken'], redactor: Redactor): Promise<string> {
  return takeToken(accessToken, redactor, '/oauth/userinfo was not called', (message, cause) => optionsError(RULE, '/accessToken', message, cause));
}

/** The error for a userinfo request that got no readable answer. */
function noAnswerError(failure: unknown, call: Call): ConnectAuthError {
  const { settings, request, redactor } = call;
  const host = settings.oauth.host;
  const noAnswer = failure instanceof NoAnswer ? failure : new NoAnswer('network', failure);
  const details = { request, attempts: 1, cause: redactor.error(noAnswer.detail) };
  if (noAnswer.reason === 'timeout') {
    return new ConnectAuthError(`No answer from ${host}/oauth/userinfo within ${settings.timeoutMs} ms. No create was sent; try again later.`, { ...details, code: 'timeout' });
  }
  if (noAnswer.reason === 'too-large' && noAnswer.response !== undefined) {
    return new ConnectAuthError(
      `HTTP ${noAnswer.response.status} from ${host}/oauth/userinfo came with more than ${MAX_USERINFO_BYTES} bytes, so the client stopped reading. No create was sent; check oauthBaseUrl.`,
      { ...details, code: 'too-large', response: summarize(noAnswer.response, undefined, redactor) },
    );
  }
  return new ConnectAuthError(
    `Could not reach ${host}/oauth/userinfo (${describeNoAnswer(noAnswer, redactor)}). No create was sent; check the network and oauthBaseUrl, then try again.`,
    { ...details, code: 'network' },
  );
}

/** The accounts in a userinfo answer, or the ConnectAuthError the answer means. */
function readUserInfo(answer: OAuthAnswer, call: Call): UserAccount[] {
  const { response, text } = answer;
  const { status } = response;
  const host = call.settings.oauth.host;
  const error = (message: string, code: string, response: ResponseSummary) =>
    new ConnectAuthError(`${message} No create was sent.`, { code, request: call.request, response, attempts: 1 });
  if (status < 200 || status >= 300) {
    const summary = summarize(response, text, call.redactor);
    const oauth = oauthErrorOf(text);
    const code = oauth === undefined ? `HTTP_${status}` : excerptOf(oauth.error, call.redactor, 80);
    const said = oauth === undefined ? '' : ` (${code}${oauth.description === undefined ? '' : `: ${excerptOf(oauth.description, call.redactor)}`})`;
    const advice =
      status === 401
        ? `the access token is invalid or has expired, or it was issued by another environment than ${host}: get a new token from ${host}.`
        : status >= 300 && status < 400
          ? 'the OAuth host redirected the request: oauthBaseUrl must be the OAuth host itself (https://account-d.docusign.com or https://account.docusign.com).'
          : status >= 500 || status === 429
            ? 'DocuSign could not answer now: try again later.'
            : 'check the token and oauthBaseUrl.';
    throw error(`HTTP ${status} from ${host}/oauth/userinfo${said}: ${advice}`, code, summary);
  }
  const parsed = parseJson(text);
  if (parsed === undefined) {
    const type = excerptOf(response.headers.get('content-type') ?? 'no content type', call.redactor, 80);
    throw error(`HTTP ${status} from ${host}/oauth/userinfo is not JSON (${type}): a proxy's page, most likely. Try again later, and check oauthBaseUrl if it persists.`, 'not-json', summarize(response, text, call.redactor));
  }
  const accounts = readAccounts(parsed.value, call.redactor);
  // No excerpt: the body describes the user (name, email), which logs need not keep.
  if (typeof accounts === 'string') throw error(`HTTP ${status} from ${host}/oauth/userinfo is not the user's information: ${accounts}.`, 'malformed-response', summarize(response, undefined, call.redactor));
  return accounts;
}

/** The `accounts` of a userinfo body, or what is wrong with them. */
function readAccounts(body: unknown, redactor: Redactor): UserAccount[] | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the body is not a JSON object';
  const list = (body as Record<string, unknown>).accounts;
  if (!Array.isArray(list)) return 'accounts is missing or not a list';
  const accounts: UserAccount[] = [];
  for (const [index, entry] of list.entries()) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return `accounts[${index}] is not an object`;
    const { account_id: id, account_name: name, is_default: isDefault, base_uri: baseUri } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || id.trim() === '') return `accounts[${index}].account_id is missing`;
    accounts.push({
      accountId: id.trim(),
      accountName: typeof name === 'string' ? excerptOf(name, redactor, 120) : '',
      // A JSON boolean on the wire; DocuSign's Node SDK hands it on as the string "true".
      isDefault: isDefault === true || (typeof isDefault === 'string' && isDefault.trim().toLowerCase() === 'true'),
      baseUri,
    });
  }
  return accounts;
}

/** The account named by accountId, or else the default one. */
function pickAccount(accounts: UserAccount[], call: Call): UserAccount {
  const wanted = call.settings.accountId?.toLowerCase();
  const found = wanted === undefined ? accounts.find((account) => account.isDefault) : accounts.find((account) => account.accountId.toLowerCase() === wanted);
  if (found !== undefined) return found;
  const host = call.settings.oauth.host;
  const problem =
    accounts.length === 0
      ? `The token's user has no account on ${host}.`
      : wanted === undefined
        ? `None of the token's user's accounts on ${host} is marked as the default: pass accountId, one of these:`
        : `The token's user has no account ${call.settings.accountId} on ${host}: pass one of these as accountId, or leave it out for the default account:`;
  const listed = accounts
    .slice(0, LISTED_ACCOUNTS)
    .map((account) => `\n  - ${account.accountId} ${JSON.stringify(account.accountName)}${account.isDefault ? ' (default)' : ''}`)
    .join('');
  const more = accounts.length > LISTED_ACCOUNTS ? `\n  … and ${accounts.length - LISTED_ACCOUNTS} more` : '';
  throw new ConnectAuthError(`${problem}${listed}${more}\nNo create was sent.`, { code: 'account-not-found', request: call.request, attempts: 1 });
}

/** The account's REST base URL: its base_uri (a host alone), trailing slashes dropped, then /restapi. */
function restBaseUrl(account: UserAccount, call: Call): string {
  const fail = (problem: string) =>
    new ConnectAuthError(`/oauth/userinfo gave account ${account.accountId} a base_uri that ${problem}. No create was sent.`, { code: 'malformed-response', request: call.request, attempts: 1 });
  const raw = account.baseUri;
  if (typeof raw !== 'string' || raw.trim() === '') throw fail('is missing');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw fail('is not an absolute URL');
  }
  // The token goes to this host next: never in the clear, except to a local test server.
  if (!isSecureOrLoopback(url)) throw fail(`uses ${url.protocol}// instead of https://`);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') throw fail('carries credentials, a query or a fragment');
  if (url.pathname.replace(/\/+$/, '') !== '') throw fail(`has a path (${excerptOf(url.pathname, call.redactor, 60)}), where DocuSign gives a host alone such as https://demo.docusign.net`);
  return `${url.origin}/restapi`;
}
