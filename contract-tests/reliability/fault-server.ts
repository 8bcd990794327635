// A create endpoint that misbehaves on purpose, for the reliability tests: it runs on loopback,
// answers each request with the fault it is told to, and counts the configurations it "created",
// by the configuration's name. The recording part (names, attempts, the log, the sockets) and the
// faults that live below HTTP (resets, stalls, cut bodies) are shared by both wires' servers;
// this file's own answers are this project's envelopes, docusign-fault-server.ts has DocuSign's.
// Test-only: nothing in the package imports it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How one request is answered. */
export const FAULTS = {
  created: { creates: true, about: '201 with the success envelope' },
  'rate-limited': { creates: false, about: '429 with Retry-After and the error envelope' },
  unavailable: { creates: false, about: '503 with Retry-After and the error envelope' },
  'unavailable-no-retry-after': { creates: true, about: '503 without Retry-After, after creating' },
  'server-error': { creates: true, about: '500 with the error envelope, after creating' },
  'reset-before-response': { creates: true, about: 'the connection reset before any answer, after creating' },
  'reset-mid-body': { creates: true, about: 'a 201 whose body is cut off by a reset' },
  stall: { creates: true, about: 'no answer at all, after creating' },
  'stall-mid-body': { creates: true, about: 'a 201 whose body stops half way and never ends' },
  'html-502': { creates: true, about: 'a 502 HTML page from a gateway, after the backend created it' },
  'truncated-json': { creates: true, about: 'a 201 whose JSON body ends half way' },
  'huge-body': { creates: true, about: 'a 201 of 10 MB, chunked' },
  'slow-headers': { creates: true, about: 'a 201 whose status line and headers arrive a few bytes at a time' },
} as const;

export type Fault = keyof typeof FAULTS;

/** What the server knows of a request when it picks the fault. */
export interface Arrival {
  /** The configuration's name, which the tests make unique per call. */
  name: string;
  /** 1 for the first request with this name, 2 for its first retry, and so on. */
  attempt: number;
}

/** One request as the server saw it, and the headers it answered with (none below HTTP). */
export interface Received<F extends string = Fault> {
  name: string;
  attempt: number;
  fault: F;
  at: number;
  authorization: string | undefined;
  headers: Record<string, string>;
}

/** A recording server of either wire. */
export interface RecordingServer<F extends string> {
  url: string;
  received: Received<F>[];
  /** Configurations created, by name. */
  created: Map<string, number>;
  stop: () => Promise<void>;
}

/** What an answer function gets for one request. */
export interface Exchange<F extends string> {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
  /** The request body as text. */
  text: string;
  /** The request, credentials included, as a careless server quotes it in an error ('' without echo). */
  quoted: string;
  /** This request's entry of the log, to note the headers of the answer in. */
  record: Received<F>;
}

/** How a wire's server picks, counts and writes its answers. */
export interface RecordingServerOptions<F extends string> {
  choose: (arrival: Arrival) => F;
  creates: (fault: F) => boolean;
  answer: (fault: F, exchange: Exchange<F>) => Promise<void> | void;
  /** The answers quote the Authorization header and the body, as a debug page might (default true). */
  echo?: boolean;
  /** The port to listen on (default 0: any free one). */
  port?: number;
}

/** A request's whole body, as UTF-8 text. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the client takes more of the answer or goes away, and removes both listeners
 * either way: a long answer written in many chunks must not pile up 'close' listeners.
 */
export function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.on('drain', done).on('close', done);
  });
}

/** Writes a whole JSON answer and notes its headers in the log. */
export function sendJson(exchange: Exchange<string>, status: number, body: string, headers: Record<string, string> = {}): void {
  const all = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers };
  exchange.record.headers = all;
  exchange.response.writeHead(status, all);
  exchange.response.end(body);
}

/** An HTML page such as a gateway or proxy serves, quoting the request when echo is on. */
export function sendHtml(exchange: Exchange<string>, status: number, title: string): void {
  const page = `<html><head><title>${title}</title></head><body><h1>${title}</h1><pre>${exchange.quoted}</pre></body></html>`;
  const headers = { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(page)) };
  exchange.record.headers = headers;
  exchange.response.writeHead(status, headers);
  exchange.response.end(page);
}

/** The connection reset before a byte of the answer. */
export function resetBeforeResponse(exchange: Exchange<string>): void {
  exchange.socket.resetAndDestroy();
}

/** An answer whose body is cut off by a reset after its first 20 characters. */
export async function resetMidBody(exchange: Exchange<string>, status: number, body: string): Promise<void> {
  exchange.response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
  exchange.response.write(body.slice(0, 20));
  await sleep(5);
  exchange.socket.resetAndDestroy();
}

/** An answer whose body stops after its first 20 characters and never ends (stop() or the client ends it). */
export function stallMidBody(exchange: Exchange<string>, status: number, body: string): void {
  exchange.response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
  exchange.response.write(body.slice(0, 20));
}

/** A complete answer whose JSON ends half way (its Content-Length says so too). */
export function sendTruncated(exchange: Exchange<string>, status: number, body: string): void {
  const half = body.slice(0, Math.floor(body.length / 2));
  exchange.response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(half)) });
  exchange.response.end(half);
}

/** Starts a server that logs each request, counts what it created and answers as told. */
export async function startRecordingServer<F extends string>(options: RecordingServerOptions<F>): Promise<RecordingServer<F>> {
  const { choose, creates, answer, echo = true, port = 0 } = options;
  const received: Received<F>[] = [];
  const created = new Map<string, number>();
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    let name = '(no name)';
    try {
      const parsed = JSON.parse(text) as { name?: unknown };
      if (typeof parsed.name === 'string') name = parsed.name;
    } catch {
      // The name stays unknown; the tests always send JSON.
    }
    const attempt = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, attempt);
    const fault = choose({ name, attempt });
    const record: Received<F> = { name, attempt, fault, at: Date.now(), authorization: request.headers.authorization, headers: {} };
    received.push(record);
    if (creates(fault)) created.set(name, (created.get(name) ?? 0) + 1);
    // What a careless server puts in its error answers: the request, credentials included.
    const quoted = echo ? ` Request was: Authorization: ${request.headers.authorization ?? '-'}; body: ${text}` : '';
    await answer(fault, { request, response, socket: request.socket, text, quoted, record });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    received,
    created,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface FaultServerOptions {
  /** Picks the fault for each request. */
  choose: (arrival: Arrival) => Fault;
  /** Retry-After, in seconds, on 429 and 503 (default 0). */
  retryAfterSeconds?: number;
  /** How long slow-headers takes to send its headers (default 60 ms). */
  dribbleMs?: number;
  /** The answers quote the Authorization header and the body, as a debug page might (default true). */
  echo?: boolean;
}

export interface FaultServer extends RecordingServer<Fault> {
  /** Bytes written of huge bodies, in total, before the client hung up. */
  hugeBytesWritten: () => number;
}

const HUGE_BYTES = 10 * 1024 * 1024;

/** The envelope wire's fault server (openapi.yaml's answers). */
export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const { choose, retryAfterSeconds = 0, dribbleMs = 60, echo = true } = options;
  let hugeWritten = 0;
  const envelope = (code: string, message: string) => JSON.stringify({ success: false, error: { code, message } });

  async function answer(fault: Fault, exchange: Exchange<Fault>): Promise<void> {
    const { response, socket, quoted } = exchange;
    const success = JSON.stringify({ success: true, data: { id: randomUUID(), created_at: new Date().toISOString() } });
    switch (fault) {
      case 'created':
        return sendJson(exchange, 201, success);
      case 'rate-limited':
        return sendJson(exchange, 429, envelope('HOURLY_API_LIMIT_EXCEEDED', `Slow down.${quoted}`), { 'Retry-After': String(retryAfterSeconds) });
      case 'unavailable':
        return sendJson(exchange, 503, envelope('SERVICE_UNAVAILABLE', `Try again later.${quoted}`), { 'Retry-After': String(retryAfterSeconds) });
      case 'unavailable-no-retry-after':
        return sendJson(exchange, 503, envelope('SERVICE_UNAVAILABLE', `Overloaded.${quoted}`));
      case 'server-error':
        return sendJson(exchange, 500, envelope('INTERNAL_SERVER_ERROR', `Something broke.${quoted}`));
      case 'reset-before-response':
        return resetBeforeResponse(exchange);
      case 'reset-mid-body':
        return resetMidBody(exchange, 201, success);
      case 'stall':
        // Keeps the connection open without a byte; stop() or the client ends it.
        return;
      case 'stall-mid-body':
        return stallMidBody(exchange, 201, success);
      case 'html-502':
        return sendHtml(exchange, 502, '502 Bad Gateway');
      case 'truncated-json':
        return sendTruncated(exchange, 201, success);
      case 'huge-body': {
        response.writeHead(201, { 'Content-Type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        response.write(`{"success":true,"data":{"id":"huge","created_at":"2025-01-01T00:00:00Z"},"padding":"`);
        let closed = false;
        response.once('close', () => {
          closed = true;
        });
        for (let written = 0; written < HUGE_BYTES && !closed; written += chunk.length) {
          hugeWritten += chunk.length;
          // Waits for the client to take the data: a client that stops reading stops the server too.
          if (!response.write(chunk)) await drainedOrClosed(response);
        }
        if (!closed) response.end('"}');
        return;
      }
      case 'slow-headers': {
        const head = `HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(success)}\r\nConnection: close\r\n\r\n`;
        const pieces = head.match(/[\s\S]{1,8}/g) ?? [];
        for (const piece of pieces) {
          if (socket.destroyed) return;
          socket.write(piece);
          await sleep(dribbleMs / pieces.length);
        }
        socket.end(success);
        return;
      }
    }
  }

  const server = await startRecordingServer<Fault>({ choose, creates: (fault) => FAULTS[fault].creates, answer, echo });
  return { ...server, hugeBytesWritten: () => hugeWritten };
}
