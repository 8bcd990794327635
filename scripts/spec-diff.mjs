#!/usr/bin/env node
// @ts-check
// `npm run spec:diff -- --base REF`: the breaking-change check for the spec documents. It compares
// openapi.yaml and openapi.docusign.yaml (with its ./openapi.yaml request side and the webhook)
// at a git ref with the working tree, names every change that breaks the services built on the
// client, and checks the version rule (package.json and both info.version agree; a breaking
// change needs a major version). Exit codes:
//   0  nothing breaks, or a major version releases what does, and the version rule holds;
//   1  breaking changes without a major version, or the version rule is broken otherwise;
//   2  it cannot run (bad option, unknown ref, not a git repository, a document that does not parse).
//
// Why our own differ and not Optic (@useoptic/optic 1.0.9): it is 211 MB in 633 packages with
// Sentry, Segment and Scarf telemetry, crashes at start-up unless ajv is overridden to one
// version, and on openapi.yaml reports "invalid allOf variant" for the request body's if/then/else
// rule blocks and then ignores every request-body change (a removed event name, a tighter
// maxLength: "No operations changed", exit 0). Its rules also have nothing for a tighter pattern
// or length, a removed request property or a new status. The differ lives in scripts/spec-diff/.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { githubReport, jsonReport, markdownReport, textReport } from './spec-diff/reports.mjs';
import { specDiff } from './spec-diff/run.mjs';
import { CannotRun, repositoryRoot } from './spec-diff/sides.mjs';

const USAGE = `Usage: npm run spec:diff -- --base <ref> [options]

Compares openapi.yaml and openapi.docusign.yaml at a git ref with the working tree, names each
change that breaks the services built on the client, and checks the version rule.

  --base <ref>       The git ref to compare with, such as main, origin/main or a commit. Required.
                     A remote branch must be fetched first (git fetch origin main).
  --format <format>  text (default): one line per change; github: workflow annotations on the
                     changed lines; json: one JSON document.
  --summary <file>   Also write the report in Markdown to <file>. Without it, the Markdown is
                     appended to $GITHUB_STEP_SUMMARY when that is set.
  --version          Print the package version.
  --help             This text.

Exit codes: 0 nothing breaks (or a major version releases it) and the version rule holds,
1 breaking changes without a major version or another broken version rule, 2 could not run.`;

const FORMATS = ['text', 'github', 'json'];
const EXIT = { ok: 0, failed: 1, usage: 2 };

/** A usage mistake: exits 2 with the message and a pointer to --help. */
class UsageError extends Error {}

/**
 * @param {string[]} argv
 */
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        format: { type: 'string', default: 'text' },
        summary: { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // parseArgs names the option; a stray argument is not quoted back, as it could be anything.
    const message = /** @type {Error} */ (error).message;
    throw new UsageError(/Unexpected argument/.test(message) ? 'spec:diff takes no arguments besides its options.' : message);
  }
  if (parsed.help || parsed.version) return parsed;
  if (parsed.base === undefined || parsed.base.trim() === '') throw new UsageError('--base <ref> is required: the git ref to compare with, such as main or origin/main.');
  if (!FORMATS.includes(parsed.format ?? '')) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${parsed.format}".`);
  if (parsed.summary !== undefined && parsed.summary.trim() === '') throw new UsageError('--summary needs a file name.');
  return parsed;
}

/**
 * Runs the command.
 * @param {string[]} argv
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, stdout: (line: string) => void, stderr: (line: string) => void }} io
 * @returns {number} the exit code
 */
export function main(argv, io) {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`spec:diff: ${error.message}\nRun npm run spec:diff -- --help for the options.`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (options.version) {
    const here = dirname(fileURLToPath(import.meta.url));
    io.stdout(String(JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version));
    return EXIT.ok;
  }
  let run;
  try {
    run = specDiff(repositoryRoot(io.cwd), /** @type {string} */ (options.base));
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    io.stderr(`spec:diff: ${error.message}`);
    return EXIT.usage;
  }
  const format = options.format ?? 'text';
  const lines = format === 'json' ? [jsonReport(run)] : format === 'github' ? githubReport(run) : textReport(run);
  for (const line of lines) io.stdout(line);
  const markdown = markdownReport(run);
  if (options.summary !== undefined) writeFileSync(resolve(io.cwd, options.summary), markdown);
  else if ((io.env.GITHUB_STEP_SUMMARY ?? '') !== '') appendFileSync(/** @type {string} */ (io.env.GITHUB_STEP_SUMMARY), markdown);
  return run.version.ok ? EXIT.ok : EXIT.failed;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdout: (line) => process.stdout.write(`${line}\n`),
      stderr: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    process.stderr.write(`spec:diff: could not run: ${/** @type {Error} */ (error).stack ?? error}\n`);
    process.exitCode = EXIT.usage;
  }
}
