// The events DocuSign delivers, as openapi.yaml's webhooks describe them: the operation, the
// shared event enumeration, the discriminator, the examples, and that the compiled validator a
// listener uses (generated/event-validators.cjs) agrees with the spec read straight from YAML.
import { describe, expect, test } from 'vitest';
import * as eventValidators from '../generated/event-validators.cjs';
import { validateConnectEvent } from '../generated/event-validators.cjs';
import { specFacts } from '../generated/spec-facts.js';
import { describeErrors, spec, validators } from './support/harness.js';
import { resolveRef } from './support/spec-tools.mjs';

type Schema = Record<string, any>;
const schemas = spec.components.schemas as Record<string, Schema>;
const operation = spec.webhooks.connectEvent.post as Schema;
const eventNames = schemas.EventName?.enum as string[];
const mapping = schemas.ConnectEvent?.discriminator.mapping as Record<string, string>;
const exampleRefs = operation.requestBody.content['application/json'].examples as Record<string, { $ref: string }>;
const examples = Object.entries(exampleRefs).map(([name, ref]) => [name, resolveRef(spec, ref.$ref).value] as const);

/** Both validators: the one generated for listeners and the harness's own, compiled from the YAML. */
const checks = [
  ['generated', validateConnectEvent],
  ['harness', validators.connectEvent],
] as const;

describe('openapi.yaml webhooks', () => {
  test('describe the JSON SIM message DocuSign posts, its signature headers and the answers that acknowledge it', () => {
    expect(Object.keys(spec.webhooks)).toEqual(['connectEvent']);
    expect(operation.operationId).toBe('receiveConnectEvent');
    expect(operation.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ConnectEvent' });
    const headers = (operation.parameters as Array<{ $ref: string }>).map((parameter) => resolveRef(spec, parameter.$ref).name);
    expect(headers).toEqual(['X-DocuSign-Signature-1', 'X-DocuSign-Signature-2', 'X-Authorization-Digest', 'X-DocuSign-AccountId']);
    expect(Object.keys(operation.responses).sort()).toEqual(['2XX', '400', '401', '413', '5XX', 'default']);
  });

  test('take event from the one enumeration the request side uses', () => {
    for (const family of ['EnvelopeEvent', 'RecipientEvent', 'TemplateEvent', 'ClickEvent']) {
      expect(schemas[family]?.properties.event.$ref).toBe('#/components/schemas/EventName');
    }
    expect(schemas.ConnectConfiguration?.properties.events.items.$ref).toBe('#/components/schemas/EventName');
  });

  test('map every event name, and only those, to the family whose pattern it matches', () => {
    expect(Object.keys(mapping).sort()).toEqual([...eventNames].sort());
    for (const [name, target] of Object.entries(mapping)) {
      const family = target.replace('#/components/schemas/', '');
      expect(new RegExp(schemas[family]?.properties.event.pattern).test(name), `${name} -> ${family}`).toBe(true);
    }
    const families = specFacts.events.families as unknown as Record<string, string[]>;
    expect(Object.values(families).flat().sort()).toEqual([...eventNames].sort());
  });

  test.each(checks)('accept every named example (%s validator)', (_which, validate) => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [name, value] of examples) expect(validate(value), `${name}: ${describeErrors(validate)}`).toBe(true);
  });

  const captured = examples.find(([name]) => name === 'envelopeCompleted')?.[1] as Schema;
  const recipient = examples.find(([name]) => name === 'recipientCompleted')?.[1] as Schema;
  const change = (base: Schema, edit: (copy: Schema) => void): Schema => {
    const copy = structuredClone(base);
    edit(copy);
    return copy;
  };

  test.each(checks)('accept fields DocuSign may add later, at every level (%s validator)', (_which, validate) => {
    const extended = change(recipient, (copy) => {
      copy.deliveryId = 'future';
      copy.data.reassignedRecipientId = '2';
      copy.data.envelopeSummary = { status: 'sent', purgeState: 'unpurged', newBlock: { anything: [1, 2] } };
    });
    expect(validate(extended), describeErrors(validate)).toBe(true);
  });

  test.each([
    ['an unknown event name', (copy: Schema) => (copy.event = 'envelope-reminder-sent')],
    ['a recipient event without recipientId', (copy: Schema) => ((copy.event = 'recipient-sent'), delete copy.data.recipientId)],
    ['a configurationId as a string', (copy: Schema) => (copy.configurationId = '22028153')],
    ['a negative retryCount', (copy: Schema) => (copy.retryCount = -1)],
    ['a generatedDateTime that is not a date-time', (copy: Schema) => (copy.generatedDateTime = '13/01/2026 07:09')],
    ['no data', (copy: Schema) => delete copy.data],
    ['an envelope event without envelopeId', (copy: Schema) => delete copy.data.envelopeId],
  ])('refuse %s', (_what, edit) => {
    const message = change(captured, edit);
    for (const [which, validate] of checks) expect(validate(message), which).toBe(false);
  });

  test('constrain no value inside a message but the event name, so new values never stall delivery', () => {
    const enums: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}/${index}`));
      else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'enum' || key === 'const') enums.push(path);
          walk(inner, `${path}/${key}`);
        }
      }
    };
    for (const name of ['ConnectEvent', 'EnvelopeEvent', 'RecipientEvent', 'TemplateEvent', 'ClickEvent', 'EnvelopeMessageData', 'RecipientMessageData', 'EnvelopeSummary', 'EnvelopeRecipient', 'EnvelopeDocument']) {
      walk(schemas[name], name);
    }
    expect(enums).toEqual([]);
  });

  test('have a generated validator per family that takes exactly the names its family maps', () => {
    const validatorOf: Record<string, (value: unknown) => boolean> = {
      EnvelopeEvent: eventValidators.validateEnvelopeEvent,
      RecipientEvent: eventValidators.validateRecipientEvent,
      TemplateEvent: eventValidators.validateTemplateEvent,
      ClickEvent: eventValidators.validateClickEvent,
    };
    for (const name of eventNames) {
      const message = change(recipient, (copy) => (copy.event = name));
      const family = (mapping[name] ?? '').replace('#/components/schemas/', '');
      for (const [candidate, validate] of Object.entries(validatorOf)) expect(validate(message), `${name} by ${candidate}`).toBe(candidate === family);
      expect(validateConnectEvent(message)).toBe(true);
    }
  });

  test('keep the seven fractional digits DocuSign writes in generatedDateTime', () => {
    expect(captured.generatedDateTime).toBe('2026-01-13T07:09:58.9584687Z');
    expect(typeof captured.configurationId).toBe('number');
  });
});
