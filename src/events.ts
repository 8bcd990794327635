// The listener side of the package, `docusign-connect-client/events`: verifying and receiving
// Connect messages. It imports nothing of the client (no openapi-fetch, no configuration
// validators), so a listener loads only the event schema's validator.
/** The base64 HMAC-SHA256 signature DocuSign sends for a body and key. */
export { computeConnectSignature } from './connect-signature.js';
export type { ConnectMessageBody } from './connect-signature.js';
/** Verifies one message: signature over the raw bytes, then JSON, then the JSON SIM schema. */
export { verifyConnectMessage } from './verify-message.js';
export type {
  MessageHeaders,
  RawMessageBody,
  RefusalReason,
  RefusedMessage,
  UncheckedMessage,
  VerifiedMessage,
  VerifyConnectMessageOptions,
  VerifyResult,
} from './verify-message.js';
/** How many signature headers are checked at most; more are ignored. */
export { MAX_SIGNATURES } from './signature-headers.js';
/** How deeply a delivered body may nest arrays and objects; deeper is refused unparsed (400 too-deep). */
export { MAX_JSON_DEPTH } from './json-depth.js';
/** The checks every HMAC key passes (no whitespace at the ends, no quotes), for a service's own config checks. */
export { checkHmacKeys } from './hmac-keys.js';
/** A fetch-style listener (Hono, Next.js, Bun, Deno, Cloudflare) and its default body limit. */
export { createConnectListener, DEFAULT_MAX_BODY_BYTES } from './listener.js';
export type {
  ConnectListener,
  ConnectListenerOptions,
  DeliveryContext,
  ListenerAnswerReason,
  ListenerErrorContext,
  ListenerErrorStage,
} from './listener.js';
/** The listener behind node:http or Express, and how long it waits for a body by default. */
export { DEFAULT_BODY_TIMEOUT_MS, toNodeHandler } from './node-handler.js';
/** What onError gets (stage `read-body`) for a body that did not arrive within bodyTimeoutMs. */
export { BodyTimeoutError } from './body-timeout.js';
export type { FetchHandler, NodeHandler, NodeHandlerOptions } from './node-handler.js';
/** Dedupe: the in-memory store, the key a delivery is known by, and the interface for a shared store. */
export { createMemoryDeliveryStore, DEFAULT_MAX_KEYS, deliveryKey } from './delivery-store.js';
export type { DeliveryStore, MemoryDeliveryStoreOptions } from './delivery-store.js';
export type { ClickEvent, ConnectEvent, EnvelopeEvent, EnvelopeSummary, EventName, RecipientEvent, TemplateEvent } from './types.js';
