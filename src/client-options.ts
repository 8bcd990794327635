// Step 1 of a call, done once per client: the options, checked and with every default filled in.
import type { Middleware } from 'openapi-fetch';
import type { ConnectClientOptions, ContractWarning, RetryNotice, Wire } from './client-types.js';
import { ConnectInputError, type InputProblem } from './errors.js';
import { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from './retry.js';
import type { ConfigurationWarning } from './validate.js';
import { VERSION } from './version.js';

const DEFAULT_TIMEOUT_MS = 30_000;
/** An answer is a few hundred bytes (DocuSign's echo of a configuration a few kB); a megabyte is not one. */
const DEFAULT_MAX_RESPONSE_BYTES = 1_048_576;

/** The client's options in force. */
export interface ClientSettings {
  /** baseUrl, parsed. */
  base: URL;
  /** '' for a bare host, '/restapi' for https://host/restapi/ and the like. */
  basePath: string;
  accessToken: string | (() => string | Promise<string>);
  wire: Wire;
  timeoutMs: number;
  maxResponseBytes: number;
  strict: boolean;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  policy: RetryPolicy;
  userAgent: string;
  middleware: Middleware[];
  onValidationWarning: ((warnings: ConfigurationWarning[]) => void) | undefined;
  onContractWarning: ((warning: ContractWarning) => void) | undefined;
  onRetry: ((notice: RetryNotice) => void) | undefined;
}

/**
 * An input error about the options of `rule` (an options type, such as
 * `JwtTokenProviderOptions`), naming the option and the fix; `label` names them in the message.
 */
export function invalidOptions(rule: string, pointer: string, message: string, cause?: unknown, label = rule): ConnectInputError {
  const problem: InputProblem = { location: 'options', pointer, rule, keyword: 'options', message };
  return new ConnectInputError(`Invalid ${label}: ${message}`, { problems: [problem], cause });
}

/** An input error about the client's options, naming the option and the fix. */
export function optionsError(pointer: string, message: string, cause?: unknown): ConnectInputError {
  return invalidOptions('ConnectClientOptions', pointer, message, cause, 'client options');
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether plain http:// may be used for this URL: only to a host on this machine. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/** Checks baseUrl: an absolute https URL without credentials, query or fragment. */
export function parseBaseUrl(value: unknown): URL {
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
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw optionsError('/baseUrl', `baseUrl must use https:// (plain http:// only for a local mock on 127.0.0.1 or localhost): ${hint}`);
  }
  if (url.search !== '' || url.hash !== '') throw optionsError('/baseUrl', 'baseUrl may not have a query or fragment: remove everything after the path');
  return url;
}

/** The wire a base URL gets without a `wire` option: DocuSign's own answers from its REST hosts. */
export function defaultWire(base: URL): Wire {
  return base.protocol === 'https:' && /(^|\.)docusign\.net$/i.test(base.hostname) ? 'docusign' : 'envelope';
}

function parseWire(value: unknown, base: URL): Wire {
  if (value === undefined) return defaultWire(base);
  if (value === 'envelope' || value === 'docusign') return value;
  throw optionsError('/wire', 'wire must be "envelope" (this project\'s envelopes) or "docusign" (DocuSign\'s own answers), or left out to choose by host');
}

/** The retry settings in force; each given one must be a sensible number. */
export function retryPolicy(retry: RetryOptions | false | undefined): RetryPolicy {
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

/** Checks every option and fills in the defaults; throws ConnectInputError naming the option. */
export function resolveOptions(options: ConnectClientOptions): ClientSettings {
  if (options === null || typeof options !== 'object') {
    throw optionsError('', 'createConnectClient needs an options object with at least baseUrl and accessToken');
  }
  const base = parseBaseUrl(options.baseUrl);
  const { accessToken } = options;
  if (typeof accessToken !== 'function' && (typeof accessToken !== 'string' || accessToken.trim() === '')) {
    throw optionsError('/accessToken', 'accessToken is required: pass the OAuth access token, or a function that returns one');
  }
  const wire = parseWire(options.wire, base);
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
  return {
    base,
    basePath: base.pathname.replace(/\/+$/, ''),
    accessToken,
    wire,
    timeoutMs,
    maxResponseBytes,
    strict: options.validate !== 'off',
    fetch: fetchImpl,
    policy: retryPolicy(options.retry),
    userAgent: [options.userAgent?.trim(), `docusign-connect-client/${VERSION}`].filter(Boolean).join(' '),
    middleware: [...(options.middleware ?? [])],
    onValidationWarning: options.onValidationWarning,
    onContractWarning: options.onContractWarning,
    onRetry: options.onRetry,
  };
}
