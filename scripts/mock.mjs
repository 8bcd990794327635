// @ts-check
// `npm run mock`: `docusign-connect mock` run from this repository's sources, so that it serves
// the documents as they are now, without `npm run build` first. esbuild bundles the command
// (src/cli/main.ts, in a fraction of a second) into dist/npm-run-mock/, next to a copy of the
// watchdog Prism preloads, and runs it in this process. From there the command finds the spec
// documents (this project is the package) and Prism as it does in an installed package, so both
// are one code path. Every option is the command's:
//   npm run mock                                   Prism on http://127.0.0.1:4010, the envelope wire
//   npm run mock -- --port 0 --wire docusign       see npm run mock -- --help
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Not dist/cli.js: `npm pack` rebuilds that, and a running mock must not see it vanish. */
const out = join(root, 'dist', 'npm-run-mock');

/**
 * Writes a file through a temporary name, so that a second `npm run mock` starting at the same
 * moment never loads a half-written one.
 * @param {string} target
 * @param {(temporary: string) => Promise<void> | void} write
 */
async function replace(target, write) {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await write(temporary);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'main.js');
  try {
    await replace(entry, async (temporary) => {
      await build({
        entryPoints: [join(root, 'src', 'cli', 'main.ts')],
        outfile: temporary,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        // Everything bundled, openapi-fetch included, as in the package's dist/cli.js.
        logLevel: 'error',
      });
    });
  } catch {
    process.stderr.write('npm run mock: esbuild could not bundle src/cli/main.ts; fix the errors above.\n');
    return 2;
  }
  await replace(join(out, 'prism-watchdog.cjs'), (temporary) => copyFileSync(join(root, 'src', 'cli', 'prism-watchdog.cjs'), temporary));
  const { runCli } = /** @type {typeof import('../src/cli/main.js')} */ (await import(pathToFileURL(entry).href));
  return runCli(['mock', ...process.argv.slice(2)], {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
}

try {
  process.exitCode = await main();
} catch (error) {
  // The command reports its own failures; this is a failure of the wrapper itself.
  process.stderr.write(`npm run mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
