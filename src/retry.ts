// When a create may be sent again, and how long to wait first. A create is not idempotent, so
// only answers that say the request was not processed (429, or 503 with Retry-After) and
// connections refused before anything was sent qualify.

/** How the client retries; `retry: false` turns retrying off. */
export interface RetryOptions {
  /** Most requests sent in one call, the first included. Default 3. */
  maxAttempts?: number;
  /** First backoff step when the server gives no Retry-After. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest single wait; a longer Retry-After is not waited for but returned. Default 30 s. */
  maxDelayMs?: number;
  /** Longest time one call may spend, waits included, before it stops retrying. Default 60 s. */
  maxElapsedMs?: number;
}

/** The retry settings in force, with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 30_000, maxElapsedMs: 60_000 };

/** Why a request is about to be sent again. */
export type RetryReason = 'rate-limited' | 'unavailable' | 'connection-refused';

/**
 * Reads Retry-After (delay seconds or an HTTP date) as milliseconds from `now`, or undefined
 * when it is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1`. A server-given delay is honoured and a little jitter
 * added after it (never before), so that many clients told the same delay do not return at
 * once. Without one, exponential backoff with full jitter.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, serverDelayMs: number | undefined, random: () => number): number {
  if (serverDelayMs !== undefined) return serverDelayMs + Math.floor(random() * Math.min(1000, policy.baseDelayMs));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** What decideRetry weighs after an attempt. */
export interface RetryInput {
  /** Why the answer (or failure) allows sending again; undefined when it does not. */
  reason: RetryReason | undefined;
  /** The wait the server asked for, in milliseconds, if it named one. */
  serverDelayMs: number | undefined;
  /** Requests sent so far in this call. */
  attempts: number;
  /** Time spent so far in this call. */
  elapsedMs: number;
  policy: RetryPolicy;
  /** A number in [0, 1), for the jitter. */
  random: () => number;
}

/**
 * Whether to send the request again, and after how long. Only answers that say nothing was
 * processed qualify, within maxAttempts; a server-asked wait longer than maxDelayMs is handed
 * back rather than waited for, and no wait may take the call past maxElapsedMs.
 */
export function decideRetry(input: RetryInput): { retry: false } | { retry: true; delayMs: number; reason: RetryReason } {
  const { reason, serverDelayMs, attempts, policy } = input;
  if (reason === undefined || attempts >= policy.maxAttempts) return { retry: false };
  if (serverDelayMs !== undefined && serverDelayMs > policy.maxDelayMs) return { retry: false };
  const delayMs = Math.min(backoffMs(policy, attempts, serverDelayMs, input.random), Math.max(policy.maxDelayMs, serverDelayMs ?? 0));
  if (input.elapsedMs + delayMs > policy.maxElapsedMs) return { retry: false };
  return { retry: true, delayMs, reason };
}

/** Waits, unless the signal fires first; then rejects with the signal's reason. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
