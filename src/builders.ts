// Builders for the four data models. They take real booleans and write DocuSign's string flags,
// and their types refuse combinations the spec refuses: legacy statuses in JSON SIM, no users,
// envelope events in Recipient Connect.
import type {
  ConnectConfiguration,
  EnvelopeEventStatus,
  EventName,
  IncludeDataItem,
  RecipientEventName,
  RecipientEventStatus,
  StringBoolean,
} from './types.js';

/** The properties each builder sets itself from its own options. */
type Controlled =
  | 'configurationType'
  | 'deliveryMode'
  | 'eventData'
  | 'events'
  | 'envelopeEvents'
  | 'recipientEvents'
  | 'allUsers'
  | 'userIds'
  | 'name'
  | 'urlToPublishTo';

/** The names of DocuSign's string flags (`"true"`/`"false"`). */
type FlagName = {
  [K in keyof ConnectConfiguration]-?: [NonNullable<ConnectConfiguration[K]>] extends [StringBoolean] ? K : never;
}[keyof ConnectConfiguration];

/** Every flag a builder accepts, as a real boolean. */
export type ConfigurationFlags = { [K in Exclude<FlagName, Controlled>]?: boolean };

/** The other properties a builder passes through as they are (userName, oAuthConfiguration…). */
export type ConfigurationExtras = Partial<Omit<ConnectConfiguration, Controlled | FlagName>>;

/** Whose envelopes are covered: every user, or the listed user IDs (GUIDs). */
export type UserSelection =
  | { allUsers: true; userIds?: never }
  | { allUsers?: false; userIds: readonly string[] };

/** What every builder needs. `allowEnvelopePublish` and `enableLog` default to true. */
export type CommonOptions = {
  /** The configuration's display name. */
  name: string;
  /** The listener: an absolute https:// URL. */
  urlToPublishTo: string;
} & UserSelection &
  ConfigurationFlags &
  ConfigurationExtras;

/** Legacy status lists: at least one of the two. */
export type StatusLists =
  | { envelopeEvents: readonly EnvelopeEventStatus[]; recipientEvents?: readonly RecipientEventStatus[] }
  | { envelopeEvents?: readonly EnvelopeEventStatus[]; recipientEvents: readonly RecipientEventStatus[] };

/** Options of jsonSim: account-level with any event, or Recipient Connect with recipient events. */
export type JsonSimOptions = CommonOptions & {
  /** Extra envelope data in each message. */
  includeData?: readonly IncludeDataItem[];
} & (
    | { recipient?: false; events: readonly EventName[] }
    | { recipient: true; events: readonly RecipientEventName[] }
  );

/** Options of jsonAggregate: account-level with either list, or Recipient Connect with recipientEvents only. */
export type JsonAggregateOptions = CommonOptions & {
  /** Extra envelope data in each message. */
  includeData?: readonly IncludeDataItem[];
} & (
    | ({ recipient?: false } & StatusLists)
    | { recipient: true; recipientEvents: readonly RecipientEventStatus[]; envelopeEvents?: never }
  );

/** Options of the XML builders. Recipient Connect is JSON only, so there is no `recipient` here. */
export type XmlOptions = CommonOptions & StatusLists & { recipient?: never };

const flag = (value: boolean): StringBoolean => (value ? 'true' : 'false');

const BUILDER_KEYS = new Set(['recipient', 'includeData', 'events', 'envelopeEvents', 'recipientEvents', 'allUsers', 'userIds', 'name', 'urlToPublishTo']);

/** The common part: users, name, URL, flags as strings, extras as given. */
function common(options: CommonOptions): ConnectConfiguration {
  const rest: Record<string, unknown> = { allowEnvelopePublish: 'true', enableLog: 'true' };
  for (const [key, value] of Object.entries(options)) {
    if (BUILDER_KEYS.has(key) || value === undefined) continue;
    rest[key] = typeof value === 'boolean' ? flag(value) : value;
  }
  const users = options.allUsers === true ? { allUsers: 'true' as const } : { allUsers: 'false' as const, userIds: [...(options.userIds ?? [])] };
  return {
    ...(rest as Partial<ConnectConfiguration>),
    name: options.name,
    urlToPublishTo: options.urlToPublishTo,
    ...users,
  } as ConnectConfiguration;
}

function statusLists(options: { envelopeEvents?: readonly EnvelopeEventStatus[] | undefined; recipientEvents?: readonly RecipientEventStatus[] | undefined }) {
  return {
    ...(options.envelopeEvents === undefined ? {} : { envelopeEvents: [...options.envelopeEvents] }),
    ...(options.recipientEvents === undefined ? {} : { recipientEvents: [...options.recipientEvents] }),
  };
}

function jsonEventData(includeData: readonly IncludeDataItem[] | undefined) {
  return { version: 'restv2.1' as const, ...(includeData === undefined ? {} : { includeData: [...includeData] }) };
}

/**
 * JSON SIM, the recommended model: one JSON message per event, events named like
 * `envelope-completed`. With `recipient: true` it is a Recipient Connect configuration.
 */
export function jsonSim(options: JsonSimOptions): ConnectConfiguration {
  return {
    ...common(options),
    configurationType: options.recipient === true ? 'customrecipient' : 'custom',
    deliveryMode: 'SIM',
    eventData: jsonEventData(options.includeData),
    events: [...options.events],
  };
}

/** JSON aggregate: grouped JSON status updates, statuses in sentence case (`Completed`). */
export function jsonAggregate(options: JsonAggregateOptions): ConnectConfiguration {
  return {
    ...common(options),
    configurationType: options.recipient === true ? 'customrecipient' : 'custom',
    deliveryMode: 'aggregate',
    eventData: jsonEventData(options.includeData),
    ...statusLists(options),
  };
}

/** XML aggregate: grouped XML status updates, statuses in sentence case. */
export function xmlAggregate(options: XmlOptions): ConnectConfiguration {
  return { ...common(options), configurationType: 'custom', deliveryMode: 'aggregate', ...statusLists(options) };
}

/**
 * XML SIM: one XML message per event.
 * @deprecated DocuSign is retiring XML SIM; use jsonSim for new listeners.
 */
export function xmlSimLegacy(options: XmlOptions): ConnectConfiguration {
  return { ...common(options), configurationType: 'custom', deliveryMode: 'SIM', ...statusLists(options) };
}
