// `npm run spec:diff` as CI and users run it: a real `node scripts/spec-diff.mjs` process in a
// throwaway git repository that holds a copy of the project's spec documents and package.json,
// mutated in the working tree after the commit. Every exit code and format, and the version
// rule: on this repository, and as a function.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { loadSpec, projectRoot } from '../contract-tests/support/spec-tools.mjs';
import { checkVersionRule, isMajorBump, nextMajor, parseSemver, type Semver } from './spec-diff/version-rule.mjs';

const SCRIPT = join(projectRoot, 'scripts', 'spec-diff.mjs');
const FILES = ['openapi.yaml', 'openapi.docusign.yaml', 'package.json'];
/** The project's version, which the copies start from, so that a release does not break these tests. */
const VERSION = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const PARSED = parseSemver(VERSION) as Semver;
/** The next major after it (for 0.x, the next minor), and a patch release, which is not one. */
const MAJOR = nextMajor(PARSED);
const PATCH = `${PARSED.major}.${PARSED.minor}.${PARSED.patch + 1}`;
const scratch = mkdtempSync(join(tmpdir(), 'spec-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let repositories = 0;

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A fresh repository with the project's documents committed (those in `only`, when given). */
function repository(only: string[] = FILES): string {
  const root = join(scratch, `repo-${(repositories += 1)}`);
  git(scratch, 'init', '--quiet', root);
  git(root, 'config', 'user.email', 'spec-diff@example.com');
  git(root, 'config', 'user.name', 'spec-diff test');
  git(root, 'config', 'commit.gpgsign', 'false');
  for (const file of only) copyFileSync(join(projectRoot, file), join(root, file));
  git(root, 'add', '.');
  git(root, 'commit', '--quiet', '-m', 'base');
  return root;
}

/** Edits a YAML document of the working tree through the yaml package; the text must change. */
function editYaml(root: string, file: string, edit: (document: ReturnType<typeof parseDocument>) => void): string {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const document = parseDocument(before);
  edit(document);
  const after = document.toString({ lineWidth: 0 });
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
  return after;
}

/** Sets the version in package.json and both documents. */
function setVersions(root: string, version: string): void {
  const path = join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  manifest.version = version;
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['openapi.yaml', 'openapi.docusign.yaml']) editYaml(root, file, (document) => document.setIn(['info', 'version'], version));
}

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd, env: { ...process.env, GITHUB_STEP_SUMMARY: '', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

/** The 1-based line of the first line equal to `line` after the line equal to `after`. */
function lineAfter(text: string, after: string, line: string): number {
  const lines = text.split('\n');
  const start = lines.indexOf(after);
  expect(start, after).toBeGreaterThanOrEqual(0);
  const index = lines.findIndex((each, at) => at > start && each === line);
  expect(index, line).toBeGreaterThan(start);
  return index + 1;
}

const POST = 'POST /v2.1/accounts/{accountId}/connect';
const removeVoided = (document: ReturnType<typeof parseDocument>) => {
  const values = document.getIn(['components', 'schemas', 'EventName', 'enum']) as { items: Array<{ value: unknown }> };
  const index = values.items.findIndex((item) => item.value === 'envelope-voided');
  expect(index).toBeGreaterThanOrEqual(0);
  document.deleteIn(['components', 'schemas', 'EventName', 'enum', index]);
};

describe.concurrent('nothing changed', () => {
  test('a copy of the project against its own commit: exit 0, no changes', async () => {
    const root = repository();
    const result = await run(['--base', 'HEAD'], root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes to the spec since HEAD.');
  });

  test('the project itself against HEAD: exit 0, and no changes when the documents are committed', async () => {
    const result = await run(['--base', 'HEAD'], projectRoot);
    expect(result.code).toBe(0);
    const dirty = git(projectRoot, 'status', '--porcelain', '--', ...FILES).trim() !== '';
    if (dirty) expect(result.stdout).toMatch(/^Comparing openapi\.yaml and openapi\.docusign\.yaml at HEAD/);
    else expect(result.stdout).toContain('No changes to the spec since HEAD.');
  });
});

describe.concurrent('breaking changes: exit 1, each named with its place and line', () => {
  test('an event name removed from the request side', async () => {
    const root = repository();
    const text = editYaml(root, 'openapi.yaml', removeVoided);
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(1);
    const line = lineAfter(text, '    EventName:', '      enum:');
    expect(result.stdout).toContain(`openapi.yaml:${line}: BREAKING request-enum-value-removed: ${POST} request body /events/items`);
    expect(result.stdout).toContain('`envelope-voided` was removed from the allowed values');
    expect(result.stdout).toContain(`version rule: The spec has breaking changes, but the version goes from ${VERSION} to ${VERSION}`);
    expect(result.stdout).toContain(`Release it as ${MAJOR} or later`);
  });

  test.each([
    ['a new required property', (d: ReturnType<typeof parseDocument>) => d.addIn(['components', 'schemas', 'ConnectConfiguration', 'required'], 'enableLog'), 'request-property-now-required', `${POST} request body /enableLog`],
    ['a tighter pattern', (d: ReturnType<typeof parseDocument>) => d.setIn(['components', 'parameters', 'AccountId', 'schema', 'pattern'], '^[0-9]{1,19}$'), 'request-pattern-changed', `${POST} parameter accountId (path)`],
    ['a field removed from CreatedConfiguration', (d: ReturnType<typeof parseDocument>) => d.deleteIn(['components', 'schemas', 'CreatedConfiguration', 'properties', 'created_at']), 'answer-property-removed', `${POST} 201 answer /data/created_at`],
    ['a new status on the POST', (d: ReturnType<typeof parseDocument>) => d.setIn(['paths', '/v2.1/accounts/{accountId}/connect', 'post', 'responses', '409'], d.createNode({ description: 'Conflict.' })), 'answer-status-added', `${POST} 409 answer`],
    ['a new event name', (d: ReturnType<typeof parseDocument>) => d.addIn(['components', 'schemas', 'EventName', 'enum'], 'envelope-archived'), 'event-enum-value-added', 'webhook connectEvent body /event (variant EnvelopeEvent)'],
    ['a field removed from event data', (d: ReturnType<typeof parseDocument>) => d.deleteIn(['components', 'schemas', 'EnvelopeMessageData', 'properties', 'userId']), 'event-property-removed', 'webhook connectEvent body /data/userId (variant EnvelopeEvent)'],
  ])('openapi.yaml: %s', async (_, edit, rule, where) => {
    const root = repository();
    editYaml(root, 'openapi.yaml', edit);
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^openapi\\.yaml:\\d+: BREAKING ${rule}: ${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  });

  test("openapi.docusign.yaml: a field removed from DocuSign's answer", async () => {
    const root = repository();
    const text = editYaml(root, 'openapi.docusign.yaml', (d) => d.deleteIn(['components', 'schemas', 'connectCustomConfiguration', 'properties', 'disabledBy']));
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(1);
    const line = lineAfter(text, '    connectCustomConfiguration:', '      properties:');
    expect(result.stdout).toContain(`openapi.docusign.yaml:${line}: BREAKING answer-property-removed: ${POST} 201 answer /disabledBy`);
  });

  test('a breaking change released as a major version passes: exit 0', async () => {
    const root = repository();
    editYaml(root, 'openapi.yaml', removeVoided);
    setVersions(root, MAJOR);
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('BREAKING request-enum-value-removed');
    expect(result.stdout).toContain(`released as a major version (${VERSION} → ${MAJOR}), so the version rule holds`);
  });
});

describe.concurrent('changes that break nothing: exit 0', () => {
  test.each([
    ['a description edit', 'openapi.yaml', (d: ReturnType<typeof parseDocument>) => d.setIn(['components', 'schemas', 'ConnectConfiguration', 'description'], 'A configuration.'), 'openapi.yaml: 1 descriptive change'],
    ['an example edit', 'openapi.yaml', (d: ReturnType<typeof parseDocument>) => d.setIn(['components', 'examples', 'created', 'value', 'data', 'id'], 'zzz999'), 'openapi.yaml: 1 descriptive change'],
    ['a new optional request field', 'openapi.yaml', (d: ReturnType<typeof parseDocument>) => d.setIn(['components', 'schemas', 'ConnectConfiguration', 'properties', 'region'], d.createNode({ type: 'string' })), 'non-breaking request-property-added'],
    ['a DocuSign description edit', 'openapi.docusign.yaml', (d: ReturnType<typeof parseDocument>) => d.setIn(['components', 'schemas', 'flagString', 'description'], 'A flag.'), 'openapi.docusign.yaml: 1 descriptive change'],
  ])('%s', async (_, file, edit, says) => {
    const root = repository();
    editYaml(root, file, edit);
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(says);
    expect(result.stdout).not.toContain('BREAKING');
    expect(result.stdout).toContain('nothing breaks the services');
  });

  test('a document the base does not have is all new', async () => {
    const root = repository(['openapi.yaml', 'package.json']);
    copyFileSync(join(projectRoot, 'openapi.docusign.yaml'), join(root, 'openapi.docusign.yaml'));
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('openapi.docusign.yaml is not in the base: everything in it is new.');
  });
});

describe('the version rule', () => {
  test('versions that disagree fail (exit 1), naming both values and the fix', async () => {
    const root = repository();
    const path = join(root, 'package.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(`"version": "${VERSION}"`, `"version": "${PATCH}"`));
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `version rule: The versions differ: package.json version "${PATCH}", openapi.yaml info.version "${VERSION}", openapi.docusign.yaml info.version "${VERSION}". They move together`,
    );
  });

  test('holds on this repository: package.json and both info.version are one version', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const versions = {
      'package.json version': manifest.version,
      'openapi.yaml info.version': loadSpec(join(projectRoot, 'openapi.yaml')).info.version,
      'openapi.docusign.yaml info.version': loadSpec(join(projectRoot, 'openapi.docusign.yaml')).info.version,
    };
    expect(new Set(Object.values(versions)).size, JSON.stringify(versions)).toBe(1);
    expect(parseSemver(manifest.version)).toBeDefined();
    expect(checkVersionRule({ base: manifest.version, head: versions }, false)).toEqual({ ok: true, base: manifest.version, head: manifest.version, problems: [] });
  });

  const same = (version: string) => ({ 'package.json version': version, 'openapi.yaml info.version': version, 'openapi.docusign.yaml info.version': version });

  test.each([
    ['1.4.2', '1.5.0', false],
    ['1.4.2', '2.0.0', true],
    ['1.4.2', '2.0.0-rc.1', true],
    ['1.0.0-rc.1', '1.0.0', false],
    ['0.1.0', '0.1.7', false],
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '1.0.0', true],
    ['0.0.3', '0.0.4', true],
    ['2.0.0', '1.9.9', false],
  ])('%s → %s is a major release: %s', (before, after, major) => {
    expect(isMajorBump(parseSemver(before) as Semver, parseSemver(after) as Semver)).toBe(major);
  });

  test('a breaking change within the same major is a violation that names the next major', () => {
    const check = checkVersionRule({ base: '1.4.2', head: same('1.5.0') }, true);
    expect(check.ok).toBe(false);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toContain('from 1.4.2 to 1.5.0');
    expect(check.problems[0]).toContain('Release it as 2.0.0 or later');
    expect(check.problems[0]).not.toContain('0.x');
  });

  test('a breaking change with a major bump keeps the rule', () => {
    expect(checkVersionRule({ base: '1.4.2', head: same('2.0.0') }, true)).toMatchObject({ ok: true, head: '2.0.0', problems: [] });
  });

  test('for 0.x the minor is the major: 0.1.0 → 0.1.1 breaks the rule, 0.1.0 → 0.2.0 keeps it', () => {
    const patch = checkVersionRule({ base: '0.1.0', head: same('0.1.1') }, true);
    expect(patch.ok).toBe(false);
    expect(patch.problems[0]).toContain("for 0.x versions npm's caret range treats the minor as the major, so ^0.1.0 accepts 0.1.1");
    expect(patch.problems[0]).toContain('Release it as 0.2.0 or later');
    expect(checkVersionRule({ base: '0.1.0', head: same('0.2.0') }, true).ok).toBe(true);
    expect(nextMajor(parseSemver('0.0.3') as Semver)).toBe('0.0.4');
  });

  test('without breaking changes any version change is fine, but the versions must agree and be versions', () => {
    expect(checkVersionRule({ base: '1.4.2', head: same('1.4.3') }, false).ok).toBe(true);
    const differ = checkVersionRule({ base: '1.4.2', head: { ...same('1.4.3'), 'openapi.yaml info.version': '1.4.2' } }, false);
    expect(differ.ok).toBe(false);
    expect(differ.problems[0]).toContain('openapi.yaml info.version "1.4.2"');
    expect(differ.problems[0]).toContain('package.json version "1.4.3"');
    const junk = checkVersionRule({ base: '1.4.2', head: same('next') }, false);
    expect(junk.problems[0]).toContain('package.json version is "next", which is not a version');
  });

  test('a breaking change with no base version to compare is a violation', () => {
    const check = checkVersionRule({ base: undefined, head: same('1.0.0') }, true);
    expect(check.ok).toBe(false);
    expect(check.problems[0]).toContain('no version at the base');
  });
});

describe.concurrent('formats and the summary', () => {
  test('github: an error annotation per breaking change on its line, and one for the version rule', async () => {
    const root = repository();
    const text = editYaml(root, 'openapi.yaml', removeVoided);
    const result = await run(['--base', 'HEAD', '--format', 'github'], root);
    expect(result.code).toBe(1);
    const line = lineAfter(text, '    EventName:', '      enum:');
    expect(result.stdout).toContain(`::error file=openapi.yaml,line=${line},title=Breaking change (request-enum-value-removed)::${POST} request body /events/items`);
    expect(result.stdout).toMatch(/^::notice file=openapi\.yaml,line=\d+,title=Spec change \(event-enum-value-removed\)::/m);
    expect(result.stdout).toMatch(/^::error file=package\.json,title=Version rule::The spec has breaking changes/m);
    // Every annotation is one line: a message's line breaks and % are escaped.
    for (const annotation of result.stdout.split('\n').filter((each) => each.startsWith('::'))) expect(annotation).not.toMatch(/%(?!25|0A|0D|3A|2C)/);
  });

  test('github: a breaking change released as a major version is a warning, not an error', async () => {
    const root = repository();
    editYaml(root, 'openapi.yaml', removeVoided);
    setVersions(root, MAJOR);
    const result = await run(['--base', 'HEAD', '--format', 'github'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=openapi\.yaml,line=\d+,title=Breaking change \(request-enum-value-removed\)::/m);
    expect(result.stdout).not.toContain('::error');
  });

  test('json: the base, the documents, breaking and other changes, and the version rule', async () => {
    const root = repository();
    editYaml(root, 'openapi.yaml', removeVoided);
    const result = await run(['--base', 'HEAD', '--format', 'json'], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, any>;
    expect(report.ok).toBe(false);
    expect(report.base).toEqual({ ref: 'HEAD', commit: git(root, 'rev-parse', 'HEAD').trim() });
    expect(report.documents.map((entry: { document: string }) => entry.document)).toEqual(['openapi.yaml', 'openapi.docusign.yaml']);
    expect(report.breaking).toHaveLength(1);
    expect(report.breaking[0]).toMatchObject({
      document: 'openapi.yaml',
      breaking: true,
      rule: 'request-enum-value-removed',
      where: `${POST} request body /events/items`,
      pointer: '/components/schemas/EventName/enum',
      line: expect.any(Number),
    });
    expect(report.changes.map((change: { rule: string }) => change.rule)).toContain('event-enum-value-removed');
    expect(report.version).toMatchObject({ ok: false, base: VERSION, head: VERSION });
  });

  test('--summary writes the Markdown report: a table of breaking changes, a list of the others', async () => {
    const root = repository();
    editYaml(root, 'openapi.yaml', removeVoided);
    const summary = join(root, 'summary.md');
    const result = await run(['--base', 'HEAD', '--summary', 'summary.md'], root);
    expect(result.code).toBe(1);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^## ❌ Spec changes: 1 breaking change without a major version/);
    expect(markdown).toContain('| Where | Rule | Change |');
    expect(markdown).toMatch(/\| `openapi\.yaml:\d+` \| `request-enum-value-removed` \| POST \/v2\.1\/accounts\/\{accountId\}\/connect request body/);
    expect(markdown).toContain('### Other changes');
    expect(markdown).toContain('`event-enum-value-removed`');
    expect(markdown).toContain('- ❌ The spec has breaking changes');
  });

  test('without --summary the Markdown is appended to $GITHUB_STEP_SUMMARY', async () => {
    const root = repository();
    const summary = join(root, 'step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const result = await run(['--base', 'HEAD'], root, { GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('earlier step\n## ✅ Spec changes: No changes to the spec since HEAD.')).toBe(true);
  });
});

describe.concurrent('cannot run: exit 2', () => {
  test('without --base', async () => {
    const result = await run([], repository());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--base <ref> is required');
    expect(result.stdout).toBe('');
  });

  test('with a ref git does not know, saying to fetch it', async () => {
    const result = await run(['--base', 'origin/main'], repository());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git does not know the ref "origin/main"');
    expect(result.stderr).toContain('fetch it first, e.g. git fetch origin main');
  });

  test('with an unknown option, or a format it does not write', async () => {
    const root = repository();
    const unknown = await run(['--base', 'HEAD', '--bogus'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    const format = await run(['--base', 'HEAD', '--format', 'xml'], root);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, github, json, not "xml"');
  });

  test('outside a git repository', async () => {
    const result = await run(['--base', 'HEAD'], mkdtempSync(join(scratch, 'not-a-repo-')));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not inside a git repository');
  });

  test('when a document does not parse', async () => {
    const root = repository();
    writeFileSync(join(root, 'openapi.docusign.yaml'), 'openapi: 3.1.0\ninfo: [unclosed\n');
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/openapi\.docusign\.yaml in the working tree line \d+ does not parse as YAML/);
  });

  test('without openapi.yaml in the working tree', async () => {
    const root = repository();
    unlinkSync(join(root, 'openapi.yaml'));
    const result = await run(['--base', 'HEAD'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no openapi.yaml');
  });
});

describe.concurrent('help and version', () => {
  test('--help prints the usage with the exit codes', async () => {
    const result = await run(['--help'], scratch);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run spec:diff -- --base <ref> [options]');
    expect(result.stdout).toContain('Exit codes: 0');
  });

  test('--version prints the package version', async () => {
    const result = await run(['--version'], scratch);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
