// @ts-check
// Builds the publishable package into dist/, in two steps:
// 1. tsc compiles src/ and generated/spec-facts.ts into dist/src and dist/generated, with their
//    declarations; the generated files tsc does not emit (the validators and the schema types)
//    are copied next to them, so that the relative imports resolve exactly as in src/.
// 2. esbuild bundles that output into one module per entry of BUNDLES: dist/index.js, the
//    package's entry, dist/events.js (the listener side, docusign-connect-client/events, which
//    carries only the event validator), and dist/cli.js, the docusign-connect command. Node then loads one file
//    instead of a dozen plus the CommonJS validators (which it must scan for their exports):
//    importing the client takes a third of the time (npm run bench, section 4). The runtime
//    dependencies stay imports (the command bundles them too); the validators' helpers from ajv and ajv-formats, which are
//    build tools here, are bundled.
// 3. The files the command needs next to it: dist/prism-watchdog.cjs, which `docusign-connect
//    mock` preloads into Prism (node --require) so that Prism ends with the command. It cannot be
//    bundled: it runs in Prism's process, not the command's.
//
//   node scripts/build.mjs                  into dist/
//   node scripts/build.mjs --out-dir DIR    elsewhere (npm run bench builds its own copy)
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { projectRoot as root } from '../contract-tests/support/spec-tools.mjs';

const require = createRequire(import.meta.url);
const COPIED = ['schema.d.ts', 'docusign-schema.d.ts', 'validators.cjs', 'validators.d.cts', 'event-validators.cjs', 'event-validators.d.cts'];
/**
 * The bundles: a compiled entry under the output directory and the file it becomes. A command
 * gets the #! line (it must come first, so it goes before the banner) and mode 755, so that npm's
 * bin link and a direct ./dist/cli.js both run it.
 * @type {Array<{ entry: string, outfile: string, command?: boolean }>}
 */
const BUNDLES = [
  { entry: 'src/index.js', outfile: 'index.js' },
  { entry: 'src/events.js', outfile: 'events.js' },
  { entry: 'src/cli/bin.js', outfile: 'cli.js', command: true },
];
/** Files copied next to the bundles as they are: the source under the project, the name in the output. */
const BESIDE = [{ source: 'src/cli/prism-watchdog.cjs', outfile: 'prism-watchdog.cjs' }];

async function main() {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: join(root, 'dist') } } });
  const outDir = resolve(values['out-dir']);
  for (const dir of ['src', 'generated']) rmSync(join(outDir, dir), { recursive: true, force: true });
  for (const file of [...BUNDLES, ...BESIDE]) rmSync(join(outDir, file.outfile), { force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('tsc failed: fix the errors above, then run `npm run build` again.');
    return run.status ?? 1;
  }
  mkdirSync(join(outDir, 'generated'), { recursive: true });
  for (const name of COPIED) copyFileSync(join(root, 'generated', name), join(outDir, 'generated', name));

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const banner = `// ${manifest.name} ${manifest.version}: built by npm run build from src/ and generated/. Do not edit.`;
  for (const bundle of BUNDLES) {
    const outfile = join(outDir, bundle.outfile);
    try {
      await build({
        entryPoints: [join(outDir, bundle.entry)],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        // A library bundle leaves its runtime dependencies to the installer; the command carries
        // them (openapi-fetch, a few kB), so that dist/cli.js runs from any copy of itself and
        // only create pays for what create uses.
        external: bundle.command ? [] : Object.keys(manifest.dependencies ?? {}),
        // The validators' helpers are found from the project even when --out-dir is outside it.
        nodePaths: [join(root, 'node_modules')],
        banner: { js: bundle.command ? `#!/usr/bin/env node\n${banner}` : banner },
        logLevel: 'error',
      });
    } catch {
      console.error(`esbuild could not bundle ${bundle.entry}: fix the errors above, then run \`npm run build\` again.`);
      return 1;
    }
    if (bundle.command) chmodSync(outfile, 0o755);
  }
  for (const file of BESIDE) copyFileSync(join(root, file.source), join(outDir, file.outfile));
  const shown = outDir === join(root, 'dist') ? 'dist' : outDir;
  const files = [...BUNDLES, ...BESIDE].map((file) => `${shown}/${file.outfile}`).join(', ');
  console.log(`Built ${files}, with the declarations in ${shown}/src and ${shown}/generated.`);
  return 0;
}

process.exitCode = await main();
