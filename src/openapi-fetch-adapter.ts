// How the client sends through openapi-fetch: the plain request it builds when nobody else looks
// at it, the unread stand-in answer it hands back, and the middleware steps around the caller's.
// Everything openapi-fetch-specific is in this file.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { type Call, NotSent } from './call.js';
import { REDACTED } from './redact.js';
import { readCapped } from './read-capped.js';
import type { ConnectConfiguration } from './types.js';

/** The openapi-fetch client a ConnectClient sends with. */
export type ConnectFetchClient = Client<paths>;

/** An openapi-fetch client for the base URL, which never follows redirects. */
export function createFetchClient(base: URL, basePath: string): ConnectFetchClient {
  return createClient<paths>({
    baseUrl: `${base.origin}${basePath}`,
    redirect: 'manual',
    headers: { Accept: 'application/json' },
  });
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

/**
 * What openapi-fetch gets in place of an answer the client has already read: no body, and a
 * Content-Length of 0, so that it does not try to read one.
 */
const UNREAD = (status: number) => new Response(null, { status, headers: { 'Content-Length': '0' } });

/** Answers are decoded as response.text() does: UTF-8, a leading byte order mark dropped. */
const utf8 = new TextDecoder();

/** What one attempt learned on its way out and back; read by the send step when it fails. */
export interface AttemptState {
  /** Whether the request was handed to fetch (and so may have reached the server). */
  reachedFetch: boolean;
  /** The URL it went to. */
  url: string;
  /** The headers it went with, token included (shown only redacted). */
  headers: Headers | undefined;
  /** The Request openapi-fetch built, whose body is the call's text. */
  built: Request | undefined;
  /** The answer handed on to a caller's middleware. */
  handed: Response | undefined;
  /** The answer the client read, and its text; unset when a middleware answered instead of fetch. */
  answer: { response: Response; text: string } | undefined;
}

/** A fresh state for an attempt at `url`. */
export function attemptState(url: string): AttemptState {
  return { reachedFetch: false, url, headers: undefined, built: undefined, handed: undefined, answer: undefined };
}

/** What postOnce needs besides the call: the token step and the attempt's abort controller. */
export interface PostContext {
  client: ConnectFetchClient;
  state: AttemptState;
  controller: AbortController;
  /** The token for this request (step 2), asked for just before sending. */
  token: () => string | Promise<string>;
}

/**
 * With a caller's middleware, this step runs first before the request and so last after the
 * answer: it remembers the Request openapi-fetch built, whose body is the call's text, and reads
 * an answer that the caller's middleware put in place of the one the client handed on.
 */
function firstStep(state: AttemptState, maxResponseBytes: number): Middleware {
  return {
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
}

/** The last step before fetch and the first after it: the path guard, the token, the capped read. */
function finalStep(call: Call, context: PostContext): Middleware {
  const { state, controller } = context;
  const { settings } = call;
  const withCallerMiddleware = settings.middleware.length > 0;
  return {
    async onRequest({ request }) {
      // Without a caller's middleware, nothing came between openapi-fetch and this step.
      if (!withCallerMiddleware) state.built = request;
      // Last before fetch: the URL must be the one Connect path of this account, on baseUrl.
      // (The URL built from baseUrl and the checked account ID is that one; any other is parsed.)
      const url = request.url === call.url ? undefined : new URL(request.url);
      if (url !== undefined && (url.origin !== settings.base.origin || url.pathname !== call.path || url.search !== '')) {
        throw new NotSent({
          location: 'path',
          pointer: '/accountId',
          rule: 'AccountId: pattern',
          keyword: 'path',
          message: `the request would have gone to ${url.origin}${url.pathname} instead of ${call.url}; a middleware may have changed it`,
        });
      }
      const token = await context.token();
      // A slow token function may outlast the timeout or the caller's signal: the call has
      // already ended, so nothing may be sent now.
      if (controller.signal.aborted) throw controller.signal.reason;
      request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('User-Agent', settings.userAgent);
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
      const bytes = await readCapped(response, settings.maxResponseBytes);
      state.answer = { response, text: utf8.decode(bytes) };
      if (!withCallerMiddleware) return UNREAD(response.status);
      // A caller's middleware sees the answer with its body.
      state.handed = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return state.handed;
    },
    onError({ request }) {
      request.headers.set('Authorization', `Bearer ${REDACTED}`);
      return undefined;
    },
  };
}

/**
 * Sends the call's POST once through openapi-fetch and resolves to the answer and its text.
 * Rejects with whatever fetch or a middleware threw; the send step sorts that out.
 */
export async function postOnce(call: Call, context: PostContext): Promise<{ response: Response; text: string }> {
  const { state, controller } = context;
  const { settings } = call;
  const callerMiddleware = settings.middleware;
  const result = await context.client.POST('/v2.1/accounts/{accountId}/connect', {
    params: { path: { accountId: call.accountId } },
    body: call.sent as ConnectConfiguration,
    bodySerializer: () => call.text,
    parseAs: 'text',
    // A caller's middleware gets a real Request, as openapi-fetch promises.
    ...(callerMiddleware.length === 0 ? { Request: PlainRequest as unknown as typeof Request } : {}),
    middleware: callerMiddleware.length === 0
      ? [finalStep(call, context)]
      : [firstStep(state, settings.maxResponseBytes), ...callerMiddleware, finalStep(call, context)],
    // The request goes out as fetch(url, init) with the JSON text already written, as a
    // hand-written call would send it: handing fetch the Request would make it build a
    // second one and stream the body through it. Only a Request that a middleware put in
    // place of the built one has its own body read.
    fetch: async (request: Request): Promise<Response> =>
      settings.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request === state.built ? (call.text ?? null) : request.body === null ? null : await request.text(),
        redirect: 'manual',
        signal: controller.signal,
      }),
  });
  if (state.answer !== undefined) return state.answer;
  // A caller's middleware answered instead of fetch, and openapi-fetch read that answer: its
  // text, or for an error status the JSON it parsed from it.
  const { data, error } = result as { data?: unknown; error?: unknown };
  const read = result.response.ok ? data : error;
  return { response: result.response, text: read === undefined ? '' : typeof read === 'string' ? read : JSON.stringify(read) };
}
