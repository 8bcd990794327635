// Redocly: the spec lints with no errors and no warnings, and a bad example is
// an error (Redocly's recommended rules would only warn, and warnings exit 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'lint-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(specFile: string, format = 'stylish') {
  const result = spawnSync(
    process.execPath,
    [redocly, 'lint', specFile, '--config', join(projectRoot, 'redocly.yaml'), '--format', format],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' } },
  );
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
}

function variant(name: string, edit: (spec: string) => string): string {
  const original = readFileSync(join(projectRoot, 'openapi.yaml'), 'utf8');
  const edited = edit(original);
  expect(edited, 'the edit did not change the spec').not.toBe(original);
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, edited);
  return file;
}

describe('redocly lint', () => {
  test('passes openapi.yaml with no errors and no warnings', () => {
    const result = lint(join(projectRoot, 'openapi.yaml'), 'json');
    expect(result.status, result.output).toBe(0);
    const report = JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.problems).toEqual([]);
  });

  test.each([
    ['a lowercase legacy event in a request example', (s: string) => s.replace('          - Voided\n', '          - voided\n')],
    ['an unknown property in a request example', (s: string) => s.replace("        includeDocuments: 'true'\n", "        includeDocument: 'true'\n")],
    ['a success example without created_at', (s: string) => s.replace("        data:\n          id: abc123\n          created_at: '2025-01-01T00:00:00Z'\n", '        data:\n          id: abc123\n')],
    ['an error example with a lowercase code', (s: string) => s.replace('code: ACCOUNT_NOT_FOUND', 'code: account_not_found')],
  ])('fails on %s', (name, edit) => {
    const result = lint(variant(name.replace(/\W+/g, '-'), edit));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('no-invalid-media-type-examples');
  });
});

describe('npm run docs', () => {
  test('builds one page that needs no network and sends no telemetry', () => {
    // Runs the docs script from package.json as written, with only the output file moved.
    const page = join(scratch, 'reference.html');
    const script = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { docs: string } })
      .scripts.docs;
    expect(script).toContain('-o dist/reference.html');
    const result = spawnSync('sh', ['-c', script.replace('-o dist/reference.html', `-o '${page}'`)], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Create a Connect configuration');
    expect(html).not.toMatch(/<(script|link)[^>]*(src|href)="https?:\/\//);
    expect(html).toContain('"disableTelemetry":true');
  });
});
