// The drift check: it passes on the committed files, and fails with a one-line fix when the
// spec changed without regenerating, or when generated/ is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { withoutAnnotations } from './generate.mjs';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

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
    expect(result.stderr).toMatch(/nowhere\/ is missing: run `npm run generate`/);
  });

  test('names the one generated file that is missing', () => {
    const out = join(scratch, 'one-missing');
    cpSync(join(projectRoot, 'generated'), out, { recursive: true });
    rmSync(join(out, 'validators.cjs'));
    const result = run('--check', '--out', out);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/one-missing\/validators\.cjs is missing: run `npm run generate`/);
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

  test('writes the types, the validators and the spec facts', () => {
    const out = join(scratch, 'all-files');
    expect(run('--out', out).status).toBe(0);
    for (const name of ['schema.d.ts', 'validators.cjs', 'validators.d.cts', 'spec-facts.ts']) {
      expect(readFileSync(join(out, name), 'utf8').startsWith('// Generated from openapi.yaml')).toBe(true);
    }
  });

  test('the validators follow the spec: a rule changed in openapi.yaml changes what they accept', () => {
    // Inside the project, so that the generated code's require() of ajv resolves.
    const cache = join(projectRoot, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const out = mkdtempSync(join(cache, 'generate-test-'));
    try {
      const spec = join(scratch, 'more-modes.yaml');
      const original = readFileSync(join(projectRoot, 'openapi.yaml'), 'utf8');
      const edited = original.replace('          enum:\n            - SIM\n            - aggregate\n', '          enum:\n            - SIM\n            - aggregate\n            - Aggregate\n');
      expect(edited).not.toBe(original);
      writeFileSync(spec, edited);
      expect(run('--spec', spec, '--out', out).status).toBe(0);
      const require = createRequire(import.meta.url);
      const fresh = require(join(out, 'validators.cjs')) as { validateConnectConfiguration: (value: unknown) => boolean };
      const committed = require(join(projectRoot, 'generated', 'validators.cjs')) as typeof fresh;
      const body = {
        configurationType: 'custom',
        urlToPublishTo: 'https://hooks.example.com/x',
        name: 'n',
        deliveryMode: 'Aggregate',
        allUsers: 'true',
        envelopeEvents: ['Completed'],
      };
      expect(committed.validateConnectConfiguration(body)).toBe(false);
      expect(fresh.validateConnectConfiguration(body)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('keeps read-only properties out of request bodies and secrets out of responses', () => {
    const text = readFileSync(join(projectRoot, 'generated', 'schema.d.ts'), 'utf8');
    expect(text).toMatch(/connectId\?: \$Read<string>/);
    expect(text).toMatch(/password\?: \$Write<string>/);
    expect(text).toMatch(/clientSecret: \$Write<string>/);
  });
});

describe('the compiled validators', () => {
  test('carry none of the spec\'s prose, which every user of the client would load', () => {
    const code = readFileSync(join(projectRoot, 'generated', 'validators.cjs'), 'utf8');
    // As annotations (text, a list of examples); ConnectSalesforceObject has a property named
    // description, whose schema is an object and stays.
    expect(code).not.toMatch(/"(?:description|title)":"|"examples":\[/);
    expect(code).toContain('"description":{"type":"string"}');
    // Still the rules themselves: a spec constant and a pattern of the spec.
    expect(code).toContain('"restv2.1"');
    expect(code).toContain('^(?:[0-9]{1,19}|');
  });

  test('lose only annotation keywords: properties of those names and every constraint stay', () => {
    const schema = {
      title: 'T',
      description: 'D',
      'x-internal': true,
      type: 'object',
      properties: { description: { type: 'string', description: 'a property named description', examples: ['x'] }, title: { const: 'kept' } },
      allOf: [{ title: 'rule', if: { required: ['a'] }, then: { description: 'x', required: ['b'] } }],
      items: { deprecated: true, enum: ['a'] },
    };
    expect(withoutAnnotations(schema)).toEqual({
      type: 'object',
      properties: { description: { type: 'string' }, title: { const: 'kept' } },
      allOf: [{ if: { required: ['a'] }, then: { required: ['b'] } }],
      items: { enum: ['a'] },
    });
  });
});
