// The one error family of the client: everything that is not a response envelope.
import type { ConfigurationProblem } from './validate.js';

/** What went wrong, for programs to branch on. */
export type ConnectErrorKind = 'invalid-input' | 'network' | 'timeout' | 'aborted' | 'contract' | 'auth';

/**
 * Whether the request may have reached DocuSign. `not-sent`: it certainly did not, so nothing
 * was created and sending again is safe. `unknown`: it may have, so a configuration may exist;
 * list the account's configurations before creating it again.
 */
export type RequestOutcome = 'not-sent' | 'unknown';

/** Where an input problem is: the path, the configuration body, or the client options. */
export type InputLocation = 'path' | 'body' | 'options';

/** A problem with the caller's input; body problems come from validateConfiguration. */
export interface InputProblem extends ConfigurationProblem {
  location: InputLocation;
}

/** The request as it was (or would have been) sent, with credentials and secrets replaced. */
export interface RedactedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** What came back, when something did: status, headers, and the start of the body. */
export interface ResponseSummary {
  status: number;
  headers: Record<string, string>;
  /** At most 300 characters of the body, whitespace collapsed, secrets removed. */
  excerpt: string;
}

interface ErrorDetails {
  outcome: RequestOutcome;
  request?: RedactedRequest | undefined;
  response?: ResponseSummary | undefined;
  problems?: readonly InputProblem[];
  attempts?: number;
  cause?: unknown;
}

/** Base class of every error the client throws. Secrets are removed before it is built. */
export class ConnectClientError extends Error {
  /** What went wrong. */
  readonly kind: ConnectErrorKind;
  /** Whether the request may have reached DocuSign (and so may have created something). */
  readonly outcome: RequestOutcome;
  /** The HTTP status, when a response came back. */
  readonly status: number | undefined;
  /** The request with the token and the configuration's secrets redacted. */
  readonly request: RedactedRequest | undefined;
  /** The response, when one came back. */
  readonly response: ResponseSummary | undefined;
  /** For invalid input: every problem found, each naming the field and the fix. */
  readonly problems: readonly InputProblem[];
  /** How many requests were sent before giving up (0 when none was). */
  readonly attempts: number;

  constructor(kind: ConnectErrorKind, message: string, details: ErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.kind = kind;
    this.outcome = details.outcome;
    this.status = details.response?.status;
    this.request = details.request;
    this.response = details.response;
    this.problems = details.problems ?? [];
    this.attempts = details.attempts ?? 0;
  }

  /** A plain, secret-free form for logs and JSON.stringify. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : undefined;
    return {
      name: this.name,
      kind: this.kind,
      outcome: this.outcome,
      message: this.message,
      status: this.status,
      attempts: this.attempts,
      request: this.request,
      response: this.response,
      problems: this.problems,
      cause,
    };
  }
}

/** The input was refused before anything was sent: fix what `problems` lists. */
export class ConnectInputError extends ConnectClientError {
  declare readonly kind: 'invalid-input';
  declare readonly outcome: 'not-sent';
  constructor(message: string, details: Omit<ErrorDetails, 'outcome'> & { problems: readonly InputProblem[] }) {
    super('invalid-input', message, { ...details, outcome: 'not-sent' });
  }
}

/**
 * The transport failed: the connection (refused, reset, DNS, TLS) or a middleware threw.
 * `outcome` says whether the request could have been delivered.
 */
export class ConnectNetworkError extends ConnectClientError {
  declare readonly kind: 'network';
  constructor(message: string, details: ErrorDetails) {
    super('network', message, details);
  }
}

/** No complete answer came within `timeoutMs`; the request may have been processed. */
export class ConnectTimeoutError extends ConnectClientError {
  declare readonly kind: 'timeout';
  constructor(message: string, details: ErrorDetails) {
    super('timeout', message, details);
  }
}

/** The caller's AbortSignal fired. */
export class ConnectAbortError extends ConnectClientError {
  declare readonly kind: 'aborted';
  constructor(message: string, details: ErrorDetails) {
    super('aborted', message, details);
  }
}

/**
 * The answer broke the contract in openapi.yaml: not JSON (an HTML page from a proxy), an
 * envelope missing a required field, a 2xx that is not the success envelope, a redirect.
 */
export class ConnectContractError extends ConnectClientError {
  declare readonly kind: 'contract';
  declare readonly outcome: 'unknown';
  constructor(message: string, details: Omit<ErrorDetails, 'outcome'>) {
    super('contract', message, { ...details, outcome: 'unknown' });
  }
}

/** What a ConnectAuthError carries besides its message. */
interface AuthErrorDetails {
  code: string;
  description?: string | undefined;
  request?: RedactedRequest | undefined;
  response?: ResponseSummary | undefined;
  attempts?: number;
  cause?: unknown;
}

/**
 * Getting an access token or the account's base URL failed, so no create was sent. `code` is
 * the OAuth `error` DocuSign answered (`consent_required`, `invalid_grant`, `issuer_not_found`,
 * ...), or one of the client's own: `HTTP_<status>` (an answer without an OAuth error),
 * `not-json`, `malformed-response`, `too-large`, `network`, `timeout` or `account-not-found`.
 */
export class ConnectAuthError extends ConnectClientError {
  declare readonly kind: 'auth';
  declare readonly outcome: 'not-sent';
  /** The OAuth `error`, or the client's own code for what went wrong. */
  readonly code: string;
  /** The OAuth `error_description`, when DocuSign gave one. */
  readonly description: string | undefined;
  constructor(message: string, details: AuthErrorDetails) {
    const { code, description, ...rest } = details;
    super('auth', message, { ...rest, outcome: 'not-sent' });
    this.code = code;
    this.description = description;
  }

  /** A plain, secret-free form for logs and JSON.stringify. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), code: this.code, description: this.description };
  }
}

/**
 * DocuSign has no consent for this integration key to act as this user. Open `consentUrl` once,
 * signed in as the user (or grant consent for the organisation as an administrator), then retry.
 */
export class ConsentRequiredError extends ConnectAuthError {
  /** The page where the user grants the integration key its scopes, impersonation included. */
  readonly consentUrl: string;
  constructor(message: string, details: AuthErrorDetails & { consentUrl: string }) {
    const { consentUrl, ...rest } = details;
    super(message, rest);
    this.consentUrl = consentUrl;
  }

  /** A plain, secret-free form for logs and JSON.stringify. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), consentUrl: this.consentUrl };
  }
}
