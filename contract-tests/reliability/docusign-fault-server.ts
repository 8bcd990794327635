// The create endpoint of fault-server.ts answering on DocuSign's own wire (openapi.docusign.yaml):
// connectCustomConfiguration for a create, errorDetails for an error, DocuSign's rate-limit codes
// with each of the hints a client may get (Retry-After, X-RateLimit-Reset, neither), and the same
// failures below HTTP as the envelope server. Test-only: nothing in the package imports it.
import { type Exchange, type RecordingServer, resetBeforeResponse, resetMidBody, sendHtml, sendJson, sendTruncated, stallMidBody, startRecordingServer, type Arrival } from './fault-server.js';

/** The Date header of `created`: fixed and in the past, so that a test can tell it from the time of arrival. */
export const SERVER_DATE = 'Mon, 30 Nov 2026 23:59:58 GMT';

/** How one request is answered; `limit` marks a rate-limit refusal, after which the client may send again. */
export const DOCUSIGN_FAULTS = {
  created: { creates: true, limit: false, about: '201 with connectCustomConfiguration and a Date header' },
  'created-no-date': { creates: true, limit: false, about: '201 with connectCustomConfiguration and no Date header' },
  'invalid-parameter': { creates: false, limit: false, about: '400 INVALID_REQUEST_PARAMETER' },
  'auth-failed': { creates: false, limit: false, about: '401 USER_AUTHENTICATION_FAILED' },
  'lacks-permissions': { creates: false, limit: false, about: '401 USER_LACKS_PERMISSIONS' },
  'not-found': { creates: false, limit: false, about: '404 RESOURCE_NOT_FOUND' },
  'server-error': { creates: true, limit: false, about: '500 UNSPECIFIED_ERROR, after creating' },
  unavailable: { creates: true, limit: false, about: '503 SERVICE_UNAVAILABLE with Retry-After, after creating' },
  'hourly-retry-after': { creates: false, limit: true, about: '400 HOURLY_APIINVOCATION_LIMIT_EXCEEDED with Retry-After' },
  'hourly-reset': { creates: false, limit: true, about: '400 HOURLY_APIINVOCATION_LIMIT_EXCEEDED with X-RateLimit-Reset' },
  'hourly-bare': { creates: false, limit: true, about: '400 HOURLY_APIINVOCATION_LIMIT_EXCEEDED without either header' },
  'burst-retry-after': { creates: false, limit: true, about: '429 BURST_APIINVOCATION_LIMIT_EXCEEDED with Retry-After' },
  'burst-reset': { creates: false, limit: true, about: '429 BURST_APIINVOCATION_LIMIT_EXCEEDED with X-RateLimit-Reset' },
  'burst-bare': { creates: false, limit: true, about: '429 BURST_APIINVOCATION_LIMIT_EXCEEDED without either header' },
  'reset-before-response': { creates: true, limit: false, about: 'the connection reset before any answer, after creating' },
  'reset-mid-body': { creates: true, limit: false, about: 'a 201 whose body is cut off by a reset' },
  stall: { creates: true, limit: false, about: 'no answer at all, after creating' },
  'stall-mid-body': { creates: true, limit: false, about: 'a 201 whose body stops half way and never ends' },
  'html-503': { creates: true, limit: false, about: 'a 503 HTML page from a gateway, after the backend created it' },
  'truncated-json': { creates: true, limit: false, about: 'a 201 whose JSON body ends half way' },
} as const;

export type DocuSignFault = keyof typeof DOCUSIGN_FAULTS;

/** Whether a fault is a rate-limit refusal. */
export function isRateLimit(fault: string): boolean {
  return fault in DOCUSIGN_FAULTS && DOCUSIGN_FAULTS[fault as DocuSignFault].limit;
}

export interface DocuSignFaultServerOptions {
  /** Picks the fault for each request. */
  choose: (arrival: Arrival) => DocuSignFault;
  /** Retry-After, in seconds, on the rate limits that carry it and on the 503 (default 1). */
  retryAfterSeconds?: number;
  /** X-RateLimit-Reset is the current Unix second plus this (default 1: within a second). */
  resetInSeconds?: number;
  /** The answers quote the Authorization header and the body, as a debug page might (default true). */
  echo?: boolean;
  /** The port to listen on (default 0: any free one). */
  port?: number;
}

export type DocuSignFaultServer = RecordingServer<DocuSignFault>;

/** Starts a loopback server that answers as DocuSign does, with the faults it is told to. */
export async function startDocuSignFaultServer(options: DocuSignFaultServerOptions): Promise<DocuSignFaultServer> {
  const { choose, retryAfterSeconds = 1, resetInSeconds = 1, echo = true, port = 0 } = options;
  let nextConnectId = 22_210_641;

  const details = (errorCode: string, message: string) => JSON.stringify({ errorCode, message });
  // DocuSign sends its rate-limit headers on every answer; a refusal has none left.
  const limits = { 'X-RateLimit-Limit': '1000', 'X-RateLimit-Remaining': '0', 'X-BurstLimit-Limit': '500', 'X-BurstLimit-Remaining': '0' };
  const hint = (kind: 'retry-after' | 'reset' | 'bare'): Record<string, string> => {
    if (kind === 'retry-after') return { ...limits, 'Retry-After': String(retryAfterSeconds) };
    if (kind === 'reset') return { ...limits, 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) };
    return limits;
  };
  const hourly = (exchange: Exchange<DocuSignFault>, kind: 'retry-after' | 'reset' | 'bare') =>
    sendJson(exchange, 400, details('HOURLY_APIINVOCATION_LIMIT_EXCEEDED', `The maximum number of hourly API invocations has been exceeded. The hourly limit is 1000.${exchange.quoted}`), hint(kind));
  const burst = (exchange: Exchange<DocuSignFault>, kind: 'retry-after' | 'reset' | 'bare') =>
    sendJson(exchange, 429, details('BURST_APIINVOCATION_LIMIT_EXCEEDED', `The maximum number of API invocations in 30 seconds has been exceeded.${exchange.quoted}`), hint(kind));

  /** The configuration as DocuSign stored it: what was sent (secrets included, when echo is on), with its new connectId. */
  function stored(text: string): string {
    let sent: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) sent = parsed as Record<string, unknown>;
    } catch {
      // Stored as nothing but its ID; the tests always send JSON.
    }
    const connectId = String(nextConnectId++);
    return JSON.stringify(echo ? { ...sent, connectId, configurationType: 'custom' } : { connectId, name: sent.name, configurationType: 'custom' });
  }

  function answer(fault: DocuSignFault, exchange: Exchange<DocuSignFault>): Promise<void> | void {
    const { response, quoted, text } = exchange;
    switch (fault) {
      case 'created':
        return sendJson(exchange, 201, stored(text), { Date: SERVER_DATE, 'X-DocuSign-TraceToken': '4f6d2a9e-8c3b-4e71-a05d-93b1e27c6f48' });
      case 'created-no-date':
        response.sendDate = false;
        return sendJson(exchange, 201, stored(text));
      case 'invalid-parameter':
        return sendJson(exchange, 400, details('INVALID_REQUEST_PARAMETER', `The request contained at least one invalid parameter.${quoted}`));
      case 'auth-failed':
        return sendJson(exchange, 401, details('USER_AUTHENTICATION_FAILED', `One or both of Username and Password are invalid.${quoted}`));
      case 'lacks-permissions':
        return sendJson(exchange, 401, details('USER_LACKS_PERMISSIONS', `This user lacks sufficient permissions to access this resource.${quoted}`));
      case 'not-found':
        return sendJson(exchange, 404, details('RESOURCE_NOT_FOUND', `The URL provided does not resolve to a resource.${quoted}`));
      case 'server-error':
        return sendJson(exchange, 500, details('UNSPECIFIED_ERROR', `An unexpected error occurred.${quoted}`));
      case 'unavailable':
        return sendJson(exchange, 503, details('SERVICE_UNAVAILABLE', `The service is temporarily unavailable.${quoted}`), { 'Retry-After': String(retryAfterSeconds) });
      case 'hourly-retry-after':
        return hourly(exchange, 'retry-after');
      case 'hourly-reset':
        return hourly(exchange, 'reset');
      case 'hourly-bare':
        return hourly(exchange, 'bare');
      case 'burst-retry-after':
        return burst(exchange, 'retry-after');
      case 'burst-reset':
        return burst(exchange, 'reset');
      case 'burst-bare':
        return burst(exchange, 'bare');
      case 'reset-before-response':
        return resetBeforeResponse(exchange);
      case 'reset-mid-body':
        return resetMidBody(exchange, 201, stored(text));
      case 'stall':
        // Keeps the connection open without a byte; stop() or the client ends it.
        return;
      case 'stall-mid-body':
        return stallMidBody(exchange, 201, stored(text));
      case 'html-503':
        return sendHtml(exchange, 503, '503 Service Temporarily Unavailable');
      case 'truncated-json':
        return sendTruncated(exchange, 201, stored(text));
    }
  }

  return startRecordingServer<DocuSignFault>({ choose, creates: (fault) => DOCUSIGN_FAULTS[fault].creates, answer, echo, port });
}
