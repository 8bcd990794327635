import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../../contract-tests/support/spec-tools.mjs';
import { VERSION } from '../version.js';
import { UsageError, type Command, type CommandIo } from './command.js';
import { COMMANDS } from './commands.js';
import { runCli } from './main.js';

/** A CommandIo that keeps what a command writes. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: process.cwd(), env: {} };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function cli(argv: string[], commands?: readonly Command[]) {
  const captured = capture();
  const code = await runCli(argv, captured.io, commands);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('docusign-connect', () => {
  test.each([['--help'], ['-h'], ['help']])('%s lists every command with its summary and the exit codes', async (flag) => {
    const result = await cli([flag]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: docusign-connect <command>/);
    for (const command of COMMANDS) expect(result.stdout).toContain(`${command.name}  ${command.summary}`);
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  test('with no arguments shows the help on stderr and exits 2, since nothing was done', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('simulate');
  });

  test('prints the package version', async () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(VERSION).toBe(manifest.version);
  });

  test('suggests the closest command for a misspelt one and exits 2', async () => {
    const result = await cli(['simulat', '--to', 'http://127.0.0.1:1/']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('docusign-connect: unknown command "simulat". Did you mean "simulate"? See: docusign-connect --help\n');
  });

  test('lists the commands for a word that is close to none', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Commands: ${COMMANDS.map((command) => command.name).join(', ')}.`);
  });

  test('refuses an option before the command', async () => {
    const result = await cli(['--verbose', 'simulate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option "--verbose"');
  });

  test.each(COMMANDS.map((command) => [command.name]))('%s answers --help, and help <command> shows the same', async (name) => {
    const direct = await cli([name, '--help']);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toMatch(new RegExp(`^Usage: docusign-connect ${name} `));
    expect(direct.stdout).toContain('Exit codes:');
    expect(await cli(['help', name])).toEqual(direct);
  });

  test('turns a usage error into its message alone, with exit 2', async () => {
    const failing: Command = { name: 'fail', summary: 'Fails', run: async () => Promise.reject(new UsageError('--x is required.')) };
    expect(await cli(['fail'], [failing])).toEqual({ code: 2, stdout: '', stderr: 'docusign-connect fail: --x is required.\n' });
  });

  test('turns any other error into one line without a stack trace, with exit 2', async () => {
    const failing: Command = {
      name: 'fail',
      summary: 'Fails',
      run: async () => {
        throw new Error('the disk\nis full');
      },
    };
    const result = await cli(['fail'], [failing]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'docusign-connect fail: the disk is full\n' });
  });

  test('passes a command its arguments and returns its exit code', async () => {
    let seen: readonly string[] = [];
    const echo: Command = {
      name: 'echo',
      summary: 'Echoes',
      run: async (argv) => {
        seen = argv;
        return 1;
      },
    };
    expect((await cli(['echo', '--a', 'b'], [echo])).code).toBe(1);
    expect(seen).toEqual(['--a', 'b']);
  });
});
