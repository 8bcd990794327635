// @ts-check
// The server of the loopback benchmark, in a process of its own so that its work is not counted
// as the client's: a node:http server on 127.0.0.1, port 0, that reads each request body and
// answers the success envelope, or under NATIVE_PREFIX DocuSign's own answer. It tells its parent the port over IPC and exits when the
// parent disconnects (or dies).
import { createServer } from 'node:http';
import { ENVELOPE, NATIVE, NATIVE_PREFIX } from './peers.mjs';

const server = createServer((request, response) => {
  request.on('data', () => undefined);
  request.on('end', () => {
    const body = request.url?.startsWith(NATIVE_PREFIX) ? NATIVE : ENVELOPE;
    response.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address !== null ? address.port : 0 });
});
process.on('disconnect', () => {
  server.close();
  process.exit(0);
});
