// Checks one answer to the create call against the spec of its wire (openapi.yaml for the
// envelope, openapi.docusign.yaml for DocuSign's own answers): a declared status (or status
// class, such as 2XX), its media type, its required headers and its schema. Behind a Prism proxy with --errors, Prism has
// already replaced a drifting answer with a problem+json listing what was wrong; those findings are
// taken over with their locations. Warnings count too: Prism only warns about an undeclared status.
import { resolveRef } from './spec-tools.mjs';
import type { Wire } from '../../src/index.js';
import { CONNECT_PATH, parseViolations, specOf, validators, type Violation } from './harness.js';
import type { Finding } from './wire-check.js';

/** An answer as received, its body read as text. */
export interface WireAnswer {
  status: number;
  headers: Headers;
  body: string;
}

interface DeclaredResponse {
  headers?: Record<string, { required?: boolean }>;
  content: Record<string, unknown>;
}

/** Each status (`201`) or status class (`2XX`) a wire's spec declares, with its response object, refs resolved. */
function declaredBy(wire: Wire): Map<string, DeclaredResponse> {
  const { document } = specOf[wire];
  const operation = document.paths[CONNECT_PATH].post as { responses: Record<string, { $ref?: string }> };
  return new Map(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      (response.$ref === undefined ? response : resolveRef(document, response.$ref)) as DeclaredResponse,
    ]),
  );
}

/** What each wire's spec declares for the create call. */
export const declaredByWire: Record<Wire, Map<string, DeclaredResponse>> = { envelope: declaredBy('envelope'), docusign: declaredBy('docusign') };

/** Each status openapi.yaml declares, with its response object. */
export const declaredResponses = new Map<number, DeclaredResponse>([...declaredByWire.envelope].map(([status, response]) => [Number(status), response]));

/** The declaration that covers a status: the status itself, or its class. */
export function declarationOf(wire: Wire, status: number): DeclaredResponse | undefined {
  const declared = declaredByWire[wire];
  return declared.get(String(status)) ?? declared.get(`${Math.floor(status / 100)}XX`);
}

const PRISM_PROBLEM = 'https://stoplight.io/prism/errors#';

function fromViolation(violation: Violation, source: string): Finding {
  const where = violation.location.length > 0 ? violation.location.join('.') : 'response';
  const code = violation.code === undefined ? '' : `, ${violation.code}`;
  return { location: where, message: `${violation.message} [${source}: ${violation.severity}${code}]` };
}

/** Takes the parts the check needs from a fetch Response, leaving the Response unread. */
export async function captureAnswer(response: Response): Promise<WireAnswer> {
  return { status: response.status, headers: new Headers(response.headers), body: await response.clone().text() };
}

/** Every way the answer differs from what the wire's spec declares. */
export function checkAnswer(answer: WireAnswer, wire: Wire = 'envelope'): Finding[] {
  const findings: Finding[] = [];
  // Prism's sl-violations header: about the request or the answer, errors and warnings alike.
  for (const violation of parseViolations(answer)) findings.push(fromViolation(violation, 'Prism'));

  const contentType = answer.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  let parsed: unknown;
  let json = true;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    json = false;
  }

  // Prism's own answer in place of the provider's: its validation list is the finding.
  if (mediaType === 'application/problem+json' && json && typeof (parsed as { type?: unknown })?.type === 'string' && (parsed as { type: string }).type.startsWith(PRISM_PROBLEM)) {
    const problem = parsed as { type: string; title?: string; detail?: string; validation?: Violation[] };
    const kind = problem.type.slice(PRISM_PROBLEM.length);
    const listed = problem.validation ?? [];
    const known = new Set(findings.map((finding) => `${finding.location}|${finding.message}`));
    for (const violation of listed) {
      const finding = fromViolation(violation, `Prism ${kind}`);
      if (!known.has(`${finding.location}|${finding.message.replace(`Prism ${kind}`, 'Prism')}`)) findings.push(finding);
    }
    if (listed.length === 0 && findings.length === 0) findings.push({ location: 'response', message: `Prism answered ${answer.status} ${kind} instead of the provider: ${problem.title ?? ''} ${problem.detail ?? ''}`.trim() });
    return findings;
  }

  // Prism's proxy could not read the provider's answer at all (node-fetch's FetchError): an empty
  // or cut-off body where JSON belongs.
  if (mediaType === 'application/problem+json' && json && (parsed as { type?: unknown })?.type === 'FetchError') {
    const title = String((parsed as { title?: unknown }).title ?? '');
    const empty = /unexpected end of json input/i.test(title);
    findings.push({ location: 'response.body', message: empty ? `the provider answered with an empty or cut-off body where JSON belongs (Prism: ${title})` : `Prism could not read the provider's answer: ${title}` });
    return findings;
  }
  const declared = declarationOf(wire, answer.status);
  if (declared === undefined) {
    findings.push({ location: 'response.status', message: `${answer.status} is not a status ${specOf[wire].file} declares for the create call (it declares ${[...declaredByWire[wire].keys()].join(', ')})` });
  } else {
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      if (header.required === true && !answer.headers.has(name)) findings.push({ location: `response.header.${name.toLowerCase()}`, message: `a ${answer.status} must carry ${name}` });
    }
  }
  const mediaTypes = Object.keys(declared?.content ?? { 'application/json': {} });
  if (!mediaTypes.includes(mediaType)) {
    findings.push({ location: 'response.header.content-type', message: `${contentType === '' ? 'no Content-Type' : JSON.stringify(contentType)}; the spec's answers are ${mediaTypes.join(' or ')}` });
  }
  if (!json) {
    findings.push({ location: 'response.body', message: `not JSON: ${JSON.stringify(answer.body.slice(0, 80))}` });
    return findings;
  }
  const ok = answer.status >= 200 && answer.status < 300;
  const validate = wire === 'envelope' ? (ok ? validators.successEnvelope : validators.errorEnvelope) : ok ? validators.docusignConfiguration : validators.docusignError;
  const envelope = wire === 'envelope' ? `the ${ok ? 'success' : 'error'} envelope` : ok ? 'DocuSign\'s connectCustomConfiguration' : 'DocuSign\'s errorDetails';
  if (!validate(parsed)) {
    const errors = (validate.errors ?? []) as Array<{ instancePath: string; message?: string; params: Record<string, unknown> }>;
    for (const error of errors) {
      const path = error.instancePath === '' ? '' : `.${error.instancePath.slice(1).replace(/\//g, '.')}`;
      const extra = typeof error.params.additionalProperty === 'string' ? ` (${error.params.additionalProperty})` : '';
      findings.push({ location: `response.body${path}`, message: `not ${envelope}: ${error.message ?? ''}${extra} [spec schema]` });
    }
  }
  return findings;
}
