// Argument parsing for the subcommands, on node:util's parseArgs: strict (an unknown option, or a
// stray argument for a command that takes none, is a usage error), with the message parseArgs
// gives turned into one that names the option and the command's --help, and never the stray
// argument itself.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkHmacKey } from '../hmac-keys.js';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gives for `options`, named so that the build can write it into the declarations. */
export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>;

/** What parseArgs gives for `options` and positional arguments (file names) after or between them. */
export type ParsedArgsWithPositionals<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>>;

/** What a command adds to its usage errors. */
export interface ArgsHints {
  /**
   * Said after "Each value needs its option before it" for a stray argument, e.g. mock's
   * "did you mean --port N?". Never the argument itself.
   */
  unexpectedArgument?: string;
}

/**
 * Parses a subcommand's arguments, or throws a UsageError that names what is wrong. parseArgs
 * quotes a stray argument in its message, and a stray argument may be a secret: for a command
 * with --hmac-key it is most often half of a key split by an unquoted space, or a second key
 * given without its own --hmac-key. That message is said without the argument, with the
 * command's hint. parseArgs' other messages name only options.
 */
export function parseCommandArgs<T extends Options>(command: string, argv: readonly string[], options: T, hints: ArgsHints = {}): ParsedArgs<T> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw usageErrorOf(command, error, options, hints);
  }
}

/**
 * parseCommandArgs for a command that takes positional arguments (validate's files, create's
 * file): the same strict options and the same messages, with the positionals handed back.
 */
export function parseCommandArgsWithPositionals<T extends Options>(command: string, argv: readonly string[], options: T, hints: ArgsHints = {}): ParsedArgsWithPositionals<T> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorOf(command, error, options, hints);
  }
}

/** What to say about a stray argument, which is never shown: only a command with keys talks of keys. */
function unexpectedArgument(options: Options, hints: ArgsHints): string {
  if ('hmac-key' in options) return 'Unexpected argument (not shown: it may be a key). Each value needs its option before it, and each key an --hmac-key of its own.';
  const hint = hints.unexpectedArgument === undefined ? '' : `; ${hints.unexpectedArgument}`;
  return `Unexpected argument (not shown). Each value needs its option before it${hint}`;
}

/** parseArgs' error as a UsageError pointing at the command's --help, never quoting a stray argument. */
function usageErrorOf(command: string, error: unknown, options: Options, hints: ArgsHints): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
      ? unexpectedArgument(options, hints)
      : error instanceof Error
        ? error.message.replace(/\. To specify a positional argument.*$/s, '').replace(/\s*\n\s*/g, ' ')
        : String(error);
  // parseArgs ends some messages with a full stop and not others; the sentence gets exactly one
  // (or keeps the question mark of a hint).
  return new UsageError(`${/[.?]$/.test(reason) ? reason : `${reason}.`} See: docusign-connect ${command} --help`);
}

/** A whole number option within bounds, or a UsageError that says which. */
export function integerOption(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return Number(text);
}

/**
 * A listener URL as the commands print it: query values can be keys (an Azure Functions `code`),
 * so only the parameters' names are shown.
 */
export function shownUrl(url: URL): string {
  const names = [...url.searchParams.keys()];
  const query = names.length === 0 ? '' : `?${names.map((name) => `${encodeURIComponent(name)}=…`).join('&')}`;
  return `${url.origin}${url.pathname}${query}`;
}

/** DocuSign's form of an account ID in a message: a GUID. */
const ACCOUNT_GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** An --account-id option (the account ID GUID), or a UsageError that says what it must be. */
export function accountIdOption(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!ACCOUNT_GUID.test(text)) throw new UsageError(`--account-id must be the account ID GUID (as in X-DocuSign-AccountId and data.accountId), not "${text}".`);
  return text.toLowerCase();
}

/** An http(s) URL option, or a UsageError that says what is wrong with it. */
export function urlOption(name: string, text: string | undefined): URL {
  if (text === undefined || text === '') throw new UsageError(`--${name} is required: the listener's URL, e.g. --${name} http://127.0.0.1:3000/connect`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--${name} must be an absolute http:// or https:// URL, not "${text}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--${name} must be an http:// or https:// URL, not ${url.protocol}.`);
  if (url.username !== '' || url.password !== '') throw new UsageError(`--${name} must not carry credentials; they would be printed with each delivery.`);
  return url;
}

/** The environment variable a key may come from instead of the command line (and so `ps`). */
export const HMAC_KEY_VARIABLE = 'DOCUSIGN_CONNECT_HMAC_KEY';

/**
 * The HMAC keys of a command: the `--hmac-key` values, or else the key in
 * DOCUSIGN_CONNECT_HMAC_KEY. Each passes the listener kit's own key check (no whitespace at the
 * ends, no quotes), so a key the command accepts is one a listener would accept too. Messages
 * name the key's position, never its value.
 */
export function hmacKeyOptions(given: readonly string[] | undefined, env: Readonly<Record<string, string | undefined>>, max: number): string[] {
  const fromEnv = env[HMAC_KEY_VARIABLE];
  const keys = given !== undefined && given.length > 0 ? [...given] : fromEnv !== undefined && fromEnv !== '' ? [fromEnv] : [];
  const source = given !== undefined && given.length > 0 ? '--hmac-key' : HMAC_KEY_VARIABLE;
  if (keys.length === 0) {
    throw new UsageError(`--hmac-key is required: a Connect HMAC key, exactly as DocuSign shows it (or set ${HMAC_KEY_VARIABLE}, which keeps it out of the process list).`);
  }
  if (keys.length > max) throw new UsageError(`--hmac-key was given ${keys.length} times; at most ${max} keys are used.`);
  keys.forEach((key, index) => {
    try {
      checkHmacKey(key, keys.length === 1 ? source : `${source} number ${index + 1}`);
    } catch (error) {
      throw new UsageError(`${error instanceof Error ? error.message : String(error)} (the key is not shown).`);
    }
  });
  return keys;
}
