// @ts-check
// Section 2: end to end over loopback, against a node:http server in another process. Each
// subject makes real HTTP requests with the connection reuse it has by default.
import { createRequire } from 'node:module';
import { briefAccount } from './bodies.mjs';
import { builtEntry, runWhenMain } from './child.mjs';
import { ACCOUNT, docusignConnectApi, handWrittenCreate, startLoopbackServer, TOKEN } from './peers.mjs';
import { measureRounds } from './stats.mjs';

const require = createRequire(import.meta.url);

/** @param {import('./child.mjs').Settings} settings */
export async function run(settings) {
  /** @type {typeof import('../../src/index.js')} */
  const { createConnectClient } = await import(builtEntry);
  // Untyped CommonJS; only ApiClient, addDefaultHeader and ConnectApi are used.
  const docusign = /** @type {any} */ (require('docusign-esign'));
  const server = await startLoopbackServer();
  try {
    const { baseUrl } = server;
    const body = briefAccount;
    const ours = createConnectClient({ baseUrl, accessToken: TOKEN });
    const connectApi = docusignConnectApi(docusign, baseUrl);
    // The same server answering as DocuSign does, for the client on the DocuSign wire and for
    // docusign-esign reading the same answer.
    const oursNative = createConnectClient({ baseUrl: server.nativeBaseUrl, accessToken: TOKEN, wire: 'docusign' });
    const connectApiNative = docusignConnectApi(docusign, server.nativeBaseUrl);

    const subjects = {
      ours: async () => {
        const result = await ours.createConfiguration(ACCOUNT, /** @type {any} */ (body));
        if (!result.success) throw new Error(`ours: HTTP ${result.status}`);
      },
      fetch: async () => {
        if ((await handWrittenCreate(baseUrl, body)).success !== true) throw new Error('fetch: the hand-written call did not create');
      },
      docusign: async () => {
        await connectApi.createConfiguration(ACCOUNT, { connectCustomConfiguration: body });
      },
      oursNative: async () => {
        const result = await oursNative.createConfiguration(ACCOUNT, /** @type {any} */ (body));
        if (!result.success) throw new Error(`ours on the DocuSign wire: HTTP ${result.status}`);
      },
      docusignNative: async () => {
        await connectApiNative.createConfiguration(ACCOUNT, { connectCustomConfiguration: body });
      },
    };
    for (const subject of Object.values(subjects)) await subject();

    const rounds = settings.quick ? { warmupRounds: 1, rounds: 2, iterations: 20 } : { warmupRounds: 2, rounds: 12, iterations: 400 };
    const sequential = await measureRounds(subjects, rounds);
    const parallel = await measureRounds(subjects, { ...rounds, concurrency: 16 });
    /** @param {Record<string, import('./stats.mjs').Figure>} figures @param {keyof typeof subjects} key */
    const figure = (figures, key) => /** @type {import('./stats.mjs').Figure} */ (figures[key]);
    /** @param {Record<string, import('./stats.mjs').Figure>} figures @param {boolean} inFlight */
    const target = (figures, inFlight) => {
      const ours = figure(figures, 'ours').median;
      const plain = figure(figures, 'fetch').median;
      const docusignEsign = figure(figures, 'docusign').median;
      return {
        text: 'at least as fast as docusign-esign (≤ 1×)',
        ratioAtMost: 1,
        missedBecause:
          `the transport is not what loses: plain fetch is faster than docusign-esign here (${Math.round(plain)} against ${Math.round(docusignEsign)} µs). ` +
          `The client's own work per call (section 1: openapi-fetch's request building and middleware, the checks of body and answer, the capped read, redaction) adds ${Math.round(ours - plain)} µs to fetch, where docusign-esign adds ${Math.round(docusignEsign - plain)} µs to it; ` +
          (inFlight ? 'with 16 calls in flight the CPU is what limits, so that work counts in full.' : 'over loopback a round trip is mostly CPU, so that work shows almost in full.'),
      };
    };
    return {
      title: 'End to end over loopback',
      method:
        'One create per call against a `node:http` server in a separate process on 127.0.0.1, answering the success envelope (DocuSign\'s own `connectCustomConfiguration` for the DocuSign-wire rows). Time per call: one after another, and with 16 calls in flight (total time ÷ calls).',
      rows: [
        { what: 'sequential', ours: figure(sequential, 'ours'), peer: { name: 'docusign-esign ConnectApi.createConfiguration', figure: figure(sequential, 'docusign') }, target: target(sequential, false) },
        { what: 'sequential', ours: figure(sequential, 'ours'), peer: { name: 'plain fetch (careful, as in section 1)', figure: figure(sequential, 'fetch') } },
        { what: '16 in flight', ours: figure(parallel, 'ours'), peer: { name: 'docusign-esign ConnectApi.createConfiguration', figure: figure(parallel, 'docusign') }, target: target(parallel, true) },
        { what: '16 in flight', ours: figure(parallel, 'ours'), peer: { name: 'plain fetch (careful, as in section 1)', figure: figure(parallel, 'fetch') } },
        { what: 'sequential, DocuSign wire', ours: figure(sequential, 'oursNative'), peer: { name: 'docusign-esign, the same answer', figure: figure(sequential, 'docusignNative') } },
        { what: '16 in flight, DocuSign wire', ours: figure(parallel, 'oursNative'), peer: { name: 'docusign-esign, the same answer', figure: figure(parallel, 'docusignNative') } },
      ],
      notes: ['docusign-esign 10.0.0 is a dev dependency used only here; it sends with axios over `node:http` (keep-alive agent of Node 20), the client and plain fetch with the global fetch (undici).'],
    };
  } finally {
    server.stop();
  }
}

runWhenMain(import.meta.url, run);
