// Argument parsing for the subcommands, on node:util's parseArgs: strict (an unknown option or a
// stray argument is a usage error), with the message parseArgs gives turned into one that names
// the option and the command's --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gives for `options`, named so that the build can write it into the declarations. */
export type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>;

/** Parses a subcommand's arguments, or throws a UsageError that names what is wrong. */
export function parseCommandArgs<T extends Options>(command: string, argv: readonly string[], options: T): ParsedArgs<T> {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error);
    throw new UsageError(`${reason} See: docusign-connect ${command} --help`);
  }
}

/** A whole number option within bounds, or a UsageError that says which. */
export function integerOption(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return Number(text);
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
