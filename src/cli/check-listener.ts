// `docusign-connect check-listener`: checks a service's Connect listener offline, before DocuSign
// ever posts to it, by sending it the messages DocuSign sends (and some it must refuse) and
// naming what it gets wrong. Exit 0 the listener passes, 1 it has findings, 2 nothing could be
// checked (bad options, a key that cannot be right, a URL that gives no HTTP answer at all).
import { randomInt } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { accountIdOption, hmacKeyOptions, integerOption, parseCommandArgs, shownUrl, urlOption } from './args.js';
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { LISTENER_CHECKS } from './listener-checks.js';
import { runListenerChecks, UnreachableError } from './listener-probe.js';
import { githubAnnotations, jsonReport, junitReport, markdownReport, textCheckLine, textClosing, textHeading, type RunFacts } from './reports.js';

const NAME = 'check-listener';

const OPTIONS = {
  url: { type: 'string' },
  'hmac-key': { type: 'string' },
  'budget-ms': { type: 'string' },
  report: { type: 'string' },
  seed: { type: 'string' },
  'account-id': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['human', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

const DEFAULT_BUDGET_MS = 5_000;

const HELP = `Usage: docusign-connect check-listener --url URL --hmac-key KEY [--budget-ms MS] [--report DIR] [--seed N] [--account-id GUID] [--format F]

Checks a Connect listener the way DocuSign will use it, before DocuSign does: it posts JSON SIM
messages to URL, signed as DocuSign signs them, and some that must be refused, one at a time, and
names what the listener gets wrong. Point it at a test deployment: the messages are about
envelopes that do not exist.

Options:
  --url URL         The listener, http:// or https://. A query string (?code=...) is sent but never
                    printed.
  --hmac-key KEY    The Connect HMAC key the listener verifies with, exactly as the account shows it.
                    It is never printed or written to a report.
                    Without it, the key in DOCUSIGN_CONNECT_HMAC_KEY is used (it stays out of
                    the process list).
  --budget-ms MS    How soon each message must be acknowledged, 1 to 100000 (default ${DEFAULT_BUDGET_MS}).
                    DocuSign waits up to 100 s for a 2xx but wants it quickly: a listener that answers
                    late or not at all gets its configuration marked down, its messages queued and
                    retried once a day. Each message is waited for up to three times the budget
                    (at most 100 s), so a slow answer is measured rather than cut off; after three
                    genuine messages in a row without an answer the remaining checks are skipped.
  --seed N          The seed the messages are made from, 0 to 4294967295 (default: random, and
                    printed). The same seed sends the same bytes, to replay a run.
  --account-id GUID The account every message is about (data.accountId, X-DocuSign-AccountId), for
                    a listener that picks its key by account or refuses other accounts. Default:
                    drawn from the seed.
  --report DIR      Also write DIR/junit.xml (one testcase per check) and DIR/check-listener.md
                    (a Markdown table). The Markdown is appended to $GITHUB_STEP_SUMMARY when set.
  --format F        human (default), json (one document on stdout), or github (human lines and an
                    ::error annotation per finding).
  -h, --help        This text.

Checks, in this order (each with new envelopes, so a deduplicating listener sees nothing twice
except in check 4):
${LISTENER_CHECKS.map((check, index) => `  ${index + 1}. ${check.id}: ${check.title}`).join('\n')}
Checks 1-5 and 7 send compact JSON, so that each finding has one cause; check 6 adds the indented
layouts, with CRLF and LF line breaks, that DocuSign sends.

Findings: slow, no answer, refuses genuine messages, ignores X-DocuSign-Signature-2, accepts forged
messages, refuses duplicates, refuses unknown fields, does not hash the raw bytes, refuses envelope
data; each is printed with a fix.

Exit codes: 0 the listener passes, 1 it has findings, 2 nothing could be checked (bad options, or
no HTTP answer at all to the first message: connection refused, no route, DNS, TLS). A first
message that times out or whose connection is reset is a finding, not exit 2: something answered.`;

function formatOption(text: string | undefined): Format {
  if (text === undefined) return 'human';
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${text}".`);
}

/** The report directory, created now, so that a run is not wasted on a directory that cannot be written. */
function reportOption(text: string | undefined, cwd: string): string | undefined {
  if (text === undefined) return undefined;
  if (text === '') throw new UsageError('--report needs a directory.');
  const directory = resolve(cwd, text);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new UsageError(`--report: cannot create ${directory}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return directory;
}

interface Settings {
  url: URL;
  hmacKey: string;
  budgetMs: number;
  seed: number;
  accountId: string | undefined;
  format: Format;
  report: string | undefined;
}

/** The command's settings from its arguments, or `help`. */
function settingsOf(argv: readonly string[], io: CommandIo): Settings | 'help' {
  const { values } = parseCommandArgs(NAME, argv, OPTIONS);
  if (values.help === true) return 'help';
  return {
    url: urlOption('url', values.url),
    hmacKey: hmacKeyOptions(values['hmac-key'] === undefined ? undefined : [values['hmac-key']], io.env, 1)[0] ?? '',
    budgetMs: integerOption('budget-ms', values['budget-ms'], DEFAULT_BUDGET_MS, 1, 100_000),
    seed: integerOption('seed', values.seed, randomInt(0, 2 ** 32), 0, 2 ** 32 - 1),
    accountId: accountIdOption(values['account-id']),
    format: formatOption(values.format),
    report: reportOption(values.report, io.cwd),
  };
}

/** Writes junit.xml and check-listener.md, and the Markdown to the CI job summary when there is one. */
function writeReports(directory: string | undefined, markdown: string, junit: string, io: CommandIo): string[] {
  const written: string[] = [];
  if (directory !== undefined) {
    writeFileSync(join(directory, 'junit.xml'), junit);
    writeFileSync(join(directory, 'check-listener.md'), markdown);
    written.push(join(directory, 'junit.xml'), join(directory, 'check-listener.md'));
  }
  const stepSummary = io.env.GITHUB_STEP_SUMMARY;
  if (stepSummary !== undefined && stepSummary !== '') appendFileSync(stepSummary, markdown);
  return written;
}

async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  let settings: Settings | 'help';
  try {
    settings = settingsOf(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${NAME}: ${error.message}\n`);
    return EXIT.usage;
  }
  if (settings === 'help') {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const { url, hmacKey, budgetMs, seed, format, report } = settings;
  const facts: RunFacts = { url: shownUrl(url), seed, budgetMs };
  const human = format !== 'json';
  if (human) io.stdout(`${textHeading(facts)}\n`);
  let listenerRun;
  try {
    listenerRun = await runListenerChecks({
      url,
      hmacKey,
      budgetMs,
      seed,
      ...(settings.accountId === undefined ? {} : { accountId: settings.accountId }),
      onCheck: (result) => {
        if (human) io.stdout(`${textCheckLine(result)}\n`);
      },
    });
  } catch (error) {
    if (!(error instanceof UnreachableError)) throw error;
    io.stderr(`${NAME}: ${error.message}. Nothing was checked: is the listener running, and is the URL right?\n`);
    return EXIT.usage;
  }
  if (human) io.stdout(`${textClosing(listenerRun, facts).join('\n')}\n`);
  if (format === 'json') io.stdout(`${jsonReport(listenerRun, facts)}\n`);
  if (format === 'github') for (const line of githubAnnotations(listenerRun)) io.stdout(`${line}\n`);
  const written = writeReports(report, markdownReport(listenerRun, facts), junitReport(listenerRun, facts), io);
  // In JSON mode stdout holds the document alone, so where the reports went is said on stderr.
  if (written.length > 0 && human) io.stdout(`Reports: ${written.join(', ')}\n`);
  else if (written.length > 0) io.stderr(`Reports: ${written.join(', ')}\n`);
  return listenerRun.findings.length > 0 ? EXIT.failed : EXIT.ok;
}

/** `docusign-connect check-listener`: checks a Connect listener the way DocuSign will use it. */
export const checkListenerCommand: Command = {
  name: NAME,
  summary: 'Check a Connect listener offline: signatures, key rotation, forgeries, duplicates, new fields, layouts, speed.',
  run,
};
