// Checks one request as it left the client against what openapi.yaml says the create call is:
// method, path under the base URL (the account ID encoded), no query, the media types, the bearer
// token, and a body equal to what the caller gave. Every difference is one finding with its
// location, in the same `request.…` form Prism uses for its violations.
import { childPointer } from '../../src/json-pointer.js';
import { CONNECT_PATH, spec, validators } from './harness.js';

/** One difference between a request or an answer and the contract. */
export interface Finding {
  /** Where: `request.body/events/1`, `request.header.content-type`, `response.status`… */
  location: string;
  message: string;
}

/** A request as captured on the wire. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** Takes the parts the check needs from a fetch Request, leaving the Request unread. */
export async function captureRequest(request: Request): Promise<WireRequest> {
  return { method: request.method, url: request.url, headers: new Headers(request.headers), body: await request.clone().text() };
}

/** What the caller asked for. */
export interface Intended {
  /** The client's baseUrl; the spec's path goes under its path. */
  baseUrl: string;
  accountId: string;
  token: string;
  body: unknown;
}

const [method, operation] = Object.entries(spec.paths[CONNECT_PATH] as Record<string, { requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }>)[0] ?? [];
/** The request media type and the answer media types, from the spec. */
const requestMediaTypes = Object.keys(operation?.requestBody?.content ?? {});
const securitySchemes = spec.components.securitySchemes as Record<string, { type: string }>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every way the sent value differs from the intended one, by JSON pointer. */
export function bodyDifferences(intended: unknown, sent: unknown, pointer = ''): Finding[] {
  const at = `request.body${pointer || '/'}`;
  const intendedType = typeOf(intended);
  const sentType = typeOf(sent);
  if (intendedType !== sentType) {
    return [{ location: at, message: `retyped: the caller gave ${intendedType} ${JSON.stringify(intended)}, the client sent ${sentType} ${JSON.stringify(sent)}` }];
  }
  if (intendedType === 'array') {
    const given = intended as unknown[];
    const wire = sent as unknown[];
    const findings: Finding[] = [];
    for (let index = 0; index < Math.max(given.length, wire.length); index += 1) {
      const child = childPointer(pointer, String(index));
      if (index >= wire.length) findings.push({ location: `request.body${child}`, message: `lost: the caller gave ${JSON.stringify(given[index])}, the client did not send it` });
      else if (index >= given.length) findings.push({ location: `request.body${child}`, message: `added: the client sent ${JSON.stringify(wire[index])}, which the caller did not give` });
      else findings.push(...bodyDifferences(given[index], wire[index], child));
    }
    return findings;
  }
  if (intendedType === 'object') {
    const given = intended as Record<string, unknown>;
    const wire = sent as Record<string, unknown>;
    const findings: Finding[] = [];
    for (const key of Object.keys(given)) {
      // JSON has no undefined: a property the caller set to undefined is not sent, rightly.
      if (given[key] === undefined) continue;
      if (!(key in wire)) findings.push({ location: `request.body${childPointer(pointer, key)}`, message: `lost: the caller gave ${key}, the client did not send it` });
      else findings.push(...bodyDifferences(given[key], wire[key], childPointer(pointer, key)));
    }
    for (const key of Object.keys(wire)) {
      if (!(key in given) || given[key] === undefined) {
        findings.push({ location: `request.body${childPointer(pointer, key)}`, message: `added: the client sent ${key}: ${JSON.stringify(wire[key])}, which the caller did not give` });
      }
    }
    return findings;
  }
  if (!Object.is(intended, sent)) {
    return [{ location: at, message: `changed: the caller gave ${JSON.stringify(intended)}, the client sent ${JSON.stringify(sent)}` }];
  }
  return [];
}

/** The path the spec gives for this account, under the base URL's own path. */
export function expectedPath(baseUrl: string, accountId: string): string {
  const base = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return `${base}${CONNECT_PATH.replace('{accountId}', encodeURIComponent(accountId))}`;
}

/** Every way the request differs from the spec and from what the caller asked for. */
export function checkRequest(request: WireRequest, intended: Intended): Finding[] {
  const findings = findingsOf(request, intended);
  // A broken client may put the token anywhere; what the harness reports never repeats it.
  if (intended.token === '') return findings;
  return findings.map((finding) => ({ ...finding, message: finding.message.split(intended.token).join('[REDACTED]') }));
}

function findingsOf(request: WireRequest, intended: Intended): Finding[] {
  const findings: Finding[] = [];
  if (request.method !== (method ?? '').toUpperCase()) {
    findings.push({ location: 'request.method', message: `the spec's create call is ${String(method).toUpperCase()}, the client sent ${request.method}` });
  }

  const url = new URL(request.url);
  const base = new URL(intended.baseUrl);
  if (url.origin !== base.origin) findings.push({ location: 'request.url', message: `sent to ${url.origin}, not to the base URL's ${base.origin}` });
  const path = expectedPath(intended.baseUrl, intended.accountId);
  if (url.pathname !== path) findings.push({ location: 'request.path', message: `sent to ${url.pathname}; the spec's path for account ${JSON.stringify(intended.accountId)} is ${path}` });
  if (url.search !== '') findings.push({ location: 'request.query', message: `the create call takes no query parameters, the client sent ${url.search}` });

  const contentType = request.headers.get('content-type');
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === undefined || !requestMediaTypes.includes(mediaType)) {
    findings.push({ location: 'request.header.content-type', message: `the spec takes ${requestMediaTypes.join(' or ')}, the client sent ${contentType === null ? 'no Content-Type' : JSON.stringify(contentType)}` });
  }
  const accept = request.headers.get('accept') ?? '';
  if (!/(^|,)\s*application\/json\s*(;|,|$)/i.test(accept)) {
    findings.push({ location: 'request.header.accept', message: `the answers are application/json, the client sent ${accept === '' ? 'no Accept' : JSON.stringify(accept)}` });
  }

  // The operation's security is OAuth 2: the token goes as a bearer token and nowhere else.
  const bearer = Object.values(securitySchemes).some((scheme) => scheme.type === 'oauth2' || scheme.type === 'http');
  const authorization = request.headers.get('authorization');
  if (bearer && authorization !== `Bearer ${intended.token}`) {
    const what = authorization === null ? 'no Authorization header' : /^Bearer /.test(authorization) ? 'a different bearer token' : 'an Authorization header that is not "Bearer <token>"';
    findings.push({ location: 'request.header.authorization', message: `the spec's OAuth security needs "Bearer <the caller's token>", the client sent ${what}` });
  }
  if (intended.token !== '' && (request.url.includes(intended.token) || request.body.includes(intended.token))) {
    findings.push({ location: 'request', message: 'the token appears in the URL or the body, not only in Authorization' });
  }

  let sent: unknown;
  try {
    sent = JSON.parse(request.body);
  } catch {
    findings.push({ location: 'request.body', message: `not JSON: ${JSON.stringify(request.body.slice(0, 80))}` });
    return findings;
  }
  findings.push(...bodyDifferences(intended.body, sent));
  if (!validators.configuration(sent)) {
    const errors = (validators.configuration.errors ?? []) as Array<{ instancePath: string; message?: string }>;
    for (const error of errors) findings.push({ location: `request.body${error.instancePath || '/'}`, message: `refused by the spec's schema: ${error.message ?? ''}` });
  }
  return findings;
}

/** Findings as lines, for an assertion message. */
export function describeFindings(findings: Finding[]): string {
  return findings.map((finding) => `${finding.location}: ${finding.message}`).join('\n');
}

/**
 * Fails with every finding, one per line, location first; passes when there are none. A provider
 * may echo what it was sent, so the secrets given are cut out of the message.
 */
export function assertNoFindings(findings: Finding[], what: string, secrets: string[] = []): void {
  if (findings.length === 0) return;
  let message = `${what}:\n${describeFindings(findings)}`;
  for (const secret of secrets) if (secret !== '') message = message.split(secret).join('[REDACTED]');
  throw new Error(message);
}
