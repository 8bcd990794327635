// @ts-check
// The servers of the listener benchmark, in a process of their own so that the load generator's
// work is not counted as theirs: on 127.0.0.1, port 0, the listener kit through toNodeHandler,
// and a bare node:http handler doing the same verification by hand. Each answers 200 with a small
// JSON body. It tells its parent the ports over IPC and exits when the parent disconnects.
import { createServer } from 'node:http';
import { builtEvents } from './child.mjs';
import { HMAC_KEY, handWrittenVerify } from './listener-messages.mjs';

/** @type {typeof import('../../src/events.js')} */
const { createConnectListener, toNodeHandler } = await import(builtEvents);

let received = 0;
const ours = createServer(toNodeHandler(createConnectListener({ hmacKeys: [HMAC_KEY], onEvent: () => void (received += 1) })));

const bare = createServer((request, response) => {
  /** @type {Buffer[]} */
  const chunks = [];
  request.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
  request.on('end', () => {
    const header = request.headers['x-docusign-signature-1'];
    let status = 401;
    try {
      if (handWrittenVerify(Buffer.concat(chunks), typeof header === 'string' ? header : undefined) !== undefined) {
        received += 1;
        status = 200;
      }
    } catch {
      status = 400;
    }
    const body = status === 200 ? '{"ok":true}' : '{"ok":false}';
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});

/** @param {import('node:http').Server} server */
const listen = (server) =>
  new Promise((resolve) => {
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });

const ports = { ours: await listen(ours), bare: await listen(bare) };
process.send?.(ports);
process.on('message', () => process.send?.({ received }));
process.on('disconnect', () => {
  ours.close();
  bare.close();
  process.exit(0);
});
