import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { briefJsonSimAccount, withListener } from '../../contract-tests/fixtures/brief.js';
import { validateConnectEvent } from '../../generated/event-validators.cjs';
import type { CommandIo } from './command.js';
import { runCli } from './main.js';

// Keys shaped like DocuSign's (base64 of 32 bytes); the tests check that neither is ever printed.
const KEY_1 = 'dGVzdC1rZXktb25lLWZvci10aGUtc2ltdWxhdG9yISE=';
const KEY_2 = 'c2Vjb25kLWtleS1hZnRlci1hLXJvdGF0aW9uLTIwMjY=';

// The brief's JSON SIM sample with a real listener URL, signed (includeHMAC) as a listener expects.
const { events: _briefEvents, ...brief } = withListener(briefJsonSimAccount);
const base = { ...brief, includeHMAC: 'true' };
const ACCOUNT_EVENTS = ['envelope-sent', 'envelope-delivered', 'envelope-completed'];
const RECIPIENT_EVENTS = ['recipient-sent', 'recipient-completed'];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
  const write = (file: string, value: unknown) => writeFileSync(join(dir, file), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  write('account.json', { ...base, events: ACCOUNT_EVENTS });
  write('recipient.json', { ...base, configurationType: 'customrecipient', events: RECIPIENT_EVENTS });
  write('no-ack.json', { ...base, requiresAcknowledgement: 'false', events: ['envelope-sent', 'envelope-completed'] });
  write('ack.json', { ...base, requiresAcknowledgement: 'true', events: ['envelope-sent', 'envelope-completed'] });
  write('unsigned.json', { ...base, includeHMAC: 'false', events: ['envelope-completed'] });
  write('http-url.json', { ...base, urlToPublishTo: 'http://hooks.example.com/connect', events: ACCOUNT_EVENTS });
  write('aggregate.json', { ...base, deliveryMode: 'aggregate', events: ACCOUNT_EVENTS });
  const { eventData: _json, ...xml } = base;
  write('xml-sim.json', { ...xml, envelopeEvents: ['Sent', 'Completed'] });
  write('broken.json', '{ "name": "jsonSimTest", ');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Received {
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  raw: Buffer;
  message: Record<string, any>;
}

type Answer = number | 'reset' | 'hang';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

/** A loopback listener that records every delivery and answers as `answer` says. */
async function listener(answer: (received: Received, all: readonly Received[]) => Answer = () => 200) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const delivery = { headers: request.headers, raw, message: JSON.parse(raw.toString('utf8')) as Record<string, any> };
      received.push(delivery);
      const reply = answer(delivery, received);
      if (reply === 'reset') request.socket.destroy();
      else if (reply !== 'hang') response.writeHead(reply).end();
    });
  });
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/connect`, received };
}

/** Runs `docusign-connect simulate` in-process, in the fixtures' directory. */
async function simulate(args: string[], env: CommandIo['env'] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env };
  const code = await runCli(['simulate', ...args], io);
  const result = { code, stdout: out.join(''), stderr: err.join('') };
  for (const key of [KEY_1, KEY_2]) {
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
  }
  return result;
}

/** DocuSign's signature, computed here without the package's code: base64 HMAC-SHA256 over the raw bytes. */
function signedBy(delivery: Received, header: string, key: string): boolean {
  const given = Buffer.from(String(delivery.headers[header] ?? ''), 'base64');
  const expected = createHmac('sha256', key).update(delivery.raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const eventsOf = (received: readonly Received[]) => received.map((delivery) => delivery.message.event as string);
const firstOfItsKind = (delivery: Received, all: readonly Received[]) =>
  all.filter((other) => other.message.event === delivery.message.event && other.message.data.envelopeId === delivery.message.data.envelopeId).length === 1;

describe('docusign-connect simulate', () => {
  test('prints its help with every option, the retry rules and the exit codes', async () => {
    const result = await simulate(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const option of ['--to URL', '--configuration FILE', '--hmac-key KEY', '--event NAME', '--count N', '--seed N', '--timeout-ms MS', '--retry-delay-ms MS', '--format']) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).toContain('default and most 100000');
    expect(result.stdout).toMatch(/up to 10 times/);
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  describe('refuses to run, sending nothing, with exit 2', () => {
    const cases: Array<[string, (url: string) => string[], RegExp]> = [
      ['without --to', () => ['--configuration', 'account.json', '--hmac-key', KEY_1], /--to is required/],
      ['with a --to that is not a URL', () => ['--to', 'listener', '--configuration', 'account.json', '--hmac-key', KEY_1], /--to must be an absolute/],
      ['with a --to that is not http', () => ['--to', 'ftp://127.0.0.1/connect', '--configuration', 'account.json', '--hmac-key', KEY_1], /--to must be an http/],
      ['without --configuration', (url) => ['--to', url, '--hmac-key', KEY_1], /--configuration is required/],
      ['with a missing configuration file', (url) => ['--to', url, '--configuration', 'missing.json', '--hmac-key', KEY_1], /Cannot read the configuration file missing\.json: there is no such file/],
      ['with a configuration file that is not JSON', (url) => ['--to', url, '--configuration', 'broken.json', '--hmac-key', KEY_1], /broken\.json is not JSON/],
      ['with an invalid configuration, naming the pointer', (url) => ['--to', url, '--configuration', 'http-url.json', '--hmac-key', KEY_1], /not valid[^]*\/urlToPublishTo: /],
      ['with an XML SIM configuration', (url) => ['--to', url, '--configuration', 'xml-sim.json', '--hmac-key', KEY_1], /xml-sim\.json: The configuration is not JSON SIM/],
      ['with a JSON aggregate configuration', (url) => ['--to', url, '--configuration', 'aggregate.json', '--hmac-key', KEY_1], /aggregate\.json is not valid[^]*\/events: events is only for JSON SIM/],
      [
        'with an --event the configuration does not subscribe to',
        (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--event', 'envelope-voided'],
        /"envelope-voided" is not an event the configuration subscribes to; it subscribes to envelope-sent, envelope-delivered, envelope-completed\./,
      ],
      ['with a misspelt --event, suggesting the name', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--event', 'envelope-complete'], /Did you mean "envelope-completed"\?/],
      ['without --hmac-key', (url) => ['--to', url, '--configuration', 'account.json'], /--hmac-key is required/],
      ['with a key that ends in whitespace', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', `${KEY_1}\n`], /--hmac-key starts or ends with whitespace.*the key is not shown/],
      ['with a key in quotes', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', `"${KEY_1}"`], /--hmac-key contains a quote character/],
      ['with a second key that is empty', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--hmac-key', ''], /--hmac-key number 2 is empty/],
      ['with a second key given without --hmac-key', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, KEY_2], /Unexpected argument \(not shown: it may be a key\)/],
      ['with an unknown option', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--retries', '3'], /Unknown option '--retries'/],
      ['with a --count of 0', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--count', '0'], /--count must be a whole number from 1/],
      ['with a --timeout-ms beyond DocuSign\'s 100 s', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--timeout-ms', '100001'], /--timeout-ms must be a whole number from 1 to 100000/],
      ['with an unknown --format', (url) => ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--format', 'xml'], /--format must be text or json/],
    ];
    test.each(cases)('%s', async (_title, args, message) => {
      const { url, received } = await listener();
      const result = await simulate(args(url));
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^docusign-connect simulate: /);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(received).toEqual([]);
    });
  });

  test('delivers every subscribed event, in order, each signed over the exact bytes received', async () => {
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1]);
    expect(result.code, result.stderr).toBe(0);
    expect(eventsOf(received)).toEqual(ACCOUNT_EVENTS);
    for (const delivery of received) {
      expect(signedBy(delivery, 'x-docusign-signature-1', KEY_1)).toBe(true);
      expect(delivery.headers).not.toHaveProperty('x-docusign-signature-2');
      expect(delivery.headers['x-authorization-digest']).toBe('HMACSHA256');
      expect(delivery.headers['content-type']).toContain('application/json');
      expect(delivery.headers['x-docusign-accountid']).toBe(delivery.message.data.accountId);
      // Indented with CRLF, so that a listener that re-serialises before hashing fails here too.
      expect(delivery.raw.toString('utf8')).toContain('\r\n  "event": ');
      expect(validateConnectEvent(delivery.message), JSON.stringify(validateConnectEvent.errors)).toBe(true);
      expect(delivery.message).toMatchObject({ retryCount: 0, configurationId: expect.any(Number) });
      expect(delivery.message.data).not.toHaveProperty('recipientId');
    }
    expect(new Set(received.map((delivery) => delivery.message.configurationId)).size).toBe(1);
    expect(result.stdout).toMatch(/^Sending 3 messages to http:\/\/127\.0\.0\.1:\d+\/connect: envelope-sent, envelope-delivered, envelope-completed; configurationId \d+, signed with 1 HMAC key\.\n/);
    expect(result.stdout).toContain('requiresAcknowledgement left out, so "true" as at DocuSign');
    expect(result.stdout).toMatch(/\n1\/3 envelope-sent [0-9a-f-]{36} retryCount=0: 200 acknowledged in \d+ ms\n/);
    expect(result.stdout).toMatch(/\nDelivered 3\/3 messages with 0 retries; seed \d+\.\nReplay: docusign-connect simulate --to http:\/\/127\.0\.0\.1:\d+\/connect --configuration account\.json --hmac-key <key> --seed \d+\n$/);
  });

  test('gives recipient events a recipientId, and sends only the subscribed ones', async () => {
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'recipient.json', '--hmac-key', KEY_1]);
    expect(result.code, result.stderr).toBe(0);
    expect(eventsOf(received)).toEqual(RECIPIENT_EVENTS);
    for (const delivery of received) {
      expect(delivery.message.data.recipientId).toEqual(expect.any(String));
      expect(validateConnectEvent(delivery.message)).toBe(true);
    }
  });

  test('signs with each key in its own numbered header', async () => {
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--hmac-key', KEY_2]);
    expect(result.code, result.stderr).toBe(0);
    expect(received).toHaveLength(3);
    for (const delivery of received) {
      expect(signedBy(delivery, 'x-docusign-signature-1', KEY_1)).toBe(true);
      expect(signedBy(delivery, 'x-docusign-signature-2', KEY_2)).toBe(true);
      expect(signedBy(delivery, 'x-docusign-signature-1', KEY_2)).toBe(false);
    }
    expect(result.stdout).toContain('signed with 2 HMAC keys');
    expect(result.stdout).toContain('--hmac-key <key-1> --hmac-key <key-2>');
  });

  test('takes the key from DOCUSIGN_CONNECT_HMAC_KEY when no --hmac-key is given, and --hmac-key over it', async () => {
    const { url, received } = await listener();
    const fromEnv = await simulate(['--to', url, '--configuration', 'account.json', '--event', 'envelope-sent'], { DOCUSIGN_CONNECT_HMAC_KEY: KEY_2 });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    const given = await simulate(['--to', url, '--configuration', 'account.json', '--event', 'envelope-sent', '--hmac-key', KEY_1], { DOCUSIGN_CONNECT_HMAC_KEY: KEY_2 });
    expect(given.code, given.stderr).toBe(0);
    expect(received.map((delivery) => [signedBy(delivery, 'x-docusign-signature-1', KEY_2), signedBy(delivery, 'x-docusign-signature-1', KEY_1)])).toEqual([
      [true, false],
      [false, true],
    ]);
    const badEnv = await simulate(['--to', url, '--configuration', 'account.json'], { DOCUSIGN_CONNECT_HMAC_KEY: ` ${KEY_2}` });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(/DOCUSIGN_CONNECT_HMAC_KEY starts or ends with whitespace/);
    expect(received).toHaveLength(2);
  });

  test('sends only the chosen events, in the order given, once per envelope of --count', async () => {
    const { url, received } = await listener();
    const args = ['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--event', 'envelope-completed', '--event', 'envelope-sent', '--count', '2'];
    const result = await simulate(args);
    expect(result.code, result.stderr).toBe(0);
    expect(eventsOf(received)).toEqual(['envelope-completed', 'envelope-sent', 'envelope-completed', 'envelope-sent']);
    const envelopes = received.map((delivery) => delivery.message.data.envelopeId as string);
    expect(envelopes[0]).toBe(envelopes[1]);
    expect(envelopes[2]).toBe(envelopes[3]);
    expect(envelopes[0]).not.toBe(envelopes[2]);
    expect(result.stdout).toContain('--event envelope-completed --event envelope-sent --count 2 --seed ');
  });

  test('sends the same bytes again for the same seed, and for the seed a run without one printed', async () => {
    const first = await listener();
    const unseeded = await simulate(['--to', first.url, '--configuration', 'account.json', '--hmac-key', KEY_1]);
    const seed = /; seed (\d+)\./.exec(unseeded.stdout)?.[1];
    expect(seed).toBeDefined();
    const second = await listener();
    await simulate(['--to', second.url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--seed', seed ?? '']);
    const third = await listener();
    await simulate(['--to', third.url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--seed', seed ?? '']);
    const bodies = (received: readonly Received[]) => received.map((delivery) => delivery.raw.toString('utf8'));
    expect(bodies(second.received)).toEqual(bodies(first.received));
    expect(bodies(third.received)).toEqual(bodies(first.received));
    const other = await listener();
    await simulate(['--to', other.url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--seed', String((Number(seed) + 1) % 2 ** 32)]);
    expect(bodies(other.received)).not.toEqual(bodies(first.received));
  });

  test('puts --configuration-id into every message', async () => {
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--configuration-id', '22210641']);
    expect(result.code, result.stderr).toBe(0);
    expect(received.map((delivery) => delivery.message.configurationId)).toEqual([22210641, 22210641, 22210641]);
  });

  test('puts --account-id into every message and its X-DocuSign-AccountId header, and refuses one that is not a GUID', async () => {
    const accountId = '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804';
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--account-id', accountId]);
    expect(result.code, result.stderr).toBe(0);
    expect(received).toHaveLength(3);
    for (const delivery of received) {
      expect(delivery.message.data.accountId).toBe(accountId);
      expect(delivery.headers['x-docusign-accountid']).toBe(accountId);
    }
    expect(result.stdout).toContain(`--account-id ${accountId}`);
    const bad = await simulate(['--to', url, '--configuration', 'account.json', '--hmac-key', KEY_1, '--account-id', '18476201']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--account-id must be the account ID GUID/);
    expect(received).toHaveLength(3);
  });

  test('notes on stderr that DocuSign would not sign for a configuration without includeHMAC', async () => {
    const { url, received } = await listener();
    const result = await simulate(['--to', url, '--configuration', 'unsigned.json', '--hmac-key', KEY_1]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('does not set includeHMAC "true"');
    expect(signedBy(received[0]!, 'x-docusign-signature-1', KEY_1)).toBe(true);
  });

  test('does not print the values of the listener URL\'s query, which can be keys', async () => {
    const { url } = await listener();
    const result = await simulate(['--to', `${url}?code=function-key-123456`, '--configuration', 'account.json', '--hmac-key', KEY_1, '--event', 'envelope-sent']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('function-key-123456');
    expect(result.stdout).toContain('/connect?code=…');
  });

  describe('with requiresAcknowledgement "true" or left out', () => {
    test.each([
      ['a 500', 'ack.json', 500],
      ['a reset connection', 'ack.json', 'reset'],
      ['a 503 (the flag left out)', 'account.json', 503],
    ] as const)('sends a message again with retryCount 1 after %s, re-signed, and exits 0', async (_title, file, failure) => {
      const { url, received } = await listener((delivery, all) => (firstOfItsKind(delivery, all) ? failure : 200));
      const result = await simulate(['--to', url, '--configuration', file, '--hmac-key', KEY_1, '--retry-delay-ms', '0']);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const events = file === 'ack.json' ? ['envelope-sent', 'envelope-completed'] : ACCOUNT_EVENTS;
      // Each message is retried before the next one goes out, as DocuSign holds later ones back.
      expect(eventsOf(received)).toEqual(events.flatMap((event) => [event, event]));
      expect(received.map((delivery) => delivery.message.retryCount)).toEqual(events.flatMap(() => [0, 1]));
      for (const delivery of received) expect(signedBy(delivery, 'x-docusign-signature-1', KEY_1)).toBe(true);
      const [first, retry] = received;
      expect({ ...retry?.message, retryCount: 0 }).toEqual(first?.message);
      expect(result.stdout).toMatch(new RegExp(`retryCount=0: ${failure === 'reset' ? 'reset \\(connection reset before an answer\\)' : `${failure} not acknowledged`} in \\d+ ms; retry 1 of 10 in 0 ms\\n`));
      expect(result.stdout).toContain(`Delivered ${events.length}/${events.length} messages with ${events.length} retries`);
    });

    test('gives up after 10 retries of a message that always fails, goes on with the next, and exits 1', async () => {
      const { url, received } = await listener(() => 500);
      const result = await simulate(['--to', url, '--configuration', 'ack.json', '--hmac-key', KEY_1, '--retry-delay-ms', '0']);
      expect(result.code).toBe(1);
      const counts = Array.from({ length: 11 }, (_, index) => index);
      expect(received.map((delivery) => delivery.message.retryCount)).toEqual([...counts, ...counts]);
      expect(eventsOf(received)).toEqual([...counts.map(() => 'envelope-sent'), ...counts.map(() => 'envelope-completed')]);
      expect(result.stdout).toContain('retryCount=10: 500 not acknowledged');
      expect(result.stdout).toContain('given up after 10 retries, as DocuSign does');
      expect(result.stdout).toMatch(/Delivered 0\/2 messages with 20 retries; seed \d+\. Never acknowledged: 1\/2 envelope-sent [0-9a-f-]{36}, 2\/2 envelope-completed [0-9a-f-]{36}\.\n/);
    });

    test('waits --retry-delay-ms before sending again', async () => {
      const { url, received } = await listener((delivery, all) => (firstOfItsKind(delivery, all) ? 500 : 200));
      const started = performance.now();
      const result = await simulate(['--to', url, '--configuration', 'ack.json', '--hmac-key', KEY_1, '--retry-delay-ms', '150', '--event', 'envelope-sent']);
      expect(result.code).toBe(0);
      expect(received).toHaveLength(2);
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    });
  });

  describe('with requiresAcknowledgement "false"', () => {
    test.each([
      ['a 500', 500],
      ['a reset connection', 'reset'],
    ] as const)('does not send a message again after %s, and exits 1', async (_title, failure) => {
      const { url, received } = await listener((delivery, all) => (firstOfItsKind(delivery, all) ? failure : 200));
      const result = await simulate(['--to', url, '--configuration', 'no-ack.json', '--hmac-key', KEY_1, '--retry-delay-ms', '0']);
      expect(result.code).toBe(1);
      expect(eventsOf(received)).toEqual(['envelope-sent', 'envelope-completed']);
      expect(received.map((delivery) => delivery.message.retryCount)).toEqual([0, 0]);
      expect(result.stdout).toContain('requiresAcknowledgement "false": a failed message is not sent again.');
      expect(result.stdout).toContain('; not sent again (requiresAcknowledgement "false")');
      expect(result.stdout).toContain('Delivered 0/2 messages with 0 retries');
    });
  });

  test('counts a listener that does not answer within --timeout-ms as a failed delivery', async () => {
    const { url, received } = await listener(() => 'hang');
    const result = await simulate(['--to', url, '--configuration', 'no-ack.json', '--hmac-key', KEY_1, '--timeout-ms', '100', '--event', 'envelope-sent']);
    expect(result.code).toBe(1);
    expect(received).toHaveLength(1);
    expect(result.stdout).toMatch(/retryCount=0: timeout \(no answer within 100 ms\) in \d+ ms; not sent again/);
  });

  test('counts a refused connection as a failed delivery, retried like any other', async () => {
    const { url } = await listener();
    const server = servers.pop();
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
    const result = await simulate(['--to', url, '--configuration', 'ack.json', '--hmac-key', KEY_1, '--retry-delay-ms', '0', '--event', 'envelope-sent']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('retryCount=0: refused (connection refused)');
    expect(result.stdout).toContain('retryCount=10: refused');
  });

  test('prints one JSON object with --format json', async () => {
    const { url } = await listener((delivery, all) => (firstOfItsKind(delivery, all) ? 500 : 200));
    const result = await simulate(['--to', url, '--configuration', 'ack.json', '--hmac-key', KEY_1, '--retry-delay-ms', '0', '--seed', '7', '--format', 'json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      ok: true,
      to: url,
      configuration: 'ack.json',
      seed: 7,
      requiresAcknowledgement: 'true',
      requiresAcknowledgementSet: true,
      delivered: 2,
      total: 2,
      retries: 2,
      replay: `docusign-connect simulate --to ${url} --configuration ack.json --hmac-key <key> --seed 7 --retry-delay-ms 0 --format json`,
    });
    expect(summary.messages).toEqual([
      expect.objectContaining({
        index: 1,
        event: 'envelope-sent',
        acknowledged: true,
        retries: 1,
        attempts: [expect.objectContaining({ retryCount: 0, status: 500, acknowledged: false }), expect.objectContaining({ retryCount: 1, status: 200, acknowledged: true })],
      }),
      expect.objectContaining({ index: 2, event: 'envelope-completed', acknowledged: true, retries: 1 }),
    ]);
  });
});
