// Step 4 of a call: send it once, within the deadline and the caller's signal, and read the
// answer within the byte limit. Whatever happens comes back as an answer or a typed failure.
import { type Call, deepestMessage, errorCode, excerptOf, headerRecord, inputError, NotSent, shownRequest } from './call.js';
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

/**
 * Error codes that mean the connection was never made, so the request was not sent: no address,
 * no listener, or a TLS session that never came up. A certificate is checked once the handshake
 * ends and before fetch writes a byte of the request.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * OpenSSL's codes for a handshake the client could not even start or agree on: the server does
 * not speak TLS on that port (a plain-HTTP server answers the ClientHello with `HTTP/1.1 400`,
 * which reads as a record of the wrong version or length), or it refused every version the client
 * offers. Only codes raised before the handshake ends are listed: a TLS error on a session that
 * was up (a bad record MAC, an alert after a TLS 1.3 client already sent its request, EPROTO on a
 * write) may come after the request went out, so it stays unknown.
 */
const HANDSHAKE_CODES = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_SSL_PACKET_LENGTH_TOO_LONG', 'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_UNSUPPORTED_PROTOCOL', 'ERR_SSL_NO_PROTOCOLS_AVAILABLE', 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
]);

/**
 * Fetch's refusal of a port of another protocol (the Fetch standard's "bad port" list: 1, 25,
 * 6000 ...): undici gives no code, only this message on the cause, and opens no connection.
 */
function isBadPort(cause: unknown): boolean {
  return cause instanceof TypeError && deepestMessage(cause) === 'bad port';
}

/** What says the connection was never made (a code and, where it helps, why), or undefined when it may have been. */
function notSentReason(cause: unknown, code: string | undefined, base: URL): { code: string; why?: string } | undefined {
  if (isBadPort(cause)) return { code: 'bad port', why: `fetch does not connect to port ${base.port}, which the Fetch standard reserves for other protocols; use the server's HTTP(S) port` };
  if (code === undefined) return undefined;
  if (HANDSHAKE_CODES.has(code)) {
    const plain = code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' || code === 'ERR_SSL_UNKNOWN_PROTOCOL';
    return { code, why: `the TLS handshake failed${plain ? ', as it does when the server speaks plain HTTP on that port (a local mock takes http://)' : ''}` };
  }
  return NOT_SENT_CODES.has(code) ? { code } : undefined;
}

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
  const notSent = notSentReason(cause, code, settings.base);
  const message = notSent !== undefined
    ? `Could not connect to ${settings.base.origin} (${notSent.code})${notSent.why === undefined ? '' : `: ${notSent.why}`}. Nothing was sent.`
    : `The connection failed (${code ?? reason}). The request may have been processed: list the account's Connect configurations before creating it again.`;
  const error = new ConnectNetworkError(redactor.text(message), { ...details, outcome: notSent !== undefined ? 'not-sent' : 'unknown' });
  // Only a refused connection may heal by itself (a server restarting); a bad port, a TLS
  // mismatch or a bad certificate will not, so sending again would only repeat the failure.
  return code === 'ECONNREFUSED' ? { error, retry: 'connection-refused' } : { error };
}
