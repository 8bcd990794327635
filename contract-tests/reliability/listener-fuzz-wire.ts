// The listener fuzz's side of the wire: requests written byte by byte over a raw `net` socket (so
// that framing, pieces, lies about the length and early closes are the test's choice, not an HTTP
// client's), and a small HTTP/1.1 answer parser that refuses anything not well formed.
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** How a request's body is put on the wire. */
export type Framing =
  /** Content-Length, the whole request in one write. */
  | 'length'
  /** Transfer-Encoding: chunked, with random chunk sizes. */
  | 'chunked'
  /** Content-Length, the request written in small pieces with tiny pauses between them. */
  | 'pieces'
  /** A Content-Length larger than the body; the body, then the client ends its side. */
  | 'long-length'
  /** Content-Length, part of the body, then the client destroys the socket. */
  | 'cut'
  /** Content-Length, the whole request, then the client resets the connection without reading. */
  | 'abandon';

/** One request as the wire sees it. */
export interface WireRequest {
  method: string;
  /** Header lines in the order written, besides Host and the framing header. */
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
  framing: Framing;
  /** Chunk sizes (chunked) or piece sizes (pieces, cut: the first piece is what is sent). */
  sizes: readonly number[];
}

/** An HTTP answer, parsed. */
export interface WireAnswer {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** The answer's bytes as latin1 text, for the secret scan. */
  raw: string;
}

/** How one request ended, seen from the client. */
export type Exchange =
  | { kind: 'answered'; answer: WireAnswer }
  /** The client ended or destroyed the connection on purpose, and no answer came. */
  | { kind: 'client-closed' }
  /** The server closed (or reset) the connection without a complete answer. */
  | { kind: 'server-closed'; detail: string }
  /** Bytes came back that are not an HTTP/1.1 answer. */
  | { kind: 'malformed'; detail: string }
  /** Nothing happened within the hang guard. */
  | { kind: 'hung' }
  /** An earlier answer on the connection said `Connection: close`, so this one was never sent. */
  | { kind: 'not-sent' };

type Parsed = { done: true; answer: WireAnswer; rest: Buffer } | { done: false } | { done: 'malformed'; detail: string };

const CRLF2 = Buffer.from('\r\n\r\n');

/** Parses one answer from the front of `data`; `ended` says no more bytes will come. */
export function parseAnswer(data: Buffer, ended: boolean): Parsed {
  const headEnd = data.indexOf(CRLF2);
  if (headEnd < 0) return ended && data.length > 0 ? { done: 'malformed', detail: `the connection ended inside the head: ${JSON.stringify(data.subarray(0, 80).toString('latin1'))}` } : { done: false };
  const lines = data.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3}) [^\r\n]*$/.exec(lines[0] ?? '');
  if (status === null) return { done: 'malformed', detail: `status line ${JSON.stringify((lines[0] ?? '').slice(0, 80))}` };
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const match = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (match === null) return { done: 'malformed', detail: `header line ${JSON.stringify(line.slice(0, 80))}` };
    const name = (match[1] as string).toLowerCase();
    headers[name] = headers[name] === undefined ? (match[2] as string) : `${headers[name]}, ${match[2] as string}`;
  }
  const start = headEnd + 4;
  const finish = (end: number, body: Buffer): Parsed => ({ done: true, answer: { status: Number(status[1]), headers, body, raw: data.subarray(0, end).toString('latin1') }, rest: data.subarray(end) });
  if (headers['transfer-encoding'] !== undefined) {
    if (headers['transfer-encoding'].toLowerCase() !== 'chunked' || headers['content-length'] !== undefined) return { done: 'malformed', detail: 'transfer-encoding other than chunked, or with content-length' };
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = data.indexOf('\r\n', at);
      if (lineEnd < 0) return ended ? { done: 'malformed', detail: 'the connection ended inside a chunk size' } : { done: false };
      const size = /^([0-9a-fA-F]{1,8})(;[^\r\n]*)?$/.exec(data.subarray(at, lineEnd).toString('latin1'));
      if (size === null) return { done: 'malformed', detail: 'a chunk size line' };
      const length = Number.parseInt(size[1] as string, 16);
      if (length === 0) {
        const trailerEnd = data.indexOf(CRLF2, lineEnd);
        if (data.subarray(lineEnd, lineEnd + 4).equals(CRLF2)) return finish(lineEnd + 4, Buffer.concat(parts));
        if (trailerEnd < 0) return ended ? { done: 'malformed', detail: 'the connection ended inside the trailers' } : { done: false };
        return finish(trailerEnd + 4, Buffer.concat(parts));
      }
      if (data.length < lineEnd + 2 + length + 2) return ended ? { done: 'malformed', detail: 'the connection ended inside a chunk' } : { done: false };
      if (data.subarray(lineEnd + 2 + length, lineEnd + 4 + length).toString('latin1') !== '\r\n') return { done: 'malformed', detail: 'a chunk without its CRLF' };
      parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + length));
      at = lineEnd + 4 + length;
    }
  }
  if (headers['content-length'] !== undefined) {
    if (!/^\d{1,9}$/.test(headers['content-length'])) return { done: 'malformed', detail: `content-length ${headers['content-length']}` };
    const end = start + Number(headers['content-length']);
    if (data.length < end) return ended ? { done: 'malformed', detail: 'the connection ended inside the body' } : { done: false };
    return finish(end, data.subarray(start, end));
  }
  // No length and no chunks: the body runs to the end of the connection.
  return ended ? finish(data.length, data.subarray(start)) : { done: false };
}

/** A connection to the server, with the answers it sends parsed as they complete. */
class Connection {
  readonly socket: Socket;
  private data: Buffer = Buffer.alloc(0);
  private ended = false;
  private error: string | undefined;
  private wake: () => void = () => undefined;

  constructor(port: number) {
    this.socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => {
      this.data = this.data.length === 0 ? chunk : Buffer.concat([this.data, chunk]);
      this.wake();
    });
    this.socket.on('end', () => {
      this.ended = true;
      this.wake();
    });
    // Writing after the server closed (EPIPE, ECONNRESET) is an outcome here, never a crash.
    this.socket.on('error', (error: NodeJS.ErrnoException) => {
      this.error ??= error.code ?? error.message;
      this.wake();
    });
    this.socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** The next answer, or how the connection ended instead; `guardMs` only guards against a hang. */
  async next(guardMs: number): Promise<Exchange> {
    const deadline = Date.now() + guardMs;
    for (;;) {
      const parsed = parseAnswer(this.data, this.ended);
      if (parsed.done === true) {
        this.data = parsed.rest;
        return { kind: 'answered', answer: parsed.answer };
      }
      if (parsed.done === 'malformed') return { kind: 'malformed', detail: parsed.detail };
      if (this.ended) return this.data.length === 0 ? { kind: 'server-closed', detail: this.error ?? 'closed' } : { kind: 'malformed', detail: 'a partial answer' };
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'hung' };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Whether the connection is gone (closed by either side, or broken). */
  get gone(): boolean {
    return this.ended || this.error !== undefined || this.socket.destroyed;
  }

  /** Writes, and waits for the write to be flushed; a write to a gone socket is dropped. */
  async write(bytes: Uint8Array | string): Promise<void> {
    if (this.gone) return;
    await new Promise<void>((resolve) => this.socket.write(bytes, () => resolve()));
  }
}

/** Cuts `bytes` into pieces of the given sizes, cycling through them, the last piece what is left. */
function piecesOf(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = Math.max(1, sizes.length === 0 ? bytes.length : (sizes[i % sizes.length] as number));
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

/** The request head for a framing. */
function headOf(request: WireRequest, port: number): string {
  const framing =
    request.framing === 'chunked'
      ? [['Transfer-Encoding', 'chunked'] as const]
      : [['Content-Length', String(request.body.length + (request.framing === 'long-length' ? 1 + ((request.sizes[0] ?? 0) % 97) : 0))] as const];
  const lines = [[`Host`, `127.0.0.1:${port}`] as const, ...request.headers, ...framing].map(([name, value]) => `${name}: ${value}\r\n`);
  return `${request.method} /connect HTTP/1.1\r\n${lines.join('')}\r\n`;
}

/** Writes one request as its framing says; returns whether the client closed its side on purpose. */
async function writeRequest(connection: Connection, request: WireRequest, port: number): Promise<'open' | 'ended' | 'destroyed'> {
  const head = Buffer.from(headOf(request, port), 'latin1');
  switch (request.framing) {
    case 'length':
      await connection.write(Buffer.concat([head, request.body]));
      return 'open';
    case 'chunked': {
      const chunks = piecesOf(request.body, request.sizes).map((piece) => Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]));
      await connection.write(Buffer.concat([head, ...chunks, Buffer.from('0\r\n\r\n')]));
      return 'open';
    }
    case 'pieces':
      // The head in pieces too: a request line split across packets is the parser's business.
      for (const [index, piece] of piecesOf(Buffer.concat([head, request.body]), request.sizes).entries()) {
        if (connection.gone) break;
        await connection.write(piece);
        if (index % 3 === 2) await sleep(index % 2);
      }
      return 'open';
    case 'long-length':
      await connection.write(Buffer.concat([head, request.body]));
      connection.socket.end();
      return 'ended';
    case 'abandon':
      await connection.write(Buffer.concat([head, request.body]));
      await sleep((request.sizes[0] ?? 0) % 3);
      connection.socket.resetAndDestroy();
      return 'destroyed';
    case 'cut': {
      const sent = Math.min(request.body.length - 1, request.sizes[0] ?? 0);
      await connection.write(Buffer.concat([head, request.body.subarray(0, Math.max(0, sent))]));
      await sleep(request.sizes[1] === undefined ? 0 : request.sizes[1] % 3);
      connection.socket.destroy();
      return 'destroyed';
    }
  }
}

/**
 * Sends the requests one after the other on one connection (keep-alive when there are several),
 * each after the answer to the one before, and returns how each ended.
 */
export async function exchange(port: number, requests: readonly WireRequest[], guardMs: number): Promise<Exchange[]> {
  const connection = new Connection(port);
  await new Promise<void>((resolve) => {
    connection.socket.once('connect', resolve);
    connection.socket.once('error', () => resolve());
  });
  const out: Exchange[] = [];
  try {
    for (const request of requests) {
      if (connection.gone) {
        out.push({ kind: 'not-sent' });
        continue;
      }
      const closed = await writeRequest(connection, request, port);
      if (closed === 'destroyed') {
        out.push({ kind: 'client-closed' });
        continue;
      }
      const ended = await connection.next(guardMs);
      // After its own end, the client takes a missing answer as its own doing.
      out.push(closed === 'ended' && ended.kind === 'server-closed' ? { kind: 'client-closed' } : ended);
      if (ended.kind !== 'answered' || /\bclose\b/i.test(ended.answer.headers.connection ?? '')) {
        connection.socket.destroy();
      }
    }
  } finally {
    connection.socket.destroy();
  }
  return out;
}
