// @ts-check
// Regenerates generated/ from openapi.yaml, or with --check reports whether it is stale.
//
//   node scripts/generate.mjs            write generated/schema.d.ts
//   node scripts/generate.mjs --check    exit 1 with a one-line fix when generated/ is stale
//
// --spec FILE and --out DIR point it elsewhere (the tests use them on temporary copies).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot as root } from './spec-tools.mjs';

const require = createRequire(import.meta.url);

/** The first lines of every generated file; the drift check compares them too. */
const BANNER = [
  '// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.',
  '',
].join('\n');

/**
 * Runs openapi-typescript on the spec and returns the file's text.
 * It gets its own Redocly config so that ./redocly.yaml lint rules never block generation,
 * and read/write markers so that readOnly fields stay out of request bodies.
 * @param {string} specPath
 * @returns {string}
 */
function renderSchemaTypes(specPath) {
  const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
  const scratch = mkdtempSync(join(tmpdir(), 'connect-codegen-'));
  const outFile = join(scratch, 'schema.d.ts');
  try {
    const run = spawnSync(
      process.execPath,
      [
        cli,
        specPath,
        '--redocly',
        join(root, 'scripts', 'openapi-ts.redocly.yaml'),
        '--read-write-markers',
        '--output',
        outFile,
      ],
      { cwd: scratch, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } },
    );
    if (run.status !== 0) {
      const detail = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim() || String(run.error ?? 'no output');
      throw new Error(`openapi-typescript could not read ${specPath}:\n${detail}`);
    }
    return BANNER + readFileSync(outFile, 'utf8').replace(/\r\n/g, '\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Every file under generated/, keyed by its name, as the spec says it should be.
 * @param {string} specPath
 * @returns {Map<string, string>}
 */
function renderGenerated(specPath) {
  return new Map([['schema.d.ts', renderSchemaTypes(specPath)]]);
}

/**
 * @param {string} path
 * @returns {string | undefined}
 */
function readIfPresent(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      spec: { type: 'string', default: join(root, 'openapi.yaml') },
      out: { type: 'string', default: join(root, 'generated') },
    },
  });
  const specPath = resolve(values.spec);
  const outDir = resolve(values.out);
  const shown = (/** @type {string} */ path) => relative(process.cwd(), path) || '.';

  let files;
  try {
    files = renderGenerated(specPath);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }

  if (!values.check) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of files) writeFileSync(join(outDir, name), text);
    console.log(`Wrote ${[...files.keys()].map((name) => shown(join(outDir, name))).join(', ')} from ${shown(specPath)}.`);
    return 0;
  }

  const problems = [];
  for (const [name, text] of files) {
    const current = readIfPresent(join(outDir, name));
    if (current === undefined) problems.push(`${shown(join(outDir, name))} is missing`);
    else if (current !== text) problems.push(`${shown(join(outDir, name))} is stale (it does not match ${shown(specPath)})`);
  }
  if (problems.length > 0) {
    console.error(
      `${problems.join('; ')}: run \`npm run generate\` and commit ${shown(outDir)}/.`,
    );
    return 1;
  }
  console.log(`${shown(outDir)}/ is up to date with ${shown(specPath)}.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
