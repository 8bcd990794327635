// What one createConfiguration call carries from step to step, and the error factory bound to
// its secrets: every error and hook payload of the call is made here, so redaction is in one place.
import type { ClientSettings } from './client-options.js';
import { ConnectContractError, ConnectInputError, type InputProblem, type RedactedRequest, type ResponseSummary } from './errors.js';
import { REDACTED, type Redactor } from './redact.js';

const EXCERPT_LENGTH = 300;

/** One call, prepared: the body as sent, where it goes, and the secrets to keep out of everything. */
export interface Call {
  readonly settings: ClientSettings;
  readonly redactor: Redactor;
  readonly accountId: string;
  /** The JSON text that is sent; undefined when the value has none (refused before sending). */
  readonly text: string | undefined;
  /** The body as the server reads it: `text`, parsed back. */
  readonly sent: unknown;
  /** The one URL this call may send to. */
  readonly url: string;
  /** Its path, base path included. */
  readonly path: string;
  readonly signal: AbortSignal | undefined;
}

/** A failure in the client's own request steps (token, path guard): nothing was sent. */
export class NotSent extends Error {
  constructor(
    readonly problem: InputProblem,
    cause?: unknown,
  ) {
    super(problem.message, cause === undefined ? undefined : { cause });
  }
}

/** An input error listing every problem, with the call's secrets removed. */
export function inputError(redactor: Redactor, problems: readonly InputProblem[], summary: string, cause?: unknown): ConnectInputError {
  return new ConnectInputError(redactor.text(`${summary}:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`), {
    problems: problems.map((problem) => ({ ...problem, pointer: redactor.text(problem.pointer), rule: redactor.text(problem.rule), message: redactor.text(problem.message) })),
    cause,
  });
}

/** The request as an error shows it: the body with its secrets replaced. */
export function shownRequest(call: Pick<Call, 'redactor' | 'sent'>, url: string, headers: Record<string, string>): RedactedRequest {
  return { method: 'POST', url, headers, body: call.redactor.value(call.sent) };
}

/** Header values in a plain object, with credentials and secrets replaced. */
export function headerRecord(headers: Headers, redactor: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = /^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(name)
      ? name.toLowerCase() === 'authorization' ? `Bearer ${REDACTED}` : REDACTED
      : redactor.text(value);
  });
  return out;
}

/** The start of a body (or any text), on one line, without secrets, cut to `max` characters. */
export function excerptOf(body: unknown, redactor: Redactor, max = EXCERPT_LENGTH): string {
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
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What a contract error shows of an answer: status, headers and the start of the body. */
export function responseSummary(response: Response, body: string, redactor: Redactor): ResponseSummary {
  return { status: response.status, headers: headerRecord(response.headers, redactor), excerpt: excerptOf(body, redactor) };
}

/** Why a configuration may exist after an answer the client cannot read, and what to do. */
export const MAY_EXIST = 'The configuration may have been created: list the account\'s Connect configurations before creating it again.';

/** A contract error about an answer, with the call's secrets removed. */
export function contractError(
  call: Pick<Call, 'redactor'>,
  message: string,
  details: { request: RedactedRequest; response: ResponseSummary; attempts: number; cause?: unknown },
): ConnectContractError {
  return new ConnectContractError(call.redactor.text(`${message} ${MAY_EXIST}`), {
    request: details.request,
    response: details.response,
    attempts: details.attempts,
    cause: call.redactor.error(details.cause),
  });
}

/** Calls a hook of the caller; a failing hook must not turn a created configuration into an error. */
export function callHook<T>(hook: ((payload: T) => void) | undefined, payload: T): void {
  if (hook === undefined) return;
  try {
    hook(payload);
  } catch {
    // Deliberately ignored: see above.
  }
}

/**
 * The message of the deepest error in a cause chain: fetch's own says only "fetch failed", the
 * cause under it why (undici's "bad port", say).
 */
export function deepestMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  let node: unknown = error;
  for (let depth = 0; depth < 6 && node instanceof Error; depth++) {
    if (node.message !== '') message = node.message;
    node = node.cause;
  }
  return message;
}

/** The first system error code in an error's cause chain (fetch wraps them in `cause`). */
export function errorCode(error: unknown): string | undefined {
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
