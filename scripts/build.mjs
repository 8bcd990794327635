// @ts-check
// Builds the publishable package into dist/: tsc compiles src/ and generated/spec-facts.ts, and
// the generated files tsc does not emit (the validators and the schema types) are copied next to
// them, so that the relative imports in dist/src resolve exactly as they do in src/.
//
//   node scripts/build.mjs                  into dist/
//   node scripts/build.mjs --out-dir DIR    elsewhere (npm run bench builds its own copy)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot as root } from './spec-tools.mjs';

const require = createRequire(import.meta.url);
const COPIED = ['schema.d.ts', 'validators.cjs', 'validators.d.cts'];

function main() {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: join(root, 'dist') } } });
  const outDir = resolve(values['out-dir']);
  for (const dir of ['src', 'generated']) rmSync(join(outDir, dir), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('tsc failed: fix the errors above, then run `npm run build` again.');
    return run.status ?? 1;
  }
  mkdirSync(join(outDir, 'generated'), { recursive: true });
  for (const name of COPIED) copyFileSync(join(root, 'generated', name), join(outDir, 'generated', name));
  const shown = outDir === join(root, 'dist') ? 'dist' : outDir;
  console.log(`Built ${shown}/src and ${shown}/generated.`);
  return 0;
}

process.exitCode = main();
