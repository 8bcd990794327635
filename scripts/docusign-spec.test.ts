// openapi.docusign.yaml, the create call as DocuSign itself answers it: the request rules are
// openapi.yaml's (by reference, never a second copy), each declared status has DocuSign's schema,
// answer objects stay open while their known properties are typed, every named example passes
// the compiled validators, and connectId is always a non-empty string.
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { loadSpec, projectRoot, resolveRef } from '../contract-tests/support/spec-tools.mjs';
import type { components, paths, Writable } from '../generated/docusign-schema.js';
import { docusignSpecFacts } from '../generated/spec-facts.js';
import {
  validateConnectConfiguration,
  validateConnectCustomConfiguration,
  validateErrorDetails,
  type SpecValidator,
} from '../generated/validators.cjs';

const read = (file: string) => loadSpec(join(projectRoot, file)) as Record<string, any>;
const native = read('openapi.docusign.yaml');
const main = read('openapi.yaml');
const PATH = '/v2.1/accounts/{accountId}/connect';
const operation = native.paths[PATH].post;

/** Follows a local `#/...` reference of openapi.docusign.yaml (any other reference throws). */
function local(node: any): any {
  return typeof node?.$ref === 'string' ? resolveRef(native, node.$ref) : node;
}

/** The schema each declared status answers with, by DocuSign's name. */
const EXPECTED_SCHEMAS: Record<string, string> = {
  '201': 'connectCustomConfiguration',
  '2XX': 'connectCustomConfiguration',
  '400': 'errorDetails',
  '401': 'errorDetails',
  '403': 'errorDetails',
  '404': 'errorDetails',
  '429': 'errorDetails',
  '500': 'errorDetails',
  '503': 'errorDetails',
};
const VALIDATORS: Record<string, SpecValidator> = {
  connectCustomConfiguration: validateConnectCustomConfiguration,
  errorDetails: validateErrorDetails,
};

/** Every named answer example, with its status and the schema it must satisfy. */
const answerExamples = Object.entries(operation.responses as Record<string, unknown>).flatMap(([status, raw]) => {
  const media = local(raw).content['application/json'];
  const schema = (media.schema.$ref as string).split('/').pop() as string;
  return Object.entries(media.examples as Record<string, unknown>).map(([key, example]) => ({ status, key, schema, value: local(example).value }));
});

const messages = (validate: SpecValidator) => JSON.stringify(validate.errors ?? []);

describe('one copy of the request rules', () => {
  test('the path parameter is openapi.yaml\'s AccountId, by reference', () => {
    expect(operation.parameters).toEqual([{ $ref: './openapi.yaml#/components/parameters/AccountId' }]);
    expect(main.components.parameters.AccountId).toBeDefined();
  });

  test('the request body is openapi.yaml\'s ConnectConfiguration, by reference, and required', () => {
    expect(operation.requestBody.required).toBe(true);
    expect(Object.keys(operation.requestBody.content)).toEqual(['application/json']);
    expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: './openapi.yaml#/components/schemas/ConnectConfiguration' });
  });

  test('the request examples are openapi.yaml\'s, by reference, and all of them', () => {
    const examples = operation.requestBody.content['application/json'].examples as Record<string, unknown>;
    const mainExamples = main.paths[PATH].post.requestBody.content['application/json'].examples as Record<string, unknown>;
    expect(Object.keys(examples)).toEqual(Object.keys(mainExamples));
    for (const [key, example] of Object.entries(examples)) {
      expect(example).toEqual({ $ref: `./openapi.yaml#/components/examples/${key}` });
      const value = main.components.examples[key].value;
      expect(validateConnectConfiguration(value), `${key}: ${messages(validateConnectConfiguration)}`).toBe(true);
    }
  });

  test('no request rule, schema or security scheme is written a second time', () => {
    const nativeSchemas = Object.keys(native.components.schemas);
    expect(nativeSchemas.filter((name) => name in main.components.schemas)).toEqual([]);
    // The request rules are conditionals and closed objects; DocuSign's answers have neither.
    const text = JSON.stringify(native.components);
    for (const keyword of ['"if"', '"allOf"', '"additionalProperties":false']) expect(text).not.toContain(keyword);
    expect(native.components.securitySchemes).toEqual({ docusignOAuth: { $ref: './openapi.yaml#/components/securitySchemes/docusignOAuth' } });
  });

  test('the call is described as in openapi.yaml: dialect, operationId, tag and security', () => {
    const mainOperation = main.paths[PATH].post;
    expect(native.openapi).toBe(main.openapi);
    expect(native.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(native.jsonSchemaDialect).toBe(main.jsonSchemaDialect);
    expect(Object.keys(native.paths)).toEqual([PATH]);
    expect(Object.keys(native.paths[PATH])).toEqual(['post']);
    expect(operation.operationId).toBe(mainOperation.operationId);
    expect(operation.tags).toEqual(mainOperation.tags);
    expect(operation.security).toEqual(mainOperation.security);
    expect(native.security).toEqual(main.security);
  });

  test('the servers are DocuSign\'s REST hosts, with /restapi', () => {
    for (const server of native.servers as Array<{ url: string }>) {
      expect(server.url).toMatch(/^https:\/\/(?:demo|www|\{dataCentre\})\.docusign\.net\/restapi$/);
    }
  });
});

describe('the declared statuses', () => {
  test('are 201 and any other 2XX for the configuration, and 400, 401, 403, 404, 429, 500 and 503 for errorDetails', () => {
    expect(Object.keys(operation.responses).sort()).toEqual(Object.keys(EXPECTED_SCHEMAS).sort());
    expect(Object.keys(docusignSpecFacts.responses).sort()).toEqual(Object.keys(EXPECTED_SCHEMAS).sort());
  });

  test.each(Object.entries(EXPECTED_SCHEMAS))('%s answers application/json with %s', (status, schema) => {
    const response = local(operation.responses[status]);
    expect(Object.keys(response.content)).toEqual(['application/json']);
    expect(response.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${schema}` });
  });

  test('error answers share responses from components/responses', () => {
    for (const status of Object.keys(EXPECTED_SCHEMAS)) {
      expect(operation.responses[status].$ref, status).toMatch(/^#\/components\/responses\/\w+$/);
    }
  });

  test('no header is required, since DocuSign does not confirm that any is always sent', () => {
    for (const status of Object.keys(EXPECTED_SCHEMAS)) {
      for (const [name, header] of Object.entries(local(operation.responses[status]).headers ?? {})) {
        expect(local(header).required ?? false, `${status} ${name}`).toBe(false);
      }
      expect(docusignSpecFacts.responses[status as keyof typeof docusignSpecFacts.responses].requiredHeaders).toEqual([]);
    }
  });

  test('DocuSign\'s headers are declared where it sends them', () => {
    const headersOf = (status: string) => Object.keys(local(operation.responses[status]).headers ?? {});
    const rateLimit = ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-BurstLimit-Limit', 'X-BurstLimit-Remaining'];
    for (const status of Object.keys(EXPECTED_SCHEMAS)) expect(headersOf(status)).toContain('X-DocuSign-TraceToken');
    for (const status of ['201', '2XX', '400', '429']) expect(headersOf(status)).toEqual(expect.arrayContaining(rateLimit));
    for (const status of ['400', '429', '503']) expect(headersOf(status)).toContain('Retry-After');
    // Epoch seconds, as in the recorded answer.
    expect(local(local(operation.responses['429']).headers['X-RateLimit-Reset']).schema).toMatchObject({ type: 'integer', examples: [1631174400] });
  });

  test('every header and every scalar of the answers has a description and an example', () => {
    for (const [name, header] of Object.entries(native.components.headers as Record<string, any>)) {
      expect(header.description, name).toEqual(expect.any(String));
      expect(header.schema.description, name).toEqual(expect.any(String));
      expect(header.schema.examples, name).toHaveLength(1);
    }
    const visit = (where: string, schema: any): void => {
      if (schema.$ref) return;
      if (schema.type === 'string' || schema.type === 'integer') {
        expect(schema.description, where).toEqual(expect.any(String));
        expect(schema.examples, where).toHaveLength(1);
      }
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(`${where}.${name}`, property);
      if (schema.items) visit(`${where}[]`, schema.items);
      for (const [index, branch] of (schema.anyOf ?? []).entries()) visit(`${where}|${index}`, branch);
    };
    for (const [name, schema] of Object.entries(native.components.schemas)) visit(name, schema);
  });
});

describe('answer objects stay open and type what they know', () => {
  test('every object schema of the answers allows unknown properties', () => {
    for (const [name, schema] of Object.entries(native.components.schemas as Record<string, any>)) {
      if (schema.type === 'object') expect(schema.additionalProperties, name).toBe(true);
    }
  });

  test('the compiled validators accept properties DocuSign may add, at every level', () => {
    const answer = {
      connectId: '22210641',
      someNewSetting: { nested: true },
      eventData: { version: 'restv2.1', includeData: [], newOption: 1 },
      oAuthConfiguration: { clientId: 'x', customParameters: { resource: 'r' }, newField: 'y' },
      sfObjects: [{ sfObject: 'case', later: true, updateFields: [{ sfField: 'Status__c', later: 2 }] }],
    };
    expect(validateConnectCustomConfiguration(answer), messages(validateConnectCustomConfiguration)).toBe(true);
    expect(validateErrorDetails({ errorCode: 'X', message: 'y', someDetail: [1] }), messages(validateErrorDetails)).toBe(true);
    expect(validateErrorDetails({}), messages(validateErrorDetails)).toBe(true);
  });

  test('values are read as DocuSign echoes them: lowercase statuses and empty strings pass', () => {
    const echoed = { connectId: '1', deliveryMode: '', envelopeEvents: ['sent', 'completed'], soapNamespace: '', eventData: { version: '', includeData: [] } };
    expect(validateConnectCustomConfiguration(echoed), messages(validateConnectCustomConfiguration)).toBe(true);
    expect(validateConnectCustomConfiguration({ connectId: '1', oAuthConfiguration: { customParameters: 'a=b' } })).toBe(true);
  });

  test.each([
    ['a flag as a JSON boolean', { allUsers: true }],
    ['a flag that is neither "true" nor "false"', { allowEnvelopePublish: 'yes' }],
    ['an event list as one string', { envelopeEvents: 'sent,completed' }],
    ['an event that is not a string', { events: [1] }],
    ['eventData as a string', { eventData: 'restv2.1' }],
    ['a Salesforce mapping flag as a boolean', { sfObjects: [{ active: false }] }],
    ['customParameters as a number', { oAuthConfiguration: { customParameters: 3 } }],
  ])('refuse %s', (_name, properties) => {
    expect(validateConnectCustomConfiguration({ connectId: '22210641', ...properties })).toBe(false);
  });

  test.each([
    ['a numeric errorCode', { errorCode: 401 }],
    ['a message that is not a string', { message: { text: 'x' } }],
    ['an array', []],
  ])('errorDetails refuses %s', (_name, value) => {
    expect(validateErrorDetails(value)).toBe(false);
  });
});

describe('connectId', () => {
  test('is required and a non-empty string without spaces', () => {
    const schema = native.components.schemas.connectCustomConfiguration;
    expect(schema.required).toEqual(['connectId']);
    expect(schema.properties.connectId).toMatchObject({ type: 'string', minLength: 1 });
    for (const bad of [{}, { connectId: '' }, { connectId: ' ' }, { connectId: 22210641 }, { connectId: null }, { connectId: '2221 0641' }]) {
      expect(validateConnectCustomConfiguration(bad), JSON.stringify(bad)).toBe(false);
    }
    for (const good of ['22210641', '7', '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804']) {
      expect(validateConnectCustomConfiguration({ connectId: good }), good).toBe(true);
    }
  });

  test('is a required string in the generated types', () => {
    type Answer = components['schemas']['connectCustomConfiguration'];
    expectTypeOf<Answer['connectId']>().toEqualTypeOf<string>();
    expectTypeOf<Answer['allUsers']>().toEqualTypeOf<'true' | 'false' | undefined>();
    expectTypeOf<components['schemas']['errorDetails']['errorCode']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error connectId is required
    const missing: Answer = { allUsers: 'true' };
    expect(missing).toBeDefined();
  });
});

describe('named examples', () => {
  test.each(answerExamples.map((example) => [example.status, example.key, example]))('%s %s passes the compiled validator', (_status, _key, example) => {
    const validate = VALIDATORS[example.schema];
    expect(validate, example.schema).toBeDefined();
    expect(validate!(example.value), messages(validate!)).toBe(true);
  });

  test.each([
    ['201', 'created'],
    ['2XX', 'created'],
    ['400', 'invalidRequestBody'],
    ['400', 'hourlyLimitAs400'],
    ['401', 'unauthorized'],
    ['403', 'forbiddenNotAdmin'],
    ['403', 'forbiddenConnectDisabled'],
    ['404', 'notFound'],
    ['429', 'hourlyLimitAs429'],
    ['429', 'burstLimitAs429'],
    ['500', 'internalError'],
    ['503', 'serviceUnavailable'],
  ])('%s has the example %s, for Prefer: example=…', (status, key) => {
    expect(answerExamples.some((example) => example.status === status && example.key === key)).toBe(true);
  });

  test('an invalid request gets invalidRequestBody: it is the first 400 example, which Prism answers with', () => {
    expect(answerExamples.find((example) => example.status === '400')?.key).toBe('invalidRequestBody');
  });

  test('the created example is the recorded answer, with its connectId and string flags', () => {
    const created = native.components.examples.created.value;
    expect(created.connectId).toBe('22210641');
    expect(created.envelopeEvents).toEqual(['sent', 'delivered', 'completed']);
    expect(created.eventData).toEqual({ version: '', includeData: [] });
    const schema = native.components.schemas.connectCustomConfiguration;
    for (const [name, value] of Object.entries(created)) {
      if (schema.properties[name]?.$ref === '#/components/schemas/flagString') expect(value, name).toMatch(/^(?:true|false)$/);
    }
  });

  test('the rate-limit examples carry the codes the spec lists, and the facts list the same codes', () => {
    const listed = operation['x-rate-limit-error-codes'] as Array<{ errorCode: string; limit: string; confirmed: boolean }>;
    expect(docusignSpecFacts.rateLimitErrorCodes).toEqual(listed);
    const codes = listed.map(({ errorCode }) => errorCode.toUpperCase());
    expect(codes).toEqual(['HOURLY_APIINVOCATION_LIMIT_EXCEEDED', 'BURST_APIINVOCATION_LIMIT_EXCEEDED']);
    for (const key of ['hourlyLimitAs400', 'hourlyLimitAs429', 'burstLimitAs429']) {
      expect(codes).toContain(native.components.examples[key].value.errorCode.toUpperCase());
    }
    // Only the hourly code is confirmed by a recorded answer.
    expect(listed.map(({ confirmed }) => confirmed)).toEqual([true, false]);
  });
});

describe('the generated types with openapi-fetch', () => {
  test('201 and 2XX give one answer type, and every error status errorDetails', async () => {
    const created = native.components.examples.created.value as unknown;
    const answers = [
      new Response(JSON.stringify(created), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      new Response(JSON.stringify({ errorCode: 'INVALID_REQUEST_BODY' }), { status: 400, headers: { 'Content-Type': 'application/json' } }),
    ];
    const client = createClient<paths>({ baseUrl: 'https://demo.docusign.net/restapi', fetch: async () => answers.shift()! });
    const body = main.components.examples.jsonSimAccount.value as Writable<components['schemas']['ConnectConfiguration']>;
    const call = () => client.POST('/v2.1/accounts/{accountId}/connect', { params: { path: { accountId: '18476201' } }, body });

    const success = await call();
    expectTypeOf(success.data?.connectId).toEqualTypeOf<string | undefined>();
    expectTypeOf(success.error?.errorCode).toEqualTypeOf<string | undefined>();
    expect(success.data?.connectId).toBe('22210641');

    const failure = await call();
    expect(failure.error?.errorCode).toBe('INVALID_REQUEST_BODY');
  });
});
