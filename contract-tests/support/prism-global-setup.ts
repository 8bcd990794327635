// Vitest global setup for the contract project: one Prism mock of openapi.yaml for the run,
// on a free loopback port, stopped when the run ends (also when tests fail).
import type { TestProject } from 'vitest/node';
import { startPrism } from '../../scripts/prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prism = await startPrism({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`Prism ${prism.url} is mocking openapi.yaml (pid ${prism.pid}).\n`);
  project.provide('prismUrl', prism.url);
  return async () => {
    await prism.stop();
  };
}
