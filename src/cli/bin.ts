// The executable behind `docusign-connect` (dist/cli.js; the build adds the #! line). It only
// connects runCli to the real process, so that everything else runs in-process in tests.
import { EXIT, type CommandIo } from './command.js';
import { runCli } from './main.js';

// Piped into `head` or a closed pager, stdout fails with EPIPE. The run itself goes on (stopping
// half-way through a simulation would leave the listener with part of it), its output is dropped,
// and the exit code still says how it went.
let stdoutOpen = true;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    stdoutOpen = false;
    return;
  }
  process.stderr.write(`docusign-connect: cannot write to stdout (${error.code ?? error.message}).\n`);
  process.exit(EXIT.usage);
});
// With stderr gone too there is nowhere left to report to; the exit code still tells.
process.stderr.on('error', () => undefined);

const io: CommandIo = {
  stdout: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  env: process.env,
};

try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (error) {
  // runCli does not reject; this is the last guard of the one-line promise.
  process.stderr.write(`docusign-connect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT.usage;
}
