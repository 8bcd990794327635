import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
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
    const lines = result.stdout.split('\n');
    for (const command of COMMANDS) {
      expect(lines.some((line) => line.trimStart().startsWith(`${command.name} `) && line.endsWith(`  ${command.summary}`)), command.name).toBe(true);
    }
    expect(COMMANDS.map((command) => command.name)).toEqual(['simulate', 'check-listener', 'validate', 'create', 'mock']);
    // A code's text may go on over indented lines of its own.
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n(?: {5}.*\n)* {2}1 .*\n(?: {5}.*\n)* {2}2 /);
  });

  test('says which exit code an invalid file gives: 1 for validate and create, 2 for simulate, which has nothing to send', async () => {
    const help = (await cli(['--help'])).stdout;
    const codes = /Exit codes:\n([\s\S]*?)\n\n/.exec(help)?.[1]?.split(/\n(?= {2}\d )/).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(codes?.find((text) => text.startsWith('1 '))).toContain('an invalid file given to validate or create');
    expect(codes?.find((text) => text.startsWith('2 '))).toContain('an invalid --configuration for simulate');
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

  test.each(COMMANDS.map((command) => [command.name]))('%s --version prints the version without running the command', async (name) => {
    // Among other options too: a script that adds --version to a command line it already has.
    expect(await cli([name, '--format', 'json', '--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('a --version after -- is an argument, not a request for the version', async () => {
    let ran: readonly string[] | undefined;
    const echo: Command = { name: 'echo', summary: 'Echoes', run: async (argv) => ((ran = argv), 0) };
    expect(await cli(['echo', '--', '--version'], [echo])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(ran).toEqual(['--', '--version']);
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

/** Runs a built file with this Node and collects what it printed; `closedStdout` reads none of it. */
function runNode(args: string[], cwd: string, closedStdout = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // As `| head` does once it has enough: the command's writes then fail with EPIPE.
    if (closedStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the built dist/cli.js', () => {
  test('is an executable bundle that answers --help, survives a closed stdout and delivers a signed message', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-build-'));
    const server = createServer((request, response) => {
      request.resume().on('end', () => response.writeHead(200).end());
    });
    try {
      const build = await runNode([join(projectRoot, 'scripts', 'build.mjs'), '--out-dir', out], projectRoot);
      expect(build.code, build.stderr).toBe(0);
      // No node_modules next to it: the command carries openapi-fetch (for create) itself.
      const cli = join(out, 'cli.js');
      expect(readFileSync(cli, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
      expect(statSync(cli).mode & 0o777).toBe(0o755);

      const help = await runNode([cli, 'simulate', '--help'], out);
      expect(help, help.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toContain('--hmac-key KEY');
      expect(await runNode([cli, '--help'], out, true)).toEqual({ code: 0, stdout: '', stderr: '' });

      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
      const port = (server.address() as AddressInfo).port;
      writeFileSync(
        join(out, 'connect.json'),
        JSON.stringify({
          configurationType: 'custom',
          urlToPublishTo: 'https://hooks.example.com/docusign/connect',
          allUsers: 'true',
          name: 'Built',
          deliveryMode: 'SIM',
          includeHMAC: 'true',
          enableLog: 'true',
          allowEnvelopePublish: 'true',
          eventData: { version: 'restv2.1' },
          events: ['envelope-completed'],
        }),
      );
      const key = 'YnVpbHQtYnVuZGxlLWtleS1mb3ItdGVzdHM=';
      const run = await runNode([cli, 'simulate', '--to', `http://127.0.0.1:${port}/connect`, '--configuration', 'connect.json', '--hmac-key', key], out);
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('Delivered 1/1 messages');
      expect(run.stdout).not.toContain(key);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
