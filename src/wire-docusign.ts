// The DocuSign wire: answers are DocuSign's own bodies, as openapi.docusign.yaml describes them.
// A 2xx carries the stored configuration (`connectCustomConfiguration`, whose `connectId` names
// it) and an error carries `errorDetails`. Both are open: DocuSign adds fields over time, so an
// unknown field is kept and a known field of another type is only a warning, as long as the
// answer still says what happened.
import { docusignSpecFacts } from '../generated/spec-facts.js';
import { type SpecValidator, validateConnectCustomConfiguration, validateErrorDetails } from '../generated/validators.cjs';
import type { ContractWarning, CreateConfigurationResult } from './client-types.js';
import { metaOf, type ReadAnswer } from './read-answer.js';
import { retryAfterMs } from './retry.js';
import type { DocuSignConfiguration, DocuSignErrorDetails } from './types.js';
import type { RetryHint, WireFormat } from './wire.js';

/**
 * DocuSign's rate-limit codes (openapi.docusign.yaml, `x-rate-limit-error-codes`), upper-cased,
 * with the limit each names: the account's hourly limit or the 30-second burst limit. They come
 * with 429, or with 400 before DocuSign's 2026 change; the code is compared without regard to
 * case and the message never (DocuSign rewords its messages).
 */
const RATE_LIMITS = new Map<string, string>(docusignSpecFacts.rateLimitErrorCodes.map(({ errorCode, limit }) => [errorCode.toUpperCase(), limit]));
/** The burst window is 30 seconds, and DocuSign sends no header that says when it ends. */
const BURST_WINDOW_MS = 30_000;
/** The most warnings one answer reports: a body of a thousand wrong fields is one problem. */
const MOST_WARNINGS = 20;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The JSON type of a value, as a message names it. */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Which limit an error body's code names (`hourly` or `burst`), when it is a rate-limit code. */
function rateLimitCode(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const code = isObject(parsed) && typeof parsed.errorCode === 'string' ? parsed.errorCode.toUpperCase() : undefined;
  return code === undefined ? undefined : RATE_LIMITS.get(code);
}

/** X-RateLimit-Reset (Unix seconds) as milliseconds from `now`. */
function resetMs(header: string | null, now: number): number | undefined {
  const text = header?.trim() ?? '';
  if (!/^\d{1,12}$/.test(text)) return undefined;
  return Math.max(0, Number(text) * 1000 - now);
}

/** Milliseconds to the next top of the hour: DocuSign's hourly window is the clock hour. */
function toNextHourMs(now: number): number {
  return 3_600_000 - (now % 3_600_000);
}

/**
 * A rate limit (429, or 400 with a rate-limit code) says nothing was created, so it may be sent
 * again; nothing else on this wire may (a 503 may follow a create DocuSign completed). The wait:
 * Retry-After; else for the hourly limit X-RateLimit-Reset less now, or the next top of the hour
 * without it; for the burst limit 30 s (X-RateLimit-Reset times the hourly window, not the burst).
 */
function retryHint(response: Response, body: string, now: number): RetryHint {
  const { status } = response;
  const code = status === 429 || status === 400 ? rateLimitCode(body) : undefined;
  if (status !== 429 && code === undefined) return { reason: undefined, delayMs: undefined };
  const asked = retryAfterMs(response.headers.get('retry-after'), now);
  if (asked !== undefined) return { reason: 'rate-limited', delayMs: asked };
  if (code === 'burst') return { reason: 'rate-limited', delayMs: BURST_WINDOW_MS };
  const reset = resetMs(response.headers.get('x-ratelimit-reset'), now);
  if (reset !== undefined) return { reason: 'rate-limited', delayMs: reset };
  return { reason: 'rate-limited', delayMs: code === 'hourly' ? toNextHourMs(now) : undefined };
}

/** Reports each finding of a validator as a warning about a field of another type than documented. */
function warnFindings(answer: ReadAnswer, validator: SpecValidator, what: string, skip: ReadonlySet<string>): void {
  const seen = new Set<string>(skip);
  for (const error of validator.errors ?? []) {
    const pointer = error.instancePath || '/';
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    if (seen.size - skip.size > MOST_WARNINGS) break;
    const warning: ContractWarning = { kind: 'invalid-field', status: answer.status, pointer, message: `${what} at ${pointer} ${error.message ?? error.keyword}, which is not how DocuSign documents it` };
    answer.warn(warning);
  }
}

/** `created_at` for a DocuSign answer: its Date header as RFC 3339 UTC, or when it arrived. */
function createdAt(answer: ReadAnswer): string {
  const header = answer.headers.get('date');
  const date = header !== null && /[a-z]/i.test(header) ? Date.parse(header) : Number.NaN;
  return new Date(Number.isNaN(date) ? answer.receivedAt : date).toISOString();
}

function settleCreated(answer: ReadAnswer, meta: ReturnType<typeof metaOf>): CreateConfigurationResult {
  const { status, parsed } = answer;
  if (!isObject(parsed)) throw answer.fail(`HTTP ${status} came with a JSON ${jsonType(parsed)} instead of DocuSign's connectCustomConfiguration.`);
  const connectId = parsed.connectId;
  if (typeof connectId !== 'string' || connectId.trim() === '') {
    const why = typeof parsed.errorCode === 'string'
      ? `carried DocuSign's errorDetails (errorCode ${answer.redactText(parsed.errorCode)}) where a 2xx carries the new configuration`
      : connectId === undefined
        ? 'came without connectId, the ID DocuSign gives the new configuration'
        : `came with connectId as a ${typeof connectId === 'string' ? 'blank string' : jsonType(connectId)}; DocuSign sends it as a non-empty string`;
    throw answer.fail(`HTTP ${status} ${why}.`);
  }
  if (!validateConnectCustomConfiguration(parsed)) warnFindings(answer, validateConnectCustomConfiguration, 'the configuration DocuSign answered with', new Set());
  return {
    success: true,
    data: { id: connectId, created_at: createdAt(answer) },
    ...meta,
    outcome: 'created',
    docusign: answer.redact(parsed) as DocuSignConfiguration,
  };
}

function settleError(answer: ReadAnswer, meta: ReturnType<typeof metaOf>): CreateConfigurationResult {
  const { status, parsed } = answer;
  if (!isObject(parsed)) throw answer.fail(`HTTP ${status} came with a JSON ${jsonType(parsed)} instead of DocuSign's errorDetails.`);
  const given = parsed.errorCode;
  const hasCode = typeof given === 'string' && given.trim() !== '';
  if (!hasCode) {
    answer.warn({
      kind: given === undefined ? 'missing-field' : 'invalid-field',
      status,
      pointer: '/errorCode',
      message: `HTTP ${status} came ${given === undefined ? 'without an errorCode' : `with errorCode as a ${typeof given === 'string' ? 'blank string' : jsonType(given)}`}; the result's error.code is HTTP_${status}`,
    });
  }
  if (!validateErrorDetails(parsed)) warnFindings(answer, validateErrorDetails, 'DocuSign\'s errorDetails', new Set(['/errorCode']));
  const message = typeof parsed.message === 'string' && parsed.message.trim() !== '' ? parsed.message : `DocuSign answered HTTP ${status} without a message`;
  return {
    success: false,
    error: { code: hasCode ? answer.redactText(given) : `HTTP_${status}`, message: answer.redactText(message) },
    ...meta,
    // A 4xx (a rate limit included) means DocuSign refused the request; after a 5xx the
    // configuration may exist.
    outcome: status < 500 ? 'rejected' : 'unknown',
    docusign: answer.redact(parsed) as DocuSignErrorDetails,
  };
}

/** DocuSign's own answers (openapi.docusign.yaml). */
export const docusignWire: WireFormat = {
  name: 'docusign',
  document: 'openapi.docusign.yaml',
  responses: docusignSpecFacts.responses,
  nouns: { success: 'DocuSign\'s connectCustomConfiguration', error: 'DocuSign\'s errorDetails' },
  retryHint,
  settle(answer, hint) {
    const meta = metaOf(answer, hint.delayMs);
    return answer.ok ? settleCreated(answer, meta) : settleError(answer, meta);
  },
};
