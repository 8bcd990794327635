import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './contract-tests/support/summary-reporter.js';

// `npm run contract -- --provider <url>` sets CONTRACT_MODE=provider: then only the suites that
// do not depend on forced mock answers run, and the provider-only suite joins them, each on the
// provider's wire. (Only with the Prism proxy the runner started: without one the global setup
// starts the mocks.) `--wire` against the mocks (CONTRACT_WIRE) keeps to the suites of one wire;
// the suites that serve both wires check the wires whose Prism is running.
const providerMode =
  process.env.CONTRACT_MODE === 'provider' && ((process.env.CONTRACT_PRISM_URL ?? '') !== '' || (process.env.CONTRACT_DOCUSIGN_PRISM_URL ?? '') !== '');
const PROVIDER_SUITES = ['contract-tests/wire.test.ts', 'contract-tests/provider.test.ts'];
/** Suites for the DocuSign wire alone: its own files, and those that check every running wire. */
const DOCUSIGN_SUITES = ['contract-tests/docusign-*.test.ts', 'contract-tests/wire.test.ts', 'contract-tests/generated-responses.test.ts', 'contract-tests/negative-matrix.test.ts'];
const onlyWire = process.env.CONTRACT_WIRE ?? '';
const mockSuites = onlyWire === 'docusign' ? DOCUSIGN_SUITES : ['contract-tests/*.test.ts'];
const mockExcluded = ['contract-tests/provider.test.ts', ...(onlyWire === 'envelope' ? ['contract-tests/docusign-*.test.ts'] : [])];

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter({ replay: 'npm run contract -- --seed {seed}' })],
    projects: [
      {
        test: {
          name: 'contract',
          // The README's examples import the package by name; in tests that name is src/.
          alias: [
            { find: /^docusign-connect-client\/events$/, replacement: fileURLToPath(new URL('./src/events.ts', import.meta.url)) },
            { find: /^docusign-connect-client$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
          ],
          include: providerMode ? PROVIDER_SUITES : mockSuites,
          exclude: providerMode ? [] : mockExcluded,
          globalSetup: ['contract-tests/support/prism-global-setup.ts'],
          setupFiles: ['contract-tests/support/violations-guard.ts'],
          // The suites share no state but Prism, and starting a fresh worker for each file was
          // half of the run's time (npm run bench, "npm run contract wall time").
          isolate: false,
          // A real provider may take its time; the client's own timeout (30 s) then speaks first.
          testTimeout: providerMode ? 60_000 : 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          // The fault-injection and fuzzing suites: the client against its own loopback server
          // and generated input. They need no Prism, so they get none of the contract set-up.
          name: 'reliability',
          include: ['contract-tests/reliability/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'tooling',
          // The scripts' tests and the harness's own (the Prism launcher): they start what they
          // need themselves, so they get none of the contract project's set-up.
          include: ['scripts/**/*.test.ts', 'contract-tests/support/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
