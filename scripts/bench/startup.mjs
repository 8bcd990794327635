// @ts-check
// Section 4: what importing the client costs. Time to the first call in a fresh Node process
// (against the loopback server of section 2), and the size of the public entry bundled,
// minified and gzipped, each next to docusign-esign.
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import { briefAccount } from './bodies.mjs';
import { buildDir, builtEntry, runWhenMain } from './child.mjs';
import { startLoopbackServer } from './peers.mjs';
import { summarize } from './stats.mjs';

const here = (/** @type {string} */ name) => fileURLToPath(new URL(name, import.meta.url));

/**
 * A bundle input as people name it: `src/client.js` for the package's own files, the package
 * and path for a dependency's. (esbuild names inputs relative to the project.)
 * @param {string} file
 */
function shortName(file) {
  const own = `${relative(projectRoot, buildDir)}/`;
  return file.startsWith(own) ? file.slice(own.length) : file.replace(/^.*?node_modules\//, '');
}

/**
 * Bytes of an entry point bundled with everything it imports, minified, then gzipped.
 * @param {string} entry
 * @param {'esm' | 'cjs'} format
 */
async function bundledSize(entry, format) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format, write: false, metafile: true, logLevel: 'error', absWorkingDir: projectRoot });
  const bytes = result.outputFiles[0]?.contents;
  if (bytes === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const parts = Object.entries(inputs)
    .map(([file, { bytesInOutput }]) => ({ file: shortName(file), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { minified: bytes.byteLength, gzipped: gzipSync(bytes, { level: 9 }).byteLength, parts };
}

/** @param {number} bytes */
const kB = (bytes) => ({ median: bytes / 1000, p25: bytes / 1000, p75: bytes / 1000, rounds: 1, unit: 'kB' });

/** @param {import('./child.mjs').Settings} settings */
export async function run(settings) {
  const server = await startLoopbackServer();
  /** @type {Record<string, { firstCallMs: number[], importMs: number[] }>} */
  const samples = { ours: { firstCallMs: [], importMs: [] }, 'docusign-esign': { firstCallMs: [], importMs: [] }, fetch: { firstCallMs: [], importMs: [] } };
  try {
    const processes = settings.quick ? 2 : 15;
    for (let round = 0; round < processes; round++) {
      for (const subject of Object.keys(samples)) {
        const output = execFileSync(process.execPath, [here('./first-call.mjs'), subject, server.baseUrl, builtEntry, JSON.stringify(briefAccount)], { encoding: 'utf8', timeout: 60_000 });
        const { firstCallMs, importMs } = JSON.parse(output);
        samples[subject]?.firstCallMs.push(firstCallMs);
        samples[subject]?.importMs.push(importMs);
      }
    }
  } finally {
    server.stop();
  }
  const figure = (/** @type {string} */ subject, /** @type {'firstCallMs' | 'importMs'} */ key) => summarize(samples[subject]?.[key] ?? [], 'ms');
  const ours = await bundledSize(join(buildDir, 'index.js'), 'esm');
  const docusign = await bundledSize(join(projectRoot, 'node_modules', 'docusign-esign', 'src', 'index.js'), 'cjs');
  const fetchFirst = figure('fetch', 'firstCallMs');
  const oursFirst = figure('ours', 'firstCallMs');
  const oursImport = figure('ours', 'importMs');
  // What the bundle is made of, from the compiled sources the entry was bundled from.
  const composition = await bundledSize(join(buildDir, 'src', 'index.js'), 'esm');
  const largest = composition.parts.slice(0, 6).map((part) => `${part.file} ${(part.bytes / 1000).toFixed(1)} kB`).join(', ');
  return {
    title: 'Cost of importing the client',
    method:
      'Time from the first line of a fresh Node process\'s script to the answer of its first create against the loopback server of section 2 (Node\'s own start-up, the same for all, not counted), over fresh processes. Size: the public entry bundled with esbuild (minified, for Node) and gzipped at level 9.',
    rows: [
      {
        what: 'time to first call',
        ours: oursFirst,
        peer: { name: 'docusign-esign', figure: figure('docusign-esign', 'firstCallMs') },
        target: {
          text: '≤ 25 ms',
          atMost: 25,
          missedBecause:
            `no client that uses fetch can meet it on Node 20: a hand-written fetch call alone takes ${fetchFirst.median.toFixed(0)} ms to its first answer (next row), because Node loads its fetch (undici) and compiles its HTTP parser on first use. ` +
            `The client's own share is about ${Math.max(0, oursFirst.median - fetchFirst.median).toFixed(0)} ms, of which importing it (one bundled module) is ${oursImport.median.toFixed(0)} ms.`,
        },
      },
      { what: 'time to first call', ours: oursFirst, peer: { name: 'a hand-written fetch call (no import)', figure: fetchFirst } },
      { what: 'of which importing', ours: oursImport, peer: { name: 'docusign-esign', figure: figure('docusign-esign', 'importMs') } },
      {
        what: 'bundled, minified, gzipped',
        ours: kB(ours.gzipped),
        peer: { name: 'docusign-esign', figure: kB(docusign.gzipped) },
        target: {
          text: '≤ 20 kB, openapi-fetch and the validators included',
          atMost: 20,
          missedBecause:
            'most of the bundle is the validator compiled from openapi.yaml (all 46 properties, the five rules, every enumeration, reporting every problem at once), then the client, the spec facts and messages of the pre-flight check, and ajv-formats\' formats module, which comes whole. ' +
            'Each is a feature the issue asks for (checks before sending, errors that name the field and the fix), and the figure is a tenth of docusign-esign\'s.',
        },
      },
      { what: 'bundled, minified (not gzipped)', ours: kB(ours.minified), peer: { name: 'docusign-esign', figure: kB(docusign.minified) } },
    ],
    notes: [`The largest parts of the minified bundle: ${largest}.`],
  };
}

runWhenMain(import.meta.url, run);
