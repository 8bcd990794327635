// docusign-connect simulate: the messages DocuSign would deliver for a JSON SIM configuration,
// sent to a listener before DocuSign ever calls it. One message at a time and in order (SIM
// delivers sequentially per configuration), each signed over its exact bytes with every key, and
// a failed one sent again with retryCount one higher, as DocuSign does with requiresAcknowledgement
// "true", only a second apart instead of a day.
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { closestMatch } from '../did-you-mean.js';
import { asRetry, deliveryHeaders, eventSourceOf, makeConnectEvents, serializeConnectEvent, type EventSource, type MakeEventsOptions } from '../event-factory.js';
import type { ConnectConfiguration, ConnectEvent, EventName } from '../types.js';
import { validateConfiguration } from '../validate.js';
import { MAX_SIGNATURES } from '../signature-headers.js';
import { accountIdOption, hmacKeyOptions, integerOption, parseCommandArgs, shownUrl, urlOption } from './args.js';
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { deliver, type DeliveryOutcome } from './deliver.js';

/** How often DocuSign sends a failed message again before it gives up. */
export const MAX_RETRIES = 10;
/** How long DocuSign waits for an answer; waiting longer would pass a listener DocuSign fails. */
const DOCUSIGN_TIMEOUT_MS = 100_000;
const DEFAULT_RETRY_DELAY_MS = 1_000;
/** Messages are dated within the year after this, at a time drawn from the seed. */
const DATING_EPOCH = Date.UTC(2025, 0, 1);
const SECONDS_PER_YEAR = 365 * 24 * 60 * 60;

const HELP = `Usage: docusign-connect simulate --to URL --configuration FILE --hmac-key KEY [options]

Sends a listener the JSON SIM messages DocuSign would deliver for a Connect configuration: one
at a time and in order, signed the way DocuSign signs them, and sent again after a failure the
way DocuSign does. Test a listener with it before DocuSign ever calls it.

Required:
  --to URL                The listener to post to (http or https). The configuration's
                          urlToPublishTo is not used. Query values are not printed.
  --configuration FILE    The configuration as JSON (the body of the create call). It must be
                          valid and JSON SIM: deliveryMode "SIM", eventData.version "restv2.1".
  --hmac-key KEY          A Connect HMAC key of the account, exactly as DocuSign shows it. Give
                          it again for each further key: the first signs X-DocuSign-Signature-1,
                          the second X-DocuSign-Signature-2, and so on (at most ${MAX_SIGNATURES}).
                          Keys are never printed. Without --hmac-key, the key in
                          DOCUSIGN_CONNECT_HMAC_KEY is used (it stays out of the process list).

Options:
  --event NAME            Send only this event (repeatable, in the order given); it must be one
                          the configuration subscribes to. Default: all of them, in its order.
  --count N               Messages per event, each about an envelope of its own (default 1).
  --seed N                The same seed sends the same bytes: ids, dates (within 2025) and all.
                          Default: a random seed, printed in the summary for a replay.
  --configuration-id N    The configurationId in the messages, for a listener that checks it
                          against its connectId. Default: drawn from the seed.
  --account-id GUID       The account the messages are about (data.accountId and
                          X-DocuSign-AccountId), for a listener that picks its key by account.
                          Default: drawn from the seed.
  --timeout-ms MS         How long to wait for each answer (default and most ${DOCUSIGN_TIMEOUT_MS}: DocuSign's
                          100 s). No answer in time is a failed delivery.
  --retry-delay-ms MS     The pause before a failed message is sent again (default ${DEFAULT_RETRY_DELAY_MS}).
                          DocuSign waits a day.
  --format text|json      A line per attempt and a summary (default), or one JSON object.
  -h, --help              Show this help.

Acknowledgement and retries:
  Only a 2xx answer within the timeout acknowledges a message; any other status, a timeout, a
  refused or a reset connection is a failed delivery. With requiresAcknowledgement "true"
  (DocuSign's default, so also when it is left out) a failed message is sent again, retryCount
  one higher and signed anew, up to ${MAX_RETRIES} times, before the next message goes out: DocuSign
  holds back later messages while one is failing. With "false" a failed message is dropped.

Exit codes:
  0  every message was acknowledged, retries included
  1  at least one message was never acknowledged
  2  could not run: bad usage, an unreadable or invalid configuration, an unusable key
`;

const OPTIONS = {
  to: { type: 'string' },
  configuration: { type: 'string' },
  'hmac-key': { type: 'string', multiple: true },
  event: { type: 'string', multiple: true },
  count: { type: 'string' },
  seed: { type: 'string' },
  'configuration-id': { type: 'string' },
  'account-id': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'retry-delay-ms': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What a simulate run was asked to do. */
interface SimulateOptions {
  to: URL;
  configurationFile: string;
  hmacKeys: readonly string[];
  events: readonly string[];
  count: number;
  seed: number;
  configurationId: number | undefined;
  accountId: string | undefined;
  timeoutMs: number;
  retryDelayMs: number;
  format: 'text' | 'json';
}

/** How the messages go out, from the options and the configuration. */
interface Plan {
  to: URL;
  hmacKeys: readonly string[];
  timeoutMs: number;
  retryDelayMs: number;
  requiresAcknowledgement: boolean;
}

/** One delivery attempt of one message. */
interface AttemptReport {
  retryCount: number;
  acknowledged: boolean;
  status?: number;
  failure?: NonNullable<DeliveryOutcome['failure']>;
  detail?: string;
  ms: number;
}

/** One message and every attempt to deliver it. */
interface MessageReport {
  index: number;
  event: EventName;
  /** The envelope's id (the template's or clickwrap's for those events), to find it in the listener's log. */
  id: string;
  acknowledged: boolean;
  retries: number;
  attempts: AttemptReport[];
}

/** The fields of a message's data that a report needs; the families share them loosely. */
interface MessageData {
  accountId?: string;
  envelopeId?: string;
  templateId?: string;
  clickwrapId?: string;
}

/** The options, checked; 'help' when --help was asked for. No error names a key (see parseCommandArgs). */
function parseOptions(argv: readonly string[], env: CommandIo['env']): SimulateOptions | 'help' {
  const { values } = parseCommandArgs('simulate', argv, OPTIONS);
  if (values.help === true) return 'help';
  const to = urlOption('to', values.to);
  if (values.configuration === undefined || values.configuration === '') {
    throw new UsageError('--configuration is required: the configuration as a JSON file, e.g. --configuration connect.json');
  }
  const hmacKeys = hmacKeyOptions(values['hmac-key'], env, MAX_SIGNATURES);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  const seed = values.seed === undefined ? randomInt(0, 0x1_0000_0000) : integerOption('seed', values.seed, 0, 0, 0xffff_ffff);
  const configurationId = values['configuration-id'] === undefined ? undefined : integerOption('configuration-id', values['configuration-id'], 1, 1, Number.MAX_SAFE_INTEGER);
  return {
    to,
    configurationFile: values.configuration,
    hmacKeys,
    events: values.event ?? [],
    count: integerOption('count', values.count, 1, 1, 10_000),
    seed,
    configurationId,
    accountId: accountIdOption(values['account-id']),
    timeoutMs: integerOption('timeout-ms', values['timeout-ms'], DOCUSIGN_TIMEOUT_MS, 1, DOCUSIGN_TIMEOUT_MS),
    retryDelayMs: integerOption('retry-delay-ms', values['retry-delay-ms'], DEFAULT_RETRY_DELAY_MS, 0, 86_400_000),
    format,
  };
}

/** The configuration file's JSON, or a UsageError naming the file. */
async function readConfiguration(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the configuration file ${file}: ${readFailure(error)}.`);
  }
  try {
    // Editors on Windows may start the file with a byte order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Only the position: V8's message quotes the text around it, which may hold a password.
    throw new UsageError(`The configuration file ${file} is not JSON${jsonPosition(text, error)}.`);
  }
}

/** Why a file could not be read, in words. */
function readFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return typeof code === 'string' ? code : 'it cannot be read';
}

/** Where JSON.parse stopped, as a line and column, when it says. */
function jsonPosition(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (match === null) return '';
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(match[1]));
  const lines = before.split('\n');
  return ` (line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1})`;
}

/** What simulate takes from a valid JSON SIM configuration. */
interface Setup {
  source: EventSource;
  requiresAcknowledgement: boolean;
  /** How requiresAcknowledgement was set, for the output: `"true"`, `"false"`, or left out. */
  acknowledgement: 'true' | 'false' | 'default';
}

/** Checks the configuration as the create call would, and that it is JSON SIM; notes go to stderr. */
function checkConfiguration(configuration: unknown, file: string, io: CommandIo): Setup {
  const report = validateConfiguration(configuration);
  if (!report.valid) {
    const lines = report.problems.map((problem) => `  ${problem.pointer === '' ? '(top level)' : problem.pointer}: ${problem.message}`);
    throw new UsageError(`The configuration in ${file} is not valid; DocuSign would refuse it:\n${lines.join('\n')}`);
  }
  const valid = configuration as ConnectConfiguration;
  let source: EventSource;
  try {
    source = eventSourceOf(valid);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  // Only now: warnings about a configuration that cannot be simulated at all would be noise.
  for (const warning of report.warnings) io.stderr(`warning: ${file} ${warning.pointer}: ${warning.message}\n`);
  if (valid.includeHMAC !== 'true') {
    io.stderr(`note: ${file} does not set includeHMAC "true", so DocuSign would send these messages unsigned; simulate signs them anyway.\n`);
  }
  const acknowledgement = valid.requiresAcknowledgement ?? 'default';
  // DocuSign treats a configuration without the flag as "true" (openapi.yaml, requiresAcknowledgement).
  return { source, requiresAcknowledgement: acknowledgement !== 'false', acknowledgement };
}

/** The events to send: the requested ones, each checked against the subscription, or all of it. */
function selectEvents(subscribed: readonly EventName[], requested: readonly string[]): EventName[] {
  if (requested.length === 0) return [...subscribed];
  const chosen: EventName[] = [];
  for (const name of requested) {
    const match = subscribed.find((candidate) => candidate === name);
    if (match === undefined) {
      const guess = closestMatch(name, subscribed);
      const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`;
      throw new UsageError(`--event "${name}" is not an event the configuration subscribes to; it subscribes to ${subscribed.join(', ')}.${hint}`);
    }
    if (!chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}

/** The factory's options: everything from the seed, so that the seed replays the same bytes. */
function factoryOptions(options: SimulateOptions): MakeEventsOptions {
  const start = new Date(DATING_EPOCH + (options.seed % SECONDS_PER_YEAR) * 1_000);
  const made: MakeEventsOptions = { seed: options.seed, count: options.count, start };
  if (options.configurationId !== undefined) made.configurationId = options.configurationId;
  if (options.accountId !== undefined) made.accountId = options.accountId;
  return made;
}

/**
 * Delivers one message until it is acknowledged, or until DocuSign would stop: at once without
 * requiresAcknowledgement, after MAX_RETRIES retries with it. `progress` hears of every attempt.
 */
async function sendMessage(message: ConnectEvent, index: number, plan: Plan, progress: (report: MessageReport, attempt: AttemptReport) => void): Promise<MessageReport> {
  const data = message.data as MessageData;
  const id = data.envelopeId ?? data.templateId ?? data.clickwrapId ?? '';
  const report: MessageReport = { index, event: message.event, id, acknowledged: false, retries: 0, attempts: [] };
  for (let retryCount = 0; ; retryCount += 1) {
    // A retry has other bytes (its retryCount), so it gets signatures of its own.
    const body = serializeConnectEvent(retryCount === 0 ? message : asRetry(message, retryCount), 'pretty-crlf');
    const outcome = await deliver(plan.to, body, deliveryHeaders(body, plan.hmacKeys, data.accountId), plan.timeoutMs);
    const attempt = attemptOf(retryCount, outcome);
    report.attempts.push(attempt);
    report.retries = retryCount;
    report.acknowledged = outcome.acknowledged;
    progress(report, attempt);
    if (outcome.acknowledged || !plan.requiresAcknowledgement || retryCount === MAX_RETRIES) return report;
    await sleep(plan.retryDelayMs);
  }
}

/** An attempt's report from the delivery's outcome. */
function attemptOf(retryCount: number, outcome: DeliveryOutcome): AttemptReport {
  const attempt: AttemptReport = { retryCount, acknowledged: outcome.acknowledged, ms: outcome.ms };
  if (outcome.status !== undefined) attempt.status = outcome.status;
  if (outcome.failure !== undefined) attempt.failure = outcome.failure;
  if (outcome.detail !== undefined) attempt.detail = outcome.detail;
  return attempt;
}

/** One line for an attempt: `2/6 envelope-completed <id> retryCount=0: 500 not acknowledged in 3 ms; retry 1 of 10 in 1000 ms`. */
function attemptLine(report: MessageReport, attempt: AttemptReport, total: number, plan: Plan): string {
  const answer =
    attempt.status !== undefined
      ? `${attempt.status} ${attempt.acknowledged ? 'acknowledged' : 'not acknowledged'}`
      : `${attempt.failure ?? 'failed'}${attempt.detail === undefined ? '' : ` (${attempt.detail})`}`;
  let next = '';
  if (!attempt.acknowledged) {
    if (!plan.requiresAcknowledgement) next = '; not sent again (requiresAcknowledgement "false")';
    else if (attempt.retryCount >= MAX_RETRIES) next = `; given up after ${MAX_RETRIES} retries, as DocuSign does`;
    else next = `; retry ${attempt.retryCount + 1} of ${MAX_RETRIES} in ${plan.retryDelayMs} ms`;
  }
  return `${report.index}/${total} ${report.event} ${report.id} retryCount=${attempt.retryCount}: ${answer} in ${attempt.ms} ms${next}\n`;
}

/** A word for a POSIX shell, quoted only when it must be. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that sends the same messages again, with placeholders for the keys. */
function replayCommand(options: SimulateOptions): string {
  const words = ['docusign-connect', 'simulate', '--to', shellWord(shownUrl(options.to)), '--configuration', shellWord(options.configurationFile)];
  options.hmacKeys.forEach((_, index) => words.push('--hmac-key', options.hmacKeys.length === 1 ? '<key>' : `<key-${index + 1}>`));
  for (const event of options.events) words.push('--event', shellWord(event));
  if (options.count !== 1) words.push('--count', String(options.count));
  words.push('--seed', String(options.seed));
  if (options.configurationId !== undefined) words.push('--configuration-id', String(options.configurationId));
  if (options.accountId !== undefined) words.push('--account-id', options.accountId);
  if (options.timeoutMs !== DOCUSIGN_TIMEOUT_MS) words.push('--timeout-ms', String(options.timeoutMs));
  if (options.retryDelayMs !== DEFAULT_RETRY_DELAY_MS) words.push('--retry-delay-ms', String(options.retryDelayMs));
  if (options.format !== 'text') words.push('--format', options.format);
  return words.join(' ');
}

/** The two lines that say what is about to be sent and what a failure will cause. */
function planLines(events: readonly EventName[], options: SimulateOptions, setup: Setup, configurationId: number, total: number): string {
  const each = options.count === 1 ? '' : ` (each ${options.count} times)`;
  const keys = options.hmacKeys.length === 1 ? '1 HMAC key' : `${options.hmacKeys.length} HMAC keys`;
  const flag = setup.acknowledgement === 'default' ? 'requiresAcknowledgement left out, so "true" as at DocuSign' : `requiresAcknowledgement "${setup.acknowledgement}"`;
  const retries = setup.requiresAcknowledgement
    ? `a failed message is sent again up to ${MAX_RETRIES} times, ${options.retryDelayMs} ms apart, before the next one`
    : 'a failed message is not sent again';
  return (
    `Sending ${total} message${total === 1 ? '' : 's'} to ${shownUrl(options.to)}: ${events.join(', ')}${each}; configurationId ${configurationId}, signed with ${keys}.\n` +
    `${flag}: ${retries}.\n`
  );
}

/** The summary line: how many were acknowledged, the retries, the seed, and what never was. */
function summaryLine(reports: readonly MessageReport[], seed: number): string {
  const delivered = reports.filter((report) => report.acknowledged).length;
  const retries = reports.reduce((sum, report) => sum + report.retries, 0);
  const lost = reports.filter((report) => !report.acknowledged);
  const listed = lost.slice(0, 5).map((report) => `${report.index}/${reports.length} ${report.event} ${report.id}`);
  if (lost.length > listed.length) listed.push(`${lost.length - listed.length} more`);
  const never = lost.length === 0 ? '' : ` Never acknowledged: ${listed.join(', ')}.`;
  return `Delivered ${delivered}/${reports.length} messages with ${retries} ${retries === 1 ? 'retry' : 'retries'}; seed ${seed}.${never}\n`;
}

/** Runs docusign-connect simulate. */
async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv, io.env);
  if (options === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const configuration = await readConfiguration(options.configurationFile, io.cwd);
  const setup = checkConfiguration(configuration, options.configurationFile, io);
  const events = selectEvents(setup.source.events, options.events);
  const messages = makeConnectEvents({ ...setup.source, events }, factoryOptions(options));
  const configurationId = messages[0]?.configurationId ?? 0;
  const plan: Plan = {
    to: options.to,
    hmacKeys: options.hmacKeys,
    timeoutMs: options.timeoutMs,
    retryDelayMs: options.retryDelayMs,
    requiresAcknowledgement: setup.requiresAcknowledgement,
  };
  const text = options.format === 'text';
  if (text) io.stdout(planLines(events, options, setup, configurationId, messages.length));
  const reports: MessageReport[] = [];
  for (const [index, message] of messages.entries()) {
    const progress = (report: MessageReport, attempt: AttemptReport) => {
      if (text) io.stdout(attemptLine(report, attempt, messages.length, plan));
    };
    reports.push(await sendMessage(message, index + 1, plan, progress));
  }
  const ok = reports.every((report) => report.acknowledged);
  if (text) {
    io.stdout(summaryLine(reports, options.seed));
    io.stdout(`Replay: ${replayCommand(options)}\n`);
  } else {
    const summary = {
      ok,
      to: shownUrl(options.to),
      configuration: options.configurationFile,
      configurationId,
      seed: options.seed,
      requiresAcknowledgement: setup.acknowledgement === 'default' ? 'true' : setup.acknowledgement,
      requiresAcknowledgementSet: setup.acknowledgement !== 'default',
      delivered: reports.filter((report) => report.acknowledged).length,
      total: reports.length,
      retries: reports.reduce((sum, report) => sum + report.retries, 0),
      messages: reports,
      replay: replayCommand(options),
    };
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  }
  return ok ? EXIT.ok : EXIT.failed;
}

/** `docusign-connect simulate`: a configuration's JSON SIM messages, delivered to a listener as DocuSign would. */
export const simulateCommand: Command = {
  name: 'simulate',
  summary: "Send a listener a JSON SIM configuration's messages, signed and retried as DocuSign does",
  run,
};
