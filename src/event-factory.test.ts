import { describe, expect, test } from 'vitest';
import { validateConnectEvent } from '../generated/event-validators.cjs';
import { specFacts } from '../generated/spec-facts.js';
import { computeConnectSignature } from './connect-signature.js';
import {
  ALL_EVENT_NAMES,
  asRetry,
  deliveryHeaders,
  docusignDateTime,
  eventSourceOf,
  makeConnectEvents,
  serializeConnectEvent,
  SHAPED_INCLUDE_DATA,
} from './event-factory.js';

const everything = { events: ALL_EVENT_NAMES, includeData: specFacts.fields['/eventData/includeData/*'].enum };

describe('makeConnectEvents', () => {
  test('makes a message for every event name of the spec, each valid against the webhooks schema', () => {
    for (const includeData of [[], everything.includeData]) {
      const messages = makeConnectEvents({ events: ALL_EVENT_NAMES, includeData }, { seed: 7, count: 2 });
      expect(messages).toHaveLength(ALL_EVENT_NAMES.length * 2);
      for (const message of messages) {
        expect(validateConnectEvent(message), JSON.stringify(validateConnectEvent.errors)).toBe(true);
      }
    }
    expect(ALL_EVENT_NAMES).toEqual(specFacts.fields['/events/*'].enum);
  });

  test('gives recipient events a recipientId and envelope events none', () => {
    const [envelope, recipient] = makeConnectEvents({ events: ['envelope-sent', 'recipient-completed'] });
    expect(envelope?.data).not.toHaveProperty('recipientId');
    expect(recipient?.data).toHaveProperty('recipientId', '1');
    expect(recipient?.data).toMatchObject({ envelopeId: (envelope?.data as { envelopeId: string }).envelopeId });
  });

  test('shapes envelopeSummary by includeData and leaves it out without includeData', () => {
    const [plain] = makeConnectEvents({ events: ['envelope-completed'] });
    expect(plain?.data).not.toHaveProperty('envelopeSummary');
    const [shaped] = makeConnectEvents({ events: ['envelope-completed'], includeData: ['recipients', 'tabs', 'documents'] });
    const summary = (shaped?.data as { envelopeSummary: Record<string, any> }).envelopeSummary;
    expect(summary.status).toBe('completed');
    expect(summary.recipients.signers[0].tabs).toBeDefined();
    expect(summary.envelopeDocuments[0].PDFBytes).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(summary).not.toHaveProperty('customFields');
    expect(summary).not.toHaveProperty('folders');
    const [tabsOnly] = makeConnectEvents({ events: ['envelope-completed'], includeData: ['tabs'] });
    expect((tabsOnly?.data as { envelopeSummary: Record<string, any> }).envelopeSummary).not.toHaveProperty('recipients');
    expect(SHAPED_INCLUDE_DATA).toEqual(expect.arrayContaining(['recipients', 'custom_fields', 'folders', 'documents', 'tabs']));
  });

  test('is replayable from its seed and differs between seeds', () => {
    const start = new Date('2026-01-13T07:00:00Z');
    const a = makeConnectEvents({ events: ['envelope-sent', 'envelope-completed'] }, { seed: 42, start });
    const b = makeConnectEvents({ events: ['envelope-sent', 'envelope-completed'] }, { seed: 42, start });
    const c = makeConnectEvents({ events: ['envelope-sent', 'envelope-completed'] }, { seed: 43, start });
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  test('writes DocuSign-like GUIDs, seven fractional digits and a numeric configurationId', () => {
    const [message] = makeConnectEvents({ events: ['envelope-sent'] }, { seed: 3 });
    expect(typeof message?.configurationId).toBe('number');
    expect(String(message?.configurationId)).toMatch(/^\d{8}$/);
    expect(message?.generatedDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expect((message?.data as { envelopeId: string }).envelopeId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(docusignDateTime(Date.UTC(2026, 0, 13, 7, 9, 58, 958), 4687)).toBe('2026-01-13T07:09:58.9584687Z');
  });

  test('puts a given accountId in data and the uri, and draws the rest from the seed as before', () => {
    const accountId = '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804';
    const [drawn] = makeConnectEvents({ events: ['envelope-sent'] }, { seed: 9 });
    const [given] = makeConnectEvents({ events: ['envelope-sent'] }, { seed: 9, accountId });
    expect(given?.data).toMatchObject({ accountId });
    expect(given?.uri).toContain(`/accounts/${accountId}/envelopes/`);
    expect((given?.data as { envelopeId: string }).envelopeId).toBe((drawn?.data as { envelopeId: string }).envelopeId);
  });

  test('refuses a count below one', () => {
    expect(() => makeConnectEvents({ events: ['envelope-sent'] }, { count: 0 })).toThrow(/count must be a whole number/);
  });

  test('sets retryCount on a retry and nothing else', () => {
    const [message] = makeConnectEvents({ events: ['envelope-sent'] });
    const retry = asRetry(message!, 3);
    expect(retry.retryCount).toBe(3);
    expect({ ...retry, retryCount: 0 }).toEqual(message);
  });
});

describe('serializeConnectEvent and deliveryHeaders', () => {
  test('lays the body out with CRLF line breaks by default and signs those exact bytes', () => {
    const [message] = makeConnectEvents({ events: ['envelope-sent'] });
    const body = serializeConnectEvent(message);
    expect(body).toContain('\r\n  "event": "envelope-sent"');
    expect(JSON.parse(body)).toEqual(message);
    expect(serializeConnectEvent(message, 'compact')).not.toMatch(/\s/);
    const headers = deliveryHeaders(body, ['first', 'second'], 'acct');
    expect(headers['x-docusign-signature-1']).toBe(computeConnectSignature(body, 'first'));
    expect(headers['x-docusign-signature-2']).toBe(computeConnectSignature(body, 'second'));
    expect(headers['x-docusign-signature-1']).not.toBe(computeConnectSignature(serializeConnectEvent(message, 'compact'), 'first'));
    expect(headers).toMatchObject({ 'x-authorization-digest': 'HMACSHA256', 'x-docusign-accountid': 'acct' });
    expect(deliveryHeaders(body, [])).toEqual({ 'content-type': 'application/json; charset=utf-8' });
  });
});

describe('eventSourceOf', () => {
  test('takes the events and includeData of a JSON SIM configuration', () => {
    expect(eventSourceOf({ deliveryMode: 'SIM', events: ['envelope-sent'], eventData: { version: 'restv2.1', includeData: ['recipients'] } })).toEqual({
      events: ['envelope-sent'],
      includeData: ['recipients'],
    });
  });

  test.each([
    ['aggregate', { deliveryMode: 'aggregate', events: ['envelope-sent'], eventData: { version: 'restv2.1' } }],
    ['XML SIM', { deliveryMode: 'SIM' }],
    ['no events', { deliveryMode: 'SIM', events: [], eventData: { version: 'restv2.1' } }],
  ] as const)('refuses a configuration that is not JSON SIM (%s)', (_, configuration) => {
    expect(() => eventSourceOf(configuration as never)).toThrow(/not JSON SIM/);
  });
});
