// docusign-connect validate as a user runs it: the built command, in a child process, over files
// and directories in a scratch directory, in each format and for each exit code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import { buildCli, type BuiltCli, type CliRun } from './fixtures/built-cli.js';

/** A valid JSON SIM configuration, as a repository would keep it. */
const VALID = {
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  allUsers: 'true',
  name: 'Contract status listener',
  deliveryMode: 'SIM',
  allowEnvelopePublish: 'true',
  enableLog: 'true',
  eventData: { version: 'restv2.1' },
  events: ['envelope-sent', 'envelope-completed'],
};

const PASSWORD = 'pw-Zq8!secret-value';
const CLIENT_SECRET = 'cs-9f3K-client-secret';

/** Invalid next to its secrets: a wrong userName type, an empty clientId, an http URL. */
const WITH_SECRETS = {
  ...VALID,
  urlToPublishTo: 'http://hooks.example.com/docusign/connect',
  userName: 42,
  password: PASSWORD,
  includeOAuth: 'true',
  oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/oauth2/token', clientId: '', clientSecret: CLIENT_SECRET },
};

let cli: BuiltCli;

beforeAll(async () => {
  cli = await buildCli();
  const file = (name: string, content: unknown) => writeFileSync(join(cli.dir, name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  file('valid.json', VALID);
  // Switched off and unlogged: valid, with two warnings.
  file('warned.json', { ...VALID, allowEnvelopePublish: 'false', enableLog: undefined });
  file('invalid.json', { ...VALID, urlToPublishTo: 'http://hooks.example.com/docusign/connect', events: ['envelope-sent', 'envelope-finished'] });
  file('secrets.json', WITH_SECRETS);
  file('list.json', [VALID]);
  file('broken.json', `{\n  "name": "Broken",\n  "password": "${PASSWORD}" "enableLog": "true"\n}\n`);
  file('trailing.json', '{\n  "name": "Trailing",\n}\n');
  file('odd, name: 100%.json', { ...VALID, events: ['envelope-100%'] });
  mkdirSync(join(cli.dir, 'connect', 'nested'), { recursive: true });
  mkdirSync(join(cli.dir, 'empty'));
  writeFileSync(join(cli.dir, 'connect', 'b-invalid.json'), JSON.stringify({ ...VALID, name: '' }));
  writeFileSync(join(cli.dir, 'connect', 'a-valid.json'), JSON.stringify(VALID));
  writeFileSync(join(cli.dir, 'connect', 'README.md'), '# not a configuration\n');
  writeFileSync(join(cli.dir, 'connect', '.hidden.json'), 'not json at all');
  writeFileSync(join(cli.dir, 'connect', 'nested', 'deep.json'), 'not json either');
}, 120_000);

afterAll(() => cli?.remove());

const validate = (...args: string[]): Promise<CliRun> => cli.run(['validate', ...args]);

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('docusign-connect validate', () => {
  test('exits 0 for a valid file and says so, with a totals line', async () => {
    const run = await validate('valid.json');
    expect(run).toEqual({ code: 0, stdout: 'valid.json: valid\n1 file: 1 valid, 0 invalid\n', stderr: '' });
  });

  test('prints warnings as FILE: POINTER: warning: message, and they do not fail the file', async () => {
    const run = await validate('warned.json');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^warned\.json: \/allowEnvelopePublish: warning: allowEnvelopePublish is not "true", .*switched off/),
      expect.stringMatching(/^warned\.json: \/enableLog: warning: enableLog is not set/),
      'warned.json: valid',
      '1 file: 1 valid, 0 invalid; 2 warnings',
    ]);
  });

  test('exits 1 for an invalid file, a line per problem naming the pointer and the fix', async () => {
    const run = await validate('invalid.json', 'valid.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^invalid\.json: \/events\/1: events\[1\] is "envelope-finished": use one of "envelope-created", /),
      'invalid.json: /urlToPublishTo: urlToPublishTo uses http://, but DocuSign only delivers to https:// listeners: use https://',
      'valid.json: valid',
      '2 files: 1 valid, 1 invalid',
    ]);
  });

  test('puts a problem of JSON that is not an object at the top level', async () => {
    const text = await validate('list.json');
    expect(text.code).toBe(1);
    expect(lines(text.stdout)[0]).toMatch(/^list\.json: \(top level\): a configuration must be a JSON object, not a list/);
    const json = await validate('list.json', '--format', 'json');
    expect((JSON.parse(json.stdout) as Array<{ problems: Array<{ pointer: string }> }>)[0]?.problems[0]?.pointer).toBe('');
  });

  test('exits 1 for a file that is not JSON, with the line and column and without quoting it', async () => {
    const run = await validate('broken.json', 'trailing.json', 'valid.json');
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      "broken.json: not JSON: line 3, column 37: a ',' or '}' is missing after a property value",
      'trailing.json: not JSON: line 3, column 1: a comma before } (JSON allows no trailing comma): remove it',
      'valid.json: valid',
      '3 files: 1 valid, 2 invalid',
    ]);
    expect(run.stdout).not.toContain(PASSWORD);
  });

  test('never prints a password or client secret, in any format, even with problems next to them', async () => {
    for (const format of ['text', 'github', 'json']) {
      const run = await validate('secrets.json', '--format', format);
      expect(run.code, format).toBe(1);
      expect(run.stdout, format).toMatch(/userName|clientId/);
      for (const secret of [PASSWORD, CLIENT_SECRET, 'Zq8!', '9f3K']) expect(`${run.stdout}${run.stderr}`, format).not.toContain(secret);
    }
  });

  test('reads a directory as its *.json files in name order, not recursively, with paths as given', async () => {
    const run = await validate('connect');
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      'connect/a-valid.json: valid',
      expect.stringMatching(/^connect\/b-invalid\.json: \/name: /),
      '2 files: 1 valid, 1 invalid',
    ]);
  });

  test('checks a file named twice (once directly, once in its directory) once', async () => {
    const run = await validate('connect/a-valid.json', 'connect/');
    expect(lines(run.stdout).at(-1)).toBe('2 files: 1 valid, 1 invalid');
  });

  test('prints GitHub annotations on the file and line, escaped, and a warning annotation per warning', async () => {
    const run = await validate('invalid.json', 'warned.json', 'broken.json', 'odd, name: 100%.json', '--format', 'github');
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out).toContain(
      '::error file=invalid.json,line=3,col=3,title=docusign-connect validate%3A /urlToPublishTo::urlToPublishTo uses http://, but DocuSign only delivers to https:// listeners: use https://',
    );
    expect(out).toContain(
      "::error file=broken.json,line=3,col=37,title=docusign-connect validate%3A not JSON::not JSON: line 3, column 37: a ',' or '}' is missing after a property value",
    );
    expect(out.filter((line) => line.startsWith('::warning file=warned.json,'))).toEqual([
      expect.stringMatching(/^::warning file=warned\.json,line=7,col=3,title=docusign-connect validate%3A \/allowEnvelopePublish::allowEnvelopePublish is not/),
      // Not in the file: the annotation goes to the object it is missing from.
      expect.stringMatching(/^::warning file=warned\.json,line=1,col=1,title=docusign-connect validate%3A \/enableLog::/),
    ]);
    // Properties escape %, comma and colon; messages escape %.
    expect(out).toContainEqual(expect.stringMatching(/^::error file=odd%2C name%3A 100%25\.json,line=\d+,col=\d+,title=docusign-connect validate%3A \/events\/0::events\[0\] is "envelope-100%25"/));
    expect(out.at(-1)).toBe('4 files: 1 valid, 3 invalid; 2 warnings');
  });

  test('prints one JSON list with a result per file for --format json', async () => {
    const run = await validate('valid.json', 'invalid.json', 'broken.json', 'warned.json', '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as unknown[];
    expect(results).toEqual([
      { file: 'valid.json', valid: true, json: true, problems: [], warnings: [] },
      {
        file: 'invalid.json',
        valid: false,
        json: true,
        problems: [
          expect.objectContaining({ pointer: '/events/1', keyword: 'enum', line: 14, column: 5 }),
          expect.objectContaining({ pointer: '/urlToPublishTo', rule: 'HttpsUrl: pattern', keyword: 'pattern', line: 3, column: 3 }),
        ],
        warnings: [],
      },
      {
        file: 'broken.json',
        valid: false,
        json: false,
        problems: [{ pointer: '', rule: 'JSON syntax', keyword: 'json', message: "not JSON: line 3, column 37: a ',' or '}' is missing after a property value", line: 3, column: 37 }],
        warnings: [],
      },
      {
        file: 'warned.json',
        valid: true,
        json: true,
        problems: [],
        warnings: [expect.objectContaining({ pointer: '/allowEnvelopePublish', rule: 'created-disabled' }), expect.objectContaining({ pointer: '/enableLog' })],
      },
    ]);
  });

  test.each([
    ['a file that does not exist', ['missing.json'], 'Cannot read missing.json: there is no such file.'],
    ['a directory without *.json files', ['empty'], 'There are no *.json files in empty'],
    ['no file at all', [], 'Name at least one configuration file or directory'],
    ['an unknown format', ['valid.json', '--format', 'xml'], '--format must be one of text, github, json, not "xml".'],
    ['an unknown option', ['valid.json', '--strict'], "Unknown option '--strict'."],
  ])('exits 2 for %s, printing nothing on stdout', async (_, args, message) => {
    const run = await validate(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`docusign-connect validate: ${message}`);
  });

  test('exits 2 before reporting anything when one of several files cannot be read', async () => {
    const run = await validate('valid.json', 'missing.json', 'invalid.json');
    expect(run).toMatchObject({ code: 2, stdout: '' });
  });

  test('answers --help with usage, formats, exit codes and an example', async () => {
    const run = await validate('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: docusign-connect validate FILE\|DIR\.\.\./);
    for (const part of ['--format F', 'Subdirectories are not searched', 'Exit codes:', 'Example:']) expect(run.stdout).toContain(part);
  });

  test('prints exactly what the README shows for its example', async () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('## Configurations kept as code: docusign-connect validate');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const command = /```sh\nnpx docusign-connect (validate [^\n]*)\n```/.exec(section)?.[1];
    const shown = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(command).toBe('validate connect/');
    // In a directory of its own, since the other tests have a connect/ of their own.
    const cwd = join(cli.dir, 'readme-example');
    mkdirSync(join(cwd, 'connect'), { recursive: true });
    const { enableLog: _unset, ...unlogged } = VALID;
    writeFileSync(join(cwd, 'connect', 'staging.json'), JSON.stringify(VALID, null, 2));
    writeFileSync(join(cwd, 'connect', 'production.json'), JSON.stringify({ ...unlogged, urlToPublishTo: 'http://hooks.example.com/docusign/connect' }, null, 2));
    const run = await cli.run((command ?? '').split(' '), { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(shown);
  });

  test('keeps docusign-connect --version working', async () => {
    const run = await cli.run(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
