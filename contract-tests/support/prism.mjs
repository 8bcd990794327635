// @ts-check
// The harness's Prism launcher: the package's own (src/cli/prism.js, which `docusign-connect mock`
// and `npm run mock` use), with this repository's openapi.yaml as the document unless told
// otherwise. Shared by `npm run contract`, the contract tests' global setup and the pack test.
import { join } from 'node:path';
import { startPrism as startPackagePrism } from '../../src/cli/prism.js';
import { projectRoot } from './spec-tools.mjs';

export { PortInUseError, PrismNotInstalledError } from '../../src/cli/prism.js';

/** @typedef {import('../../src/cli/prism.js').RunningPrism} RunningPrism */
/** @typedef {Omit<import('../../src/cli/prism.js').PrismOptions, 'spec'> & { spec?: string }} PrismOptions */

/**
 * Starts Prism on `options.spec`, openapi.yaml by default; see src/cli/prism.js for the options.
 * @param {PrismOptions} [options]
 * @returns {Promise<RunningPrism>}
 */
export function startPrism(options = {}) {
  return startPackagePrism({ ...options, spec: options.spec ?? join(projectRoot, 'openapi.yaml') });
}
