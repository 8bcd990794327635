// Vitest global setup for the contract project. `npm run contract` (scripts/contract.mjs) starts
// Prism itself, as a mock or as a proxy in front of a provider, and passes it in the environment;
// when the tests run any other way (`npm test`, `vitest`), this starts one Prism mock of
// openapi.yaml for the run, on a free loopback port, and stops it when the run ends (also when
// tests fail).
import { randomInt } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { startPrism } from './prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
    contractMode: 'mock' | 'provider';
    /** The provider account in provider mode; empty for the mock. */
    providerAccountId: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // One seed for every generated check of the run (the test workers inherit it), so that one
  // `--seed` replays the whole run, as with `npm run contract`.
  if (process.env.CONTRACT_SEED === undefined || process.env.CONTRACT_SEED === '') {
    process.env.CONTRACT_SEED = String(randomInt(-(2 ** 31) + 1, 2 ** 31));
  }
  const given = process.env.CONTRACT_PRISM_URL;
  if (given !== undefined && given !== '') {
    const mode = process.env.CONTRACT_MODE === 'provider' ? 'provider' : 'mock';
    project.provide('prismUrl', given);
    project.provide('contractMode', mode);
    project.provide('providerAccountId', mode === 'provider' ? (process.env.CONTRACT_PROVIDER_ACCOUNT ?? '') : '');
    return undefined;
  }
  const prism = await startPrism({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`Prism ${prism.url} is mocking openapi.yaml (pid ${prism.pid}).\n`);
  project.provide('prismUrl', prism.url);
  project.provide('contractMode', 'mock');
  project.provide('providerAccountId', '');
  return async () => {
    await prism.stop();
  };
}
