// The envelope wire: answers are this project's `{"success": true, "data": ...}` and
// `{"success": false, "error": ...}` envelopes, as openapi.yaml describes them.
import { specFacts } from '../generated/spec-facts.js';
import { type SpecValidator, validateErrorEnvelope, validateSuccessEnvelope } from '../generated/validators.cjs';
import type { CreateConfigurationResult } from './client-types.js';
import { childPointer, valueAt } from './pointer.js';
import { describeFindings, metaOf, type ReadAnswer } from './read-answer.js';
import { retryAfterMs } from './retry.js';
import type { ErrorEnvelope, SuccessEnvelope } from './types.js';
import type { RetryHint, WireFormat } from './wire.js';

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

/** 429, and 503 with Retry-After, say the request was not processed; Retry-After says how long to wait. */
function retryHint(response: Response, _body: string, now: number): RetryHint {
  const delayMs = retryAfterMs(response.headers.get('retry-after'), now);
  if (response.status === 429) return { reason: 'rate-limited', delayMs };
  if (response.status === 503 && delayMs !== undefined) return { reason: 'unavailable', delayMs };
  return { reason: undefined, delayMs };
}

function settle(answer: ReadAnswer, hint: RetryHint): CreateConfigurationResult {
  const { status, parsed } = answer;
  const meta = metaOf(answer, hint.delayMs);
  if (answer.ok) {
    const checked = checkEnvelope(validateSuccessEnvelope, parsed);
    if (!checked.ok) {
      const isError = validateErrorEnvelope(parsed);
      throw answer.fail(isError ? `HTTP ${status} carried an error envelope; a 2xx must carry the success envelope.` : `HTTP ${status} did not carry a valid success envelope: ${checked.reason}.`);
    }
    for (const pointer of checked.extras) answer.warn({ kind: 'unknown-field', status, pointer, message: `the success envelope has a property the contract does not list: ${pointer}` });
    return { ...answer.redact(checked.value as SuccessEnvelope), ...meta, outcome: 'created' };
  }
  const checked = checkEnvelope(validateErrorEnvelope, parsed);
  if (!checked.ok) throw answer.fail(`HTTP ${status} did not carry a valid error envelope: ${checked.reason}.`);
  for (const pointer of checked.extras) answer.warn({ kind: 'unknown-field', status, pointer, message: `the error envelope has a property the contract does not list: ${pointer}` });
  const notProcessed = status < 500 || (status === 503 && hint.delayMs !== undefined);
  return { ...answer.redact(checked.value as ErrorEnvelope), ...meta, outcome: notProcessed ? 'rejected' : 'unknown' };
}

/** This project's envelopes (openapi.yaml). */
export const envelopeWire: WireFormat = {
  name: 'envelope',
  document: 'openapi.yaml',
  responses: specFacts.responses,
  nouns: { success: 'the success envelope', error: 'the error envelope' },
  retryHint,
  settle,
};
