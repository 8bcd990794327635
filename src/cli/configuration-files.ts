// Configuration files as validate and create read them: which files an argument means (a
// directory is its *.json files), their text, and what validateConfiguration finds in them, with
// each finding's line where the file has one. A file that cannot be read stops the command (exit
// 2); a file that is not JSON is a finding like any other (exit 1).
import { readdir, readFile, stat } from 'node:fs/promises';
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
  return typeof code === 'string' ? code : 'it cannot be read';
}

/**
 * The files the arguments name, in order: a file as it is, a directory as its `*.json` files
 * (sorted, not recursive, hidden ones skipped). A file named twice is read once. Throws a
 * UsageError for a path that does not exist and for a directory without `*.json` files.
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
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(resolve(cwd, path))).isDirectory();
    } catch (error) {
      throw new UsageError(`Cannot read ${path}: ${readFailure(error)}.`);
    }
    if (!isDirectory) {
      add(path);
      continue;
    }
    let names: string[];
    try {
      const entries = await readdir(resolve(cwd, path), { withFileTypes: true });
      names = entries.filter((entry) => !entry.isDirectory() && entry.name.endsWith('.json') && !entry.name.startsWith('.')).map((entry) => entry.name);
    } catch (error) {
      throw new UsageError(`Cannot read the directory ${path}: ${readFailure(error)}.`);
    }
    if (names.length === 0) throw new UsageError(`There are no *.json files in ${path} (subdirectories are not searched).`);
    for (const name of names.sort()) add(join(path, name));
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
