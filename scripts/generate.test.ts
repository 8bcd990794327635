// The drift check: it passes on the committed files, and fails with a one-line fix when a spec
// (openapi.yaml or openapi.docusign.yaml) changed without regenerating, or when generated/ or one
// of its files is missing.
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

/**
 * Both specs copied into a directory of their own, one of them edited, so that the copy of
 * openapi.docusign.yaml takes its request rules from the copy of openapi.yaml beside it.
 */
function copiedSpecs(name: string, file: 'openapi.yaml' | 'openapi.docusign.yaml', edit: (spec: string) => string) {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const spec of ['openapi.yaml', 'openapi.docusign.yaml']) cpSync(join(projectRoot, spec), join(dir, spec));
  const original = readFileSync(join(projectRoot, file), 'utf8');
  const edited = edit(original);
  expect(edited, 'the edit did not change the spec').not.toBe(original);
  writeFileSync(join(dir, file), edited);
  return { spec: join(dir, 'openapi.yaml'), docusignSpec: join(dir, 'openapi.docusign.yaml') };
}

describe('npm run generate:check', () => {
  test('passes when generated/ matches openapi.yaml and openapi.docusign.yaml', () => {
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

  test('fails with a one-line fix when openapi.docusign.yaml changed without regenerating', () => {
    const { docusignSpec } = copiedSpecs('native-edited', 'openapi.docusign.yaml', (s) =>
      s.replace('          description: The configuration\'s display name.\n', '          description: The name of the configuration.\n'),
    );
    const result = run('--check', '--docusign-spec', docusignSpec);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    // Only the native types: a description reaches neither the validators nor the spec facts.
    expect(result.stderr).toMatch(/^generated\/docusign-schema\.d\.ts is stale \(it does not match \S*native-edited\/openapi\.docusign\.yaml\): run `npm run generate` and commit generated\/\.\n$/);
  });

  test('a change to the request rules in openapi.yaml makes the native types stale too', () => {
    // One copy of the request rules: openapi.docusign.yaml takes its request body from openapi.yaml.
    const { spec, docusignSpec } = copiedSpecs('request-rule-edited', 'openapi.yaml', (s) =>
      s.replace('          enum:\n            - SIM\n            - aggregate\n', '          enum:\n            - SIM\n            - aggregate\n            - Aggregate\n'),
    );
    const result = run('--check', '--spec', spec, '--docusign-spec', docusignSpec);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    for (const name of ['schema.d.ts', 'docusign-schema.d.ts', 'validators.cjs', 'spec-facts.ts']) {
      expect(result.stderr).toContain(`generated/${name} is stale`);
    }
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

  test('names the native types when they are missing', () => {
    const out = join(scratch, 'native-missing');
    cpSync(join(projectRoot, 'generated'), out, { recursive: true });
    rmSync(join(out, 'docusign-schema.d.ts'));
    const result = run('--check', '--out', out);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/native-missing\/docusign-schema\.d\.ts is missing: run `npm run generate`/);
  });

  test('fails when the native types were edited by hand', () => {
    const out = join(scratch, 'native-hand-edited');
    cpSync(join(projectRoot, 'generated'), out, { recursive: true });
    const file = join(out, 'docusign-schema.d.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2XX": components', '200: components'));
    const result = run('--check', '--out', out);
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/native-hand-edited\/docusign-schema\.d\.ts is stale \(it does not match openapi\.docusign\.yaml\)/);
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

  test('reports an unreadable openapi.docusign.yaml instead of writing anything', () => {
    const spec = join(scratch, 'broken.docusign.yaml');
    writeFileSync(spec, 'openapi: 3.1.0\npaths: [this is not\n');
    const out = join(scratch, 'never-written-native');
    const result = run('--docusign-spec', spec, '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('openapi-typescript could not read');
    expect(result.stderr).toContain('broken.docusign.yaml');
    expect(() => readFileSync(join(out, 'schema.d.ts'))).toThrow();
  });
});

describe('npm run generate', () => {
  test('writes the same bytes on every run', () => {
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    expect(run('--out', first).status).toBe(0);
    expect(run('--out', second).status).toBe(0);
    for (const name of ['schema.d.ts', 'docusign-schema.d.ts', 'validators.cjs', 'spec-facts.ts']) {
      expect(readFileSync(join(second, name), 'utf8'), name).toBe(readFileSync(join(first, name), 'utf8'));
    }
    const text = readFileSync(join(first, 'schema.d.ts'), 'utf8');
    expect(text.startsWith('// Generated from openapi.yaml by `npm run generate`. Do not edit')).toBe(true);
  });

  test('writes the types of both specs, the validators and the spec facts', () => {
    const out = join(scratch, 'all-files');
    expect(run('--out', out).status).toBe(0);
    const banners = {
      'schema.d.ts': '// Generated from openapi.yaml by `npm run generate`.',
      'docusign-schema.d.ts': '// Generated from openapi.docusign.yaml by `npm run generate`.',
      'validators.cjs': '// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`.',
      'validators.d.cts': '// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`.',
      'spec-facts.ts': '// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`.',
    };
    for (const [name, banner] of Object.entries(banners)) {
      expect(readFileSync(join(out, name), 'utf8').startsWith(banner), name).toBe(true);
    }
  });

  test('the native types take the request from openapi.yaml and give 201 and 2XX one answer type', () => {
    const text = readFileSync(join(projectRoot, 'generated', 'docusign-schema.d.ts'), 'utf8');
    // openapi-typescript resolved the references into openapi.yaml: the request body is the
    // project's closed ConnectConfiguration, with its read-only and secret markers.
    expect(text).toMatch(/requestBody: \{\n\s+content: \{\n\s+"application\/json": components\["schemas"\]\["ConnectConfiguration"\];/);
    expect(text).toMatch(/connectId\?: \$Read<string>/);
    expect(text).toMatch(/accountId: components\["parameters"\]\["AccountId"\]/);
    // DocuSign's answers, under DocuSign's own names.
    expect(text).toContain('201: components["responses"]["Created"];');
    expect(text).toContain('"2XX": components["responses"]["CreatedOtherStatus"];');
    expect(text).toMatch(/connectCustomConfiguration: \{\n[\s\S]*?\n\s+connectId: string;/);
    expect(text).toMatch(/errorDetails: \{\n[\s\S]*?errorCode\?: string;/);
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
