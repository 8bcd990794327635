// The drift check: it passes on the committed files, and fails with a one-line fix when the
// spec changed without regenerating, or when generated/ is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { projectRoot } from './spec-tools.mjs';

const script = join(projectRoot, 'scripts', 'generate.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'generate-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The non-empty lines a run printed on stderr. */
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('npm run generate:check', () => {
  test('passes when generated/ matches openapi.yaml', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('fails with a one-line fix when the spec changed without regenerating', () => {
    const spec = join(scratch, 'edited.yaml');
    const original = readFileSync(join(projectRoot, 'openapi.yaml'), 'utf8');
    const edited = original.replace('summary: Create a Connect configuration', 'summary: Create one Connect configuration');
    expect(edited).not.toBe(original);
    writeFileSync(spec, edited);
    const result = run('--check', '--spec', spec);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('generated/schema.d.ts is stale');
    expect(result.stderr).toContain('run `npm run generate`');
  });

  test('fails with a one-line fix when generated/ is missing', () => {
    const result = run('--check', '--out', join(scratch, 'nowhere'));
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/schema\.d\.ts is missing: run `npm run generate`/);
  });

  test('fails when a generated file was edited by hand', () => {
    const out = join(scratch, 'hand-edited');
    cpSync(join(projectRoot, 'generated'), out, { recursive: true });
    writeFileSync(join(out, 'schema.d.ts'), `${readFileSync(join(out, 'schema.d.ts'), 'utf8')}\n// tweak\n`);
    const result = run('--check', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is stale');
  });

  test('reports an unreadable spec instead of writing anything', () => {
    const spec = join(scratch, 'broken.yaml');
    writeFileSync(spec, 'openapi: 3.1.0\npaths: [this is not\n');
    const result = run('--check', '--spec', spec, '--out', join(scratch, 'never-written'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('openapi-typescript could not read');
  });
});

describe('npm run generate', () => {
  test('writes the same bytes on every run', () => {
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    expect(run('--out', first).status).toBe(0);
    expect(run('--out', second).status).toBe(0);
    const text = readFileSync(join(first, 'schema.d.ts'), 'utf8');
    expect(readFileSync(join(second, 'schema.d.ts'), 'utf8')).toBe(text);
    expect(text.startsWith('// Generated from openapi.yaml by `npm run generate`. Do not edit')).toBe(true);
  });

  test('keeps read-only properties out of request bodies and secrets out of responses', () => {
    const text = readFileSync(join(projectRoot, 'generated', 'schema.d.ts'), 'utf8');
    expect(text).toMatch(/connectId\?: \$Read<string>/);
    expect(text).toMatch(/password\?: \$Write<string>/);
    expect(text).toMatch(/clientSecret: \$Write<string>/);
  });
});
