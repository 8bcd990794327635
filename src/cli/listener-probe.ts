// Runs the listener checks against one URL: makes each check's messages from the seed, signs
// and sends them one at a time, and collects what each check found. It also decides when the
// run itself cannot go on: a URL that gives no HTTP answer to the very first message is
// unreachable (the command exits 2), and a listener that stops answering is not waited on for
// every remaining message.
import { validateConnectEvent } from '../../generated/event-validators.cjs';
import { shownUrl } from './args.js';
import { deliver, type DeliveryOutcome } from './deliver.js';
import { deliveryHeaders, makeConnectEvents, seededRandom, serializeConnectEvent, type BodyLayout } from '../event-factory.js';
import { LISTENER_CHECKS, type CheckContext, type Finding, type FindingName, type Forgery, type ListenerCheck, type Sent, type Signing } from './listener-checks.js';
import type { ConnectEvent, EventName } from '../types.js';

/** What a run needs: where the listener is, the key it verifies with, how quick it must be, and the seed. */
export interface ProbeOptions {
  /** The listener's URL. */
  url: URL;
  /** The Connect HMAC key the listener verifies with. */
  hmacKey: string;
  /** How soon each genuine message must be acknowledged. */
  budgetMs: number;
  /** The seed every message is made from; the same seed sends the same bytes. */
  seed: number;
  /** The account every message is about (default: one per check, drawn from the seed). */
  accountId?: string;
  /** Called with each check's result as soon as it is known, for output that keeps up with the run. */
  onCheck?: (result: CheckResult) => void;
}

/** How one check went. */
export interface CheckResult {
  /** The check's id. */
  id: string;
  /** What a passing listener does. */
  title: string;
  /** `skipped` when the run stopped before this check. */
  status: 'passed' | 'failed' | 'skipped';
  /** One line: what passed, the first finding, or why it did not run. */
  detail: string;
  /** What it found, in the order found. */
  findings: Finding[];
  /** How long it took. */
  ms: number;
}

/** How a whole run went. */
export interface ListenerRun {
  /** Every check, in order, run or not. */
  checks: CheckResult[];
  /** Every finding of every check, in order. */
  findings: Finding[];
  /** How many messages were sent. */
  deliveries: number;
  /** How long the run took. */
  ms: number;
}

/** The URL gave no HTTP answer at all to the first message: nothing could be checked (exit 2). */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

/** Thrown into a check when the listener has stopped answering, to end it early. */
class ListenerStopped extends Error {
  override name = 'ListenerStopped';
}

/** Genuine messages in a row without an answer after which the rest of the run is skipped. */
const STOP_AFTER_SILENT = 3;

/**
 * How long one delivery is waited for: three times the budget, so that a slow answer is measured
 * rather than cut off, but never longer than the 100 s DocuSign itself waits.
 */
export function patienceMs(budgetMs: number): number {
  return Math.min(3 * budgetMs, 100_000);
}

/** A seed for one part of a run, so that each check's messages depend on nothing sent before it. */
function mixSeed(seed: number, part: number): number {
  return (seed ^ Math.imul(part + 1, 0x9e3779b9)) >>> 0;
}

/** Throws when a message meant to be genuine does not match the spec: that is a bug in a check. */
function assertGenuine(message: ConnectEvent, check: string): void {
  if (validateConnectEvent(message)) return;
  const errors = (validateConnectEvent.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
  throw new Error(`check-listener bug: check "${check}" would send a ${message.event} message that openapi.yaml (ConnectEvent) rejects: ${errors}`);
}

/** The account a message is about, for X-DocuSign-AccountId. */
function accountOf(message: ConnectEvent): string | undefined {
  return (message.data as { accountId?: string }).accountId;
}

/** The body with one hex digit of data.envelopeId changed: still a valid message, no longer the signed one. */
function tamper(body: string, message: ConnectEvent): string {
  const envelopeId = (message.data as { envelopeId?: string }).envelopeId;
  const marker = `"envelopeId":"${envelopeId ?? ''}"`;
  const at = envelopeId === undefined ? -1 : body.indexOf(marker);
  if (at < 0) throw new Error(`check-listener bug: a ${message.event} message has no data.envelopeId to tamper with.`);
  const position = at + marker.length - 2;
  return `${body.slice(0, position)}${body[position] === '0' ? '1' : '0'}${body.slice(position + 1)}`;
}

/** The state of a run shared by its checks: the listener, the keys, and how it has answered so far. */
class Probe {
  readonly configurationId: number;
  /** A key of the same shape as DocuSign's that is not the listener's: the "other active key" and the forger's. */
  readonly otherKey: string;
  readonly start: number;
  deliveries = 0;
  silentInARow = 0;
  skipReason: string | undefined;

  constructor(readonly options: ProbeOptions) {
    const random = seededRandom(mixSeed(options.seed, 0));
    this.configurationId = 10_000_000 + Math.floor(random() * 89_999_999);
    this.otherKey = Buffer.from(Array.from({ length: 32 }, () => Math.floor(random() * 256))).toString('base64');
    // A day in 2025 drawn from the seed, so that a replay sends the same generatedDateTime; a
    // listener must accept old messages anyway, since DocuSign retries for days.
    this.start = Date.UTC(2025, 0, 1) + Math.floor(random() * 300) * 86_400_000;
  }

  async deliver(body: string, headers: Record<string, string>, genuine: boolean): Promise<DeliveryOutcome> {
    if (this.silentInARow >= STOP_AFTER_SILENT) throw new ListenerStopped();
    const outcome = await deliver(this.options.url, body, headers, patienceMs(this.options.budgetMs));
    this.deliveries += 1;
    // No HTTP answer at all to the first message means there is nothing to check. A timeout or a
    // reset is different: something accepted the connection, so that is a finding (slow, no answer).
    if (this.deliveries === 1 && (outcome.failure === 'refused' || outcome.failure === 'network')) {
      throw new UnreachableError(`could not reach ${shownUrl(this.options.url)}: ${outcome.detail ?? outcome.failure}`);
    }
    if (genuine) this.silentInARow = outcome.status === undefined ? this.silentInARow + 1 : 0;
    return outcome;
  }
}

/** The context one check runs in: its own seeded messages, and its own findings. */
class CheckRun implements CheckContext {
  readonly budgetMs: number;
  readonly findings: Finding[] = [];
  private readonly random: () => number;
  private clock: number;

  constructor(
    private readonly probe: Probe,
    private readonly check: ListenerCheck,
    index: number,
  ) {
    this.budgetMs = probe.options.budgetMs;
    this.random = seededRandom(mixSeed(probe.options.seed, index + 1));
    // Each check's messages are generated on a day of their own.
    this.clock = probe.start + (index + 1) * 86_400_000;
  }

  fresh(events: readonly EventName[], includeData: readonly string[] = []): ConnectEvent[] {
    const seed = Math.floor(this.random() * 4_294_967_296);
    const accountId = this.probe.options.accountId;
    const made = { seed, configurationId: this.probe.configurationId, start: new Date(this.clock), ...(accountId === undefined ? {} : { accountId }) };
    const messages = makeConnectEvents({ events, includeData }, made);
    this.clock += 3_600_000;
    return messages;
  }

  async send(message: ConnectEvent, options: { layout?: BodyLayout; signing?: Signing } = {}): Promise<Sent> {
    assertGenuine(message, this.check.id);
    const body = serializeConnectEvent(message, options.layout ?? 'compact');
    const keys = options.signing === 'rotated' ? [this.probe.otherKey, this.probe.options.hmacKey] : [this.probe.options.hmacKey];
    const headers = deliveryHeaders(body, keys, accountOf(message));
    return { body, headers, outcome: await this.probe.deliver(body, headers, true) };
  }

  async resend(sent: Sent): Promise<Sent> {
    const headers = { ...sent.headers };
    return { body: sent.body, headers, outcome: await this.probe.deliver(sent.body, headers, true) };
  }

  async forge(message: ConnectEvent, forgery: Forgery): Promise<Sent> {
    // The content is genuine, so that a listener's refusal can only be about the signature.
    assertGenuine(message, this.check.id);
    const signed = serializeConnectEvent(message, 'compact');
    const keys = forgery === 'unsigned' ? [] : forgery === 'another key' ? [this.probe.otherKey] : [this.probe.options.hmacKey];
    const headers = deliveryHeaders(signed, keys, accountOf(message));
    const body = forgery === 'tampered' ? tamper(signed, message) : signed;
    if (forgery === 'tampered') assertGenuine(JSON.parse(body) as ConnectEvent, this.check.id);
    return { body, headers, outcome: await this.probe.deliver(body, headers, false) };
  }

  find(name: FindingName, detail: string): void {
    this.findings.push({ check: this.check.id, name, detail });
  }

  skipTheRest(reason: string): void {
    this.probe.skipReason ??= reason;
  }
}

/** One line for a check that found something: its first finding, and how many more. */
function failedDetail(findings: readonly Finding[]): string {
  const [head] = findings;
  if (head === undefined) return '';
  const more = findings.length > 1 ? ` (+${findings.length - 1} more)` : '';
  return `${head.name}: ${head.detail}${more}`;
}

/** Runs the checks in order against the listener; throws UnreachableError when nothing could be checked. */
export async function runListenerChecks(options: ProbeOptions, checks: readonly ListenerCheck[] = LISTENER_CHECKS): Promise<ListenerRun> {
  const probe = new Probe(options);
  const started = performance.now();
  const results: CheckResult[] = [];
  for (const [index, check] of checks.entries()) {
    if (probe.skipReason !== undefined) {
      const skipped: CheckResult = { id: check.id, title: check.title, status: 'skipped', detail: `not run: ${probe.skipReason}`, findings: [], ms: 0 };
      results.push(skipped);
      options.onCheck?.(skipped);
      continue;
    }
    const context = new CheckRun(probe, check, index);
    const checkStarted = performance.now();
    let passedDetail = '';
    try {
      passedDetail = await check.run(context);
    } catch (error) {
      if (!(error instanceof ListenerStopped)) throw error;
    }
    if (probe.silentInARow >= STOP_AFTER_SILENT) {
      probe.skipReason ??= `the listener did not answer ${STOP_AFTER_SILENT} genuine messages in a row`;
    }
    const { findings } = context;
    const status = findings.length > 0 ? 'failed' : 'passed';
    const detail = status === 'failed' ? failedDetail(findings) : passedDetail;
    const result: CheckResult = { id: check.id, title: check.title, status, detail, findings, ms: Math.round(performance.now() - checkStarted) };
    results.push(result);
    options.onCheck?.(result);
  }
  return {
    checks: results,
    findings: results.flatMap((result) => result.findings),
    deliveries: probe.deliveries,
    ms: Math.round(performance.now() - started),
  };
}
