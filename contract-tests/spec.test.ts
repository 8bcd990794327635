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

/** The schemas a message DocuSign delivers (ConnectEvent) is made of, found by following its $refs. */
function reachableFrom(name: string): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
          const target = inner.slice('#/components/schemas/'.length);
          if (!found.has(target)) {
            found.add(target);
            walk(schemas[target]);
          }
        } else if (key !== 'discriminator') walk(inner);
      }
    }
  };
  found.add(name);
  walk(schemas[name]);
  return found;
}
const eventSchemas = reachableFrom('ConnectEvent');

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

  test.each(properties)('%s has a description and an example', (name, property) => {
    expect(typeof property.description).toBe('string');
    expect(property.description.length).toBeGreaterThan(10);
    // The parts of a delivered message that are objects, or lists of objects, are shown by the
    // whole-message examples (components/examples) instead of examples of their own.
    const items = property.items ? effective(property.items) : undefined;
    const structured = property.type === 'object' || items?.type === 'object';
    if (structured && eventSchemas.has(name.split('.')[0] ?? '')) return;
    // An array may carry its examples on the item schema instead.
    const examples = property.examples ?? items?.examples;
    expect(Array.isArray(examples) && examples.length > 0).toBe(true);
  });

  test.each(Object.entries(schemas).filter(([name, schema]) => schema.type === 'object' && !eventSchemas.has(name)))(
    'the %s object refuses unknown properties',
    (_name, schema) => {
      expect(schema.additionalProperties === false || schema.properties === undefined).toBe(true);
    },
  );

  // DocuSign adds fields to its messages over time; a listener that refused them would stall
  // delivery, so every object of a delivered message stays open.
  test.each([...eventSchemas].filter((name) => schemas[name]?.type === 'object'))('the %s message object accepts unknown properties', (name) => {
    expect(schemas[name]?.additionalProperties).toBeUndefined();
    expect(schemas[name]?.unevaluatedProperties).toBeUndefined();
  });

  test('finds the message schemas by following ConnectEvent', () => {
    expect(eventSchemas).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...eventSchemas]).toEqual(expect.arrayContaining(['EnvelopeEvent', 'RecipientMessageData', 'EnvelopeSummary', 'EnvelopeDocument', 'EventName']));
    expect(eventSchemas.has('ConnectConfiguration')).toBe(false);
  });

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
