// Compile-time behaviour of the generated types, checked by `tsc --noEmit` (npm test runs it).
// A line marked @ts-expect-error fails the type check if it ever starts to compile.
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, test } from 'vitest';
import type { components, Readable } from '../generated/schema.js';
import type {
  ConnectClient,
  ConnectConfiguration,
  CreateConfigurationResult,
  CreatedConfiguration,
  ErrorEnvelope,
  EventName,
  paths,
  SuccessEnvelope,
} from '../src/index.js';

const base = {
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/connect',
  name: 'types',
  deliveryMode: 'SIM',
} as const satisfies ConnectConfiguration;

describe('generated types', () => {
  test('a minimal configuration needs the four required properties', () => {
    expectTypeOf(base).toMatchTypeOf<ConnectConfiguration>();
    // @ts-expect-error name is required
    const withoutName: ConnectConfiguration = { configurationType: 'custom', urlToPublishTo: 'https://x', deliveryMode: 'SIM' };
    void withoutName;
  });

  test('read-only properties cannot be sent', () => {
    // @ts-expect-error connectId is set by DocuSign
    const withId: ConnectConfiguration = { ...base, connectId: '22210641' };
    void withId;
  });

  test('flags are strings, not booleans', () => {
    // @ts-expect-error allUsers takes "true" or "false"
    const withBoolean: ConnectConfiguration = { ...base, allUsers: true };
    void withBoolean;
  });

  test('legacy statuses are sentence case and event names are known', () => {
    // @ts-expect-error lowercase legacy status
    const lowercase: ConnectConfiguration = { ...base, envelopeEvents: ['sent'] };
    // @ts-expect-error unknown JSON SIM event
    const unknownEvent: EventName = 'envelope-signed';
    // @ts-expect-error salesforce configurations cannot be created here
    const salesforce: ConnectConfiguration = { ...base, configurationType: 'salesforce' };
    void [lowercase, unknownEvent, salesforce];
  });

  test('envelope types match the spec', () => {
    expectTypeOf<SuccessEnvelope['success']>().toEqualTypeOf<true>();
    expectTypeOf<SuccessEnvelope['data']>().toEqualTypeOf<CreatedConfiguration>();
    expectTypeOf<ErrorEnvelope['success']>().toEqualTypeOf<false>();
    expectTypeOf<ErrorEnvelope['error']>().toEqualTypeOf<{ code: string; message: string }>();
  });

  test('an openapi-fetch client typed with paths returns the envelopes', () => {
    const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' });
    const call = () =>
      client.POST('/v2.1/accounts/{accountId}/connect', { params: { path: { accountId: '1' } }, body: base });
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<NonNullable<Result['data']>>().toEqualTypeOf<SuccessEnvelope>();
    expectTypeOf<NonNullable<Result['error']>>().toEqualTypeOf<ErrorEnvelope>();
  });

  test("the client's success result carries data of the generated type, and its failure the generated error", () => {
    type Created = Extract<CreateConfigurationResult, { success: true }>;
    type Failed = Extract<CreateConfigurationResult, { success: false }>;
    expectTypeOf<Created['data']>().toEqualTypeOf<Readable<components['schemas']['CreatedConfiguration']>>();
    expectTypeOf<Created['data']['id']>().toEqualTypeOf<string>();
    expectTypeOf<Created['data']['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<Failed['error']>().toEqualTypeOf<Readable<components['schemas']['ErrorDetail']>>();
    expectTypeOf<Awaited<ReturnType<ConnectClient['createConfiguration']>>>().toEqualTypeOf<CreateConfigurationResult>();
    // @ts-expect-error data is only there once success is known to be true
    const unchecked = (result: CreateConfigurationResult) => result.data.id;
    void unchecked;
  });
});

describe('generated event types', () => {
  type Message = import('../src/types.js').ConnectEvent;

  test('narrow a delivered message by its event name', () => {
    const handle = (message: Message): string => {
      switch (message.event) {
        case 'recipient-completed':
          // Only recipient messages carry recipientId, and there it is always a string.
          expectTypeOf(message.data.recipientId).toEqualTypeOf<string>();
          return message.data.recipientId;
        case 'envelope-completed':
          expectTypeOf(message.data.envelopeId).toEqualTypeOf<string>();
          // @ts-expect-error an envelope message has no recipientId
          return message.data.recipientId;
        case 'template-created':
          // @ts-expect-error a template message's data promises no envelopeId
          return message.data.envelopeId.toString();
        default:
          return message.event;
      }
    };
    void handle;
  });

  test('the event name of a message is the request side EventName', () => {
    expectTypeOf<Message['event']>().toEqualTypeOf<EventName>();
    expectTypeOf<Message['configurationId']>().toEqualTypeOf<number>();
  });
});
