// What every contract test needs: the Prism URL, a client typed from the spec, the spec's own
// validators, and a reader for Prism's sl-violations header.
import createClient from 'openapi-fetch';
import { inject } from 'vitest';
import type { paths } from '../../generated/schema.js';
import type { ConnectConfiguration, Wire } from '../../src/index.js';
import { join } from 'node:path';
import { createSpecAjv, loadSpec, projectRoot, requestExamples } from './spec-tools.mjs';

export const CONNECT_PATH = '/v2.1/accounts/{accountId}/connect';
export const ACCOUNT_ID = '18476201';
const TOKEN = 'contract-test-token';

export const spec = loadSpec();
/** openapi.docusign.yaml: the same call with DocuSign's own answers. */
export const docusignSpec = loadSpec(join(projectRoot, 'openapi.docusign.yaml'));

/** The named request examples of the create call, in spec order. */
export const requestBodyExamples = requestExamples(spec, CONNECT_PATH, 'post');

/** A valid body (the first example: the brief's JSON SIM sample) for tests about other things. */
export const validBody = requestBodyExamples[0]?.[1] as ConnectConfiguration;
const responseSide = createSpecAjv(spec);
const requestSide = createSpecAjv(spec, { requestSide: true });

const docusignSide = createSpecAjv(docusignSpec);

/**
 * The specs' schemas as validators, compiled here from the YAML (not the client's generated
 * ones); request-side ones ignore readOnly properties as Prism does.
 */
export const validators = {
  successEnvelope: responseSide.schema('SuccessEnvelope'),
  errorEnvelope: responseSide.schema('ErrorEnvelope'),
  configuration: requestSide.schema('ConnectConfiguration'),
  /** A message DocuSign delivers to a listener (openapi.yaml's webhooks). */
  connectEvent: responseSide.schema('ConnectEvent'),
  /** DocuSign's answer to a create (openapi.docusign.yaml). */
  docusignConfiguration: docusignSide.schema('connectCustomConfiguration'),
  /** DocuSign's error body (openapi.docusign.yaml). */
  docusignError: docusignSide.schema('errorDetails'),
};

/** The spec document of each wire, and its name for messages. */
export const specOf: Record<Wire, { document: typeof spec; file: string }> = {
  envelope: { document: spec, file: 'openapi.yaml' },
  docusign: { document: docusignSpec, file: 'openapi.docusign.yaml' },
};

/**
 * Base URL of this run's Prism for a wire: a mock of the wire's document, or a proxy in front of a
 * provider. Empty when the run does not check that wire.
 */
export function prismUrl(wire: Wire = 'envelope'): string {
  return inject(wire === 'envelope' ? 'prismUrl' : 'docusignPrismUrl');
}

/** The wires this run checks: both against the mocks, the provider's own against a provider. */
export function runWires(): Wire[] {
  return (['envelope', 'docusign'] as const).filter((wire) => prismUrl(wire) !== '');
}

/**
 * What this run checks. `mock`: the spec and the client against Prism mocking openapi.yaml.
 * `provider`: a real provider, through Prism in proxy mode with `--errors`, so that every request
 * and every answer is checked against the spec on the way.
 */
export interface ContractTarget {
  mode: 'mock' | 'provider';
  /** Where requests go: the Prism mock, or the Prism proxy in front of the provider. */
  url: string;
  /** The account the create calls name. */
  accountId: string;
  /** The bearer token to send (the mock takes any; a provider needs a real one). */
  token: string;
}

export function contractTarget(wire: Wire = 'envelope'): ContractTarget {
  const mode = inject('contractMode');
  if (mode === 'provider') {
    return {
      mode,
      url: prismUrl(wire),
      accountId: inject('providerAccountId'),
      // Read here, in the worker, so that the token never travels through Vitest's context.
      token: process.env.CONTRACT_PROVIDER_TOKEN ?? '',
    };
  }
  return { mode: 'mock', url: prismUrl(wire), accountId: ACCOUNT_ID, token: TOKEN };
}

/** An openapi-fetch client typed with the generated paths, pointed at Prism. */
function prismClient(token: string | null = TOKEN) {
  return createClient<paths>({
    baseUrl: prismUrl(),
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

/** Options for one create call to the mock. */
export interface CreateOptions {
  accountId?: string;
  /** The bearer token; null sends no Authorization header. */
  token?: string | null;
  /** A Prism Prefer header, such as `code=429` or `example=created`. */
  prefer?: string;
}

/**
 * Sends a body to the mock's create call through the typed client. The body is not checked
 * against the types, so that the rule tests can send invalid ones.
 */
export function createOnPrism(body: unknown, options: CreateOptions = {}) {
  const { accountId = ACCOUNT_ID, token = TOKEN, prefer } = options;
  return prismClient(token).POST(CONNECT_PATH, {
    params: { path: { accountId } },
    body: body as ConnectConfiguration,
    ...(prefer === undefined ? {} : { headers: { Prefer: prefer } }),
  });
}

/** One entry of Prism's sl-violations header. */
export interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/**
 * The violations Prism reported for a response. Prism cuts the header (and so breaks its JSON)
 * past about 8 KB; that is reported as one violation rather than thrown.
 *
 * Reading them is what tells the violations guard (support/violations-guard.ts) that the test
 * has looked at them: request violations nobody read fail the test, as do response violations.
 */
export function violationsOf(response: Response): Violation[] {
  markViolationsRead(response);
  return parseViolations(response);
}

/** The sl-violations header, parsed, without marking it read. */
export function parseViolations(response: { headers: Headers }): Violation[] {
  const header = response.headers.get('sl-violations');
  if (header === null || header === '') return [];
  try {
    const parsed: unknown = JSON.parse(header);
    if (Array.isArray(parsed)) return parsed as Violation[];
  } catch {
    // fall through
  }
  return [{ location: [], severity: 'Error', code: 'unreadable', message: header.slice(0, 500) }];
}

// One set per worker, not per module instance: when test files share a worker, the violations
// guard (a setup file, evaluated again for each file) and the tests must see the same marks.
const READ = Symbol.for('docusign-connect-client.violations-read');
const readResponses: WeakSet<Response> = ((globalThis as typeof globalThis & { [READ]?: WeakSet<Response> })[READ] ??= new WeakSet<Response>());

function markViolationsRead(response: Response): void {
  readResponses.add(response);
}

/** Whether a test has read this response's violations with violationsOf. */
export function violationsWereRead(response: Response): boolean {
  return readResponses.has(response);
}

/** One violation on one line: where it is and what it says. */
export function formatViolation(violation: Violation): string {
  const where = violation.location.length > 0 ? violation.location.join('.') : '(no location)';
  return `${where}: ${violation.message} [${violation.severity}${violation.code === undefined ? '' : `, ${violation.code}`}]`;
}

/** The violations about the mock's own answer; a refused request must still get a valid one. */
export function responseViolationsOf(response: Response): Violation[] {
  return violationsOf(response).filter((violation) => violation.location[0] === 'response');
}

/** Whether a violation points at the field: by location, or by naming it in its message. */
export function namesField(violation: Violation, field: string): boolean {
  const wanted = field.toLowerCase();
  if (violation.location.some((part) => String(part).toLowerCase() === wanted)) return true;
  return new RegExp(`(^|[^A-Za-z0-9_])${wanted}([^A-Za-z0-9_]|$)`, 'i').test(violation.message);
}

/** Ajv's errors as short readable lines, for assertion messages. */
export function describeErrors(validate: { errors?: unknown }): string {
  const errors = (validate.errors ?? []) as Array<{ instancePath: string; message?: string }>;
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
}
