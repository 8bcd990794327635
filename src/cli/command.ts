// What every subcommand of the docusign-connect command is: a name, one line for the command's
// own help, and a run function that gets its arguments and the process's streams and resolves to
// an exit code. The streams are passed in so that tests run commands in-process.

/** Exit codes shared by every subcommand. */
export const EXIT = {
  /** The thing checked is fine, or the command did what was asked. */
  ok: 0,
  /** The thing checked is wrong (a listener with findings, a delivery never acknowledged). */
  failed: 1,
  /** The command could not run: bad usage, unreadable file, unreachable URL. */
  usage: 2,
  /**
   * The request may have done what was asked, or not: a create that timed out or lost its
   * connection after sending. List before trying again.
   */
  unknown: 3,
} as const;

/** Where a command writes, and what it may read from its environment. */
export interface CommandIo {
  /** Writes to standard output; lines end with a newline the caller adds. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** The environment (for NO_COLOR, CI and the like). */
  env: Record<string, string | undefined>;
}

/** One subcommand of docusign-connect. */
export interface Command {
  /** The word that selects it (`simulate`). */
  name: string;
  /** One line for `docusign-connect --help`. */
  summary: string;
  /** Runs it with the arguments after its name; resolves to the exit code. */
  run: (argv: readonly string[], io: CommandIo) => Promise<number>;
}

/** A reason a command cannot run, shown without a stack trace; exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
