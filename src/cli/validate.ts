// `docusign-connect validate`: Connect configurations kept as JSON files, checked offline as the
// create call checks them, so that a repository (and its CI) finds a configuration DocuSign would
// refuse before anyone sends it. Exit 0 every file is valid, 1 one is not (or is not JSON), 2
// nothing could be checked (bad usage, a file that cannot be read).
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { parseCommandArgsWithPositionals } from './args.js';
import { checkConfigurationText, filesOf, findingLines, readConfigurationTexts, shownPointer, type FileResult } from './configuration-files.js';
import { annotationData, annotationProperty } from './reports.js';

const NAME = 'validate';

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['text', 'github', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: docusign-connect validate FILE|DIR... [--format text|github|json]

Checks Connect configurations kept as JSON files (each the body of the create call) the way the
create call checks them, offline: every problem DocuSign would refuse, with the field and the fix,
and warnings about what would be created but is probably not meant (a configuration created
switched off, say). Nothing is sent anywhere.

Arguments:
  FILE              A configuration as JSON, in a regular file (or a link to one): a FIFO,
                    socket or device is refused. Paths are reported as given.
  DIR               Its *.json files, in name order. Subdirectories are not searched; hidden
                    files, and entries that are not regular files (directories and links to
                    them, FIFOs, sockets) are skipped. A link to a file is read; a link to
                    nothing cannot be read (exit 2). A directory without *.json files is a
                    usage error.

Options:
  --format F        text (default): a line per problem, FILE: POINTER: message, and per warning,
                    FILE: POINTER: warning: message, then a totals line.
                    github: an ::error annotation per problem and a ::warning per warning, on the
                    file and line, for a GitHub Actions log, then the totals line.
                    json: one JSON list on stdout, a result per file: file, valid, json (false when
                    the file is not JSON), problems and warnings (each with pointer, rule, message,
                    and line and column when known).
  -h, --help        This text.

Secret values (password, oAuthConfiguration.clientSecret, ...) are never printed, and a file that
is not JSON is described by line and column, never quoted.

Exit codes:
  0  every file is a valid configuration (warnings do not count)
  1  at least one file is not valid, or is not JSON
  2  nothing was checked: bad usage, a file or directory that cannot be read (a FILE that is a
     FIFO, socket or device, a link to nothing), an empty directory

Example:
  docusign-connect validate connect/ --format github
`;

function formatOption(text: string | undefined): Format {
  if (text === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${text}".`);
}

/** The totals line: `2 files: 1 valid, 1 invalid`, and the warnings when there are any. */
function totalsLine(results: readonly FileResult[]): string {
  const valid = results.filter((result) => result.valid).length;
  const warnings = results.reduce((sum, result) => sum + result.warnings.length, 0);
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  const warned = warnings === 0 ? '' : `; ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return `${files}: ${valid} valid, ${results.length - valid} invalid${warned}`;
}

/** The text lines of one file: its findings, or that it is valid. */
function textLines(result: FileResult): string[] {
  const lines = findingLines(result);
  if (result.valid) lines.push(`${result.file}: valid`);
  return lines;
}

/** The properties of an annotation: the file, the line and column when known, and a title. */
function annotationProperties(file: string, finding: { line?: number; column?: number }, title: string): string {
  const place = finding.line === undefined ? '' : `,line=${finding.line}${finding.column === undefined ? '' : `,col=${finding.column}`}`;
  return `file=${annotationProperty(file)}${place},title=${annotationProperty(title)}`;
}

/** One `::error` per problem and one `::warning` per warning, for a GitHub Actions log. */
function githubLines(result: FileResult): string[] {
  if (!result.json) {
    return result.problems.map((problem) => `::error ${annotationProperties(result.file, problem, 'docusign-connect validate: not JSON')}::${annotationData(problem.message)}`);
  }
  return [
    ...result.problems.map(
      (problem) => `::error ${annotationProperties(result.file, problem, `docusign-connect validate: ${shownPointer(problem.pointer)}`)}::${annotationData(problem.message)}`,
    ),
    ...result.warnings.map(
      (warning) => `::warning ${annotationProperties(result.file, warning, `docusign-connect validate: ${shownPointer(warning.pointer)}`)}::${annotationData(warning.message)}`,
    ),
  ];
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgsWithPositionals(NAME, argv, OPTIONS);
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const format = formatOption(values.format);
  if (positionals.length === 0) throw new UsageError(`Name at least one configuration file or directory, e.g. docusign-connect validate connect/ (see docusign-connect ${NAME} --help).`);
  const files = await filesOf(positionals, io.cwd);
  // Every file is read before anything is printed: one that cannot be read stops the command
  // (exit 2) instead of leaving a report that looks complete. A few at a time, not all at once,
  // so that a large directory does not run out of file descriptors.
  const texts = await readConfigurationTexts(files, io.cwd);
  const results = files.map((file, index) => checkConfigurationText(file, texts[index] ?? '').result);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const lines = results.flatMap(format === 'github' ? githubLines : textLines);
    for (const line of [...lines, totalsLine(results)]) io.stdout(`${line}\n`);
  }
  return results.every((result) => result.valid) ? EXIT.ok : EXIT.failed;
}

/** `docusign-connect validate`: configurations in JSON files, checked offline as the create call checks them. */
export const validateCommand: Command = {
  name: NAME,
  summary: 'Check configuration files (JSON) offline as the create call does, with each fix; for CI',
  run,
};
