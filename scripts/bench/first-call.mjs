// @ts-check
// One fresh process, one subject: how long from the first line of this script until the
// subject's first create has its answer, and how much of that was loading the subject.
// Usage: node scripts/bench/first-call.mjs <ours|docusign-esign|fetch> <baseUrl> <builtEntry> <body as JSON>
// (peers.mjs is loaded before the clock starts, as every static import of this file is; it
// loads nothing of the subjects.)
import { ACCOUNT, docusignConnectApi, handWrittenCreate, TOKEN } from './peers.mjs';

const started = performance.now();
const [subject, baseUrl, builtEntry, bodyText] = process.argv.slice(2);
const body = JSON.parse(/** @type {string} */ (bodyText));

let loaded = started;
if (subject === 'ours') {
  const { createConnectClient } = await import(/** @type {string} */ (builtEntry));
  loaded = performance.now();
  const result = await createConnectClient({ baseUrl, accessToken: TOKEN }).createConfiguration(ACCOUNT, body);
  if (!result.success) throw new Error(`HTTP ${result.status}`);
} else if (subject === 'docusign-esign') {
  const { createRequire } = await import('node:module');
  const docusign = createRequire(import.meta.url)('docusign-esign');
  loaded = performance.now();
  await docusignConnectApi(docusign, /** @type {string} */ (baseUrl)).createConfiguration(ACCOUNT, { connectCustomConfiguration: body });
} else if (subject === 'fetch') {
  if ((await handWrittenCreate(/** @type {string} */ (baseUrl), body)).success !== true) throw new Error('the hand-written call did not create');
} else {
  throw new Error(`unknown subject ${subject}`);
}
const done = performance.now();
process.stdout.write(`${JSON.stringify({ firstCallMs: done - started, importMs: loaded - started })}\n`);
process.exit(0);
