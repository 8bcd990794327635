// The four builders: what they emit, and what their types refuse to compile. `tsc --noEmit`
// (part of npm test) checks every expect-error line below: if one of them ever starts to
// compile, the type check fails.
import { describe, expect, expectTypeOf, test } from 'vitest';
import { briefJsonSimAccount, briefJsonSimRecipient, withListener } from '../contract-tests/fixtures/brief.js';
import { jsonAggregate, jsonSim, xmlAggregate, xmlSimLegacy } from './builders.js';
import type { ConnectClient, CreateConfigurationResult } from './client.js';
import type { ConnectConfiguration, CreatedConfiguration, ErrorDetail } from './types.js';
import { validateConfiguration } from './validate.js';

const url = 'https://hooks.example.com/docusign/connect';
const USER = '5d0b9a3e-1c47-4e8f-b2a6-9f30c8d71e25';

describe('builders', () => {
  test('jsonSim emits the brief JSON SIM bodies, with string flags', () => {
    const events = ['envelope-sent', 'envelope-delivered', 'envelope-completed'] as const;
    expect(jsonSim({ name: 'jsonSimTest', urlToPublishTo: url, allUsers: true, events })).toEqual(withListener(briefJsonSimAccount, url));
    const recipientEvents = ['recipient-sent', 'recipient-completed'] as const;
    expect(jsonSim({ name: 'jsonSimTest', urlToPublishTo: url, allUsers: true, recipient: true, events: recipientEvents })).toEqual(
      withListener(briefJsonSimRecipient, url),
    );
  });

  test('jsonSim with recipient: true emits a Recipient Connect configuration', () => {
    const body = jsonSim({ name: 'r', urlToPublishTo: url, allUsers: true, recipient: true, events: ['recipient-sent'] });
    expect(body).toMatchObject({ configurationType: 'customrecipient', deliveryMode: 'SIM', eventData: { version: 'restv2.1' }, events: ['recipient-sent'] });
    expect(body).not.toHaveProperty('recipient');
  });

  test('jsonAggregate emits aggregate JSON with the status lists', () => {
    const body = jsonAggregate({ name: 'a', urlToPublishTo: url, userIds: [USER], envelopeEvents: ['Sent'], recipientEvents: ['Completed'], includeData: ['tabs'] });
    expect(body).toEqual({
      configurationType: 'custom',
      deliveryMode: 'aggregate',
      name: 'a',
      urlToPublishTo: url,
      allUsers: 'false',
      userIds: [USER],
      allowEnvelopePublish: 'true',
      enableLog: 'true',
      eventData: { version: 'restv2.1', includeData: ['tabs'] },
      envelopeEvents: ['Sent'],
      recipientEvents: ['Completed'],
    });
  });

  test('the XML builders leave eventData out', () => {
    const aggregate = xmlAggregate({ name: 'x', urlToPublishTo: url, allUsers: true, envelopeEvents: ['Completed'] });
    const sim = xmlSimLegacy({ name: 'x', urlToPublishTo: url, allUsers: true, recipientEvents: ['Declined'] });
    expect(aggregate).not.toHaveProperty('eventData');
    expect(sim).not.toHaveProperty('eventData');
    expect(aggregate.deliveryMode).toBe('aggregate');
    expect(sim.deliveryMode).toBe('SIM');
  });

  test('flags are written as DocuSign strings, defaults can be turned off, extras pass through', () => {
    const body = jsonSim({
      name: 'flags',
      urlToPublishTo: url,
      allUsers: true,
      events: ['envelope-sent'],
      allowEnvelopePublish: false,
      enableLog: false,
      includeHMAC: true,
      requiresAcknowledgement: false,
      userName: 'listener',
      password: 'example-password',
      enableOAuthPerConfiguration: true,
      oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/token', clientId: 'c', clientSecret: 's' },
    });
    expect(body).toMatchObject({
      allowEnvelopePublish: 'false',
      enableLog: 'false',
      includeHMAC: 'true',
      requiresAcknowledgement: 'false',
      userName: 'listener',
      password: 'example-password',
      enableOAuthPerConfiguration: 'true',
    });
    expect(validateConfiguration(body).problems).toEqual([]);
  });

  test('builders copy their lists, so later changes to the input do not leak in', () => {
    const events: Array<'envelope-sent' | 'envelope-completed'> = ['envelope-sent'];
    const userIds = [USER];
    const body = jsonSim({ name: 'copy', urlToPublishTo: url, userIds, events });
    events.push('envelope-completed');
    userIds.push('0c6f2e81-7a9d-4b35-9e14-d2a8b6f3c097');
    expect(body.events).toEqual(['envelope-sent']);
    expect(body.userIds).toEqual([USER]);
  });

  test.each([
    ['jsonSim', jsonSim({ name: 'v', urlToPublishTo: url, allUsers: true, events: ['envelope-completed'] })],
    ['jsonSim recipient', jsonSim({ name: 'v', urlToPublishTo: url, userIds: [USER], recipient: true, events: ['recipient-completed'] })],
    ['jsonAggregate', jsonAggregate({ name: 'v', urlToPublishTo: url, allUsers: true, recipientEvents: ['Completed'] })],
    ['jsonAggregate recipient', jsonAggregate({ name: 'v', urlToPublishTo: url, allUsers: true, recipient: true, recipientEvents: ['Completed'] })],
    ['xmlAggregate', xmlAggregate({ name: 'v', urlToPublishTo: url, allUsers: true, envelopeEvents: ['Completed'] })],
  ])('%s output passes validation with no warnings', (_name, body) => {
    expect(validateConfiguration(body)).toEqual({ valid: true, problems: [], warnings: [] });
  });
});

describe('builder types refuse what the spec refuses', () => {
  test('legacy statuses cannot go into a JSON SIM configuration', () => {
    // @ts-expect-error "Sent" is a legacy status; JSON SIM events are named like envelope-sent
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, events: ['Sent'] });
    // @ts-expect-error lowercase legacy statuses do not exist
    jsonAggregate({ name: 'n', urlToPublishTo: url, allUsers: true, envelopeEvents: ['sent'] });
    // @ts-expect-error JSON SIM does not take envelopeEvents
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, events: ['envelope-sent'], envelopeEvents: ['Sent'] });
    expect(true).toBe(true);
  });

  test('allUsers false needs userIds', () => {
    // @ts-expect-error without allUsers: true, userIds is required
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: false, events: ['envelope-sent'] });
    // @ts-expect-error neither allUsers nor userIds
    xmlAggregate({ name: 'n', urlToPublishTo: url, envelopeEvents: ['Sent'] });
    // @ts-expect-error allUsers: true and a user list contradict each other
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, userIds: [USER], events: ['envelope-sent'] });
    expect(true).toBe(true);
  });

  test('Recipient Connect takes recipient events only', () => {
    // @ts-expect-error envelope-sent is not a recipient event
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, recipient: true, events: ['envelope-sent'] });
    // @ts-expect-error Recipient Connect takes no envelopeEvents
    jsonAggregate({ name: 'n', urlToPublishTo: url, allUsers: true, recipient: true, recipientEvents: ['Sent'], envelopeEvents: ['Sent'] });
    // @ts-expect-error Recipient Connect is JSON only, so the XML builders have no recipient option
    xmlAggregate({ name: 'n', urlToPublishTo: url, allUsers: true, recipient: true, recipientEvents: ['Sent'] });
    expect(true).toBe(true);
  });

  test('the legacy models need at least one status list, and flags are booleans', () => {
    // @ts-expect-error neither envelopeEvents nor recipientEvents
    xmlAggregate({ name: 'n', urlToPublishTo: url, allUsers: true });
    // @ts-expect-error builders take real booleans; they write the strings themselves
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, events: ['envelope-sent'], includeHMAC: 'true' });
    // @ts-expect-error the builder sets the model itself
    jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, events: ['envelope-sent'], deliveryMode: 'aggregate' });
    // @ts-expect-error name is required
    jsonSim({ urlToPublishTo: url, allUsers: true, events: ['envelope-sent'] });
    expect(true).toBe(true);
  });

  test('a builder returns a ConnectConfiguration', () => {
    expectTypeOf(jsonSim).returns.toEqualTypeOf<ConnectConfiguration>();
    expectTypeOf(xmlSimLegacy).returns.toEqualTypeOf<ConnectConfiguration>();
  });
});

describe('result types', () => {
  test('the result is a union discriminated on success', () => {
    expectTypeOf<Awaited<ReturnType<ConnectClient['createConfiguration']>>>().toEqualTypeOf<CreateConfigurationResult>();
    const use = (result: CreateConfigurationResult) => {
      if (result.success) {
        expectTypeOf(result.data).toEqualTypeOf<CreatedConfiguration>();
        expectTypeOf(result.outcome).toEqualTypeOf<'created'>();
        // @ts-expect-error a success has no error member
        void result.error;
      } else {
        expectTypeOf(result.error).toEqualTypeOf<ErrorDetail>();
        expectTypeOf(result.outcome).toEqualTypeOf<'rejected' | 'unknown'>();
        // @ts-expect-error a failure has no data member
        void result.data;
      }
      expectTypeOf(result.status).toEqualTypeOf<number>();
      expectTypeOf(result.headers).toEqualTypeOf<Headers>();
      expectTypeOf(result.retryAfter).toEqualTypeOf<number | undefined>();
    };
    expect(typeof use).toBe('function');
  });

  test('createConfiguration only takes a ConnectConfiguration', () => {
    const call = (client: ConnectClient) => {
      // @ts-expect-error a boolean flag is not a ConnectConfiguration
      void client.createConfiguration('1', { configurationType: 'custom', urlToPublishTo: url, name: 'n', deliveryMode: 'SIM', allUsers: true });
      // @ts-expect-error the account ID is a string
      void client.createConfiguration(18476201, jsonSim({ name: 'n', urlToPublishTo: url, allUsers: true, events: ['envelope-sent'] }));
    };
    expect(typeof call).toBe('function');
  });
});
