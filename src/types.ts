// Domain type names for the package. They come from generated/schema.d.ts, which
// `npm run generate` derives from openapi.yaml; nothing here restates the spec by hand.
import type { components as DocuSignComponents } from '../generated/docusign-schema.js';
import type { components, operations, paths, Readable, Writable } from '../generated/schema.js';

export type { components, operations, paths };

type Schemas = components['schemas'];

// Request-side types drop the read-only properties (connectId, disabledBy); response-side types
// would drop write-only ones. Without this the markers openapi-typescript emits leak into callers.

/** A Connect configuration as sent to the create call (DocuSign's 46 properties, less the read-only two). */
export type ConnectConfiguration = Writable<Schemas['ConnectConfiguration']>;
/** An event name a JSON SIM configuration can subscribe to (`events`). */
export type EventName = Schemas['EventName'];
/** An event name a Recipient Connect (`customrecipient`) configuration can subscribe to. */
export type RecipientEventName = Schemas['RecipientEventName'];
/** A legacy envelope status for `envelopeEvents` (sentence case). */
export type EnvelopeEventStatus = Schemas['EnvelopeEventStatus'];
/** A legacy recipient status for `recipientEvents` (sentence case). */
export type RecipientEventStatus = Schemas['RecipientEventStatus'];
/** DocuSign's string-typed flag: `"true"` or `"false"`. */
export type StringBoolean = Schemas['StringBoolean'];
/** The `eventData` block: JSON or XML messages, and extra data for JSON. */
export type ConnectEventData = Writable<Schemas['ConnectEventData']>;
/** A per-configuration OAuth client-credentials setup. */
export type ConnectOAuthConfig = Writable<Schemas['ConnectOAuthConfig']>;
/** The body of a `201` answer. */
export type SuccessEnvelope = Readable<Schemas['SuccessEnvelope']>;
/** The body of every error answer. */
export type ErrorEnvelope = Readable<Schemas['ErrorEnvelope']>;
/** The `error` member of an error envelope. */
export type ErrorDetail = Readable<Schemas['ErrorDetail']>;
/** The `data` member of a success envelope. */
export type CreatedConfiguration = Readable<Schemas['CreatedConfiguration']>;
/** An item of `eventData.includeData`. */
export type IncludeDataItem = Schemas['IncludeDataItem'];
/** DocuSign's own answer to a create (`connectCustomConfiguration`): the configuration as stored, `connectId` included. */
export type DocuSignConfiguration = DocuSignComponents['schemas']['connectCustomConfiguration'];
/** DocuSign's own error body (`errorDetails`). */
export type DocuSignErrorDetails = DocuSignComponents['schemas']['errorDetails'];
/** A JSON SIM message that DocuSign delivers to a listener; `event` tells the four families apart. */
export type ConnectEvent = Schemas['ConnectEvent'];
/** A message about an envelope (`envelope-*`). */
export type EnvelopeEvent = Schemas['EnvelopeEvent'];
/** A message about one recipient of an envelope (`recipient-*`); `data.recipientId` is always there. */
export type RecipientEvent = Schemas['RecipientEvent'];
/** A message about a template (`template-*`). */
export type TemplateEvent = Schemas['TemplateEvent'];
/** A message about a clickwrap (`click-*`). */
export type ClickEvent = Schemas['ClickEvent'];
/** The envelope as it stood when the event happened, shaped by the configuration's `includeData`. */
export type EnvelopeSummary = Schemas['EnvelopeSummary'];
