// Step 4 of a call: send it once, within the deadline and the caller's signal, and read the
// answer within the byte limit. Whatever happens comes back as an answer or a typed failure.
import { type Call, errorCode, excerptOf, headerRecord, inputError, NotSent, shownRequest } from './call.js';
import {
  ConnectAbortError,
  ConnectClientError,
  ConnectContractError,
  ConnectNetworkError,
  ConnectTimeoutError,
  type RedactedRequest,
  type RequestOutcome,
} from './errors.js';
import { attemptState, type ConnectFetchClient, postOnce } from './openapi-fetch-adapter.js';
import type { RawAnswer } from './read-answer.js';
import { ResponseTooLarge } from './read-capped.js';
import type { RetryReason } from './retry.js';
import { resolveToken } from './token.js';

/** What one attempt gave: an answer with its text, or a failure (and whether it may be retried). */
export type Attempt =
  | ({ type: 'answer' } & RawAnswer)
  | { type: 'failure'; error: ConnectClientError; retry?: RetryReason };

/** Why the client aborted an attempt whose time was up. */
class TimedOut extends Error {
  constructor() {
    super('timeout');
  }
}

/** Error codes that mean the connection was never made, so the request was not sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Sends the call once. `token` is the checked string token, or undefined to ask the caller's
 * token function. The timeout and the caller's signal end the attempt even when an injected
 * fetch, or the Response it gives, ignores the signal: whatever aborts the request also rejects
 * a promise the attempt races against (the abandoned POST is left to settle unseen). It is
 * rejected directly rather than through an abort listener, which costs more than the rest of the
 * attempt's set-up.
 */
export async function sendOnce(call: Call, client: ConnectFetchClient, attempts: number, token: string | undefined): Promise<Attempt> {
  const { settings, redactor, signal } = call;
  const state = attemptState(call.url);
  // Only an error shows the request; a created configuration never needs it written out.
  const request = () => shownRequest(call, state.url, state.headers === undefined ? {} : headerRecord(state.headers, redactor));
  const controller = new AbortController();
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
  const timer = setTimeout(() => abort(new TimedOut()), settings.timeoutMs);
  const onAbort = () => abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const post = postOnce(call, { client, state, controller, token: () => token ?? resolveToken(settings.accessToken, redactor) });
    post.catch(() => undefined);
    const answer = await Promise.race([post, aborted]);
    return { type: 'answer', response: answer.response, body: answer.text, request, receivedAt: Date.now() };
  } catch (cause) {
    return { type: 'failure', ...failure(call, cause, { reachedFetch: state.reachedFetch, attempts, request, controller }) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Turns what an attempt threw into the client's typed error, and says whether it may be retried. */
function failure(
  call: Call,
  cause: unknown,
  context: { reachedFetch: boolean; attempts: number; request: () => RedactedRequest; controller: AbortController },
): { error: ConnectClientError; retry?: RetryReason } {
  const { redactor, settings, signal } = call;
  const { reachedFetch, attempts, controller } = context;
  // A typed error from the token step (a JWT Grant that failed) already says what to do.
  if (cause instanceof ConnectClientError) return { error: cause };
  if (cause instanceof NotSent) return { error: inputError(redactor, [cause.problem], 'Request not sent', redactor.error(cause.cause)) };
  const details = { request: context.request(), attempts: reachedFetch ? attempts : attempts - 1, cause: redactor.error(cause) };
  const outcome: RequestOutcome = reachedFetch ? 'unknown' : 'not-sent';
  if (cause instanceof ResponseTooLarge) {
    const { status } = cause.response;
    const response = { status, headers: headerRecord(cause.response.headers, redactor), excerpt: excerptOf(new TextDecoder().decode(cause.start), redactor) };
    const message = `HTTP ${status} came with an answer larger than ${cause.limit} bytes (maxResponseBytes); an envelope is a few hundred, so the client stopped reading. The configuration may have been created: list the account's Connect configurations before creating it again.`;
    return { error: new ConnectContractError(message, { request: details.request, response, attempts }) };
  }
  if (controller.signal.aborted && controller.signal.reason instanceof TimedOut) {
    const message = `No complete answer within ${settings.timeoutMs} ms. ${outcome === 'unknown' ? 'The request may have been processed: list the account\'s Connect configurations before creating it again.' : 'Nothing was sent.'}`;
    return { error: new ConnectTimeoutError(message, { ...details, outcome }) };
  }
  if (signal?.aborted) {
    const message = `The call was aborted. ${outcome === 'unknown' ? 'The request may have reached DocuSign: list the account\'s Connect configurations before creating it again.' : 'Nothing was sent.'}`;
    return { error: new ConnectAbortError(message, { ...details, outcome }) };
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  if (!reachedFetch) {
    return { error: new ConnectNetworkError(redactor.text(`A middleware failed before the request was sent (${reason}). Nothing was sent.`), { ...details, outcome }) };
  }
  const code = errorCode(cause);
  const notSent = code !== undefined && NOT_SENT_CODES.has(code);
  const message = notSent
    ? `Could not connect to ${settings.base.origin} (${code}). Nothing was sent.`
    : `The connection failed (${code ?? reason}). The request may have been processed: list the account's Connect configurations before creating it again.`;
  const error = new ConnectNetworkError(redactor.text(message), { ...details, outcome: notSent ? 'not-sent' : 'unknown' });
  return code === 'ECONNREFUSED' ? { error, retry: 'connection-refused' } : { error };
}
