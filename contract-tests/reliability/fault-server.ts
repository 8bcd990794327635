// A create endpoint that misbehaves on purpose, for the reliability tests: it runs on loopback,
// answers each request with the fault it is told to, and counts the configurations it "created",
// by the configuration's name. Test-only: nothing in the package imports it.
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

/** One request as the server saw it. */
export interface Received {
  name: string;
  attempt: number;
  fault: Fault;
  at: number;
  authorization: string | undefined;
}

export interface FaultServer {
  url: string;
  received: Received[];
  /** Configurations created, by name. */
  created: Map<string, number>;
  /** Bytes written of huge bodies, in total, before the client hung up. */
  hugeBytesWritten: () => number;
  stop: () => Promise<void>;
}

const HUGE_BYTES = 10 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFaultServer(options: FaultServerOptions): Promise<FaultServer> {
  const { choose, retryAfterSeconds = 0, dribbleMs = 60, echo = true } = options;
  const received: Received[] = [];
  const created = new Map<string, number>();
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();
  let hugeWritten = 0;

  const envelope = (code: string, message: string) => JSON.stringify({ success: false, error: { code, message } });
  const json = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    response.end(body);
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
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
    received.push({ name, attempt, fault, at: Date.now(), authorization: request.headers.authorization });
    if (FAULTS[fault].creates) created.set(name, (created.get(name) ?? 0) + 1);

    // What a careless server puts in its error answers: the request, credentials included.
    const quoted = echo ? ` Request was: Authorization: ${request.headers.authorization ?? '-'}; body: ${text}` : '';
    const success = JSON.stringify({ success: true, data: { id: randomUUID(), created_at: new Date().toISOString() } });
    const socket = request.socket;

    switch (fault) {
      case 'created':
        return json(response, 201, success);
      case 'rate-limited':
        return json(response, 429, envelope('HOURLY_API_LIMIT_EXCEEDED', `Slow down.${quoted}`), { 'Retry-After': String(retryAfterSeconds) });
      case 'unavailable':
        return json(response, 503, envelope('SERVICE_UNAVAILABLE', `Try again later.${quoted}`), { 'Retry-After': String(retryAfterSeconds) });
      case 'unavailable-no-retry-after':
        return json(response, 503, envelope('SERVICE_UNAVAILABLE', `Overloaded.${quoted}`));
      case 'server-error':
        return json(response, 500, envelope('INTERNAL_SERVER_ERROR', `Something broke.${quoted}`));
      case 'reset-before-response':
        socket.resetAndDestroy();
        return;
      case 'reset-mid-body':
        response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(success)) });
        response.write(success.slice(0, 20));
        await sleep(5);
        socket.resetAndDestroy();
        return;
      case 'stall':
        // Keeps the connection open without a byte; stop() or the client ends it.
        return;
      case 'stall-mid-body':
        response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(success)) });
        response.write(success.slice(0, 20));
        return;
      case 'html-502': {
        const page = `<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><pre>${quoted}</pre></body></html>`;
        response.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': String(Buffer.byteLength(page)) });
        response.end(page);
        return;
      }
      case 'truncated-json': {
        const half = success.slice(0, Math.floor(success.length / 2));
        response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(half)) });
        response.end(half);
        return;
      }
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
          if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
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

  const server = createServer((request, response) => {
    answer(request, response).catch(() => request.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    created,
    hugeBytesWritten: () => hugeWritten,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
