// @ts-check
// `npm run mock`: serves the Prism mock of openapi.yaml until Ctrl-C; `npm run mock -- --wire
// docusign` serves openapi.docusign.yaml instead, DocuSign's own answers.
// PORT picks the port (default 4010, 0 for any free one); HOST the interface (default 127.0.0.1).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPrism } from '../contract-tests/support/prism.mjs';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

const USAGE = `Usage: npm run mock [-- --wire envelope|docusign]

  --wire envelope   openapi.yaml: this project's envelopes (the default)
  --wire docusign   openapi.docusign.yaml: DocuSign's own answers (connectCustomConfiguration, errorDetails)

PORT picks the port (default 4010, 0 for any free one); HOST the interface (default 127.0.0.1).`;

/** @type {{ wire?: string, help?: boolean }} */
let options;
try {
  ({ values: options } = parseArgs({ options: { wire: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const wire = options.wire ?? 'envelope';
if (wire !== 'envelope' && wire !== 'docusign') {
  console.error(`--wire must be envelope or docusign, not "${wire}".\n\n${USAGE}`);
  process.exit(2);
}
const document = wire === 'envelope' ? 'openapi.yaml' : 'openapi.docusign.yaml';

const rawPort = process.env.PORT ?? '4010';
const port = Number(rawPort);
if (!/^\d+$/.test(rawPort) || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${rawPort}".`);
  process.exit(2);
}

/** @type {import('../contract-tests/support/prism.mjs').RunningPrism | undefined} */
let prism;
let stopping = false;
// Installed before Prism starts, so that Ctrl-C at any moment stops it: a Prism still starting
// is killed by the launcher's exit hook when this process exits.
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  void (prism?.stop() ?? Promise.resolve()).then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

try {
  prism = await startPrism({
    spec: join(projectRoot, document),
    port,
    host: process.env.HOST ?? '127.0.0.1',
    cors: true,
    startTimeoutMs: 60_000,
    onLine: (line) => console.log(line),
  });
  console.log(`Prism is listening on ${prism.url}`);
  console.log(
    `\nMock of ${document} ready. Try:\n  curl -i -X POST ${prism.url}/v2.1/accounts/18476201/connect \\\n` +
      `    -H 'Authorization: Bearer any-token' -H 'Content-Type: application/json' \\\n` +
      `    -d '{"configurationType":"custom","urlToPublishTo":"https://hooks.example.com/connect",` +
      `"allUsers":"true","name":"demo","deliveryMode":"SIM","eventData":{"version":"restv2.1"},` +
      `"events":["envelope-completed"]}'\nPress Ctrl-C to stop.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
