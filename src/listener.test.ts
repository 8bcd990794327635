// createConnectListener through Request and Response directly, as Hono, Next.js, Bun, Deno or
// Cloudflare call it: every answer, dedupe (sequential and concurrent), failures and stores.
import { describe, expect, test, vi } from 'vitest';
import { bodyOf, deliveryRequest, envelopeEvent, KEY_NEW, KEY_OLD, recipientEvent } from '../contract-tests/fixtures/connect-messages.js';
import type { DeliveryStore } from './delivery-store.js';
import { ALL_EVENT_NAMES, asRetry, type BodyLayout, deliveryHeaders, makeConnectEvents, SHAPED_INCLUDE_DATA, serializeConnectEvent } from './event-factory.js';
import { inspect } from 'node:util';
import { BodyTimeoutError } from './body-timeout.js';
import { MAX_JSON_DEPTH } from './json-depth.js';
import { type ConnectListenerOptions, createConnectListener, DEFAULT_MAX_BODY_BYTES, type DeliveryContext } from './listener.js';
import type { ConnectEvent } from './types.js';

const body = bodyOf(envelopeEvent());

/** A listener whose onEvent records what it got, plus the options given. */
function recording(options: Partial<ConnectListenerOptions> = {}) {
  const events: ConnectEvent[] = [];
  const onEvent = vi.fn(async (event: ConnectEvent, _context: DeliveryContext) => {
    events.push(event);
  });
  const onError = vi.fn();
  const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent, onError, ...options });
  return { listener, events, onEvent, onError };
}

/** Status and parsed JSON body of an answer. */
async function read(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A promise with its resolve and reject, for an onEvent that waits until the test says. */
function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createConnectListener answers', () => {
  test('200 once onEvent resolved, with the event and where its signature came from', async () => {
    const { listener, onEvent } = recording({ hmacKeys: [KEY_OLD, KEY_NEW] });
    const request = deliveryRequest(body, [KEY_NEW]);
    const response = await listener(request);
    expect(await read(response)).toEqual({ status: 200, body: { ok: true } });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls[0]?.[0]).toEqual(envelopeEvent());
    expect(onEvent.mock.calls[0]?.[1]).toMatchObject({ request, signatureHeader: 'x-docusign-signature-1', keyIndex: 1, deliveryKey: expect.any(String) });
  });

  test.each(['GET', 'PUT', 'DELETE', 'HEAD'])('405 with Allow: POST to a %s', async (method) => {
    const { listener, onEvent } = recording();
    const response = await listener(new Request('https://listener.example.com/connect', { method, ...(method === 'PUT' ? { body } : {}) }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(onEvent).not.toHaveBeenCalled();
  });

  test('413 for a Content-Length past maxBodyBytes, without reading the body', async () => {
    const { listener, onEvent } = recording({ maxBodyBytes: 100 });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(50));
      },
    });
    const request = new Request('https://listener.example.com/connect', { method: 'POST', headers: { 'Content-Length': '101' }, body: stream, duplex: 'half' } as RequestInit);
    expect(await read(await listener(request))).toEqual({ status: 413, body: { ok: false, reason: 'too-large' } });
    expect(pulled).toBeLessThanOrEqual(1);
    expect(onEvent).not.toHaveBeenCalled();
  });

  test('413 once a streamed body passes maxBodyBytes, and stops reading there', async () => {
    const { listener } = recording({ maxBodyBytes: 1000 });
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(300));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request('https://listener.example.com/connect', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect((await listener(request)).status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  test.each([
    { what: 'its deadline passed (toNodeHandler\'s bodyTimeoutMs)', error: new BodyTimeoutError(1000), answer: { status: 408, body: { ok: false, reason: 'body-timeout' } } },
    { what: 'the client went away', error: new Error('socket hang up'), answer: { status: 400, body: { ok: false, reason: 'unreadable-body' } } },
  ])('a body stream that fails because $what, told to onError', async ({ error, answer }) => {
    const { listener, onEvent, onError } = recording();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body.slice(0, 10)));
      },
      pull(controller) {
        controller.error(error);
      },
    });
    const request = new Request('https://listener.example.com/connect', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await read(await listener(request))).toEqual(answer);
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(error, expect.objectContaining({ stage: 'read-body' }));
  });

  test(`a body of exactly maxBodyBytes (default ${DEFAULT_MAX_BODY_BYTES}, 50 MiB)`, async () => {
    const { listener, onEvent } = recording({ maxBodyBytes: Buffer.byteLength(body) });
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(200);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  test.each([
    { what: 'no signature header', request: () => deliveryRequest(body, []), reason: 'no-signature' },
    { what: 'a signature by another key', request: () => deliveryRequest(body, ['not-the-key']), reason: 'bad-signature' },
    { what: 'a malformed signature', request: () => deliveryRequest(body, [], { 'X-DocuSign-Signature-1': 'garbage' }), reason: 'bad-signature' },
  ])('401 for $what, saying no more than the reason', async ({ request, reason }) => {
    const { listener, onEvent } = recording();
    expect(await read(await listener(request()))).toEqual({ status: 401, body: { ok: false, reason } });
    expect(onEvent).not.toHaveBeenCalled();
  });

  test.each([
    { what: 'not JSON', raw: '<DocuSignEnvelopeInformation/>', reason: 'not-json' },
    { what: 'JSON but not a JSON SIM event', raw: bodyOf({ event: 'recipient-completed' }), reason: 'not-an-event' },
  ])('400 for a signed body that is $what, with what is wrong for DocuSign\'s Connect log', async ({ raw, reason }) => {
    const { listener, onEvent } = recording();
    const answer = await read(await listener(deliveryRequest(raw, [KEY_OLD])));
    expect(answer).toMatchObject({ status: 400, body: { ok: false, reason, message: expect.any(String) } });
    expect(onEvent).not.toHaveBeenCalled();
  });

  test.each([
    { what: 'throws', fail: () => { throw new Error('database password=hunter2 rejected'); } },
    { what: 'rejects', fail: async () => Promise.reject(new Error('database password=hunter2 rejected')) },
  ])('500 when onEvent $what, telling onError but not DocuSign', async ({ fail }) => {
    const onError = vi.fn();
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent: fail, onError });
    const response = await listener(deliveryRequest(body, [KEY_OLD]));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ ok: false, reason: 'handler-failed' });
    expect(text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database password=hunter2 rejected' }), expect.objectContaining({ stage: 'on-event', event: envelopeEvent() }));
  });

  test('the same answer when onError itself throws', async () => {
    const listener = createConnectListener({
      hmacKeys: [KEY_OLD],
      onEvent: () => {
        throw new Error('boom');
      },
      onError: () => {
        throw new Error('the logger is down');
      },
    });
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(500);
  });

  test('200 without onEvent for a signed message whose only fault is an unknown event name, told to onError', async () => {
    const { listener, onEvent, onError } = recording();
    const response = await listener(deliveryRequest(bodyOf(envelopeEvent({ event: 'envelope-reminder-sent' })), [KEY_OLD]));
    expect(await read(response)).toEqual({ status: 200, body: { ok: true, ignored: 'unknown-event' } });
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'unknown-event' });
    expect(String(onError.mock.calls[0]?.[0])).toContain('"envelope-reminder-sent"');
  });

  test('400 for an unknown event name with unknownEvents: refuse, and for other faults whatever the setting', async () => {
    const refusing = recording({ unknownEvents: 'refuse' });
    const refused = await read(await refusing.listener(deliveryRequest(bodyOf(envelopeEvent({ event: 'envelope-reminder-sent' })), [KEY_OLD])));
    expect(refused).toMatchObject({ status: 400, body: { ok: false, reason: 'not-an-event' } });
    expect(String(refused.body.message)).toContain('/event');
    const { listener, onEvent } = recording();
    // A known name with a broken body, and an unknown name that is also unsigned, stay refusals.
    expect((await listener(deliveryRequest(bodyOf(envelopeEvent({}, { envelopeId: undefined })), [KEY_OLD]))).status).toBe(400);
    expect((await listener(deliveryRequest(bodyOf(envelopeEvent({ event: 'envelope-reminder-sent' })), [KEY_NEW]))).status).toBe(401);
    expect(onEvent).not.toHaveBeenCalled();
    expect(() => createConnectListener({ hmacKeys: [KEY_OLD], onEvent, unknownEvents: 'ignore' as never })).toThrow(/unknownEvents must be/);
  });

  test.each([
    { what: 'arrays', deep: `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}` },
    { what: 'objects', deep: `${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}` },
  ])('400 too-deep for a signed event carrying a million nested $what, which onEvent never sees', async ({ deep }) => {
    // An onEvent that logs the way services do: JSON.stringify and util.inspect both recurse.
    const onEvent = vi.fn((event: ConnectEvent) => {
      JSON.stringify(event);
      inspect(event, { depth: null });
    });
    const raw = bodyOf(envelopeEvent({}, { padding: '@' })).replace('"@"', deep);
    for (const hmacKeys of [[KEY_OLD], false] as const) {
      const { listener, onError } = recording({ hmacKeys, onEvent });
      const answer = await read(await listener(deliveryRequest(raw, [KEY_OLD])));
      expect(answer).toEqual({ status: 400, body: { ok: false, reason: 'too-deep', message: expect.stringContaining(`more than ${MAX_JSON_DEPTH} levels`) } });
      expect(onError).not.toHaveBeenCalled();
    }
  });

  test('200 for an unsigned message only when hmacKeys is false', async () => {
    const { listener, onEvent } = recording({ hmacKeys: false });
    expect((await listener(deliveryRequest(body, []))).status).toBe(200);
    expect(onEvent.mock.calls[0]?.[1]).toMatchObject({ signatureHeader: undefined, keyIndex: undefined });
  });
});

describe('createConnectListener deduplicates', () => {
  test('the same delivery twice: onEvent once, the repeat answered 200 as a duplicate', async () => {
    const { listener, onEvent } = recording();
    expect(await read(await listener(deliveryRequest(body, [KEY_OLD])))).toEqual({ status: 200, body: { ok: true } });
    expect(await read(await listener(deliveryRequest(body, [KEY_OLD])))).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  test('a retry (retryCount 1) as the same delivery, another recipient as a new one', async () => {
    const { listener, onEvent } = recording();
    for (const message of [recipientEvent('1'), recipientEvent('1', { retryCount: 1 }), recipientEvent('2')]) {
      expect((await listener(deliveryRequest(bodyOf(message), [KEY_OLD]))).status).toBe(200);
    }
    expect(onEvent.mock.calls.map(([event]) => [event.retryCount, (event.data as { recipientId?: string }).recipientId])).toEqual([
      [0, '1'],
      [0, '2'],
    ]);
  });

  test('nothing with dedupe: false', async () => {
    const { listener, onEvent } = recording({ dedupe: false });
    await listener(deliveryRequest(body, [KEY_OLD]));
    await listener(deliveryRequest(body, [KEY_OLD]));
    expect(onEvent).toHaveBeenCalledTimes(2);
    expect(onEvent.mock.calls[0]?.[1]).toMatchObject({ deliveryKey: undefined });
  });

  test('a delivery whose onEvent failed: DocuSign\'s retry runs onEvent again', async () => {
    let calls = 0;
    const listener = createConnectListener({
      hmacKeys: [KEY_OLD],
      onEvent: () => {
        calls += 1;
        if (calls === 1) throw new Error('first attempt fails');
      },
    });
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(500);
    expect((await listener(deliveryRequest(bodyOf(envelopeEvent({ retryCount: 1 })), [KEY_OLD]))).status).toBe(200);
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(200);
    expect(calls).toBe(2);
  });

  test('identical deliveries at once: onEvent runs once and every one is answered 200 after it', async () => {
    const gate = deferred();
    const onEvent = vi.fn(() => gate.promise);
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent });
    const answers = Promise.all([1, 2, 3].map(() => listener(deliveryRequest(body, [KEY_OLD])).then(read)));
    await vi.waitFor(() => expect(onEvent).toHaveBeenCalledTimes(1));
    gate.resolve();
    expect(await answers).toEqual([
      { status: 200, body: { ok: true } },
      { status: 200, body: { ok: true, duplicate: true } },
      { status: 200, body: { ok: true, duplicate: true } },
    ]);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  test('identical deliveries at once when the first fails: one of the others runs onEvent in its place', async () => {
    const first = deferred();
    let calls = 0;
    const onEvent = vi.fn(() => {
      calls += 1;
      return calls === 1 ? first.promise : undefined;
    });
    const listener = createConnectListener({ hmacKeys: [KEY_OLD], onEvent });
    const answers = Promise.all([1, 2, 3].map(() => listener(deliveryRequest(body, [KEY_OLD])).then(read)));
    await vi.waitFor(() => expect(onEvent).toHaveBeenCalledTimes(1));
    first.reject(new Error('first attempt fails'));
    expect((await answers).map((answer) => answer.status)).toEqual([500, 200, 200]);
    expect(onEvent).toHaveBeenCalledTimes(2);
  });

  test('through a custom asynchronous store, releasing the claim of a failed delivery', async () => {
    const claimed = new Set<string>();
    const log: string[] = [];
    const store: DeliveryStore = {
      claim: async (key) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push('claim');
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
      release: async (key) => {
        log.push('release');
        claimed.delete(key);
      },
    };
    let fail = true;
    const listener = createConnectListener({
      hmacKeys: [KEY_OLD],
      dedupe: store,
      onEvent: () => {
        if (fail) throw new Error('down');
      },
    });
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(500);
    fail = false;
    expect((await listener(deliveryRequest(body, [KEY_OLD]))).status).toBe(200);
    expect(await read(await listener(deliveryRequest(body, [KEY_OLD])))).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(log).toEqual(['claim', 'release', 'claim', 'claim']);
  });

  test('a store that fails: 500 (DocuSign retries), told to onError, onEvent not run', async () => {
    const onEvent = vi.fn();
    const onError = vi.fn();
    const listener = createConnectListener({
      hmacKeys: [KEY_OLD],
      onEvent,
      onError,
      dedupe: { claim: () => Promise.reject(new Error('redis unreachable')), release: () => undefined },
    });
    expect(await read(await listener(deliveryRequest(body, [KEY_OLD])))).toEqual({ status: 500, body: { ok: false, reason: 'store-failed' } });
    expect(onEvent).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'redis unreachable' }), expect.objectContaining({ stage: 'delivery-store' }));
  });
});

describe('createConnectListener with the simulator\'s messages', () => {
  test.each<BodyLayout>(['compact', 'pretty-lf', 'pretty-crlf'])('takes every event name with every includeData block, laid out %s, and their retries as duplicates', async (layout) => {
    const { listener, events } = recording({ hmacKeys: [KEY_NEW, KEY_OLD] });
    const messages = makeConnectEvents({ events: ALL_EVENT_NAMES, includeData: SHAPED_INCLUDE_DATA }, { seed: 7, start: new Date('2026-01-13T07:09:58Z') });
    const deliver = (message: unknown) => {
      const raw = serializeConnectEvent(message, layout);
      return listener(new Request('https://listener.example.com/connect', { method: 'POST', headers: deliveryHeaders(raw, [KEY_OLD]), body: raw }));
    };
    for (const message of messages) expect(await read(await deliver(message)), message.event).toEqual({ status: 200, body: { ok: true } });
    for (const message of messages) expect(await read(await deliver(asRetry(message, 1))), message.event).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    expect(events).toEqual(messages);
  });
});

describe('createConnectListener refuses at creation', () => {
  test.each([
    { what: 'a key with a trailing newline', options: { hmacKeys: [`${KEY_OLD}\n`] }, error: RangeError, says: /hmacKeys\[0\] starts or ends with whitespace/ },
    { what: 'a key in quotes', options: { hmacKeys: [KEY_OLD, `"${KEY_NEW}"`] }, error: RangeError, says: /hmacKeys\[1\] contains a quote character/ },
    { what: 'no keys', options: { hmacKeys: [] }, error: RangeError, says: /hmacKeys is empty/ },
    { what: 'forgotten keys', options: { hmacKeys: undefined }, error: TypeError, says: /or false to skip verification/ },
    { what: 'no onEvent', options: { onEvent: undefined }, error: TypeError, says: /onEvent must be a function/ },
    { what: 'a zero body limit', options: { maxBodyBytes: 0 }, error: RangeError, says: /maxBodyBytes/ },
    { what: 'a store without release', options: { dedupe: { claim: () => true } }, error: TypeError, says: /DeliveryStore/ },
  ])('$what', ({ options, error, says }) => {
    const create = () => createConnectListener({ hmacKeys: [KEY_OLD], onEvent: () => undefined, ...(options as Partial<ConnectListenerOptions>) });
    expect(create).toThrow(error);
    expect(create).toThrow(says);
    try {
      create();
    } catch (thrown) {
      expect((thrown as Error).message).not.toContain(KEY_OLD);
      expect((thrown as Error).message).not.toContain(KEY_NEW);
    }
  });
});
