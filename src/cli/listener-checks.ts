// What `docusign-connect check-listener` checks, as data: each check sends DocuSign-shaped
// messages through a CheckContext and names what the listener got wrong. The checks run in this
// order; each starts from fresh envelopes, so that a listener which deduplicates never answers
// "duplicate" to a check that did not mean to repeat anything (only `duplicates` repeats).
//
// Checks 1-5 and 7 send compact bodies, so that each finding has one cause; `layouts` is where a
// listener that hashes anything but the received bytes shows up, with DocuSign's indented
// layouts next to a compact body that it does accept.
import type { DeliveryOutcome } from './deliver.js';
import { ALL_EVENT_NAMES, asRetry, SHAPED_INCLUDE_DATA, type BodyLayout } from '../event-factory.js';
import type { ConnectEvent, EventName } from '../types.js';

/** What a listener can get wrong; each name says it in words a listener's author recognises. */
export type FindingName =
  | 'slow'
  | 'no answer'
  | 'refuses genuine messages'
  | 'ignores X-DocuSign-Signature-2'
  | 'accepts forged messages'
  | 'refuses duplicates'
  | 'refuses unknown fields'
  | 'does not hash the raw bytes'
  | 'refuses envelope data';

/** How to fix each finding, in one or two sentences. */
export const FIXES: Readonly<Record<FindingName, string>> = {
  slow:
    'Answer 2xx as soon as the message is safely stored and do the work afterwards (a queue, a background job). ' +
    'DocuSign waits at most 100 s, and a listener that answers late or not at all gets its configuration marked down: ' +
    'messages are queued and retried once a day.',
  'no answer':
    'Keep the listener up and answer every request; a dropped connection is a failed delivery, and DocuSign retries it only a day later.',
  'refuses genuine messages':
    'Answer 2xx to every correctly signed message, including events you ignore. If it refuses every message, check that ' +
    '--hmac-key is the key the listener verifies with and that the URL (path included) is the one DocuSign posts to.',
  'ignores X-DocuSign-Signature-2':
    'Check every X-DocuSign-Signature-N header against every key you hold and accept the message when any pair matches: ' +
    'while a key is rotated, DocuSign signs with each active key and yours may be in any header.',
  'accepts forged messages':
    'Verify the signature before anything else: base64 HMAC-SHA256 of the raw body with the key, compared in constant time ' +
    '(crypto.timingSafeEqual) with each X-DocuSign-Signature-N, and answer 401 when none matches or none is present.',
  'refuses duplicates':
    'Answer 2xx to a message you have already processed (retries and republishing repeat it) and skip the work instead. ' +
    'A refused duplicate is a failed delivery, so DocuSign marks the configuration down and keeps retrying it for days.',
  'refuses unknown fields':
    'Ignore fields you do not know, at every level: DocuSign adds fields to its messages without notice, and a strict ' +
    'parser or schema (additionalProperties: false, .strict()) turns each new field into failed deliveries.',
  'does not hash the raw bytes':
    'The listener accepts compact JSON but not the same kind of message indented, so it hashes something other than the ' +
    'bytes it received: typically JSON.stringify(JSON.parse(body)), or text with its line breaks normalised. DocuSign lays ' +
    'its messages out with spaces and CRLF, so real messages never verify. Compute the HMAC over the body exactly as ' +
    'received (a raw body buffer, before any JSON parser), then parse it.',
  'refuses envelope data':
    'Accept large messages: with includeData (documents in particular) a message carries envelopeSummary with base64 ' +
    'documents and can be many megabytes, far above the 100 kB a body parser allows by default.',
};

/** A problem the check found: its name, and where it showed. */
export interface Finding {
  /** The check that found it. */
  check: string;
  /** What is wrong, as a fixed name. */
  name: FindingName;
  /** Which message and what the listener answered. */
  detail: string;
}

/** One message that was sent, and how the listener answered it. */
export interface Sent {
  /** The exact bytes. */
  body: string;
  /** The headers, signatures included (never printed). */
  headers: Readonly<Record<string, string>>;
  /** How the listener answered. */
  outcome: DeliveryOutcome;
}

/** How a genuine message is signed. */
export type Signing = 'key' | 'rotated';

/** How a message that must be refused is forged. */
export type Forgery = 'unsigned' | 'another key' | 'tampered';

/** What a check can do: make messages, send them, and record findings. */
export interface CheckContext {
  /** How soon each genuine message must be acknowledged, in milliseconds. */
  readonly budgetMs: number;
  /** Messages about a new envelope (and template, clickwrap) for these events, never sent before. */
  fresh(events: readonly EventName[], includeData?: readonly string[]): ConnectEvent[];
  /** Sends a genuine message, valid against the spec and signed with the key (`rotated`: in header -2 only). */
  send(message: ConnectEvent, options?: { layout?: BodyLayout; signing?: Signing }): Promise<Sent>;
  /** Sends exactly the bytes and headers of an earlier delivery again. */
  resend(sent: Sent): Promise<Sent>;
  /** Sends a message that a listener must refuse, forged as named. */
  forge(message: ConnectEvent, forgery: Forgery): Promise<Sent>;
  /** Records a finding against the running check. */
  find(name: FindingName, detail: string): void;
  /** Skips the checks after this one, saying why; the run still ends with this check's findings. */
  skipTheRest(reason: string): void;
}

/** One check: an id for reports, a title for help, and what it does. */
export interface ListenerCheck {
  /** A short name, shown on its line of output and in the reports. */
  id: string;
  /** What a passing listener does, in one line. */
  title: string;
  /** Runs the check; resolves to the detail shown when it passes. */
  run(context: CheckContext): Promise<string>;
}

/** What the listener answered, for a finding's detail. */
function answer(outcome: DeliveryOutcome): string {
  if (outcome.status !== undefined) return `answered ${outcome.status}`;
  return outcome.detail ?? outcome.failure ?? 'no answer';
}

/**
 * True when a genuine message was acknowledged; otherwise records why not. A refusal is the
 * check's own finding; no answer in time is `slow` and a dropped connection `no answer`,
 * whichever check it happens in, so that a listener that is merely slow is not also blamed
 * for what the check is about.
 */
function acknowledged(context: CheckContext, sent: Sent, what: string, refusal: FindingName): boolean {
  const { outcome } = sent;
  if (outcome.acknowledged) return true;
  if (outcome.status !== undefined) context.find(refusal, `${what} ${answer(outcome)}`);
  else if (outcome.failure === 'timeout') context.find('slow', `${what}: ${answer(outcome)} (budget ${context.budgetMs} ms)`);
  else context.find('no answer', `${what}: ${answer(outcome)}`);
  return false;
}

/** The first item, which a check asked for and so always gets. */
function first<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new RangeError('Expected at least one message.');
  return item;
}

/** A deep copy of a message with one more field at a path of objects (`data`, `envelopeSummary`). */
function withField(message: ConnectEvent, path: readonly string[], name: string, value: unknown): ConnectEvent {
  const copy = structuredClone(message) as unknown as Record<string, unknown>;
  let target = copy;
  for (const key of path) target = target[key] as Record<string, unknown>;
  target[name] = value;
  return copy as unknown as ConnectEvent;
}

/** A stand-in for a signed PDF of about half a megabyte, so the message is as large as real ones get. */
function largeDocument(): string {
  const padding = '% page content stands in here\n'.repeat(18_000);
  const pdf = `%PDF-1.4\n${padding}1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(pdf).toString('base64');
}

const events: ListenerCheck = {
  id: 'events',
  title: 'every event kind, correctly signed, is acknowledged with 2xx within the budget',
  async run(context) {
    const messages = context.fresh(ALL_EVENT_NAMES);
    let slowest = { event: '', ms: -1 };
    let acknowledgedCount = 0;
    for (const message of messages) {
      const sent = await context.send(message);
      if (!acknowledged(context, sent, message.event, 'refuses genuine messages')) continue;
      acknowledgedCount += 1;
      const { ms } = sent.outcome;
      if (ms > context.budgetMs) context.find('slow', `${message.event} took ${ms} ms (budget ${context.budgetMs} ms)`);
      if (ms > slowest.ms) slowest = { event: message.event, ms };
    }
    // Every later check needs some genuine message acknowledged to mean anything; without one
    // they would only repeat this check's findings under other names.
    if (acknowledgedCount === 0) context.skipTheRest('the listener acknowledged none of the genuine messages of check 1 (events)');
    return `${messages.length} event kinds acknowledged within ${context.budgetMs} ms (slowest: ${slowest.event}, ${slowest.ms} ms)`;
  },
};

const rotation: ListenerCheck = {
  id: 'rotation',
  title: 'a message signed with the key only in X-DocuSign-Signature-2 (another key in -1) is acknowledged',
  async run(context) {
    const sent = await context.send(first(context.fresh(['envelope-sent'])), { signing: 'rotated' });
    acknowledged(context, sent, 'a message signed only in X-DocuSign-Signature-2', 'ignores X-DocuSign-Signature-2');
    return `a message signed only in X-DocuSign-Signature-2 ${answer(sent.outcome)}`;
  },
};

const forged: ListenerCheck = {
  id: 'forged',
  title: 'unsigned, wrongly signed and tampered messages are refused with a non-2xx',
  async run(context) {
    const answers: string[] = [];
    for (const forgery of ['unsigned', 'another key', 'tampered'] as const) {
      const sent = await context.forge(first(context.fresh(['envelope-completed'])), forgery);
      const what = forgery === 'unsigned' ? 'unsigned' : forgery === 'another key' ? 'signed with another key' : 'tampered (one byte of data.envelopeId changed after signing)';
      if (sent.outcome.acknowledged) context.find('accepts forged messages', `${what}: acknowledged with ${String(sent.outcome.status)}`);
      answers.push(`${forgery} ${sent.outcome.status !== undefined ? String(sent.outcome.status) : answer(sent.outcome)}`);
    }
    return `refused: ${answers.join(', ')}`;
  },
};

const duplicates: ListenerCheck = {
  id: 'duplicates',
  title: 'the same delivery again (identical bytes) and a retry (retryCount 1) are acknowledged',
  async run(context) {
    const message = first(context.fresh(['recipient-completed']));
    const original = await context.send(message);
    if (!acknowledged(context, original, 'the first delivery of recipient-completed', 'refuses genuine messages')) {
      return 'not checked: the first delivery was not acknowledged';
    }
    const again = await context.resend(original);
    acknowledged(context, again, 'the same delivery again', 'refuses duplicates');
    const retry = await context.send(asRetry(message, 1));
    acknowledged(context, retry, 'a retry (retryCount 1, same event and generatedDateTime)', 'refuses duplicates');
    return `the same delivery again ${answer(again.outcome)}, the retry ${answer(retry.outcome)}`;
  },
};

const unknownFields: ListenerCheck = {
  id: 'unknown-fields',
  title: 'messages with fields DocuSign may add later (top level, data, envelopeSummary) are acknowledged',
  async run(context) {
    const variants: Array<[string, ConnectEvent]> = [];
    const top = first(context.fresh(['envelope-delivered']));
    variants.push(['an unknown top-level field (eventId)', withField(top, [], 'eventId', '4f1c2d7e-8a9b-4c3d-9e2f-1a2b3c4d5e6f')]);
    const data = first(context.fresh(['recipient-delivered']));
    variants.push(['an unknown field in data (environment)', withField(data, ['data'], 'environment', 'demo')]);
    const summary = first(context.fresh(['envelope-sent'], ['custom_fields']));
    const block = { allowAdvancedCorrect: 'true', enableSignWithNotary: 'false' };
    variants.push(['an unknown block in envelopeSummary (envelopeMetadata)', withField(summary, ['data', 'envelopeSummary'], 'envelopeMetadata', block)]);
    for (const [what, message] of variants) acknowledged(context, await context.send(message), `a message with ${what}`, 'refuses unknown fields');
    return 'acknowledged an unknown top-level field, an unknown field in data and an unknown block in envelopeSummary';
  },
};

const layouts: ListenerCheck = {
  id: 'layouts',
  title: 'bodies indented with CRLF, indented with LF, and compact all verify and are acknowledged',
  async run(context) {
    const sent = new Map<BodyLayout, Sent>();
    for (const layout of ['pretty-crlf', 'pretty-lf', 'compact'] as const) {
      sent.set(layout, await context.send(first(context.fresh(['envelope-sent'])), { layout }));
    }
    const compactAcknowledged = sent.get('compact')?.outcome.acknowledged === true;
    for (const [layout, { outcome }] of sent) {
      if (outcome.acknowledged) continue;
      if (outcome.status !== undefined && compactAcknowledged) {
        context.find('does not hash the raw bytes', `a ${layout} body ${answer(outcome)} while a compact one was acknowledged`);
      } else {
        acknowledged(context, { body: '', headers: {}, outcome }, `a ${layout} body`, 'refuses genuine messages');
      }
    }
    return 'acknowledged pretty-crlf, pretty-lf and compact bodies';
  },
};

const includeData: ListenerCheck = {
  id: 'include-data',
  title: 'a message with includeData blocks and a large document (about 0.7 MB) is acknowledged',
  async run(context) {
    const message = first(context.fresh(['envelope-completed'], SHAPED_INCLUDE_DATA));
    const documents = (message.data as { envelopeSummary?: { envelopeDocuments?: Array<Record<string, unknown>> } }).envelopeSummary?.envelopeDocuments;
    for (const document of documents ?? []) document.PDFBytes = largeDocument();
    const sent = await context.send(message);
    const size = `${(Buffer.byteLength(sent.body) / 1_000_000).toFixed(1)} MB`;
    const blocks = SHAPED_INCLUDE_DATA.join(', ');
    acknowledged(context, sent, `envelope-completed with ${blocks} (${size})`, 'refuses envelope data');
    return `envelope-completed with ${blocks} (${size}) ${answer(sent.outcome)}`;
  },
};

/** The checks, in the order they run. */
export const LISTENER_CHECKS: readonly ListenerCheck[] = [events, rotation, forged, duplicates, unknownFields, layouts, includeData];
