// docusign-connect-client/events: the listener side only, and nothing of the client behind it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { bodyOf, deliveryRequest, envelopeEvent, KEY_OLD } from '../contract-tests/fixtures/connect-messages.js';
import * as events from './events.js';
import type { ConnectEvent, DeliveryStore, EventName, VerifyResult } from './events.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The file an import of `path` loads or types: its .ts source, plain .js, or a .d.ts. */
function sourceOf(path: string): string {
  const stem = path.replace(/\.js$/, '');
  const found = [`${stem}.ts`, path, `${stem}.d.ts`].find((candidate) => existsSync(candidate));
  if (found === undefined) throw new Error(`cannot find ${path}`);
  return found;
}

/** Every module `entry` imports, directly or not, as paths relative to the project (packages by name). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const target = sourceOf(resolve(dirname(file), specifier));
      const name = target.slice(resolve(here, '..').length + 1);
      if (seen.has(name)) continue;
      seen.add(name);
      // Declarations and generated CommonJS are leaves.
      if (/\.(ts|js)$/.test(target) && !target.endsWith('.d.ts')) visit(target);
    }
  };
  visit(join(here, 'events.ts'));
  return seen;
}

describe('the events entry', () => {
  test('exports the listener side', () => {
    expect(Object.keys(events).sort()).toEqual(
      [
        'BodyTimeoutError',
        'DEFAULT_BODY_TIMEOUT_MS',
        'DEFAULT_MAX_BODY_BYTES',
        'DEFAULT_MAX_KEYS',
        'MAX_JSON_DEPTH',
        'MAX_SIGNATURES',
        'checkHmacKeys',
        'computeConnectSignature',
        'createConnectListener',
        'createMemoryDeliveryStore',
        'deliveryKey',
        'toNodeHandler',
        'verifyConnectMessage',
      ].sort(),
    );
  });

  test('imports nothing of the client: no client.ts, no configuration validators, no openapi-fetch', () => {
    const graph = importGraph(join(here, 'events.ts'));
    expect(graph).toContain('generated/event-validators.cjs');
    for (const name of ['src/client.ts', 'generated/validators.cjs', 'openapi-fetch', 'src/index.ts', 'src/validate.ts']) expect(graph, name).not.toContain(name);
    // Only Node built-ins and type-only imports from outside the project.
    expect([...graph].filter((name) => !name.startsWith('src/') && !name.startsWith('generated/') && !name.startsWith('node:'))).toEqual(['ajv']);
  });

  test('works end to end from its own exports', async () => {
    const received: string[] = [];
    const listener = events.createConnectListener({ hmacKeys: [KEY_OLD], onEvent: (event) => void received.push(event.event) });
    expect((await listener(deliveryRequest(bodyOf(envelopeEvent()), [KEY_OLD]))).status).toBe(200);
    expect(received).toEqual(['envelope-completed']);
  });

  test('types: the event narrows on its name, and a store may be asynchronous', () => {
    expectTypeOf<ConnectEvent['event']>().toEqualTypeOf<EventName>();
    expectTypeOf<Extract<VerifyResult, { ok: true }>['event']>().toEqualTypeOf<ConnectEvent>();
    const store: DeliveryStore = { claim: async () => true, release: async () => undefined };
    void store;
    const check = (event: ConnectEvent) => {
      if (event.event === 'recipient-completed') expectTypeOf(event.data.recipientId).toEqualTypeOf<string>();
    };
    void check;
    const forgotten = () =>
      // @ts-expect-error hmacKeys is required: leaving verification off must be said with `false`
      events.createConnectListener({ onEvent: () => undefined });
    expect(forgotten).toThrow(TypeError);
  });
});
