// The client: one call that checks its input, sends it once (or again only when the server said
// it did not process it), and hands back a result or one of the client's errors. Each step is a
// function of its own module: options (client-options.ts) → token (token.ts) → prepare
// (prepare.ts) → send once (send.ts) → read the answer (read-answer.ts, then the wire's module)
// → decide on a retry (retry.ts).
import type { paths } from '../generated/schema.js';
import { callHook } from './call.js';
import { resolveOptions } from './client-options.js';
import type { ConnectClient, ConnectClientOptions, CreateConfigurationOptions, CreateConfigurationResult, Wire } from './client-types.js';
import { ConnectAbortError } from './errors.js';
import { createFetchClient } from './openapi-fetch-adapter.js';
import { CONNECT_PATH, prepareCall } from './prepare.js';
import { settleAnswer } from './read-answer.js';
import { decideRetry, sleep } from './retry.js';
import { sendOnce } from './send.js';
import { checkedStringToken } from './token.js';
import type { ConnectConfiguration } from './types.js';
import type { WireFormat } from './wire.js';
import { docusignWire } from './wire-docusign.js';
import { envelopeWire } from './wire-envelope.js';

export type {
  ConnectClient,
  ConnectClientOptions,
  ContractWarning,
  CreateConfigurationFailure,
  CreateConfigurationOptions,
  CreateConfigurationResult,
  CreateConfigurationSuccess,
  ResponseMeta,
  RetryNotice,
  Wire,
} from './client-types.js';

// Checked against the generated paths, so a path changed in openapi.yaml fails the type check.
CONNECT_PATH satisfies keyof paths;

const WIRES: Record<Wire, WireFormat> = { envelope: envelopeWire, docusign: docusignWire };

/** Creates a client for `POST /v2.1/accounts/{accountId}/connect`. Throws ConnectInputError for bad options. */
export function createConnectClient(options: ConnectClientOptions): ConnectClient {
  const settings = resolveOptions(options);
  const client = createFetchClient(settings.base, settings.basePath);
  const wire = WIRES[settings.wire];
  // A string token that passes the token checks passes them on every call: it is checked once.
  // (It is in every call's redactor from the start.)
  const token = checkedStringToken(settings.accessToken);

  async function createConfiguration(
    accountId: string,
    configuration: ConnectConfiguration,
    callOptions: CreateConfigurationOptions = {},
  ): Promise<CreateConfigurationResult> {
    const signal = callOptions?.signal;
    const call = prepareCall(settings, accountId, configuration, signal);
    const notSent = (message: string, cause: unknown, attempts: number) =>
      new ConnectAbortError(message, { outcome: 'not-sent', request: { method: 'POST', url: call.url, headers: {}, body: call.redactor.value(call.sent) }, attempts, cause: call.redactor.error(cause) });
    if (signal?.aborted) throw notSent('The call was aborted before anything was sent. Nothing was sent.', signal.reason, 0);

    const started = Date.now();
    for (let attempts = 1; ; attempts++) {
      const result = await sendOnce(call, client, attempts, token);
      const hint = result.type === 'answer' ? wire.retryHint(result.response, result.body, Date.now()) : { reason: result.retry, delayMs: undefined };
      const decision = decideRetry({ reason: hint.reason, serverDelayMs: hint.delayMs, attempts, elapsedMs: Date.now() - started, policy: settings.policy, random: Math.random });
      if (decision.retry) {
        const notice = { attempt: attempts, delayMs: decision.delayMs, reason: decision.reason, ...(result.type === 'answer' ? { status: result.response.status } : {}) };
        callHook(settings.onRetry, notice);
        try {
          await sleep(decision.delayMs, signal);
        } catch (cause) {
          throw notSent('The call was aborted while waiting to retry. DocuSign had not processed the earlier attempts, so nothing was created.', cause, attempts);
        }
        continue;
      }
      if (result.type === 'failure') throw result.error;
      return settleAnswer(call, result, attempts, wire, hint);
    }
  }

  return { createConfiguration };
}
