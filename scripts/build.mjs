// @ts-check
// Builds the publishable package into dist/: tsc compiles src/ and generated/spec-facts.ts, and
// the generated files tsc does not emit (the validators and the schema types) are copied next to
// them, so that the relative imports in dist/src resolve exactly as they do in src/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot as root } from './spec-tools.mjs';

const require = createRequire(import.meta.url);
const COPIED = ['schema.d.ts', 'validators.cjs', 'validators.d.cts'];

function main() {
  for (const dir of ['src', 'generated']) rmSync(join(root, 'dist', dir), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('tsc failed: fix the errors above, then run `npm run build` again.');
    return run.status ?? 1;
  }
  mkdirSync(join(root, 'dist', 'generated'), { recursive: true });
  for (const name of COPIED) copyFileSync(join(root, 'generated', name), join(root, 'dist', 'generated', name));
  console.log('Built dist/src and dist/generated.');
  return 0;
}

process.exitCode = main();
