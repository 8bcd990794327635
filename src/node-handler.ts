// A fetch-style listener behind node:http or Express. The request body is streamed into the
// Request as it arrives, with backpressure, so the listener's byte limit stops the reading (a
// 50 MiB limit never means 50 MiB buffered twice); the answer is copied back to the ServerResponse.
// The whole body has a deadline, so a client that drips it in cannot hold a request open for ever.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTimeoutError } from './body-timeout.js';

/** A fetch-style handler, such as createConnectListener returns. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A node:http request handler; Express takes it as a route handler too. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The options of toNodeHandler. */
export interface NodeHandlerOptions {
  /**
   * Told when the handler cannot work as mounted (a body parser already read the body) or the
   * listener itself threw. Default: a process warning, once per handler.
   */
  onError?: (error: unknown) => void;
  /**
   * How long the whole request body may take to arrive, in milliseconds from when the handler is
   * called; default 60,000 (DEFAULT_BODY_TIMEOUT_MS). It is a deadline, not an idle timeout, since
   * a client sending one byte a second never goes idle. When it passes, the body stream fails, the
   * listener answers 408 `{"ok":false,"reason":"body-timeout"}` with `Connection: close`, and the
   * connection is closed after the answer. A whole number from 1 to 2^31-1 (setTimeout's range).
   */
  bodyTimeoutMs?: number;
}

/**
 * The default body deadline: 60 s. DocuSign waits at most 100 s for the whole answer, so a body
 * still arriving after 60 s leaves too little time to handle it; at 60 s a 50 MiB body (the
 * default maxBodyBytes) needs under 1 MB/s.
 */
export const DEFAULT_BODY_TIMEOUT_MS = 60_000;

/** setTimeout's largest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How much of the request body may wait unread in the stream before the socket is paused. */
const BUFFERED_BYTES = 64 * 1024;

/**
 * Adapts a fetch-style listener to node:http and Express: `http.createServer(toNodeHandler(listener))`
 * or `app.post('/docusign/connect', toNodeHandler(listener))`. Mount it before `express.json()`, or
 * after `express.raw({ type: 'application/json', limit: '50mb' })` (whose Buffer it uses): a body
 * already parsed to an object no longer has the bytes DocuSign signed, and is answered 500. The
 * returned promise never rejects, and a client that disconnects only ends its own request.
 */
export function toNodeHandler(listener: FetchHandler, options: NodeHandlerOptions = {}): NodeHandler {
  if (typeof listener !== 'function') throw new TypeError('toNodeHandler takes the listener function createConnectListener returned');
  const bodyTimeoutMs = checkBodyTimeout(options.bodyTimeoutMs);
  let warned = false;
  const onError =
    options.onError ??
    ((error: unknown) => {
      if (warned) return;
      warned = true;
      process.emitWarning(error instanceof Error ? error : String(error));
    });
  return async (req, res) => {
    // A socket error after the client left must not become an uncaught 'error' event.
    res.on('error', () => undefined);
    const deadline = bodyDeadline(req, bodyTimeoutMs);
    try {
      const parsed = alreadyParsed(req);
      if (parsed !== undefined) {
        onError(parsed);
        await send(res, req, Response.json({ ok: false, reason: 'body-already-read', message: 'the listener must be mounted before a body parser (or after express.raw)' }, { status: 500 }));
        return;
      }
      const response = await listener(toRequest(req, deadline));
      await send(res, req, response);
    } catch (error) {
      onError(error);
      if (!res.headersSent) await send(res, req, Response.json({ ok: false, reason: 'handler-failed' }, { status: 500 })).catch(() => undefined);
      else res.destroy();
    } finally {
      // Whatever happened, no timer outlives the request.
      deadline.clear();
    }
  };
}

/** The checked bodyTimeoutMs: a whole number of milliseconds that setTimeout can wait. */
function checkBodyTimeout(value: unknown): number {
  if (value === undefined) return DEFAULT_BODY_TIMEOUT_MS;
  if (typeof value !== 'number') throw new TypeError(`bodyTimeoutMs must be a number of milliseconds: got ${typeof value}`);
  if (!Number.isInteger(value) || value < 1 || value > MAX_TIMER_MS) {
    throw new RangeError(`bodyTimeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}: got ${String(value)}`);
  }
  return value;
}

/** A request's body deadline: fires `onExpiry` once unless cleared first. */
interface BodyDeadline {
  /** Sets what happens when the deadline passes (the body stream fails). */
  onExpiry(expire: (error: BodyTimeoutError) => void): void;
  /** Stops the timer: the body arrived, reading stopped, or the request is over. */
  clear(): void;
}

/**
 * Starts the deadline for `req`'s body. The timer starts with the handler, not with the first read,
 * so a listener that is slow to start reading cannot stretch it; a body already read (express.raw)
 * needs none.
 */
function bodyDeadline(req: IncomingMessage, timeoutMs: number): BodyDeadline {
  let expire: ((error: BodyTimeoutError) => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (!req.complete && !((req as IncomingMessage & { body?: unknown }).body instanceof Uint8Array)) {
    timer = setTimeout(() => {
      timer = undefined;
      expire?.(new BodyTimeoutError(timeoutMs));
    }, timeoutMs);
  }
  return {
    onExpiry(handler) {
      expire = handler;
    },
    clear() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * The error to report when a body parser has read the body already, or undefined when the body is
 * still there (or express.raw left its bytes in `req.body`, which toRequest then uses).
 */
function alreadyParsed(req: IncomingMessage): TypeError | undefined {
  const { body, _body: readByParser } = req as IncomingMessage & { body?: unknown; _body?: unknown };
  if (body instanceof Uint8Array) return undefined;
  if (readByParser !== true && !req.readableEnded) return undefined;
  return new TypeError(
    'toNodeHandler: the request body was already read (by express.json() or another body parser), so its signature cannot be checked. ' +
      'Mount the Connect route before the body parser, or use express.raw({ type: "application/json", limit: "50mb" }) for it.',
  );
}

/** The Request a fetch-style handler expects, its body streamed from `req` within `deadline`. */
function toRequest(req: IncomingMessage, deadline: BodyDeadline): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    try {
      headers.append(raw[index] as string, raw[index + 1] as string);
    } catch {
      // Node accepted a header that Headers will not hold; no signature header is ever such.
    }
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  const body = !hasBody ? null : parsed instanceof Uint8Array ? parsed : bodyStream(req, deadline);
  return new Request(requestUrl(req), { method, headers, body, duplex: 'half' } as RequestInit);
}

/** The request's URL; a Host header that makes no URL is replaced rather than refused. */
function requestUrl(req: IncomingMessage): string {
  const path = req.url ?? '/';
  try {
    return new URL(path, `http://${req.headers.host ?? 'localhost'}`).href;
  } catch {
    return new URL(path.startsWith('/') ? path : '/', 'http://localhost').href;
  }
}

/**
 * `req`'s body as a web stream that reads only when asked (the socket is paused while BUFFERED_BYTES
 * wait unread), stops reading when cancelled, as the listener does past its limit, and fails with
 * a BodyTimeoutError when `deadline` passes first.
 */
function bodyStream(req: IncomingMessage, deadline: BodyDeadline): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Buffer) => {
          if (done) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => {
          deadline.clear();
          if (done) return;
          done = true;
          controller.close();
        });
        const fail = (error: Error) => {
          deadline.clear();
          if (done) return;
          done = true;
          controller.error(error);
        };
        req.once('error', fail);
        req.once('close', () => {
          if (!req.complete) fail(new Error('the client closed the connection before the body was complete'));
        });
        deadline.onExpiry((error) => {
          // Stop taking bytes; send() answers with Connection: close, which ends the socket.
          req.pause();
          fail(error);
        });
      },
      pull() {
        req.resume();
      },
      cancel() {
        // Reading stops here; send() then closes the connection rather than drain the rest.
        deadline.clear();
        done = true;
        req.pause();
      },
    },
    { highWaterMark: BUFFERED_BYTES, size: (chunk) => chunk.byteLength },
  );
}

/** Copies the answer's status, headers and body to `res`. */
async function send(res: ServerResponse, req: IncomingMessage, response: Response): Promise<void> {
  if (res.destroyed) return;
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  // A body not read to its end (413, a refusal before reading) would otherwise be drained in full
  // to keep the connection alive; closing it is cheaper and stops an oversized upload.
  if (!req.complete) res.setHeader('Connection', 'close');
  if (response.body !== null) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await drained(res);
    }
  }
  res.end();
}

/** Resolves when `res` can take more, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
