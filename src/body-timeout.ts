// The error a request body stream fails with when its whole body did not arrive in time, shared by
// toNodeHandler (which raises it) and the listener (which answers it 408 rather than 400).

/** A request body that had not fully arrived when its deadline passed. */
export class BodyTimeoutError extends Error {
  /** The deadline that passed, in milliseconds from when the handler started. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`the request body had not fully arrived after ${timeoutMs} ms`);
    this.name = 'BodyTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}
