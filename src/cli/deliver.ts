// One delivery the way DocuSign makes it: a POST of the exact body bytes with DocuSign's headers,
// given up after a time limit. The outcome is data, never an exception, so that the simulator and
// the listener checker can report a timeout or a reset connection like any other answer.

/** How one delivery went. */
export interface DeliveryOutcome {
  /** The HTTP status, when the listener answered. */
  status?: number;
  /** True for a 2xx: DocuSign counts only these as delivered. */
  acknowledged: boolean;
  /** What went wrong when there was no answer: `timeout`, `refused`, `reset` or `network`. */
  failure?: 'timeout' | 'refused' | 'reset' | 'network';
  /** A short description of a failure, without the body or the headers. */
  detail?: string;
  /** Milliseconds from sending to the answer's status line (or the failure). */
  ms: number;
}

/** Posts one message and reports how the listener answered, within timeoutMs. */
export async function deliver(url: URL, body: string, headers: Record<string, string>, timeoutMs: number): Promise<DeliveryOutcome> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { method: 'POST', body, headers, signal: controller.signal, redirect: 'manual' });
    const ms = Math.round(performance.now() - started);
    // The body is read (and dropped) so that the connection can be reused; DocuSign ignores it.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, acknowledged: response.status >= 200 && response.status <= 299, ms };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    if (controller.signal.aborted) return { acknowledged: false, failure: 'timeout', detail: `no answer within ${timeoutMs} ms`, ms };
    const code = causeCode(error);
    if (code === 'ECONNREFUSED') return { acknowledged: false, failure: 'refused', detail: 'connection refused', ms };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { acknowledged: false, failure: 'reset', detail: 'connection reset before an answer', ms };
    return { acknowledged: false, failure: 'network', detail: code ?? innermostMessage(error), ms };
  } finally {
    clearTimeout(timer);
  }
}

/** The system error code behind a fetch failure (undici wraps it in `cause`). */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The message of the deepest cause: fetch's own says only "fetch failed" (undici's says "bad port"). */
function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    if (current.message !== '') message = current.message;
    current = current.cause;
  }
  return message;
}
