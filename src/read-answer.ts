// Step 5 of a call: what every answer goes through before its wire reads it. A redirect, an
// empty body and a body that is not JSON are contract errors on either wire; an undeclared
// status, a missing required header and a JSON body labelled as something else are warnings.
// A refusal (a 4xx, or an answer that asked to be sent again) is the exception: its status
// already says that nothing was processed, so a body of the wrong shape cannot make the outcome
// unknown; it is a rejection with a contract warning.
import type { SpecValidator } from '../generated/validators.cjs';
import { type Call, callHook, contractError, excerptOf, responseSummary } from './call.js';
import type { ContractWarning, CreateConfigurationFailure, CreateConfigurationResult, ResponseMeta } from './client-types.js';
import type { ConnectContractError, RedactedRequest } from './errors.js';
import type { Redactor } from './redact.js';
import type { RetryHint, WireFormat } from './wire.js';

/** An answer as it came back from one attempt. */
export interface RawAnswer {
  response: Response;
  body: string;
  /** The request as an error shows it (written only when one needs it). */
  request: () => RedactedRequest;
  /** When the answer arrived (ms since the epoch). */
  receivedAt: number;
}

/** An answer that is JSON, ready for its wire to read. */
export interface ReadAnswer {
  status: number;
  ok: boolean;
  parsed: unknown;
  /** The response headers, with the call's secrets removed. */
  headers: Headers;
  receivedAt: number;
  attempts: number;
  /**
   * A contract error about this answer, ending in what to do about a configuration that may
   * exist; for a refusal, the Refusal that settleAnswer turns into a rejection.
   */
  fail(message: string, cause?: unknown): ConnectContractError | Refusal;
  /** Reports a contract warning to the caller's hook, secrets removed. */
  warn(warning: ContractWarning): void;
  /** The call's redactor's deep copy of a value: secret fields and secret texts replaced. */
  redact<T>(value: T): T;
  /** The same for a text. */
  redactText(text: string): string;
}

/** An answer whose status says nothing was processed, but whose body its wire cannot read. */
export class Refusal extends Error {}

/**
 * Whether an answer says by its status that nothing was processed: a 4xx (the server refused the
 * request), or an answer the wire would send again (a 503 with Retry-After on the envelope wire).
 */
function isRefusal(status: number, hint: RetryHint): boolean {
  return (status >= 400 && status < 500) || hint.reason !== undefined;
}

/** The result fields every answer carries, besides its body. */
export function metaOf(answer: Pick<ReadAnswer, 'status' | 'headers' | 'attempts'>, retryAfterMs: number | undefined): ResponseMeta {
  return {
    status: answer.status,
    headers: answer.headers,
    retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    attempts: answer.attempts,
  };
}

/** Ajv's findings in a few words, for a contract error message. */
export function describeFindings(validator: SpecValidator): string {
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

/** The response headers, with the call's secrets removed. */
function redactedHeaders(response: Response, redactor: Redactor): Headers {
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, redactor.text(value)));
  return headers;
}

/**
 * Reads what every answer must be on either wire; throws the contract error when it is not (a
 * Refusal instead when `refused`: the status says that nothing was processed).
 */
export function readAnswer(call: Call, raw: RawAnswer, attempts: number, wire: WireFormat, refused = false): ReadAnswer {
  const { redactor } = call;
  const { response, body } = raw;
  const status = response.status;
  const fail = (message: string, cause?: unknown) =>
    refused ? new Refusal(message) : contractError(call, message, { request: raw.request(), response: responseSummary(response, body, redactor), attempts, cause });
  const warn = (warning: ContractWarning) => callHook(call.settings.onContractWarning, redactor.value(warning));

  if (status >= 300 && status < 400) {
    const location = response.headers.get('location');
    throw fail(`HTTP ${status}: the server redirected the request${location ? ` to ${excerptOf(location, redactor)}` : ''}, which the client does not follow for a create. Set baseUrl to the final host.`);
  }
  // A status, or else its class (`2XX`), as OpenAPI declares ranges.
  const declared = wire.responses[String(status)] ?? wire.responses[`${Math.floor(status / 100)}XX`];
  if (declared === undefined) {
    warn({ kind: 'undeclared-status', status, message: `HTTP ${status} is not a status ${wire.document} declares for this call` });
  }
  for (const header of declared?.requiredHeaders ?? []) {
    if (!response.headers.has(header)) warn({ kind: 'missing-header', status, message: `HTTP ${status} came without its required ${header} header` });
  }
  const expected = response.ok ? wire.nouns.success : wire.nouns.error;
  if (body === '') throw fail(`HTTP ${status} came with an empty body instead of ${expected}.`);
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
  // A JSON string where the error body belongs: it was written as JSON twice.
  if (typeof parsed === 'string' && !response.ok) throw fail(`HTTP ${status} came with a JSON string instead of ${expected} (double-encoded JSON).`);
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType)) {
    warn({ kind: 'content-type', status, message: `HTTP ${status} is JSON but labelled ${contentType === '' ? 'with no content type' : excerptOf(contentType, redactor)}` });
  }
  return {
    status,
    ok: response.ok,
    parsed,
    // A server may echo what it was sent (a debug page, an error message quoting the body);
    // what the caller gets back carries no secret of this call either.
    headers: redactedHeaders(response, redactor),
    receivedAt: raw.receivedAt,
    attempts,
    fail,
    warn,
    redact: (value) => redactor.value(value),
    redactText: (text) => redactor.text(text),
  };
}

/**
 * Reads an answer and lets its wire settle it. A refusal whose body the wire cannot read is still
 * a rejection: the result's error.code is `HTTP_<status>`, its message says what was wrong with
 * the body (and how the body starts), and an `unreadable-error` contract warning reports it.
 */
export function settleAnswer(call: Call, raw: RawAnswer, attempts: number, wire: WireFormat, hint: RetryHint): CreateConfigurationResult {
  const status = raw.response.status;
  try {
    return wire.settle(readAnswer(call, raw, attempts, wire, isRefusal(status, hint)), hint);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { redactor } = call;
    callHook(call.settings.onContractWarning, redactor.value<ContractWarning>({ kind: 'unreadable-error', status, message: `${error.message} It is read as a refusal all the same; the result's error.code is HTTP_${status}` }));
    const start = excerptOf(raw.body, redactor, 200);
    const message = `${error.message} The status says the server refused the request, so nothing was processed.${start === '' ? '' : ` The body starts: ${start}`}`;
    const meta = metaOf({ status, headers: redactedHeaders(raw.response, redactor), attempts }, hint.delayMs);
    const failure: CreateConfigurationFailure = { success: false, error: { code: `HTTP_${status}`, message: redactor.text(message) }, ...meta, outcome: 'rejected' };
    return failure;
  }
}
