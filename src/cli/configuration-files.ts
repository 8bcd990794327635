// Configuration files as validate and create read them: which files an argument means (a
// directory is its regular *.json files), their text, and what validateConfiguration finds in
// them, with each finding's line where the file has one. A file that cannot be read stops the
// command (exit 2); a file that is not JSON is a finding like any other (exit 1).
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { validateConfiguration, type ConfigurationProblem, type ConfigurationWarning } from '../validate.js';
import { UsageError } from './command.js';
import { positionOf, scanJson, type TextPosition } from './json-locations.js';

/** A problem of a file, with where it is in the file when that is known. */
export type FileProblem = ConfigurationProblem & Partial<TextPosition>;
/** A warning of a file, with where it is in the file when that is known. */
export type FileWarning = ConfigurationWarning & Partial<TextPosition>;

/** What one file holds: whether it is JSON, whether it is a valid configuration, and why not. */
export interface FileResult {
  /** The file as the user named it (relative paths stay relative). */
  file: string;
  /** True when the file is JSON and the configuration in it has no problems. */
  valid: boolean;
  /** False when the file is not JSON at all; its one problem then says where and why. */
  json: boolean;
  problems: FileProblem[];
  warnings: FileWarning[];
}

/** A checked file: its result, and the configuration when the file is JSON. */
export interface CheckedFile {
  result: FileResult;
  configuration: unknown;
}

/** Why a file could not be read, in words. */
export function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'it is a loop of symbolic links';
  return typeof code === 'string' ? code : 'it cannot be read';
}

/**
 * How many files are open at once while reading: every file is read before anything is printed,
 * and a directory of a few hundred files opened all together runs out of file descriptors
 * (EMFILE) under a usual `ulimit -n` of 256.
 */
export const READ_CONCURRENCY = 16;

/**
 * `work` applied to each item, at most `limit` at a time, with the results in the items' order.
 * The first failure rejects, and no item is started after it.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** What a path that is neither a regular file nor a directory is, for "it is not a regular file". */
function kindOf(stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

/**
 * Whether a `*.json` name found in a directory is a configuration to read: a regular file, or a
 * symbolic link to one. Directories (and links to them), FIFOs, sockets and devices are skipped:
 * opening a FIFO would wait forever for a writer. A link to nothing is a UsageError naming it,
 * since a configuration the repository links to but that is missing would otherwise pass unseen.
 */
async function isConfigurationFile(file: string, cwd: string): Promise<boolean> {
  try {
    return (await stat(resolve(cwd, file))).isFile();
  } catch (error) {
    const dangling = (error as { code?: unknown } | null)?.code === 'ENOENT' && (await lstat(resolve(cwd, file)).then((link) => link.isSymbolicLink(), () => false));
    throw new UsageError(`Cannot read ${file}: ${dangling ? 'it is a symbolic link to a file that does not exist' : readFailure(error)}.`);
  }
}

/** The regular `*.json` files of a directory, sorted and not hidden, as paths under `dir` as given. */
async function directoryFiles(dir: string, cwd: string): Promise<string[]> {
  let names: string[];
  try {
    const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    names = entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.json') && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch (error) {
    throw new UsageError(`Cannot read the directory ${dir}: ${readFailure(error)}.`);
  }
  const candidates = names.sort().map((name) => join(dir, name));
  const keep = await mapLimited(candidates, READ_CONCURRENCY, (file) => isConfigurationFile(file, cwd));
  const files = candidates.filter((_, index) => keep[index] === true);
  if (files.length === 0) throw new UsageError(`There are no *.json files in ${dir} (subdirectories are not searched).`);
  return files;
}

/**
 * The files the arguments name, in order: a file as it is, a directory as its regular `*.json`
 * files (sorted, not recursive, hidden ones skipped, links followed). A file named twice is read
 * once. Throws a UsageError for a path that does not exist, for one that is not a regular file or
 * a directory (a FIFO would block the read), and for a directory without `*.json` files.
 */
export async function filesOf(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    if (path === '') throw new UsageError('An empty file name was given.');
    let stats: Awaited<ReturnType<typeof stat>>;
    try {
      stats = await stat(resolve(cwd, path));
    } catch (error) {
      throw new UsageError(`Cannot read ${path}: ${readFailure(error)}.`);
    }
    if (stats.isFile()) add(path);
    else if (stats.isDirectory()) for (const file of await directoryFiles(path, cwd)) add(file);
    else throw new UsageError(`Cannot read ${path}: it is not a regular file but ${kindOf(stats)}; give the configuration as a file.`);
  }
  return files;
}

/** A file's text without a byte order mark, or a UsageError naming the file. */
export async function readConfigurationText(file: string, cwd: string): Promise<string> {
  try {
    // Editors on Windows may start the file with a byte order mark, which JSON.parse refuses.
    return (await readFile(resolve(cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${readFailure(error)}.`);
  }
}

/**
 * The texts of `files`, in their order, at most `limit` open at once; `read` is
 * readConfigurationText unless a test watches it. The first file that cannot be read rejects.
 */
export function readConfigurationTexts(
  files: readonly string[],
  cwd: string,
  read: (file: string, cwd: string) => Promise<string> = readConfigurationText,
  limit = READ_CONCURRENCY,
): Promise<string[]> {
  return mapLimited(files, limit, (file) => read(file, cwd));
}

/** Parses and validates one file's text, as the create call would check it. */
export function checkConfigurationText(file: string, text: string): CheckedFile {
  let configuration: unknown;
  try {
    configuration = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the mistake, which may be a password: the
    // scanner's reason says what is wrong in its own words.
    const scan = scanJson(text);
    const where = scan.ok ? {} : scan.position;
    const reason = scan.ok ? 'JSON.parse refused it' : scan.reason;
    const at = scan.ok ? '' : `line ${scan.position.line}, column ${scan.position.column}: `;
    const problem: FileProblem = { pointer: '', rule: 'JSON syntax', keyword: 'json', message: `not JSON: ${at}${reason}`, ...where };
    return { result: { file, valid: false, json: false, problems: [problem], warnings: [] }, configuration: undefined };
  }
  const report = validateConfiguration(configuration);
  const scan = scanJson(text);
  const placed = <T extends { pointer: string }>(finding: T): T & Partial<TextPosition> => {
    const position = scan.ok ? positionOf(scan.positions, finding.pointer) : undefined;
    return position === undefined ? finding : { ...finding, ...position };
  };
  return {
    result: { file, valid: report.valid, json: true, problems: report.problems.map(placed), warnings: report.warnings.map(placed) },
    configuration,
  };
}

/** A pointer as the text lines show it: the top level has the empty pointer, which reads as nothing. */
export function shownPointer(pointer: string): string {
  return pointer === '' ? '(top level)' : pointer;
}

/** The human lines for a file's findings: `FILE: POINTER: message`, warnings marked as such. */
export function findingLines(result: FileResult): string[] {
  if (!result.json) return result.problems.map((problem) => `${result.file}: ${problem.message}`);
  return [
    ...result.problems.map((problem) => `${result.file}: ${shownPointer(problem.pointer)}: ${problem.message}`),
    ...result.warnings.map((warning) => `${result.file}: ${shownPointer(warning.pointer)}: warning: ${warning.message}`),
  ];
}
