// The docusign-connect command: picks the subcommand from the first argument and runs it. Every
// way a run can end comes back as an exit code, and every error as one line on stderr: a stack
// trace tells the user of a command nothing they can act on.
import { closestMatch } from '../did-you-mean.js';
import { VERSION } from '../version.js';
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { COMMANDS } from './commands.js';

/** The top-level help: the subcommands with their summaries, and what the exit codes mean. */
export function mainHelp(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length), 'help'.length);
  const rows = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: docusign-connect <command> [options]

Tools for DocuSign Connect: check configurations kept as JSON files and create them on an account,
serve a local mock of the create call, send a listener what DocuSign delivers, and check it the
way DocuSign uses it.

Commands:
${rows.join('\n')}
  ${'help'.padEnd(width)}  Show a command's help (docusign-connect help <command>)

Options:
  -h, --help     Show this help
  --version      Print the version (${VERSION})

Exit codes:
  0  the command did what was asked (messages acknowledged, nothing found, files valid, created)
  1  the thing checked is wrong (a listener with findings, an invalid file given to validate or
     create, a create rejected)
  2  the command could not run: bad usage, a file that cannot be read (or an invalid
     --configuration for simulate, which has nothing to send), an unusable URL or token
  3  create only: the outcome is unknown and the configuration may exist; list before retrying

Run docusign-connect <command> --help for a command's options.
`;
}

/**
 * Runs docusign-connect with the arguments after the program name and resolves to the exit code;
 * it never rejects. `commands` is the registry (replaced in tests).
 */
export async function runCli(argv: readonly string[], io: CommandIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h') {
    io.stdout(mainHelp(commands));
    return EXIT.ok;
  }
  // Nothing was asked for, so nothing was done: the help goes where errors go, and a script that
  // lost its subcommand fails instead of passing.
  if (first === undefined) {
    io.stderr(mainHelp(commands));
    return EXIT.usage;
  }
  if (first === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    if (rest[0] === undefined) {
      io.stdout(mainHelp(commands));
      return EXIT.ok;
    }
    return runCli([rest[0], '--help'], io, commands);
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    io.stderr(`docusign-connect: ${unknown(first, commands)} See: docusign-connect --help\n`);
    return EXIT.usage;
  }
  // Every command answers --version as the top level does, wherever it stands among the options
  // (a `--` ends the options; what follows it is an argument, not a request for the version).
  if (optionsOf(rest).includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`docusign-connect ${command.name}: ${oneLine(error)}\n`);
    return EXIT.usage;
  }
}

/** The arguments before a `--` terminator: the ones parseArgs reads as options. */
function optionsOf(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

/** What to say about a first argument that names no command. */
function unknown(word: string, commands: readonly Command[]): string {
  if (word.startsWith('-')) return `unknown option "${word}" before the command.`;
  const names = commands.map((command) => command.name);
  const guess = closestMatch(word, names);
  const hint = guess === undefined ? ` Commands: ${names.join(', ')}.` : ` Did you mean "${guess}"?`;
  return `unknown command "${word}".${hint}`;
}

/** An error as one line: a UsageError's own message, anything else with its kind. */
function oneLine(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  const text = error instanceof Error ? `${error.message || error.name}` : String(error);
  // Multi-line messages (an aggregated error, say) would break the one-line promise.
  return text.replace(/\s*\n\s*/g, ' ');
}
