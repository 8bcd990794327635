// One delivery the way DocuSign makes it: a POST of the exact body bytes with DocuSign's headers,
// given up after a time limit. The outcome is data, never an exception, so that the simulator and
// the listener checker can report a timeout or a reset connection like any other answer.
import { deepestMessage, errorCode } from '../call.js';

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
    const code = errorCode(error);
    if (code === 'ECONNREFUSED') return { acknowledged: false, failure: 'refused', detail: 'connection refused', ms };
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return { acknowledged: false, failure: 'reset', detail: 'connection reset before an answer', ms };
    return { acknowledged: false, failure: 'network', detail: code ?? deepestMessage(error), ms };
  } finally {
    clearTimeout(timer);
  }
}
