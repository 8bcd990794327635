import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './contract-tests/support/summary-reporter.js';

export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        test: {
          name: 'contract',
          // The README's examples import the package by name; in tests that name is src/.
          alias: { 'docusign-connect-client': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
          include: ['contract-tests/**/*.test.ts'],
          globalSetup: ['contract-tests/support/prism-global-setup.ts'],
          testTimeout: 20_000,
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
          name: 'tooling',
          include: ['scripts/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
