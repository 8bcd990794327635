import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { deliver } from './deliver.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

async function listen(handler: RequestListener): Promise<URL> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/connect`);
}

describe('deliver', () => {
  test('posts the exact bytes with the headers and reports a 2xx as acknowledged', async () => {
    let received = '';
    let signature: string | undefined;
    const url = await listen((request, response) => {
      signature = request.headers['x-docusign-signature-1'] as string;
      request.setEncoding('utf8').on('data', (chunk) => (received += chunk));
      request.on('end', () => response.writeHead(202).end('ok'));
    });
    const outcome = await deliver(url, '{\r\n  "a": 1\r\n}', { 'x-docusign-signature-1': 'sig' }, 2_000);
    expect(outcome).toMatchObject({ status: 202, acknowledged: true });
    expect(received).toBe('{\r\n  "a": 1\r\n}');
    expect(signature).toBe('sig');
  });

  test('reports a non-2xx answer as not acknowledged', async () => {
    const url = await listen((_request, response) => response.writeHead(401).end());
    expect(await deliver(url, '{}', {}, 2_000)).toMatchObject({ status: 401, acknowledged: false });
  });

  test('reports a redirect as not acknowledged instead of following it', async () => {
    const url = await listen((_request, response) => response.writeHead(302, { location: 'http://127.0.0.1:9/' }).end());
    expect(await deliver(url, '{}', {}, 2_000)).toMatchObject({ status: 302, acknowledged: false });
  });

  test('reports a listener that does not answer in time as a timeout', async () => {
    const url = await listen(() => undefined);
    const outcome = await deliver(url, '{}', {}, 100);
    expect(outcome).toMatchObject({ acknowledged: false, failure: 'timeout' });
    expect(outcome.status).toBeUndefined();
  });

  test('reports a connection the listener drops as a reset', async () => {
    const url = await listen((request) => request.socket.destroy());
    expect(await deliver(url, '{}', {}, 2_000)).toMatchObject({ acknowledged: false, failure: 'reset' });
  });

  test('reports a closed port as refused', async () => {
    const url = await listen(() => undefined);
    await new Promise((done) => servers.pop()?.close(done));
    expect(await deliver(url, '{}', {}, 2_000)).toMatchObject({ acknowledged: false, failure: 'refused' });
  });

  test('says why fetch refused to send, not only that it failed', async () => {
    // Port 9 is one fetch will not connect to at all; the reason is in the error's cause.
    const outcome = await deliver(new URL('http://127.0.0.1:9/connect'), '{}', {}, 2_000);
    expect(outcome).toMatchObject({ acknowledged: false, failure: 'network', detail: 'bad port' });
  });
});
