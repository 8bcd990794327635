// Redocly: both specs (openapi.yaml and DocuSign's answers in openapi.docusign.yaml) lint with no
// errors and no warnings, and a bad example is an error (Redocly's recommended rules would only
// warn, and warnings exit 0).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A copy of both specs in a directory of their own, one of them edited, so that
 * openapi.docusign.yaml's references to ./openapi.yaml resolve to the copy. Returns the path of
 * the copied openapi.docusign.yaml, the file to lint.
 */
function nativeVariant(name: string, file: 'openapi.yaml' | 'openapi.docusign.yaml', edit: (spec: string) => string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const spec of ['openapi.yaml', 'openapi.docusign.yaml']) copyFileSync(join(projectRoot, spec), join(dir, spec));
  const original = readFileSync(join(projectRoot, file), 'utf8');
  const edited = edit(original);
  expect(edited, 'the edit did not change the spec').not.toBe(original);
  writeFileSync(join(dir, file), edited);
  return join(dir, 'openapi.docusign.yaml');
}

const packageScripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('redocly lint', () => {
  test.each(['openapi.yaml', 'openapi.docusign.yaml'])('passes %s with no errors and no warnings', (spec) => {
    const result = lint(join(projectRoot, spec), 'json');
    expect(result.status, result.output).toBe(0);
    const report = JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.problems).toEqual([]);
  });

  test('npm run lint lints both specs, with telemetry off', () => {
    expect(packageScripts.lint).toMatch(/^REDOCLY_TELEMETRY=off redocly lint openapi\.yaml openapi\.docusign\.yaml$/);
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

  test.each([
    ['a created answer whose connectId is a number', 'openapi.docusign.yaml', (s: string) => s.replace("        connectId: '22210641'\n", '        connectId: 22210641\n')],
    ['a created answer without connectId', 'openapi.docusign.yaml', (s: string) => s.replace("        connectId: '22210641'\n", '')],
    ['a created answer with an empty connectId', 'openapi.docusign.yaml', (s: string) => s.replace("        connectId: '22210641'\n", "        connectId: ''\n")],
    ['a flag answered as a JSON boolean', 'openapi.docusign.yaml', (s: string) => s.replace("        allUsersExcept: 'false'\n", '        allUsersExcept: false\n')],
    ['an errorDetails example whose errorCode is a number', 'openapi.docusign.yaml', (s: string) => s.replace('        errorCode: USER_LACKS_PERMISSIONS\n', '        errorCode: 401\n')],
    ['a request example of openapi.yaml that the native spec reaches by $ref', 'openapi.yaml', (s: string) => s.replace('          - Voided\n', '          - voided\n')],
  ] as const)('fails openapi.docusign.yaml on %s', (name, file, edit) => {
    const result = lint(nativeVariant(name.replace(/\W+/g, '-'), file, edit));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain('no-invalid-media-type-examples');
  });
});

describe('npm run docs', () => {
  test('builds one page per spec that needs no network and sends no telemetry', () => {
    // The script from package.json, writing into a scratch folder instead of dist/.
    expect(packageScripts.docs).toBe('node scripts/docs.mjs');
    const out = join(scratch, 'reference');
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'docs.mjs'), '--out', out], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    for (const [page, title] of [
      ['reference.html', 'DocuSign Connect configurations'],
      ['reference-docusign.html', 'DocuSign Connect configurations (DocuSign&#x27;s own answers)'],
    ] as const) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html).toContain('Create a Connect configuration');
      expect(html).toContain(title);
      expect(html).not.toMatch(/<(script|link)[^>]*(src|href)="https?:\/\//);
      expect(html).not.toContain('cdn.redoc.ly');
      expect(html).toContain('"disableTelemetry":true');
    }
    // The native page documents DocuSign's own answer model, not the envelopes.
    expect(readFileSync(join(out, 'reference-docusign.html'), 'utf8')).toContain('connectCustomConfiguration');
  });
});
