// The in-memory delivery store and the key a delivery is known by.
import { describe, expect, test } from 'vitest';
import { envelopeEvent, recipientEvent } from '../contract-tests/fixtures/connect-messages.js';
import { createMemoryDeliveryStore, deliveryKey } from './delivery-store.js';
import type { ConnectEvent } from './types.js';

const asEvent = (value: Record<string, unknown>) => value as unknown as ConnectEvent;

describe('createMemoryDeliveryStore', () => {
  test('claims a key once, and again after a release', () => {
    const store = createMemoryDeliveryStore();
    expect(store.claim('a')).toBe(true);
    expect(store.claim('a')).toBe(false);
    expect(store.claim('b')).toBe(true);
    store.release('a');
    expect(store.claim('a')).toBe(true);
  });

  test('forgets the oldest claims past maxKeys', () => {
    const store = createMemoryDeliveryStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) expect(store.claim(key)).toBe(true);
    expect(store.claim('a')).toBe(true);
    expect(store.claim('d')).toBe(false);
    // 'a' came back as the newest, so 'b' went next.
    expect(store.claim('b')).toBe(true);
  });

  test('forgets a claim after ttlMs', () => {
    let now = 1_000;
    const store = createMemoryDeliveryStore({ ttlMs: 100, now: () => now });
    expect(store.claim('a')).toBe(true);
    now += 50;
    expect(store.claim('b')).toBe(true);
    now += 49;
    expect(store.claim('a')).toBe(false);
    now += 1;
    expect(store.claim('a')).toBe(true);
    expect(store.claim('b')).toBe(false);
  });

  test.each([{ maxKeys: 0 }, { maxKeys: 1.5 }, { ttlMs: 0 }, { ttlMs: Number.NaN }, { ttlMs: -1 }])('refuses %o', (options) => {
    expect(() => createMemoryDeliveryStore(options)).toThrow(RangeError);
  });
});

describe('deliveryKey', () => {
  test('is the same for a retry (retryCount ignored) and for configurationId as a number or a string', () => {
    const first = deliveryKey(asEvent(envelopeEvent()));
    expect(deliveryKey(asEvent(envelopeEvent({ retryCount: 1 })))).toBe(first);
    expect(deliveryKey(asEvent(envelopeEvent({ configurationId: '22028153' })))).toBe(first);
  });

  test('differs for another recipient, event, envelope, configuration or generation time', () => {
    const keys = [
      recipientEvent('1'),
      recipientEvent('2'),
      envelopeEvent(),
      envelopeEvent({ event: 'envelope-sent' }),
      envelopeEvent({}, { envelopeId: 'another' }),
      envelopeEvent({ configurationId: 1 }),
      envelopeEvent({ generatedDateTime: '2026-01-13T07:09:58.9584688Z' }),
    ].map((event) => deliveryKey(asEvent(event)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('differs for another template or clickwrap with the same event and generation time', () => {
    const message = (event: string, data: Record<string, unknown>) => asEvent({ event, apiVersion: 'v2.1', uri: '/x', retryCount: 0, configurationId: 7, generatedDateTime: '2026-01-13T07:09:58.9584687Z', data });
    const keys = [
      message('template-created', { templateId: '6f2a1c9e-0d4b-4e37-9a15-3c8b7e2d4f60' }),
      message('template-created', { templateId: '0b7e4d21-5c3a-4f98-8e16-2a9d6c1f7b53' }),
      message('click-agreed', { clickwrapId: '6f2a1c9e-0d4b-4e37-9a15-3c8b7e2d4f60' }),
      message('click-agreed', { clickwrapId: '0b7e4d21-5c3a-4f98-8e16-2a9d6c1f7b53' }),
    ].map((event) => deliveryKey(event));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('is the five parts alone for envelope and recipient messages, as in 0.1.0, so stored keys still match', () => {
    expect(JSON.parse(deliveryKey(asEvent(envelopeEvent())))).toHaveLength(5);
    expect(JSON.parse(deliveryKey(asEvent(recipientEvent('1'))))).toHaveLength(5);
  });

  test('keeps its parts apart whatever characters they hold', () => {
    const a = deliveryKey(asEvent(envelopeEvent({}, { envelopeId: 'x|y', recipientId: 'z' })));
    const b = deliveryKey(asEvent(envelopeEvent({}, { envelopeId: 'x', recipientId: 'y|z' })));
    expect(a).not.toBe(b);
  });
});
