// Realistic JSON SIM messages for a configuration, as DocuSign would deliver them: only the
// events the configuration subscribes to, recipient events with a recipientId, an
// envelopeSummary shaped by includeData, GUIDs and times that look like DocuSign's, and a numeric
// configurationId. Everything comes from a seeded generator, so a run can be replayed exactly.
// The simulator and the listener checker (docusign-connect simulate / check-listener) use it.
import { specFacts } from '../generated/spec-facts.js';
import { computeConnectSignature } from './connect-signature.js';
import type { ConnectEvent, EventName } from './types.js';

/** The event families of the spec's ConnectEvent, by schema name. */
type Family = 'EnvelopeEvent' | 'RecipientEvent' | 'TemplateEvent' | 'ClickEvent';

const FAMILIES = specFacts.events.families as unknown as Record<Family, readonly EventName[]>;
const INCLUDE_DATA = specFacts.events.includeData as unknown as Record<string, string>;

/** The family of an event name, from the spec's discriminator. */
export function eventFamily(name: EventName): Family {
  for (const [family, names] of Object.entries(FAMILIES) as Array<[Family, readonly EventName[]]>) {
    if (names.includes(name)) return family;
  }
  throw new RangeError(`"${name}" is not an event name of openapi.yaml (EventName).`);
}

/** Every event name of the spec, in its order. */
export const ALL_EVENT_NAMES: readonly EventName[] = Object.values(FAMILIES).flat();

/** The `includeData` values whose place in a message the spec knows. */
export const SHAPED_INCLUDE_DATA: readonly string[] = Object.keys(INCLUDE_DATA);

/** A small, fast, seeded generator (mulberry32): the same seed gives the same messages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4 GUID drawn from the generator, in DocuSign's lower-case form. */
function guid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) + 8) as number).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** A UTC time with seven fractional digits and `Z`, the way DocuSign writes generatedDateTime. */
export function docusignDateTime(milliseconds: number, ticks: number): string {
  const iso = new Date(milliseconds).toISOString(); // 2026-01-13T07:09:58.958Z
  return `${iso.slice(0, 23)}${String(ticks % 10_000).padStart(4, '0')}Z`;
}

/** What the factory needs to know about the configuration the messages come from. */
export interface EventSource {
  /** The events to deliver; each must be one of the spec's event names. */
  events: readonly EventName[];
  /** The configuration's `eventData.includeData`, which shapes `envelopeSummary`. */
  includeData?: readonly string[];
}

/** Options of makeConnectEvents. */
export interface MakeEventsOptions {
  /** The seed of the generator (default 1). */
  seed?: number;
  /** Messages per event name (default 1); each gets an envelope of its own. */
  count?: number;
  /** The configuration's numeric id (default: drawn from the seed, eight digits like DocuSign's). */
  configurationId?: number;
  /** When the first message was generated (default: now). */
  start?: Date;
  /** The account the messages are about (default: a GUID drawn from the seed). */
  accountId?: string;
}

/**
 * The messages DocuSign would deliver for these events: for each of `count` envelopes, one
 * message per event, in the order given, about one account and user.
 */
export function makeConnectEvents(source: EventSource, options: MakeEventsOptions = {}): ConnectEvent[] {
  const random = seededRandom(options.seed ?? 1);
  const count = options.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a whole number of at least 1, not ${String(count)}.`);
  const configurationId = options.configurationId ?? 10_000_000 + Math.floor(random() * 89_999_999);
  const drawnAccountId = guid(random);
  const accountId = options.accountId ?? drawnAccountId;
  const userId = guid(random);
  let clock = (options.start ?? new Date()).getTime();
  const messages: ConnectEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    const envelopeId = guid(random);
    const signer = { recipientId: '1', recipientIdGuid: guid(random), name: 'Grace Hopper', email: 'grace@example.com' };
    const created = clock;
    for (const name of source.events) {
      clock += 200 + Math.floor(random() * 5_000);
      const family = eventFamily(name);
      const context: MessageContext = { name, family, accountId, userId, envelopeId, signer, configurationId, created, at: clock, random };
      messages.push(messageFor(context, source.includeData ?? []));
    }
  }
  return messages;
}

interface MessageContext {
  name: EventName;
  family: Family;
  accountId: string;
  userId: string;
  envelopeId: string;
  signer: { recipientId: string; recipientIdGuid: string; name: string; email: string };
  configurationId: number;
  created: number;
  at: number;
  random: () => number;
}

/** One message of the event's family. */
function messageFor(context: MessageContext, includeData: readonly string[]): ConnectEvent {
  const { name, family, accountId, userId, envelopeId, configurationId, at, random } = context;
  const generatedDateTime = docusignDateTime(at, Math.floor(random() * 10_000));
  const top = { apiVersion: 'v2.1', retryCount: 0, configurationId, generatedDateTime };
  if (family === 'TemplateEvent' || family === 'ClickEvent') {
    // DocuSign has published no sample of these; the shared fields and the object's id are all
    // the spec promises, and the uri follows the REST path of the object.
    const id = guid(random);
    const data = family === 'TemplateEvent' ? { accountId, userId, templateId: id } : { accountId, userId, clickwrapId: id };
    const collection = family === 'TemplateEvent' ? 'templates' : 'clickwraps';
    return { event: name, uri: `/restapi/v2.1/accounts/${accountId}/${collection}/${id}`, ...top, data } as ConnectEvent;
  }
  const uri = `/restapi/v2.1/accounts/${accountId}/envelopes/${envelopeId}`;
  const data: Record<string, unknown> = { accountId, userId, envelopeId };
  if (family === 'RecipientEvent') data.recipientId = context.signer.recipientId;
  // DocuSign adds the summary only when includeData asks for envelope data (none of the
  // captured messages without includeData has one).
  if (includeData.length > 0) data.envelopeSummary = envelopeSummary(context, includeData);
  return { event: name, uri, ...top, data } as ConnectEvent;
}

/** The envelope's status after an event, in DocuSign's lower case. */
function statusAfter(name: EventName): string {
  const status: Partial<Record<EventName, string>> = {
    'envelope-created': 'created',
    'envelope-delivered': 'delivered',
    'envelope-completed': 'completed',
    'envelope-declined': 'declined',
    'envelope-voided': 'voided',
    'envelope-deleted': 'deleted',
    'envelope-discard': 'created',
    'recipient-completed': 'sent',
    'recipient-delivered': 'sent',
    'recipient-declined': 'declined',
  };
  return status[name] ?? 'sent';
}

/** A tiny but well-formed PDF, base64-encoded, standing in for a document's content. */
const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');

/** The envelopeSummary for a message, with the blocks that includeData asks for and the spec places. */
function envelopeSummary(context: MessageContext, includeData: readonly string[]): Record<string, unknown> {
  const { name, accountId, userId, envelopeId, signer, created, at, random } = context;
  const stamp = (ms: number) => docusignDateTime(ms, Math.floor(random() * 10_000));
  const status = statusAfter(name);
  const summary: Record<string, unknown> = {
    envelopeId,
    status,
    emailSubject: 'Please sign the service agreement',
    sender: { userName: 'Ada Lovelace', userId, accountId, email: 'ada@example.com' },
    createdDateTime: stamp(created),
    sentDateTime: stamp(created + 1_000),
    statusChangedDateTime: stamp(at),
    envelopeUri: `/envelopes/${envelopeId}`,
  };
  if (status === 'completed') summary.completedDateTime = stamp(at);
  if (status === 'voided') summary.voidedReason = 'The contract terms changed.';
  if (name === 'envelope-purge') summary.purgeState = 'documents_queued';
  const blocks: Record<string, () => unknown> = {
    recipients: () => ({
      signers: [{ ...signer, status: name === 'recipient-completed' || status === 'completed' ? 'completed' : 'sent', routingOrder: '1' }],
      recipientCount: '1',
    }),
    custom_fields: () => ({ textCustomFields: [{ fieldId: String(10_000_000 + Math.floor(random() * 89_999_999)), name: 'contractNumber', value: 'C-2026-0113' }] }),
    folders: () => [{ folderId: guid(random), name: 'Sent Items', type: 'sentitems' }],
    documents: () => [{ documentId: '1', documentIdGuid: guid(random), name: 'agreement.pdf', type: 'content', order: '1', PDFBytes: SAMPLE_PDF }],
    tabs: () => ({ signHereTabs: [{ tabLabel: 'Sign here', documentId: '1', pageNumber: '1', status: 'signed' }] }),
  };
  for (const item of includeData) {
    const pointer = INCLUDE_DATA[item];
    const block = blocks[item];
    if (pointer === undefined || block === undefined) continue; // where DocuSign puts it is not documented
    placeAt(summary, pointer.replace('/data/envelopeSummary/', '').split('/'), block);
  }
  return summary;
}

/** Puts a block at a path below the summary, creating objects on the way; `*` means every item. */
function placeAt(target: unknown, segments: readonly string[], block: () => unknown): void {
  const [head, ...rest] = segments;
  if (head === undefined || target === null || typeof target !== 'object') return;
  if (head === '*') {
    if (Array.isArray(target)) for (const item of target) placeAt(item, rest, block);
    return;
  }
  const record = target as Record<string, unknown>;
  if (rest.length === 0) {
    record[head] = block();
    return;
  }
  // A nested block (tabs inside each signer) goes only where its parent block already is.
  if (record[head] !== undefined) placeAt(record[head], rest, block);
}

/** How a message body is laid out; a listener must hash whichever bytes it receives. */
export type BodyLayout = 'compact' | 'pretty-lf' | 'pretty-crlf';

/** The message as the bytes DocuSign would send, in the given layout (default: indented, CRLF). */
export function serializeConnectEvent(event: unknown, layout: BodyLayout = 'pretty-crlf'): string {
  if (layout === 'compact') return JSON.stringify(event);
  const pretty = JSON.stringify(event, null, 2);
  return layout === 'pretty-lf' ? pretty : pretty.replace(/\n/g, '\r\n');
}

/** The headers DocuSign sends with a signed JSON SIM message: one signature per key, in order. */
export function deliveryHeaders(body: string, hmacKeys: readonly string[], accountId?: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  hmacKeys.forEach((key, index) => {
    headers[`x-docusign-signature-${index + 1}`] = computeConnectSignature(body, key);
  });
  if (hmacKeys.length > 0) headers['x-authorization-digest'] = 'HMACSHA256';
  if (accountId !== undefined) headers['x-docusign-accountid'] = accountId;
  return headers;
}

/** A copy of a message with retryCount set, as DocuSign sends it again after a failure. */
export function asRetry<T extends ConnectEvent>(event: T, retryCount: number): T {
  return { ...event, retryCount };
}

/**
 * The events a configuration subscribes to, and what shapes its messages. Only JSON SIM
 * configurations (deliveryMode SIM, eventData.version restv2.1, events) deliver the messages
 * the spec's webhooks describe; anything else is a RangeError that says so.
 */
export function eventSourceOf(configuration: {
  deliveryMode?: string;
  events?: readonly EventName[];
  eventData?: { version?: string; includeData?: readonly string[] };
}): EventSource {
  const jsonSim = configuration.deliveryMode === 'SIM' && configuration.eventData?.version === 'restv2.1';
  if (!jsonSim || configuration.events === undefined || configuration.events.length === 0) {
    throw new RangeError(
      'The configuration is not JSON SIM (deliveryMode "SIM", eventData.version "restv2.1" and at least one name in events); ' +
        'only JSON SIM messages can be simulated.',
    );
  }
  const includeData = configuration.eventData?.includeData;
  return includeData === undefined ? { events: configuration.events } : { events: configuration.events, includeData };
}
