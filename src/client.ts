// The client: one call that checks its input, sends it once (or again only when DocuSign said
// it did not process it), and hands back either an envelope or one of the client's errors.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { specFacts } from '../generated/spec-facts.js';
import {
  type SpecValidator,
  validateAccountId,
  validateErrorEnvelope,
  validateSuccessEnvelope,
} from '../generated/validators.cjs';
import {
  ConnectAbortError,
  type ConnectClientError,
  ConnectContractError,
  ConnectInputError,
  ConnectNetworkError,
  ConnectTimeoutError,
  type InputProblem,
  type RedactedRequest,
  type RequestOutcome,
  type ResponseSummary,
} from './errors.js';
import { childPointer, describeValue, valueAt } from './pointer.js';
import { REDACTED, Redactor, secretsIn } from './redact.js';
import { backoffMs, DEFAULT_RETRY, retryAfterMs, type RetryOptions, type RetryPolicy, type RetryReason, sleep } from './retry.js';
import type { ConnectConfiguration, ErrorEnvelope, SuccessEnvelope } from './types.js';
import { type ConfigurationWarning, validateConfiguration, validateSerialized } from './validate.js';
import { VERSION } from './version.js';

// Checked against the generated paths, so a path changed in openapi.yaml fails the type check.
const CONNECT_PATH = '/v2.1/accounts/{accountId}/connect' satisfies keyof paths;
const DEFAULT_TIMEOUT_MS = 30_000;
const EXCERPT_LENGTH = 300;
/** An envelope is a few hundred bytes; anything near a megabyte is not an answer to read. */
const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;

/** Something in an answer that the contract does not expect but that does not change its meaning. */
export interface ContractWarning {
  /** `unknown-field`: an extra property; `undeclared-status`: a status openapi.yaml does not list; `missing-header`: a required header is absent; `content-type`: not JSON. */
  kind: 'unknown-field' | 'undeclared-status' | 'missing-header' | 'content-type';
  /** The HTTP status of the answer. */
  status: number;
  /** JSON pointer into the body, for unknown fields. */
  pointer?: string;
  message: string;
}

/** Reported before each retry. */
export interface RetryNotice {
  /** The attempt that is being retried (1 for the first request). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  reason: RetryReason;
  /** The status that asked for the retry, when there was an answer. */
  status?: number;
}

/** Options of createConnectClient. */
export interface ConnectClientOptions {
  /**
   * The REST base URL, such as `https://demo.docusign.net/restapi` (developer accounts) or your
   * account's `base_uri` followed by `/restapi` (production). `https://` only; plain `http://`
   * is accepted for loopback hosts (a local mock).
   */
  baseUrl: string;
  /** An OAuth access token, or a function giving one; a function is called for every request. */
  accessToken: string | (() => string | Promise<string>);
  /**
   * The fetch to use, called as the global fetch is: `fetch(url, init)`, with the body as a JSON
   * string in `init.body`. Defaults to the global fetch.
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Time allowed for each request, answer included. Default 30 000 ms. */
  timeoutMs?: number;
  /**
   * The most bytes of an answer the client reads (default 1 MiB). A longer body is cut off
   * unread and the call fails with a `contract` error, so memory stays bounded.
   */
  maxResponseBytes?: number;
  /** Your product token, put in front of the client's own User-Agent. */
  userAgent?: string;
  /** Retry settings, or false to send every request at most once. */
  retry?: RetryOptions | false;
  /** `strict` (default) checks every configuration before sending; `off` sends it unchecked. */
  validate?: 'strict' | 'off';
  /** openapi-fetch middleware. It runs before the client's own, so it never sees the token. */
  middleware?: Middleware[];
  /** Called with the warnings of a valid configuration before it is sent. */
  onValidationWarning?: (warnings: ConfigurationWarning[]) => void;
  /** Called when an answer has something the contract does not expect but can live with. */
  onContractWarning?: (warning: ContractWarning) => void;
  /** Called before each retry. */
  onRetry?: (notice: RetryNotice) => void;
}

/** Per-call options of createConfiguration. */
export interface CreateConfigurationOptions {
  /** Cancels the call; while waiting to retry, cancelling is safe (nothing was processed). */
  signal?: AbortSignal;
}

/** What every answer carries besides its envelope. */
export interface ResponseMeta {
  /** The HTTP status. */
  status: number;
  /** The response headers. */
  headers: Headers;
  /** Retry-After in seconds, when the answer had one. */
  retryAfter: number | undefined;
  /** How many requests were sent in this call. */
  attempts: number;
}

/** The configuration was created. */
export type CreateConfigurationSuccess = SuccessEnvelope & ResponseMeta & { outcome: 'created' };
/**
 * DocuSign answered with an error envelope. `rejected`: nothing was created (4xx, or a 503
 * that asked for a retry); `unknown`: a server failure after which a configuration may exist.
 */
export type CreateConfigurationFailure = ErrorEnvelope & ResponseMeta & { outcome: 'rejected' | 'unknown' };
/** The answer to createConfiguration, discriminated on `success`. */
export type CreateConfigurationResult = CreateConfigurationSuccess | CreateConfigurationFailure;

/** A client for the Connect configuration calls. */
export interface ConnectClient {
  /**
   * Creates a Connect configuration. Resolves to the success or error envelope; rejects with a
   * ConnectClientError for invalid input (nothing sent), network failures, timeouts, aborts and
   * answers that break the contract.
   */
  createConfiguration(
    accountId: string,
    configuration: ConnectConfiguration,
    options?: CreateConfigurationOptions,
  ): Promise<CreateConfigurationResult>;
}

/** A failure in the client's own request steps (token, path guard): nothing was sent. */
class NotSent extends Error {
  constructor(
    readonly problem: InputProblem,
    cause?: unknown,
  ) {
    super(problem.message, cause === undefined ? undefined : { cause });
  }
}

function optionsError(pointer: string, message: string, cause?: unknown): ConnectInputError {
  const problem: InputProblem = { location: 'options', pointer, rule: 'ConnectClientOptions', keyword: 'options', message };
  return new ConnectInputError(`Invalid client options: ${message}`, { problems: [problem], cause });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Checks baseUrl: an absolute https URL without credentials, query or fragment. */
function parseBaseUrl(value: unknown): URL {
  const hint = 'use https://demo.docusign.net/restapi for developer accounts, or your account\'s base_uri followed by /restapi';
  if (typeof value !== 'string' || value.trim() === '') throw optionsError('/baseUrl', `baseUrl is required: ${hint}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw optionsError('/baseUrl', `baseUrl is not an absolute URL: ${hint}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw optionsError('/baseUrl', 'baseUrl carries credentials (user:password@): remove them and pass the token as accessToken');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw optionsError('/baseUrl', `baseUrl must use https:// (plain http:// only for a local mock on 127.0.0.1 or localhost): ${hint}`);
  }
  if (url.search !== '' || url.hash !== '') throw optionsError('/baseUrl', 'baseUrl may not have a query or fragment: remove everything after the path');
  return url;
}

function retryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
  if (retry === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  if (retry === undefined) return DEFAULT_RETRY;
  if (retry === null || typeof retry !== 'object') throw optionsError('/retry', 'retry must be an object of retry settings, or false');
  const policy = { ...DEFAULT_RETRY };
  for (const key of Object.keys(DEFAULT_RETRY) as Array<keyof RetryPolicy>) {
    const value = retry[key];
    if (value === undefined) continue;
    const least = key === 'maxAttempts' ? 1 : 0;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < least || (key === 'maxAttempts' && !Number.isInteger(value))) {
      throw optionsError(`/retry/${key}`, `retry.${key} must be ${key === 'maxAttempts' ? 'a whole number of at least 1' : 'a number of milliseconds, 0 or more'}`);
    }
    policy[key] = value;
  }
  return policy;
}

/** Header values in a plain object, with credentials and secrets replaced. */
function headerRecord(headers: Headers, redactor: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = /^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(name)
      ? name.toLowerCase() === 'authorization' ? `Bearer ${REDACTED}` : REDACTED
      : redactor.text(value);
  });
  return out;
}

/** The start of a body, on one line, without secrets. */
function excerptOf(body: unknown, redactor: Redactor): string {
  let text: string;
  if (body === undefined || body === '') text = '';
  else if (typeof body === 'string') text = body;
  else {
    try {
      text = JSON.stringify(body) ?? '';
    } catch {
      text = String(body);
    }
  }
  const flat = redactor.text(text).replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/** Error codes that mean the connection was never made, so the request was not sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The first system error code in an error's cause chain (fetch wraps them in `cause`). */
function errorCode(error: unknown): string | undefined {
  let node = error;
  for (let depth = 0; depth < 6 && node !== null && typeof node === 'object'; depth++) {
    const code = (node as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const errors = (node as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const inner = errorCode(errors[0]);
      if (inner !== undefined) return inner;
    }
    node = (node as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Ajv's findings in a few words, for a contract error message. */
function describeFindings(validator: SpecValidator): string {
  return (validator.errors ?? [])
    .slice(0, 3)
    .map((error) => {
      const params = error.params as Record<string, unknown>;
      const where = error.instancePath || '/';
      if (error.keyword === 'required') return `${where} is missing ${String(params.missingProperty)}`;
      return `${where} ${error.message ?? error.keyword}`;
    })
    .join('; ');
}

/**
 * Checks an envelope, tolerating properties the contract does not list: they are reported and
 * left out of the value handed back, so that callers get exactly the documented shape.
 */
function checkEnvelope(validator: SpecValidator, body: unknown): { ok: true; value: unknown; extras: string[] } | { ok: false; reason: string } {
  if (validator(body)) return { ok: true, value: body, extras: [] };
  const errors = validator.errors ?? [];
  const extras = errors.filter((error) => error.keyword === 'additionalProperties');
  if (extras.length === 0) return { ok: false, reason: describeFindings(validator) };
  const trimmed = structuredClone(body) as Record<string, unknown>;
  const pointers: string[] = [];
  for (const error of extras) {
    const name = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    const node = valueAt(trimmed, error.instancePath);
    if (node !== null && typeof node === 'object') delete (node as Record<string, unknown>)[name];
    pointers.push(childPointer(error.instancePath, name));
  }
  if (!validator(trimmed)) return { ok: false, reason: describeFindings(validator) };
  return { ok: true, value: trimmed, extras: pointers };
}

/** Calls a hook of the caller; a failing hook must not turn a created configuration into an error. */
function callHook<T>(hook: ((payload: T) => void) | undefined, payload: T): void {
  if (hook === undefined) return;
  try {
    hook(payload);
  } catch {
    // Deliberately ignored: see above.
  }
}

/** An answer longer than maxResponseBytes; reading stopped at the limit. */
class ResponseTooLarge extends Error {
  constructor(
    readonly response: Response,
    readonly limit: number,
    /** The bytes read before stopping, for the excerpt. */
    readonly start: Uint8Array,
  ) {
    super(`the answer is larger than ${limit} bytes`);
  }
}

/**
 * Reads an answer's body, stopping once it passes `limit` bytes. The stream is cancelled at the
 * limit, which closes the connection instead of downloading the rest.
 */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array();
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => undefined);
    throw new ResponseTooLarge(response, limit, new Uint8Array());
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge(response, limit, concat(chunks, Math.min(size, 4096)));
    }
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : concat(chunks, size);
}

/** The first `size` bytes of the chunks, in one array. */
function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= size) break;
    const part = chunk.subarray(0, size - offset);
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * What openapi-fetch builds for a call when no caller middleware will look at it: the URL,
 * method and headers that the client's own steps read and fetch is given. A full Request would
 * also wrap the body in a stream that nothing reads, since fetch gets the body as text.
 */
class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body = null;
  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = new Headers(init.headers);
  }
}

/** Why the client aborted an attempt whose time was up. */
class TimedOut extends Error {
  constructor() {
    super('timeout');
  }
}

/**
 * What openapi-fetch gets in place of an answer the client has already read: no body, and a
 * Content-Length of 0, so that it does not try to read one.
 */
const UNREAD = (status: number) => new Response(null, { status, headers: { 'Content-Length': '0' } });

/** Answers are decoded as response.text() does: UTF-8, a leading byte order mark dropped. */
const utf8 = new TextDecoder();

type Attempt =
  | { type: 'answer'; response: Response; body: string; request: () => RedactedRequest }
  | { type: 'failure'; error: ConnectClientError; retry?: RetryReason };

/** Creates a client for `POST /v2.1/accounts/{accountId}/connect`. Throws ConnectInputError for bad options. */
export function createConnectClient(options: ConnectClientOptions): ConnectClient {
  if (options === null || typeof options !== 'object') {
    throw optionsError('', 'createConnectClient needs an options object with at least baseUrl and accessToken');
  }
  const base = parseBaseUrl(options.baseUrl);
  // '' for a bare host, '/restapi' for https://host/restapi/ and the like.
  const basePath = base.pathname.replace(/\/+$/, '');
  const { accessToken } = options;
  if (typeof accessToken !== 'function' && (typeof accessToken !== 'string' || accessToken.trim() === '')) {
    throw optionsError('/accessToken', 'accessToken is required: pass the OAuth access token, or a function that returns one');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw optionsError('/timeoutMs', 'timeoutMs must be a positive number of milliseconds');
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (typeof maxResponseBytes !== 'number' || !Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw optionsError('/maxResponseBytes', 'maxResponseBytes must be a whole number of bytes, at least 1');
  }
  if (options.validate !== undefined && options.validate !== 'strict' && options.validate !== 'off') {
    throw optionsError('/validate', 'validate must be "strict" or "off"');
  }
  if (options.userAgent !== undefined && (typeof options.userAgent !== 'string' || /[\r\n]/.test(options.userAgent))) {
    throw optionsError('/userAgent', 'userAgent must be a single-line string');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw optionsError('/fetch', 'fetch must be a function; this runtime has no global fetch');
  const policy = retryPolicy(options.retry);
  const userAgent = [options.userAgent?.trim(), `docusign-connect-client/${VERSION}`].filter(Boolean).join(' ');
  const strict = options.validate !== 'off';

  const client = createClient<paths>({
    baseUrl: `${base.origin}${basePath}`,
    redirect: 'manual',
    headers: { Accept: 'application/json' },
  });
  const userMiddleware = [...(options.middleware ?? [])];

  // A string token that passes the checks below passes them on every call: it is checked once.
  // (It is in every call's redactor from the start.)
  const checkedToken = typeof accessToken === 'string' && !/^bearer\s/i.test(accessToken) && !/\s/.test(accessToken) ? accessToken : undefined;

  async function resolveToken(redactor: Redactor): Promise<string> {
    const problem = (message: string, cause?: unknown) =>
      new NotSent({ location: 'options', pointer: '/accessToken', rule: 'accessToken', keyword: 'options', message }, cause);
    let token: unknown;
    try {
      token = typeof accessToken === 'function' ? await accessToken() : accessToken;
    } catch (cause) {
      throw problem('the accessToken function failed, so no request was sent: see cause', redactor.error(cause));
    }
    if (typeof token !== 'string' || token.trim() === '') {
      throw problem('accessToken gave no token: it must be (or return) the OAuth access token as a non-empty string');
    }
    redactor.add(token);
    if (/^bearer\s/i.test(token)) {
      redactor.add(token.replace(/^bearer\s+/i, ''));
      throw problem('accessToken starts with "Bearer ": pass the token alone; the client adds the scheme');
    }
    if (/\s/.test(token)) throw problem('accessToken contains spaces or line breaks: pass the token exactly as issued');
    return token;
  }

  async function createConfiguration(
    accountId: string,
    configuration: ConnectConfiguration,
    callOptions: CreateConfigurationOptions = {},
  ): Promise<CreateConfigurationResult> {
    const redactor = new Redactor();
    // Known from the start, so that even an input error about the account ID or the body can
    // never repeat it (a function's token is known only once it is called, just before sending).
    if (typeof accessToken === 'string') redactor.add(accessToken);
    const signal = callOptions?.signal;
    const inputError = (problems: InputProblem[], summary: string, cause?: unknown) =>
      new ConnectInputError(redactor.text(`${summary}:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`), {
        problems: problems.map((problem) => ({ ...problem, pointer: redactor.text(problem.pointer), rule: redactor.text(problem.rule), message: redactor.text(problem.message) })),
        cause,
      });

    // 1. The body, exactly as it will be sent: what is checked is what goes on the wire.
    let text: string | undefined;
    let givenSecrets: string[] = [];
    try {
      // Inside the try: a getter that throws must become an input error, not a crash.
      givenSecrets = secretsIn(configuration);
      redactor.add(...givenSecrets);
      text = JSON.stringify(configuration);
    } catch (cause) {
      // The engine's message can be as long as the data (a cycle through a huge property name
      // is quoted whole): secrets out first, then cut, so no piece of one survives the cut.
      const reason = describeValue(redactor.text(cause instanceof Error ? cause.message : String(cause)));
      throw inputError(
        [{ location: 'body', pointer: '', rule: 'JSON', keyword: 'json', message: `the configuration cannot be written as JSON (${reason}): pass plain data without cycles or BigInt values` }],
        'Configuration not sent',
        redactor.error(cause),
      );
    }
    const sent: unknown = text === undefined ? undefined : JSON.parse(text);
    const sentSecrets = secretsIn(sent);
    redactor.add(...sentSecrets);
    const redactedRequest = (url: string, headers: Record<string, string>): RedactedRequest => ({ method: 'POST', url, headers, body: redactor.value(sent) });

    // 2. The path (the account ID can only ever name one account) and the configuration,
    // reported together so that one run shows everything to fix.
    const problems: InputProblem[] = [];
    if (typeof accountId !== 'string' || !validateAccountId(accountId)) {
      // Redacted before it is shortened: a cut secret could no longer be recognised.
      const got = typeof accountId === 'string' ? describeValue(redactor.text(accountId)) : typeof accountId;
      problems.push({ location: 'path', pointer: '/accountId', rule: 'AccountId: pattern', keyword: 'pattern', message: `accountId is ${got}: use the account number (digits) or the account ID GUID, as returned by /oauth/userinfo` });
    }
    if (strict) {
      // `sent` is already the JSON that goes out: no need to write and read it a second time.
      // (A value JSON has no text for, such as a function, is described as what it is.)
      const report = text === undefined ? validateConfiguration(configuration) : validateSerialized(sent, [...givenSecrets, ...sentSecrets]);
      problems.push(...report.problems.map((problem) => ({ ...problem, location: 'body' as const })));
      if (problems.length === 0 && report.warnings.length > 0) callHook(options.onValidationWarning, report.warnings);
    } else if (sent === null || typeof sent !== 'object' || Array.isArray(sent)) {
      problems.push({ location: 'body', pointer: '', rule: 'ConnectConfiguration: type', keyword: 'type', message: 'the configuration must be a JSON object' });
    }
    if (problems.length > 0) throw inputError(problems, 'Nothing was sent; fix these problems');

    const expectedPath = `${basePath}${CONNECT_PATH.replace('{accountId}', accountId)}`;
    const expectedUrl = `${base.origin}${expectedPath}`;

    async function attempt(attempts: number): Promise<Attempt> {
      const state: {
        reachedFetch: boolean;
        url: string;
        headers: Headers | undefined;
        built: Request | undefined;
        handed: Response | undefined;
        /** The answer the client read, and its text; unset when a middleware answered instead of fetch. */
        answer: { response: Response; text: string } | undefined;
      } = { reachedFetch: false, url: expectedUrl, headers: undefined, built: undefined, handed: undefined, answer: undefined };
      // Only an error shows the request; a created configuration never needs it written out.
      const shownRequest = () => redactedRequest(state.url, state.headers === undefined ? {} : headerRecord(state.headers, redactor));
      const controller = new AbortController();
      // The timeout and the caller's signal must end the call even when an injected fetch, or
      // the Response it gives, ignores the signal: whatever aborts the request also rejects
      // `aborted`, which the call races against the request (the abandoned POST is left to
      // settle unseen). Called directly rather than through an abort listener, which costs more
      // than the rest of the attempt's set-up.
      let stop: (reason: unknown) => void = () => undefined;
      const aborted = new Promise<never>((_resolve, reject) => {
        stop = reject;
      });
      aborted.catch(() => undefined);
      const abort = (reason: unknown) => {
        controller.abort(reason);
        stop(reason);
      };
      // The reason is made only when the time is up: an Error records a stack, which costs more
      // than the rest of the timer set-up, on every call.
      const timer = setTimeout(() => abort(new TimedOut()), timeoutMs);
      const onAbort = () => abort(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      // With a caller's middleware, this step runs first before the request and so last after
      // the answer: it remembers the Request openapi-fetch built, whose body is `text`, and reads
      // an answer that the caller's middleware put in place of the one the client handed on.
      const firstStep: Middleware = {
        onRequest({ request }) {
          state.built = request;
          return undefined;
        },
        async onResponse({ response }) {
          if (response === state.handed) return undefined;
          state.answer = { response, text: utf8.decode(await readCapped(response, maxResponseBytes)) };
          return UNREAD(response.status);
        },
      };
      const finalStep: Middleware = {
        async onRequest({ request }) {
          // Without a caller's middleware, nothing came between openapi-fetch and this step.
          if (userMiddleware.length === 0) state.built = request;
          // Last before fetch: the URL must be the one Connect path of this account, on baseUrl.
          // (The URL built from baseUrl and the checked account ID is that one; any other is parsed.)
          const url = request.url === expectedUrl ? undefined : new URL(request.url);
          if (url !== undefined && (url.origin !== base.origin || url.pathname !== expectedPath || url.search !== '')) {
            throw new NotSent({
              location: 'path',
              pointer: '/accountId',
              rule: 'AccountId: pattern',
              keyword: 'path',
              message: `the request would have gone to ${url.origin}${url.pathname} instead of ${expectedUrl}; a middleware may have changed it`,
            });
          }
          const token = checkedToken ?? (await resolveToken(redactor));
          // A slow token function may outlast the timeout or the caller's signal: the call has
          // already ended, so nothing may be sent now.
          if (controller.signal.aborted) throw controller.signal.reason;
          request.headers.set('Authorization', `Bearer ${token}`);
          request.headers.set('User-Agent', userAgent);
          state.url = request.url;
          state.headers = request.headers;
          state.reachedFetch = true;
          return request;
        },
        // openapi-fetch hands this same Request to every onResponse and onError hook, the
        // caller's included; once it has been sent, the token in it is no longer needed.
        async onResponse({ request, response }) {
          request.headers.set('Authorization', `Bearer ${REDACTED}`);
          // First after fetch: the body is read here, within the limit, and within the timeout.
          // The client keeps the answer and its text; openapi-fetch's own reading is not used.
          const bytes = await readCapped(response, maxResponseBytes);
          state.answer = { response, text: utf8.decode(bytes) };
          if (userMiddleware.length === 0) return UNREAD(response.status);
          // A caller's middleware sees the answer with its body.
          state.handed = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
          return state.handed;
        },
        onError({ request }) {
          request.headers.set('Authorization', `Bearer ${REDACTED}`);
          return undefined;
        },
      };
      try {
        const post = client.POST(CONNECT_PATH, {
          params: { path: { accountId } },
          body: sent as ConnectConfiguration,
          bodySerializer: () => text,
          parseAs: 'text',
          // A caller's middleware gets a real Request, as openapi-fetch promises.
          ...(userMiddleware.length === 0 ? { Request: PlainRequest as unknown as typeof Request } : {}),
          middleware: userMiddleware.length === 0 ? [finalStep] : [firstStep, ...userMiddleware, finalStep],
          // The request goes out as fetch(url, init) with the JSON text already written, as a
          // hand-written call would send it: handing fetch the Request would make it build a
          // second one and stream the body through it. Only a Request that a middleware put in
          // place of the built one has its own body read.
          fetch: async (request: Request): Promise<Response> =>
            fetchImpl(request.url, {
              method: request.method,
              headers: request.headers,
              body: request === state.built ? (text ?? null) : request.body === null ? null : await request.text(),
              redirect: 'manual',
              signal: controller.signal,
            }),
        });
        post.catch(() => undefined);
        const result = await Promise.race([post, aborted]);
        if (state.answer !== undefined) return { type: 'answer', response: state.answer.response, body: state.answer.text, request: shownRequest };
        // A caller's middleware answered instead of fetch, and openapi-fetch read that answer:
        // its text, or for an error status the JSON it parsed from it.
        const { data, error } = result as { data?: unknown; error?: unknown };
        const read = result.response.ok ? data : error;
        const body = read === undefined ? '' : typeof read === 'string' ? read : JSON.stringify(read);
        return { type: 'answer', response: result.response, body, request: shownRequest };
      } catch (cause) {
        const details = {
          request: shownRequest(),
          attempts: state.reachedFetch ? attempts : attempts - 1,
          cause: redactor.error(cause),
        };
        const outcome: RequestOutcome = state.reachedFetch ? 'unknown' : 'not-sent';
        if (cause instanceof NotSent) {
          return { type: 'failure', error: inputError([cause.problem], 'Request not sent', redactor.error(cause.cause)) };
        }
        if (cause instanceof ResponseTooLarge) {
          const { status } = cause.response;
          const response: ResponseSummary = { status, headers: headerRecord(cause.response.headers, redactor), excerpt: excerptOf(new TextDecoder().decode(cause.start), redactor) };
          const message = `HTTP ${status} came with an answer larger than ${cause.limit} bytes (maxResponseBytes); an envelope is a few hundred, so the client stopped reading. The configuration may have been created: list the account's Connect configurations before creating it again.`;
          return { type: 'failure', error: new ConnectContractError(message, { request: details.request, response, attempts }) };
        }
        if (controller.signal.aborted && controller.signal.reason instanceof TimedOut) {
          const message = `No complete answer within ${timeoutMs} ms. ${outcome === 'unknown' ? 'The request may have been processed: list the account\'s Connect configurations before creating it again.' : 'Nothing was sent.'}`;
          return { type: 'failure', error: new ConnectTimeoutError(message, { ...details, outcome }) };
        }
        if (signal?.aborted) {
          const message = `The call was aborted. ${outcome === 'unknown' ? 'The request may have reached DocuSign: list the account\'s Connect configurations before creating it again.' : 'Nothing was sent.'}`;
          return { type: 'failure', error: new ConnectAbortError(message, { ...details, outcome }) };
        }
        if (!state.reachedFetch) {
          const reason = cause instanceof Error ? cause.message : String(cause);
          return { type: 'failure', error: new ConnectNetworkError(redactor.text(`A middleware failed before the request was sent (${reason}). Nothing was sent.`), { ...details, outcome }) };
        }
        const code = errorCode(cause);
        const notSent = code !== undefined && NOT_SENT_CODES.has(code);
        const reason = cause instanceof Error ? cause.message : String(cause);
        const message = notSent
          ? `Could not connect to ${base.origin} (${code}). Nothing was sent.`
          : `The connection failed (${code ?? reason}). The request may have been processed: list the account's Connect configurations before creating it again.`;
        const error = new ConnectNetworkError(redactor.text(message), { ...details, outcome: notSent ? 'not-sent' : 'unknown' });
        return code === 'ECONNREFUSED' ? { type: 'failure', error, retry: 'connection-refused' } : { type: 'failure', error };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    }

    /** Turns the final answer into a result, or a contract error. */
    function settle(response: Response, body: string, request: () => RedactedRequest, attempts: number): CreateConfigurationResult {
      const status = response.status;
      const fail = (message: string, cause?: unknown) =>
        new ConnectContractError(
          redactor.text(`${message} The configuration may have been created: list the account's Connect configurations before creating it again.`),
          {
            request: request(),
            response: { status, headers: headerRecord(response.headers, redactor), excerpt: excerptOf(body, redactor) },
            attempts,
            cause: redactor.error(cause),
          },
        );
      const warn = (warning: ContractWarning) => callHook(options.onContractWarning, redactor.value(warning));
      const retryAfterHeader = retryAfterMs(response.headers.get('retry-after'), Date.now());
      const retryAfter = retryAfterHeader === undefined ? undefined : Math.ceil(retryAfterHeader / 1000);

      if (status >= 300 && status < 400) {
        const location = response.headers.get('location');
        throw fail(`HTTP ${status}: the server redirected the request${location ? ` to ${excerptOf(location, redactor)}` : ''}, which the client does not follow for a create. Set baseUrl to the final host.`);
      }
      const declared = (specFacts.responses as Record<string, { requiredHeaders: readonly string[] } | undefined>)[String(status)];
      if (declared === undefined) {
        warn({ kind: 'undeclared-status', status, message: `HTTP ${status} is not a status openapi.yaml declares for this call` });
      }
      for (const header of declared?.requiredHeaders ?? []) {
        if (!response.headers.has(header)) warn({ kind: 'missing-header', status, message: `HTTP ${status} came without its required ${header} header` });
      }
      if (body === '') throw fail(`HTTP ${status} came with an empty body instead of the ${response.ok ? 'success' : 'error'} envelope.`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        const type = response.headers.get('content-type') ?? 'no content type';
        // Not JSON.parse's own error as the cause: V8 quotes the start of the body in its message,
        // possibly cutting a secret in two where no redaction can find it. The excerpt shows the body.
        const cause = new SyntaxError('the body is not valid JSON: response.excerpt shows how it starts');
        throw fail(`HTTP ${status} came with a body that is not JSON (${excerptOf(type, redactor)}), such as an HTML page from a proxy.`, cause);
      }
      // A JSON string where the envelope belongs: the envelope was written as JSON twice.
      if (typeof parsed === 'string' && !response.ok) throw fail(`HTTP ${status} came with a JSON string instead of the error envelope (double-encoded JSON).`);
      const contentType = response.headers.get('content-type') ?? '';
      if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
        warn({ kind: 'content-type', status, message: `HTTP ${status} is JSON but labelled ${contentType === '' ? 'with no content type' : excerptOf(contentType, redactor)}` });
      }
      // A server may echo what it was sent (a debug page, an error message quoting the body);
      // what the caller gets back carries no secret of this call either.
      const headers = new Headers();
      response.headers.forEach((value, name) => headers.append(name, redactor.text(value)));
      const meta = { status, headers, retryAfter, attempts };
      if (response.ok) {
        const checked = checkEnvelope(validateSuccessEnvelope, parsed);
        if (!checked.ok) {
          const isError = validateErrorEnvelope(parsed);
          throw fail(isError ? `HTTP ${status} carried an error envelope; a 2xx must carry the success envelope.` : `HTTP ${status} did not carry a valid success envelope: ${checked.reason}.`);
        }
        for (const pointer of checked.extras) warn({ kind: 'unknown-field', status, pointer, message: `the success envelope has a property the contract does not list: ${pointer}` });
        return { ...redactor.value(checked.value as SuccessEnvelope), ...meta, outcome: 'created' };
      }
      const checked = checkEnvelope(validateErrorEnvelope, parsed);
      if (!checked.ok) {
        throw fail(`HTTP ${status} did not carry a valid error envelope: ${checked.reason}.`);
      }
      for (const pointer of checked.extras) warn({ kind: 'unknown-field', status, pointer, message: `the error envelope has a property the contract does not list: ${pointer}` });
      const notProcessed = status < 500 || (status === 503 && retryAfterHeader !== undefined);
      return { ...redactor.value(checked.value as ErrorEnvelope), ...meta, outcome: notProcessed ? 'rejected' : 'unknown' };
    }

    if (signal?.aborted) {
      throw new ConnectAbortError('The call was aborted before anything was sent. Nothing was sent.', {
        outcome: 'not-sent',
        request: redactedRequest(expectedUrl, {}),
        cause: redactor.error(signal.reason),
      });
    }

    const started = Date.now();
    for (let attempts = 1; ; attempts++) {
      const result = await attempt(attempts);
      let reason: RetryReason | undefined;
      let serverDelay: number | undefined;
      if (result.type === 'answer') {
        serverDelay = retryAfterMs(result.response.headers.get('retry-after'), Date.now());
        if (result.response.status === 429) reason = 'rate-limited';
        else if (result.response.status === 503 && serverDelay !== undefined) reason = 'unavailable';
      } else {
        reason = result.retry;
      }
      if (reason !== undefined && attempts < policy.maxAttempts && (serverDelay === undefined || serverDelay <= policy.maxDelayMs)) {
        const delayMs = Math.min(backoffMs(policy, attempts, serverDelay, Math.random), Math.max(policy.maxDelayMs, serverDelay ?? 0));
        if (Date.now() - started + delayMs <= policy.maxElapsedMs) {
          callHook(options.onRetry, {
            attempt: attempts,
            delayMs,
            reason,
            ...(result.type === 'answer' ? { status: result.response.status } : {}),
          });
          try {
            await sleep(delayMs, signal);
          } catch (cause) {
            throw new ConnectAbortError('The call was aborted while waiting to retry. DocuSign had not processed the earlier attempts, so nothing was created.', {
              outcome: 'not-sent',
              request: redactedRequest(expectedUrl, {}),
              attempts,
              cause: redactor.error(cause),
            });
          }
          continue;
        }
      }
      if (result.type === 'failure') throw result.error;
      return settle(result.response, result.body, result.request, attempts);
    }
  }

  return { createConfiguration };
}
