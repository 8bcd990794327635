// What the JWT token provider and account discovery share: the options checks, one request to
// DocuSign's OAuth host within a time and size limit, and the pieces their errors are made of.
import { errorCode, excerptOf, responseSummary } from './call.js';
import { invalidOptions, isLoopback } from './client-options.js';
import type { ConnectInputError, ResponseSummary } from './errors.js';
import { readCapped, ResponseTooLarge } from './read-capped.js';
import type { Redactor } from './redact.js';

/** The OAuth host of developer (demo) accounts; production is https://account.docusign.com. */
export const DEFAULT_OAUTH_BASE_URL = 'https://account-d.docusign.com';
/** Time allowed for one OAuth request, answer included. */
export const DEFAULT_OAUTH_TIMEOUT_MS = 30_000;
/** setTimeout fires at once for longer delays, so a longer timeout could never be honoured. */
const LONGEST_TIMEOUT_MS = 2_147_483_647;

/** A fetch called as the global one is: `fetch(url, init)`. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Whether a URL may be used: https, or plain http on a loopback host (as for the client's baseUrl). */
export function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
}

/** An options problem of `rule` (the options type) at `pointer`, as a ConnectInputError. */
export function optionsError(rule: string, pointer: string, message: string, cause?: unknown): ConnectInputError {
  return invalidOptions(rule, pointer, message, cause);
}

/** The OAuth host to call: its origin, and its host (with any port) for a JWT's `aud`. */
export interface OAuthHost {
  origin: string;
  host: string;
}

/** Checks oauthBaseUrl: an absolute https URL of a host alone, with no path, query or credentials. */
export function parseOAuthBaseUrl(value: unknown, rule: string): OAuthHost {
  const fail = (message: string) => optionsError(rule, '/oauthBaseUrl', message);
  const hint = 'use https://account-d.docusign.com for developer accounts or https://account.docusign.com for production';
  if (value === undefined) value = DEFAULT_OAUTH_BASE_URL;
  if (typeof value !== 'string' || value.trim() === '') throw fail(`oauthBaseUrl must be a URL: ${hint}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail(`oauthBaseUrl is not an absolute URL: ${hint}`);
  }
  if (url.username !== '' || url.password !== '') throw fail('oauthBaseUrl carries credentials (user:password@): remove them');
  if (!isSecureOrLoopback(url)) {
    throw fail(`oauthBaseUrl must use https:// (plain http:// only for a local server on 127.0.0.1, localhost or [::1]): ${hint}`);
  }
  if (url.search !== '' || url.hash !== '') throw fail('oauthBaseUrl may not have a query or fragment: give the host alone');
  if (url.pathname !== '/') {
    throw fail(`oauthBaseUrl must be the OAuth host alone, without the path ${url.pathname}: the client adds /oauth/token and /oauth/userinfo itself; ${hint}`);
  }
  if (/(^|\.)docusign\.net$/i.test(url.hostname)) {
    throw fail(`oauthBaseUrl is ${url.host}, a REST API host; tokens come from the OAuth host: ${hint}`);
  }
  return { origin: url.origin, host: url.host };
}

/** Checks timeoutMs, filling in the default. */
export function parseTimeoutMs(value: unknown, rule: string): number {
  if (value === undefined) return DEFAULT_OAUTH_TIMEOUT_MS;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > LONGEST_TIMEOUT_MS) {
    throw optionsError(rule, '/timeoutMs', `timeoutMs must be a positive number of milliseconds, at most ${LONGEST_TIMEOUT_MS}`);
  }
  return value;
}

/** Checks the fetch option, falling back to the global fetch. */
export function parseFetch(value: unknown, rule: string): FetchLike {
  const chosen = value ?? globalThis.fetch;
  if (typeof chosen !== 'function') throw optionsError(rule, '/fetch', 'fetch must be a function called as fetch(url, init); this runtime has no global fetch');
  return chosen as FetchLike;
}

/** One request to the OAuth host. */
export interface OAuthCall {
  fetch: FetchLike;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The most bytes of the answer read; a longer one is cut off unread. */
  maxBytes: number;
}

/** An answer, read in full. */
export interface OAuthAnswer {
  response: Response;
  text: string;
}

/** Why no answer could be read: its time ran out, the transport failed, or it was too long. */
export class NoAnswer extends Error {
  constructor(
    readonly reason: 'timeout' | 'network' | 'too-large',
    readonly detail: unknown,
    readonly response?: Response,
  ) {
    super(reason);
  }
}

/** Why the call's own timer aborted the request. */
class TimedOut extends Error {
  constructor() {
    super('timeout');
  }
}

/**
 * Sends one request and reads its answer, or throws NoAnswer. The timer covers the headers and
 * the body, and it ends the call even when an injected fetch ignores the signal: the request is
 * raced against it, and the abandoned one is left to settle unseen.
 */
export async function send(call: OAuthCall): Promise<OAuthAnswer> {
  const controller = new AbortController();
  let stop: (reason: unknown) => void = () => undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  expired.catch(() => undefined);
  const timer = setTimeout(() => {
    const reason = new TimedOut();
    controller.abort(reason);
    stop(reason);
  }, call.timeoutMs);
  const exchange = (async () => {
    const response = await call.fetch(call.url, {
      method: call.method,
      headers: call.headers,
      ...(call.body === undefined ? {} : { body: call.body }),
      // An OAuth host that redirects is the wrong host: the answer is reported, not followed.
      redirect: 'manual',
      signal: controller.signal,
    });
    // A fetch that ignored the signal and answered late: its body is not wanted any more.
    if (controller.signal.aborted) {
      await response.body?.cancel().catch(() => undefined);
      throw controller.signal.reason;
    }
    try {
      return { response, text: utf8.decode(await readCapped(response, call.maxBytes)) };
    } catch (error) {
      if (error instanceof ResponseTooLarge) throw new NoAnswer('too-large', undefined, response);
      throw error;
    }
  })();
  exchange.catch(() => undefined);
  try {
    return await Promise.race([exchange, expired]);
  } catch (cause) {
    if (cause instanceof NoAnswer) throw cause;
    if (controller.signal.aborted) throw new NoAnswer('timeout', cause);
    throw new NoAnswer('network', cause);
  } finally {
    clearTimeout(timer);
  }
}

/** Answers are decoded as response.text() does. */
const utf8 = new TextDecoder();

/** A JSON body, or undefined when the text is not JSON. */
export function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The OAuth error of an error answer (`{ error, error_description? }`), when it has one. */
export function oauthErrorOf(text: string): { error: string; description: string | undefined } | undefined {
  const parsed = parseJson(text)?.value;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const { error, error_description: description } = parsed as Record<string, unknown>;
  if (typeof error !== 'string' || error.trim() === '') return undefined;
  return { error: error.trim(), description: typeof description === 'string' && description.trim() !== '' ? description.trim() : undefined };
}

/**
 * What came back, for an error: status, headers (cookies and credentials replaced) and, when
 * `body` is given, its start. Callers leave the body out of answers that carry a token.
 */
export function summarize(response: Response, body: string | undefined, redactor: Redactor): ResponseSummary {
  return responseSummary(response, body ?? '', redactor);
}

/** The reason a NoAnswer gives, in a few words, with secrets removed. */
export function describeNoAnswer(failure: NoAnswer, redactor: Redactor): string {
  const code = errorCode(failure.detail);
  if (code !== undefined) return excerptOf(code, redactor, 60);
  return excerptOf(failure.detail instanceof Error ? failure.detail.message : String(failure.detail), redactor, 120);
}
