// docusign-connect validate as a user runs it: the built command, in a child process, over files
// and directories in a scratch directory, in each format and for each exit code; and how many
// files it holds open at once, watched through the reader it is given.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import { READ_CONCURRENCY, readConfigurationTexts } from './configuration-files.js';
import { buildCli, type BuiltCli, type CliRun } from './fixtures/built-cli.js';
import { JSON_SIM_FILE } from './fixtures/configurations.js';
import { runProcess } from './fixtures/processes.js';

/** A valid JSON SIM configuration, as a repository would keep it. */
const VALID = JSON_SIM_FILE;

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

/** A FIFO at `path` (mkfifo), or why there cannot be one here. */
function mkfifo(path: string): string | undefined {
  if (process.platform === 'win32') return 'Windows has no FIFOs in the file system';
  const made = spawnSync('mkfifo', [path]);
  return made.status === 0 ? undefined : `mkfifo failed (${made.error?.message ?? made.stderr.toString().trim()})`;
}

/**
 * Runs `docusign-connect validate` through sh, with the shell's settings (`ulimit -n 64`) first,
 * and kills it after `ms` (within the test's own timeout): a command that opens a FIFO would
 * otherwise wait forever for a writer, and outlive the test.
 */
function validateUnder(setup: string, args: readonly string[], ms = 20_000): Promise<CliRun> {
  const script = `${setup} && exec "$@"`;
  return runProcess('sh', ['-c', script, 'sh', process.execPath, join(cli.dir, 'cli.js'), 'validate', ...args], { cwd: cli.dir, env: { PATH: process.env.PATH ?? '' }, timeoutMs: ms });
}

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

  test('reads a directory of 600 files without running out of file descriptors (ulimit -n 64)', async (context) => {
    if (process.platform === 'win32') context.skip('ulimit is a POSIX shell setting');
    mkdirSync(join(cli.dir, 'many'));
    for (let index = 0; index < 600; index++) writeFileSync(join(cli.dir, 'many', `${String(index).padStart(3, '0')}.json`), JSON.stringify({ ...VALID, name: `Listener ${index}` }));
    const run = await validateUnder('ulimit -n 64', ['many']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out.at(-1)).toBe('600 files: 600 valid, 0 invalid');
    expect(out.slice(0, 2)).toEqual(['many/000.json: valid', 'many/001.json: valid']);
   }, 30_000);

  test('reads at most READ_CONCURRENCY files at once, keeping their order', async () => {
    const files = Array.from({ length: 100 }, (_, index) => `${index}.json`);
    let open = 0;
    let most = 0;
    const texts = await readConfigurationTexts(files, cli.dir, async (file) => {
      most = Math.max(most, ++open);
      // Later files finish first, so an order kept only by luck would show.
      await new Promise((done) => setTimeout(done, 100 - Number.parseInt(file, 10)));
      open--;
      return `text of ${file}`;
    });
    expect(texts).toEqual(files.map((file) => `text of ${file}`));
    expect(most).toBe(READ_CONCURRENCY);
  });

  test('starts no read after one fails', async () => {
    const started: string[] = [];
    const read = async (file: string) => {
      started.push(file);
      if (file === 'b') throw new Error('cannot read b');
      return file;
    };
    await expect(readConfigurationTexts(['a', 'b', 'c', 'd'], cli.dir, read, 1)).rejects.toThrow('cannot read b');
    expect(started).toEqual(['a', 'b']);
  });

  test('skips a link to a directory named like a configuration in a directory, and reads a link to a file', async () => {
    const dir = join(cli.dir, 'linked');
    mkdirSync(join(dir, 'target'), { recursive: true });
    writeFileSync(join(dir, 'a-valid.json'), JSON.stringify(VALID));
    writeFileSync(join(dir, 'target', 'inside.json'), JSON.stringify(VALID));
    symlinkSync('target', join(dir, 'link.json'), 'dir');
    symlinkSync('a-valid.json', join(dir, 'z-link-to-file.json'), 'file');
    const run = await validate('linked');
    expect(run).toEqual({ code: 0, stdout: 'linked/a-valid.json: valid\nlinked/z-link-to-file.json: valid\n2 files: 2 valid, 0 invalid\n', stderr: '' });
  });

  test('exits 2 naming a link to nothing in a directory, since a configuration it should check is missing', async () => {
    const dir = join(cli.dir, 'dangling');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-valid.json'), JSON.stringify(VALID));
    symlinkSync('gone.json', join(dir, 'b-gone.json'), 'file');
    const run = await validate('dangling');
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'docusign-connect validate: Cannot read dangling/b-gone.json: it is a symbolic link to a file that does not exist.\n' });
  });

  test('skips a FIFO named like a configuration in a directory without opening it', async (context) => {
    const dir = join(cli.dir, 'with-fifo');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-valid.json'), JSON.stringify(VALID));
    const failed = mkfifo(join(dir, 'x.json'));
    if (failed !== undefined) context.skip(`no FIFO to test with: ${failed}`);
    const run = await validateUnder('true', ['with-fifo'], 10_000);
    expect(run).toEqual({ code: 0, stdout: 'with-fifo/a-valid.json: valid\n1 file: 1 valid, 0 invalid\n', stderr: '' });
   }, 20_000);

  test('exits 2 for a FIFO given as FILE, without opening it', async (context) => {
    const failed = mkfifo(join(cli.dir, 'fifo.json'));
    if (failed !== undefined) context.skip(`no FIFO to test with: ${failed}`);
    const run = await validateUnder('true', ['valid.json', 'fifo.json'], 10_000);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'docusign-connect validate: Cannot read fifo.json: it is not a regular file but a FIFO (named pipe); give the configuration as a file.\n',
    });
   }, 20_000);

  test('answers --help with usage, formats, exit codes and an example', async () => {
    const run = await validate('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: docusign-connect validate FILE\|DIR\.\.\./);
    for (const part of ['--format F', 'Subdirectories are not searched', 'entries that are not regular files', 'a link to\n                    nothing cannot be read (exit 2)', 'Exit codes:', 'Example:']) {
      expect(run.stdout).toContain(part);
    }
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
