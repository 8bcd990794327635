// The one interface behind which each answer format lives: this project's envelopes
// (wire-envelope.ts) and DocuSign's own bodies (wire-docusign.ts). The request is the same on both.
import type { CreateConfigurationResult, Wire } from './client-types.js';
import type { ReadAnswer } from './read-answer.js';
import type { RetryReason } from './retry.js';

/** What an answer says about sending the request again. */
export interface RetryHint {
  /** Why it may be sent again: the answer says nothing was processed. Undefined: it may not. */
  reason: RetryReason | undefined;
  /** The wait the server asked for, in milliseconds, when it named one. */
  delayMs: number | undefined;
}

/** How one wire's answers are read. */
export interface WireFormat {
  readonly name: Wire;
  /** The spec document that describes the answers, for messages. */
  readonly document: string;
  /** The statuses that document declares for the create call, with their required headers. */
  readonly responses: Readonly<Record<string, { readonly requiredHeaders: readonly string[] } | undefined>>;
  /** How messages name the bodies expected for a 2xx and for an error (`the success envelope`). */
  readonly nouns: { readonly success: string; readonly error: string };
  /** Reads status, headers and (only where it must) the body text for a retry; never throws. */
  retryHint(response: Response, body: string, now: number): RetryHint;
  /** Turns an answer that is JSON into the result, or throws its contract error. */
  settle(answer: ReadAnswer, hint: RetryHint): CreateConfigurationResult;
}
