// toNodeHandler's body deadline over loopback, with plain sockets that drip a signed body or stall
// after the head. A file of its own with no fetch in it: undici's pooled sockets and timers would
// blur the count of timers that shows no deadline outlives its request.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bodyOf, envelopeEvent, KEY_OLD, signatureHeaders } from '../contract-tests/fixtures/connect-messages.js';
import { closeServers, serveOnLoopback } from '../contract-tests/fixtures/loopback.js';
import { BodyTimeoutError } from './body-timeout.js';
import { type ConnectListenerOptions, createConnectListener } from './listener.js';
import { DEFAULT_BODY_TIMEOUT_MS, type NodeHandlerOptions, toNodeHandler } from './node-handler.js';

const body = bodyOf(envelopeEvent());

afterEach(async () => {
  vi.useRealTimers();
  await closeServers();
});

/** The real setTimeout and clearTimeout, for hang guards while a test fakes the global ones. */
const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };

/** `promise`, or a rejection naming `what` after `ms` of real time (a hang guard, not a timing claim). */
function withinRealTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let guard: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    guard = real.setTimeout(() => reject(new Error(`${what} had not happened after ${ms} ms of real time`)), ms);
  });
  return Promise.race([promise, hang]).finally(() => real.clearTimeout(guard));
}

/** A loopback listener behind toNodeHandler, on 127.0.0.1 port 0, with a recording onEvent and onError. */
async function serveListener(options: Partial<ConnectListenerOptions> = {}, handlerOptions: NodeHandlerOptions = {}) {
  const onEvent = vi.fn();
  const onError = vi.fn();
  const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent, onError, ...options });
  const handler = toNodeHandler(listener, handlerOptions);
  // Resolved as the first request reaches the handler, which starts its deadline there and then.
  let reached = () => undefined as void;
  const arrived = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const { url } = await serveOnLoopback((req, res) => {
    void handler(req, res);
    reached();
  });
  return { url, onEvent, onError, arrived };
}

/** What a raw client saw: the answer's text, and whether the server closed the connection. */
interface RawExchange {
  status: number;
  head: string;
  body: string;
  closedByServer: boolean;
}

/**
 * Sends a POST of `raw` over a plain socket: the head at once, then the body `bytesPerTick` bytes
 * every `tickMs` (0 bytes: nothing after the head). Resolves once the server closes the socket;
 * rejects after `hangMs`, so that a server that never gives up fails the test instead of hanging.
 */
function dripPost(url: string, raw: string, headers: Record<string, string>, drip: { bytesPerTick: number; tickMs: number; hangMs: number }): Promise<RawExchange> {
  const { hostname, port } = new URL(url);
  const bytes = Buffer.from(raw);
  const head = requestHead(url, bytes.length, headers);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let sent = 0;
    let ticker: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => {
      clearInterval(ticker);
      socket.destroy();
      reject(new Error(`the server had not answered and closed the connection after ${drip.hangMs} ms`));
    }, drip.hangMs);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(ticker);
      clearTimeout(guard);
      resolve(exchangeOf(received, sent < bytes.length));
    });
    socket.write(head);
    if (drip.bytesPerTick === 0) return;
    ticker = setInterval(() => {
      if (socket.destroyed || socket.writableEnded) return;
      socket.write(bytes.subarray(sent, sent + drip.bytesPerTick));
      sent = Math.min(bytes.length, sent + drip.bytesPerTick);
      if (sent === bytes.length) clearInterval(ticker);
    }, drip.tickMs);
  });
}

/** A raw POST sent in two steps: `send(bytes)` writes more of the body, `closed` is what came back. */
interface SteppedPost {
  /** Writes the next `bytes` of the body. */
  send(bytes: Buffer): void;
  /** How many bytes of answer have come back so far. */
  answered(): number;
  /** What came back, once the connection closed; rejects after `hangMs` of real time. */
  closed: Promise<RawExchange>;
}

/**
 * Opens a plain socket and sends the head of a POST of `length` bytes, and no body: the test says
 * when each piece goes. Uses no timer of the global setTimeout, so that faking it moves only the
 * server's deadline.
 */
function steppedPost(url: string, length: number, headers: Record<string, string>, hangMs: number): SteppedPost {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const received: Buffer[] = [];
  let sent = 0;
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<RawExchange>((resolve) => socket.on('close', () => resolve(exchangeOf(received, sent < length))));
  socket.write(requestHead(url, length, headers));
  return {
    send(bytes) {
      sent += bytes.length;
      socket.write(bytes);
    },
    answered: () => received.reduce((total, chunk) => total + chunk.length, 0),
    closed: withinRealTime(closed, hangMs, 'the server closing the connection').finally(() => socket.destroy()),
  };
}

/** The head of a raw POST of `length` bytes to `url`. */
function requestHead(url: string, length: number, headers: Record<string, string>): string {
  const { hostname, port, pathname } = new URL(url);
  return [`POST ${pathname} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Content-Type: application/json', `Content-Length: ${length}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', ''].join('\r\n');
}

/** What the raw client saw, from the bytes it received before the connection closed. */
function exchangeOf(received: Buffer[], closedByServer: boolean): RawExchange {
  const text = Buffer.concat(received).toString('utf8');
  const split = text.indexOf('\r\n\r\n');
  const head = text.slice(0, split).toLowerCase();
  const rest = text.slice(split + 4);
  return { status: Number(text.slice(9, 12)), head, body: head.includes('transfer-encoding: chunked') ? unchunk(rest) : rest, closedByServer };
}

/** The data of a chunked HTTP/1.1 body. */
function unchunk(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const line = text.indexOf('\r\n', at);
    const size = Number.parseInt(text.slice(at, line), 16);
    if (!(size > 0)) return out;
    out += text.slice(line + 2, line + 2 + size);
    at = line + 2 + size + 2;
  }
}

/** Timers of this process, as faults.test.ts counts them. */
const timerCount = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

/**
 * The timer count once it has held still for 1.2 s: node:http keeps its Date header for up to a
 * second on a timer of its own, which must be gone on both sides of the comparison.
 */
async function quietTimerCount(): Promise<number> {
  let count = timerCount();
  let since = Date.now();
  while (Date.now() - since < 1_200) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = timerCount();
    if (now !== count) [count, since] = [now, Date.now()];
  }
  return count;
}

/** A request with node:http and no agent, so that no pooled socket or client timer stays behind. */
function postOnce(url: string, raw: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', Connection: 'close', ...headers } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(raw);
  });
}

describe('toNodeHandler\'s body deadline', () => {
  const bodyTimeoutMs = 300;
  const signed = signatureHeaders(body, [KEY_OLD]);

  test.each([
    { what: 'a body that drips in a byte every 20 ms', drip: { bytesPerTick: 1, tickMs: 20 } },
    { what: 'a head and then nothing', drip: { bytesPerTick: 0, tickMs: 20 } },
  ])('408 body-timeout for $what, onEvent never called, the connection closed', async ({ drip }) => {
    const { url, onEvent, onError } = await serveListener({}, { bodyTimeoutMs });
    const exchange = await dripPost(url, body, signed, { ...drip, hangMs: bodyTimeoutMs + 3_000 });
    expect(exchange).toMatchObject({ status: 408, closedByServer: true });
    expect(JSON.parse(exchange.body)).toEqual({ ok: false, reason: 'body-timeout' });
    expect(exchange.head).toContain('connection: close');
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.any(BodyTimeoutError), expect.objectContaining({ stage: 'read-body' }));
    expect((onError.mock.calls[0]?.[0] as BodyTimeoutError).message).toBe(`the request body had not fully arrived after ${bodyTimeoutMs} ms`);
  });

  test('is a deadline for the whole body: bytes that keep coming do not extend it', async () => {
    // 10 bytes every 20 ms never goes idle for long, and would need well over the deadline.
    const { url, onEvent } = await serveListener({}, { bodyTimeoutMs });
    const exchange = await dripPost(url, body, signed, { bytesPerTick: 10, tickMs: 20, hangMs: bodyTimeoutMs + 3_000 });
    expect(Buffer.byteLength(body) / 10 * 20).toBeGreaterThan(2 * bodyTimeoutMs);
    expect(exchange.status).toBe(408);
    expect(onEvent).not.toHaveBeenCalled();
  });

  test('leaves a body that arrives in pieces within the deadline alone, and the server serving after a timeout', async () => {
    const { url, onEvent } = await serveListener({}, { bodyTimeoutMs: 10_000 });
    const pieces = Math.ceil(Buffer.byteLength(body) / 4);
    const exchange = await dripPost(url, body, { ...signed, Connection: 'close' }, { bytesPerTick: pieces, tickMs: 20, hangMs: 4_000 });
    expect(exchange).toMatchObject({ status: 200, closedByServer: false });
    expect(JSON.parse(exchange.body)).toEqual({ ok: true });
    const strict = await serveListener({}, { bodyTimeoutMs });
    expect((await dripPost(strict.url, body, signed, { bytesPerTick: 0, tickMs: 20, hangMs: bodyTimeoutMs + 3_000 })).status).toBe(408);
    expect(await postOnce(strict.url, body, signed)).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(strict.onEvent).toHaveBeenCalledTimes(1);
  });

  test('leaves no timer behind, whether the body arrived, was refused unread, or timed out', { timeout: 15_000 }, async () => {
    const servers = [await serveListener({ maxBodyBytes: 100 }), await serveListener(), await serveListener({}, { bodyTimeoutMs })];
    const before = await quietTimerCount();
    expect(await postOnce(servers[0]?.url as string, body, signed)).toBe(413);
    expect(await postOnce(servers[1]?.url as string, body, signed)).toBe(200);
    expect((await dripPost(servers[2]?.url as string, body, signed, { bytesPerTick: 0, tickMs: 20, hangMs: bodyTimeoutMs + 3_000 })).status).toBe(408);
    // A deadline left running would hold the count up for DEFAULT_BODY_TIMEOUT_MS.
    expect(await quietTimerCount()).toBe(before);
  });

  test(`defaults to ${DEFAULT_BODY_TIMEOUT_MS} ms`, () => {
    expect(DEFAULT_BODY_TIMEOUT_MS).toBe(60_000);
  });

  describe('without bodyTimeoutMs, on a clock that only the test moves', () => {
    // Only setTimeout and clearTimeout are faked: node:http and the raw socket keep their own
    // timers, and the server's deadline moves only when the test says, however loaded the machine.
    const bytes = Buffer.from(body);
    const half = Math.floor(bytes.length / 2);

    /** A default-deadline server with half of a signed body sent to it, and the deadline running. */
    async function halfSent(headers: Record<string, string> = signed) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const served = await serveListener();
      const post = steppedPost(served.url, bytes.length, headers, 5_000);
      post.send(bytes.subarray(0, half));
      await withinRealTime(served.arrived, 5_000, 'the request reaching the handler');
      return { ...served, post };
    }

    test('answers 408 body-timeout at 60,000 ms, with the request still being read at 59,999', { timeout: 15_000 }, async () => {
      const { post, onEvent, onError } = await halfSent();
      await vi.advanceTimersByTimeAsync(DEFAULT_BODY_TIMEOUT_MS - 1);
      // The deadline is still pending, nothing has been answered or reported.
      expect(vi.getTimerCount()).toBe(1);
      expect(post.answered()).toBe(0);
      expect(onError).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      const exchange = await post.closed;
      expect(exchange).toMatchObject({ status: 408, closedByServer: true });
      expect(JSON.parse(exchange.body)).toEqual({ ok: false, reason: 'body-timeout' });
      expect(onEvent).not.toHaveBeenCalled();
      expect((onError.mock.calls[0]?.[0] as BodyTimeoutError).message).toBe(`the request body had not fully arrived after ${DEFAULT_BODY_TIMEOUT_MS} ms`);
    });

    test('takes a body whose last byte arrives at 59,999 ms', { timeout: 15_000 }, async () => {
      // Connection: close, so that the server ends the exchange once it has answered.
      const { post, onEvent, onError } = await halfSent({ ...signed, Connection: 'close' });
      await vi.advanceTimersByTimeAsync(DEFAULT_BODY_TIMEOUT_MS - 1);
      post.send(bytes.subarray(half));
      const exchange = await post.closed;
      expect(exchange).toMatchObject({ status: 200, closedByServer: false });
      expect(JSON.parse(exchange.body)).toEqual({ ok: true });
      expect(onEvent).toHaveBeenCalledTimes(1);
      expect(onError).not.toHaveBeenCalled();
      // The deadline was cleared with the body, not left to fire later.
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  test.each([
    { value: 0, error: RangeError },
    { value: -1, error: RangeError },
    { value: 1.5, error: RangeError },
    { value: Number.NaN, error: RangeError },
    { value: Number.POSITIVE_INFINITY, error: RangeError },
    { value: 2 ** 31, error: RangeError },
    { value: '1000', error: TypeError },
    { value: null, error: TypeError },
  ])('refuses bodyTimeoutMs $value when created', ({ value, error }) => {
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent: () => undefined });
    expect(() => toNodeHandler(listener, { bodyTimeoutMs: value as number })).toThrow(error);
    expect(() => toNodeHandler(listener, { bodyTimeoutMs: value as number })).toThrow(/bodyTimeoutMs must be/);
    for (const good of [1, 2 ** 31 - 1]) expect(() => toNodeHandler(listener, { bodyTimeoutMs: good })).not.toThrow();
  });
});
