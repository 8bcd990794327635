// The client's public types: what a call takes and what it resolves to, on either wire.
import type { Middleware } from 'openapi-fetch';
import type { RetryOptions, RetryReason } from './retry.js';
import type { ConnectConfiguration, DocuSignConfiguration, DocuSignErrorDetails, ErrorEnvelope, SuccessEnvelope } from './types.js';
import type { ConfigurationWarning } from './validate.js';

/**
 * How the server answers. `envelope`: this project's `{"success": ...}` envelopes
 * (openapi.yaml). `docusign`: DocuSign's own bodies, `connectCustomConfiguration` and
 * `errorDetails` (openapi.docusign.yaml).
 */
export type Wire = 'envelope' | 'docusign';

/** Something in an answer that the contract does not expect but that does not change its meaning. */
export interface ContractWarning {
  /**
   * `unknown-field`: an extra property; `undeclared-status`: a status the spec does not list;
   * `missing-header`: a required header is absent; `content-type`: not JSON; `invalid-field`:
   * a known field of DocuSign's answer has another type than DocuSign documents;
   * `missing-field`: DocuSign's error answer has no `errorCode`; `unreadable-error`: a refusal
   * (a 4xx, or an answer that asked for a retry) whose body is not the wire's error body, still
   * resolved as `rejected`, with `error.code` `HTTP_<status>`.
   */
  kind: 'unknown-field' | 'undeclared-status' | 'missing-header' | 'content-type' | 'invalid-field' | 'missing-field' | 'unreadable-error';
  /** The HTTP status of the answer. */
  status: number;
  /** JSON pointer into the body, for unknown, invalid and missing fields. */
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
   * account's `base_uri` followed by `/restapi` (production; `discoverAccount` finds it).
   * `https://` only; plain `http://` is accepted for loopback hosts (a local mock).
   */
  baseUrl: string;
  /**
   * An OAuth access token, or a function giving one (such as `createJwtTokenProvider(...)`);
   * a function is called for every request.
   */
  accessToken: string | (() => string | Promise<string>);
  /**
   * Which answers to expect. Without it, DocuSign REST hosts (`https://*.docusign.net`) get
   * `docusign` and every other host `envelope`. The request is the same on both wires.
   */
  wire?: Wire;
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
  /**
   * Seconds to wait before sending again, when the answer said: `Retry-After`, or on the
   * DocuSign wire for a rate limit, `X-RateLimit-Reset` less now (30 s for a burst limit).
   */
  retryAfter: number | undefined;
  /** How many requests were sent in this call. */
  attempts: number;
}

/**
 * The configuration was created. On the DocuSign wire `data.id` is DocuSign's `connectId`,
 * `data.created_at` is the answer's `Date` header as RFC 3339 UTC (or, without one, the time
 * the answer arrived), and `docusign` is DocuSign's own body with the token and the
 * configuration's secrets removed.
 */
export type CreateConfigurationSuccess = SuccessEnvelope & ResponseMeta & { outcome: 'created'; docusign?: DocuSignConfiguration };
/**
 * The server answered with an error. `rejected`: nothing was created (4xx, or a 503 that asked
 * for a retry on the envelope wire), whatever the body; `unknown`: a server failure after which a
 * configuration may exist. On the DocuSign wire `error.code` is DocuSign's `errorCode`
 * (`HTTP_<status>` when it sent none) and `docusign` is its `errorDetails` body. A rejection whose
 * body is not the wire's error body has `error.code` `HTTP_<status>` (an `unreadable-error`
 * contract warning says why).
 */
export type CreateConfigurationFailure = ErrorEnvelope & ResponseMeta & { outcome: 'rejected' | 'unknown'; docusign?: DocuSignErrorDetails };
/** The answer to createConfiguration, discriminated on `success`. */
export type CreateConfigurationResult = CreateConfigurationSuccess | CreateConfigurationFailure;

/** A client for the Connect configuration calls. */
export interface ConnectClient {
  /**
   * Creates a Connect configuration. Resolves to the success or error result; rejects with a
   * ConnectClientError for invalid input (nothing sent), network failures, timeouts, aborts and
   * answers that break the contract.
   */
  createConfiguration(
    accountId: string,
    configuration: ConnectConfiguration,
    options?: CreateConfigurationOptions,
  ): Promise<CreateConfigurationResult>;
}
