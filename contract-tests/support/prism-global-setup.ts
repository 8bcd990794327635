// Vitest global setup for the contract project. `npm run contract` (scripts/contract.mjs) starts
// Prism itself, as mocks or as a proxy in front of a provider, and passes the URLs in the
// environment; when the tests run any other way (`npm test`, `vitest`), this starts one Prism
// mock per wire for the run (openapi.yaml and openapi.docusign.yaml, at the same time), on free
// loopback ports, and stops them when the run ends (also when tests fail).
import { randomInt } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { startPrism } from './prism.mjs';
import { projectRoot } from './spec-tools.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prism for the envelope wire (openapi.yaml); empty when this run does not check that wire. */
    prismUrl: string;
    /** Prism for the DocuSign wire (openapi.docusign.yaml); empty when this run does not check that wire. */
    docusignPrismUrl: string;
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
  const given = process.env.CONTRACT_PRISM_URL ?? '';
  const givenDocuSign = process.env.CONTRACT_DOCUSIGN_PRISM_URL ?? '';
  if (given !== '' || givenDocuSign !== '') {
    const mode = process.env.CONTRACT_MODE === 'provider' ? 'provider' : 'mock';
    project.provide('prismUrl', given);
    project.provide('docusignPrismUrl', givenDocuSign);
    project.provide('contractMode', mode);
    project.provide('providerAccountId', mode === 'provider' ? (process.env.CONTRACT_PROVIDER_ACCOUNT ?? '') : '');
    return undefined;
  }
  // Both at once: a Prism takes a few seconds to start, most of it waiting.
  const started = await Promise.allSettled([
    startPrism({ port: 0, host: '127.0.0.1' }),
    startPrism({ port: 0, host: '127.0.0.1', spec: join(projectRoot, 'openapi.docusign.yaml') }),
  ]);
  const running = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed !== undefined) {
    await Promise.all(running.map((prism) => prism.stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  const [envelope, docusign] = running as [(typeof running)[number], (typeof running)[number]];
  process.stdout.write(`Prism ${envelope.url} is mocking openapi.yaml (pid ${envelope.pid}), and ${docusign.url} openapi.docusign.yaml (pid ${docusign.pid}).\n`);
  project.provide('prismUrl', envelope.url);
  project.provide('docusignPrismUrl', docusign.url);
  project.provide('contractMode', 'mock');
  project.provide('providerAccountId', '');
  return async () => {
    await Promise.all([envelope.stop(), docusign.stop()]);
  };
}
