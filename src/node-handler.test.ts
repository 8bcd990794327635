// The listener behind a real node:http server on loopback through toNodeHandler: every answer
// over the wire, 413 by Content-Length and by a chunked upload, body parsers mounted first, and
// clients that go away mid-body.
import { request as httpRequest, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bodyOf, envelopeEvent, KEY_NEW, KEY_OLD, recipientEvent, signatureHeaders } from '../contract-tests/fixtures/connect-messages.js';
import { closeServers, serveOnLoopback } from '../contract-tests/fixtures/loopback.js';
import { type ConnectListenerOptions, createConnectListener } from './listener.js';
import { toNodeHandler } from './node-handler.js';

const body = bodyOf(envelopeEvent());

afterEach(closeServers);

/** Starts `handler` on 127.0.0.1, port 0, and returns its URL. */
async function serve(handler: RequestListener): Promise<string> {
  return (await serveOnLoopback(handler)).url;
}

/** A loopback listener with a recording onEvent and onError. */
async function serveListener(options: Partial<ConnectListenerOptions> = {}) {
  const onEvent = vi.fn();
  const onError = vi.fn();
  const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent, onError, ...options });
  const url = await serve(toNodeHandler(listener));
  return { url, onEvent, onError };
}

/** POSTs a signed delivery with fetch and returns status and JSON body. */
async function post(url: string, raw: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: raw });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe('toNodeHandler over loopback', () => {
  test('answers every status the listener gives', async () => {
    let fail = true;
    const { url, onEvent } = await serveListener({
      onEvent: vi.fn(() => {
        if (fail) throw new Error('not yet');
      }),
    });
    expect(await post(url, body, signatureHeaders(body, [KEY_OLD]))).toMatchObject({ status: 500, body: { ok: false, reason: 'handler-failed' } });
    fail = false;
    expect(await post(url, body, signatureHeaders(body, [KEY_OLD]))).toMatchObject({ status: 200, body: { ok: true } });
    expect(await post(url, body, signatureHeaders(body, [KEY_OLD]))).toMatchObject({ status: 200, body: { ok: true, duplicate: true } });
    expect(await post(url, body, {})).toMatchObject({ status: 401, body: { reason: 'no-signature' } });
    expect(await post(url, body, signatureHeaders(body, [KEY_NEW]))).toMatchObject({ status: 401, body: { reason: 'bad-signature' } });
    expect(await post(url, 'x=1', signatureHeaders('x=1', [KEY_OLD]))).toMatchObject({ status: 400, body: { reason: 'not-json' } });
    const get = await fetch(url);
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect(onEvent).toHaveBeenCalledTimes(0);
  });

  test('passes signature headers as sent, in any case, several at once', async () => {
    const { url, onEvent } = await serveListener({ hmacKeys: [KEY_OLD, KEY_NEW] });
    const raw = bodyOf(recipientEvent('7'));
    const answer = await post(url, raw, { 'X-Docusign-Signature-1': signatureHeaders(raw, ['retired-key'])['X-DocuSign-Signature-1'] as string, 'x-docusign-signature-2': signatureHeaders(raw, [KEY_NEW])['X-DocuSign-Signature-1'] as string });
    expect(answer.status).toBe(200);
    expect(onEvent).toHaveBeenCalledWith(recipientEvent('7'), expect.objectContaining({ signatureHeader: 'x-docusign-signature-2', keyIndex: 1 }));
  });

  test('413 for a Content-Length past the limit, closing the connection rather than reading on', async () => {
    const { url, onEvent } = await serveListener({ maxBodyBytes: 1024 });
    const raw = bodyOf(envelopeEvent({}, { padding: 'x'.repeat(4096) }));
    const answer = await post(url, raw, signatureHeaders(raw, [KEY_OLD]));
    expect(answer).toMatchObject({ status: 413, body: { ok: false, reason: 'too-large' } });
    expect(answer.headers.get('connection')).toBe('close');
    expect(onEvent).not.toHaveBeenCalled();
  });

  test('413 for a chunked upload once past the limit, which stops reading it', async () => {
    const { url, onEvent } = await serveListener({ maxBodyBytes: 64 * 1024 });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const ceiling = 256 * 1024 * 1024;
    const { status, written } = await new Promise<{ status: number; written: number }>((resolve, reject) => {
      let written = 0;
      let answered = false;
      const upload = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-DocuSign-Signature-1': 'x' } });
      upload.on('response', (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, written });
      });
      // Once the server closes, further writes fail; the answer has come by then.
      upload.on('error', (error) => {
        if (!answered) reject(error);
      });
      const pump = () => {
        while (!answered && written < ceiling) {
          written += chunk.length;
          if (!upload.write(chunk)) {
            upload.once('drain', pump);
            return;
          }
        }
        if (!answered) upload.end();
      };
      pump();
    });
    expect(status).toBe(413);
    // The server stopped reading: the upload was cut short long before the ceiling.
    expect(written).toBeLessThan(32 * 1024 * 1024);
    expect(onEvent).not.toHaveBeenCalled();
    // And the server still serves.
    expect((await post(url, body, signatureHeaders(body, [KEY_OLD]))).status).toBe(200);
  });

  test('identical deliveries at once run onEvent once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const onEvent = vi.fn(() => gate);
    const { url } = await serveListener({ onEvent });
    const answers = Promise.all([1, 2, 3].map(() => post(url, body, signatureHeaders(body, [KEY_OLD]))));
    await vi.waitFor(() => expect(onEvent).toHaveBeenCalledTimes(1));
    release();
    expect((await answers).map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  test('a client that goes away mid-body ends only its own request', async () => {
    const { url, onEvent, onError } = await serveListener();
    await new Promise<void>((resolve) => {
      const upload = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '100000' } });
      upload.on('error', () => resolve());
      upload.write(body.slice(0, 20), () => setTimeout(() => upload.destroy(), 20));
    });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.any(Error), expect.objectContaining({ stage: 'read-body' })));
    expect(onEvent).not.toHaveBeenCalled();
    expect((await post(url, body, signatureHeaders(body, [KEY_OLD]))).status).toBe(200);
  });
});

describe('toNodeHandler after a body parser', () => {
  /** What express.json() and express.text() do: read the stream, leave a parsed body, mark it read. */
  function parsedFirst(parse: (raw: Buffer) => unknown, handler: (req: IncomingMessage, res: ServerResponse) => unknown): RequestListener {
    return (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        Object.assign(req, { body: parse(Buffer.concat(chunks)), _body: true });
        void handler(req, res);
      });
    };
  }

  test('answers 500 and reports a TypeError saying where to mount it when the body was parsed (express.json)', async () => {
    const onError = vi.fn();
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent: () => undefined });
    const url = await serve(parsedFirst((raw) => JSON.parse(raw.toString()), toNodeHandler(listener, { onError })));
    expect(await post(url, body, signatureHeaders(body, [KEY_OLD]))).toMatchObject({ status: 500, body: { ok: false, reason: 'body-already-read' } });
    expect(onError).toHaveBeenCalledWith(expect.any(TypeError));
    expect((onError.mock.calls[0]?.[0] as Error).message).toMatch(/before the body parser, or use express\.raw/);
  });

  test('warns once through the process by default', async () => {
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent: () => undefined });
      const url = await serve(parsedFirst((raw) => raw.toString(), toNodeHandler(listener)));
      expect((await post(url, body, signatureHeaders(body, [KEY_OLD]))).status).toBe(500);
      expect((await post(url, body, signatureHeaders(body, [KEY_OLD]))).status).toBe(500);
      expect(warnings).toHaveBeenCalledTimes(1);
    } finally {
      warnings.mockRestore();
    }
  });

  test('uses the bytes express.raw() left in req.body', async () => {
    const onEvent = vi.fn();
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent });
    const url = await serve(parsedFirst((raw) => raw, toNodeHandler(listener)));
    expect((await post(url, body, signatureHeaders(body, [KEY_OLD]))).status).toBe(200);
    expect(onEvent).toHaveBeenCalledWith(envelopeEvent(), expect.anything());
  });

  test('answers 500 when the listener itself throws, and never rejects', async () => {
    const onError = vi.fn();
    const handler = toNodeHandler(
      () => {
        throw new Error('not a listener');
      },
      { onError },
    );
    const url = await serve(handler);
    expect(await post(url, body, {})).toMatchObject({ status: 500, body: { ok: false, reason: 'handler-failed' } });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'not a listener' }));
  });

  test('refuses something that is not a listener when created', () => {
    expect(() => toNodeHandler(undefined as never)).toThrow(TypeError);
  });
});
