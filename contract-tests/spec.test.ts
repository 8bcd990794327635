// House rules for openapi.yaml that Redocly does not check: every property is documented with a
// description and an example, secrets are write-only, and objects are closed.
import { describe, expect, test } from 'vitest';
import { spec } from './support/harness.js';
import { dereference } from './support/spec-tools.mjs';

type Schema = Record<string, any>;
const schemas = spec.components.schemas as Record<string, Schema>;

/** A property's schema merged over the one it references, as a reader of the docs sees it. */
function effective(schema: Schema): Schema {
  return dereference(spec, schema).schema as Schema;
}

const properties = Object.entries(schemas).flatMap(([schemaName, schema]) =>
  Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(
    ([name, property]) => [`${schemaName}.${name}`, effective(property)] as const,
  ),
);

describe('openapi.yaml', () => {
  test('uses OpenAPI 3.1 with the JSON Schema 2020-12 dialect that Prism needs', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('lists the brief server first, then DocuSign production, demo and the account base URI', () => {
    expect(spec.servers.map((server: { url: string }) => server.url)).toEqual([
      'https://www.docusign.com',
      'https://www.docusign.net/restapi',
      'https://demo.docusign.net/restapi',
      '{baseUri}/restapi',
    ]);
  });

  test.each(properties)('%s has a description and an example', (_name, property) => {
    expect(typeof property.description).toBe('string');
    expect(property.description.length).toBeGreaterThan(10);
    // An array may carry its examples on the item schema instead.
    const examples = property.examples ?? (property.items ? effective(property.items).examples : undefined);
    expect(Array.isArray(examples) && examples.length > 0).toBe(true);
  });

  test.each(Object.entries(schemas).filter(([, schema]) => schema.type === 'object'))(
    'the %s object refuses unknown properties',
    (_name, schema) => {
      expect(schema.additionalProperties === false || schema.properties === undefined).toBe(true);
    },
  );

  test.each([
    ['ConnectConfiguration', 'password'],
    ['ConnectConfiguration', 'salesforceAuthcode'],
    ['ConnectOAuthConfig', 'clientSecret'],
  ])('%s.%s is a write-only password', (schemaName, name) => {
    expect(schemas[schemaName]?.properties[name]).toMatchObject({ writeOnly: true, format: 'password' });
  });

  test.each(['connectId', 'disabledBy'])('ConnectConfiguration.%s is read-only', (name) => {
    expect(schemas.ConnectConfiguration?.properties[name]).toMatchObject({ readOnly: true });
  });
});
