import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { validateConnectEvent } from '../../generated/event-validators.cjs';
import { ALL_EVENT_NAMES } from '../event-factory.js';
import { createConnectListener } from '../listener.js';
import { toNodeHandler } from '../node-handler.js';
import type { ConnectEvent } from '../types.js';
import { checkListenerCommand } from './check-listener.js';
import type { CommandIo } from './command.js';
import { startListener, SLOW_MS, type FixtureListener, type ListenerFault } from './fixtures/listeners.js';
import { LISTENER_CHECKS, type FindingName, type ListenerCheck } from './listener-checks.js';
import { runListenerChecks, type ListenerRun } from './listener-probe.js';
import { junitReport } from './reports.js';

// Shaped like a DocuSign Connect key (base64 of 32 bytes), and distinctive enough that finding
// it anywhere in the output means it leaked.
const KEY = 'Q2hlY2tMaXN0ZW5lclNlY3JldEtleUZvclRlc3RzMDE=';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function listener(fault: ListenerFault = 'none'): Promise<FixtureListener> {
  const started = await startListener(KEY, fault);
  cleanups.push(started.close);
  return started;
}

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'check-listener-'));
  cleanups.push(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command in-process with captured streams. */
async function checkListener(argv: readonly string[], options: { env?: Record<string, string | undefined>; cwd?: string } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  const code = await checkListenerCommand.run(argv, io);
  return { code, stdout, stderr };
}

interface JsonRun {
  passed: boolean;
  seed: number;
  checks: Array<{ id: string; status: string; detail: string; findings: Array<{ name: FindingName; detail: string }> }>;
  findings: Array<{ check: string; name: FindingName; detail: string; fix: string }>;
}

/** Runs the command with --format json against a listener and reads the document it prints. */
async function checkJson(target: URL, more: readonly string[] = []): Promise<{ code: number; run: JsonRun; stderr: string }> {
  const { code, stdout, stderr } = await checkListener(['--url', target.href, '--hmac-key', KEY, '--format', 'json', ...more]);
  return { code, run: JSON.parse(stdout) as JsonRun, stderr };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/**
 * The elements of a small XML document, in order, failing on anything that is not well-formed
 * (unbalanced tags, unquoted attributes, a bare `&` or `<`): enough to trust a JUnit file.
 */
function xmlElements(xml: string): XmlElement[] {
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos);)/;
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/y;
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let index = 0;
  while (index < body.length) {
    const next = body.indexOf('<', index);
    const text = body.slice(index, next === -1 ? body.length : next);
    if (bareAmpersand.test(text)) throw new Error(`a bare & at ${index}`);
    const parent = open.at(-1);
    if (parent === undefined && text.trim() !== '') throw new Error(`text outside the root element at ${index}`);
    if (parent !== undefined) parent.text += decode(text);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(body);
    if (match === null) throw new Error(`not well-formed at ${next}: ${body.slice(next, next + 40)}`);
    const [, closing, name = '', attributeText = '', selfClosing] = match;
    if (closing === '/') {
      const element = open.pop();
      if (element?.name !== name) throw new Error(`</${name}> closes <${element?.name ?? 'nothing'}>`);
    } else {
      const element: XmlElement = { name, attributes: {}, text: '' };
      for (const [, key = '', value = ''] of attributeText.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (bareAmpersand.test(value)) throw new Error(`a bare & in ${name}@${key}`);
        element.attributes[key] = decode(value);
      }
      elements.push(element);
      if (selfClosing !== '/') open.push(element);
    }
    index = tag.lastIndex;
  }
  if (open.length > 0) throw new Error(`<${open.map((element) => element.name).join('>, <')}> never closed`);
  return elements;
}

describe('check-listener against a correct listener', () => {
  test('passes a listener that verifies every signature header over the raw bytes, deduplicates and answers at once', async () => {
    const { url } = await listener();
    const { code, stdout, stderr } = await checkListener(['--url', url.href, '--hmac-key', KEY, '--budget-ms', '2000']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Checking http:\/\/127\.0\.0\.1:\d+\/connect as DocuSign delivers \(seed \d+, budget 2000 ms\)$/);
    expect(lines.filter((line) => line.startsWith('✓ '))).toHaveLength(LISTENER_CHECKS.length);
    expect(lines.filter((line) => line.startsWith('✗ '))).toEqual([]);
    for (const check of LISTENER_CHECKS) expect(stdout).toMatch(new RegExp(`^✓ ${check.id} +\\S`, 'm'));
    expect(stdout).toMatch(/^The listener passes: 7 passed, 0 failed \(\d+ messages in \d+\.\d s\)$/m);
    expect(stdout).not.toContain('Findings:');
  });

  test("passes the package's own listener (createConnectListener behind toNodeHandler), holding the old and the new key", async () => {
    const handled: string[] = [];
    const accounts = new Set<string | undefined>();
    const ownListener = createConnectListener({
      hmacKeys: ['an-older-key-being-rotated-out', KEY],
      onEvent: (event) => {
        handled.push(event.event);
        accounts.add((event.data as { accountId?: string }).accountId);
      },
    });
    const server = createServer(toNodeHandler(ownListener));
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    cleanups.push(() => new Promise((closed) => server.close(() => closed())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/docusign/connect`;
    const accountId = '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804';
    const { code, stdout, stderr } = await checkListener(['--url', url, '--budget-ms', '2000', '--account-id', accountId], { env: { DOCUSIGN_CONNECT_HMAC_KEY: KEY } });
    expect(stderr).toBe('');
    expect(code, stdout).toBe(0);
    expect(new Set(handled)).toEqual(new Set(ALL_EVENT_NAMES));
    expect(accounts).toEqual(new Set([accountId]));
  });

  test('sends every event kind of the spec, each body valid against the webhooks schema', async () => {
    const correct = await listener();
    const { code } = await checkJson(correct.url, ['--budget-ms', '2000']);
    expect(code).toBe(0);
    const messages = correct.bodies.map((body) => JSON.parse(body) as ConnectEvent);
    for (const message of messages) expect(validateConnectEvent(message), JSON.stringify(validateConnectEvent.errors)).toBe(true);
    expect(new Set(messages.map((message) => message.event))).toEqual(new Set(ALL_EVENT_NAMES));
    // Indented with CRLF, indented with LF, and compact bodies all went out.
    expect(correct.bodies.some((body) => body.includes('\r\n  "event"'))).toBe(true);
    expect(correct.bodies.some((body) => /[^\r]\n {2}"event"/.test(body))).toBe(true);
    expect(correct.bodies.some((body) => body.startsWith('{"event"'))).toBe(true);
  });
});

describe('check-listener names what a listener gets wrong, and nothing else', () => {
  const cases: Array<{ fault: ListenerFault; wrong: string; check: string; finding: FindingName; details: RegExp[]; budget?: string }> = [
    {
      fault: 'no-hmac',
      wrong: 'accepts everything (no hmac check)',
      check: 'forged',
      finding: 'accepts forged messages',
      details: [/^unsigned: acknowledged with 200$/, /^signed with another key: acknowledged with 200$/, /^tampered .*: acknowledged with 200$/],
    },
    {
      fault: 'signature-1-only',
      wrong: 'reads x-docusign-signature-1 only',
      check: 'rotation',
      finding: 'ignores X-DocuSign-Signature-2',
      details: [/^a message signed only in X-DocuSign-Signature-2 answered 401$/],
    },
    {
      fault: 're-serialises',
      wrong: 'hashes json.stringify(json.parse(body))',
      check: 'layouts',
      finding: 'does not hash the raw bytes',
      details: [/^a pretty-crlf body answered 401 while a compact one was acknowledged$/, /^a pretty-lf body answered 401 /],
    },
    {
      fault: 'refuses-duplicates',
      wrong: 'answers 409 to a repeated delivery',
      check: 'duplicates',
      finding: 'refuses duplicates',
      details: [/^the same delivery again answered 409$/, /^a retry \(retryCount 1.*\) answered 409$/],
    },
    {
      fault: 'strict',
      wrong: 'fails on fields it does not know',
      check: 'unknown-fields',
      finding: 'refuses unknown fields',
      details: [/top-level field .* answered 500$/, /field in data .* answered 500$/, /block in envelopeSummary .* answered 500$/],
    },
    {
      fault: 'body-limit',
      wrong: 'limits bodies to 100 kb',
      check: 'include-data',
      finding: 'refuses envelope data',
      details: [/^envelope-completed with recipients, .*documents \(0\.\d MB\) answered 413$/],
    },
  ];

  test.each(cases)('names a listener that $wrong with "$finding" in $check alone', async ({ fault, check, finding, details }) => {
    const { url } = await listener(fault);
    const { code, run } = await checkJson(url, ['--budget-ms', '2000']);
    expect(code).toBe(1);
    expect(run.passed).toBe(false);
    expect(run.checks.filter((result) => result.status !== 'passed').map((result) => result.id)).toEqual([check]);
    expect(run.findings.map((found) => [found.check, found.name])).toEqual(details.map(() => [check, finding]));
    expect(run.findings.map((found) => found.detail)).toEqual(details.map((detail) => expect.stringMatching(detail)));
    expect(run.findings.every((found) => found.fix.length > 40)).toBe(true);
  });

  test('names a listener that takes longer than the budget as slow, with the event and its time', async () => {
    const { url } = await listener('slow');
    // Budget below the listener's delay, and three times the budget (the patience) above it, so
    // the slow answer is measured rather than cut off.
    const budget = 200;
    expect(SLOW_MS).toBeGreaterThan(budget);
    expect(SLOW_MS).toBeLessThan(3 * budget);
    const { code, run } = await checkJson(url, ['--budget-ms', String(budget)]);
    expect(code).toBe(1);
    expect(run.checks.filter((result) => result.status !== 'passed').map((result) => result.id)).toEqual(['events']);
    expect(new Set(run.findings.map((found) => found.name))).toEqual(new Set(['slow']));
    expect(run.findings.map((found) => found.detail)).toContainEqual(expect.stringMatching(/^envelope-completed took \d{3} ms \(budget 200 ms\)$/));
  });

  test('prints a line per check, the verdict, then each finding with a fix', async () => {
    const { url } = await listener('signature-1-only');
    const { code, stdout } = await checkListener(['--url', url.href, '--hmac-key', KEY, '--seed', '11']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('✓ '))).toHaveLength(LISTENER_CHECKS.length - 1);
    expect(lines).toContain('✗ rotation        ignores X-DocuSign-Signature-2: a message signed only in X-DocuSign-Signature-2 answered 401');
    expect(stdout).toMatch(/^The listener has 1 finding: 6 passed, 1 failed \(\d+ messages in \d+\.\d s\)$/m);
    expect(stdout).toContain('\nFindings:\n  ✗ ignores X-DocuSign-Signature-2 (rotation)\n      a message signed only in X-DocuSign-Signature-2 answered 401\n    fix: Check every X-DocuSign-Signature-N header');
    expect(lines.at(-2)).toBe('Replay these messages with --seed 11.');
  });

  test('annotates each finding for github actions with --format github', async () => {
    const { url } = await listener('no-hmac');
    const { code, stdout } = await checkListener(['--url', url.href, '--hmac-key', KEY, '--format', 'github']);
    expect(code).toBe(1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([expect.stringMatching(/^::error title=check-listener%3A accepts forged messages::unsigned: acknowledged with 200; .* Fix: Verify/)]);
    expect(stdout).toContain('✗ forged');
  });
});

describe('check-listener when the listener cannot be checked or stops answering', () => {
  test('exits 2 with "could not reach" and no findings when nothing answers at the url', async () => {
    const gone = await listener();
    await gone.close();
    const { code, stdout, stderr } = await checkListener(['--url', gone.url.href, '--hmac-key', KEY]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^check-listener: could not reach http:\/\/127\.0\.0\.1:\d+\/connect: connection refused\. Nothing was checked/);
    expect(stdout).not.toMatch(/^[✓✗]/m);
    expect(stdout).not.toContain('finding');
  });

  test('treats a first message that times out as slow, not unreachable, and skips the rest after three unanswered messages', async () => {
    const hanging = await listener('hangs');
    const { code, run } = await checkJson(hanging.url, ['--budget-ms', '50']);
    expect(code).toBe(1);
    expect(run.checks.map((result) => result.status)).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(run.checks[1]?.detail).toBe('not run: the listener did not answer 3 genuine messages in a row');
    expect(run.findings.map((found) => found.name)).toEqual(['slow', 'slow', 'slow']);
    expect(run.findings[0]?.detail).toBe('envelope-created: no answer within 150 ms (budget 50 ms)');
    expect(hanging.bodies).toHaveLength(3);
  });

  test('names a listener that drops connections "no answer", not unreachable', async () => {
    const { url } = await listener('resets');
    const { code, run } = await checkJson(url);
    expect(code).toBe(1);
    expect(new Set(run.findings.map((found) => found.name))).toEqual(new Set(['no answer']));
    expect(run.findings[0]?.detail).toBe('envelope-created: connection reset before an answer');
  });

  test('refuses to send a genuine message that the spec rejects: a check that would is a bug', async () => {
    const target = await listener();
    const broken: ListenerCheck = {
      id: 'broken',
      title: 'sends an invalid message',
      run: async (context) => {
        await context.send({ event: 'envelope-sent', data: {} } as unknown as ConnectEvent);
        return 'sent';
      },
    };
    await expect(runListenerChecks({ url: target.url, hmacKey: KEY, budgetMs: 1_000, seed: 1 }, [broken])).rejects.toThrow(
      /^check-listener bug: check "broken" would send a envelope-sent message that openapi.yaml \(ConnectEvent\) rejects/,
    );
    expect(target.bodies).toEqual([]);
  });
});

describe('check-listener options', () => {
  const url = 'http://127.0.0.1:9/connect';
  test.each([
    { about: 'no url', argv: ['--hmac-key', KEY], says: /--url is required/ },
    { about: 'no key', argv: ['--url', url], says: /--hmac-key is required/ },
    { about: 'an ftp url', argv: ['--url', 'ftp://127.0.0.1/connect', '--hmac-key', KEY], says: /--url must be an http:\/\/ or https:\/\/ URL/ },
    { about: 'a budget that is not a number', argv: ['--url', url, '--hmac-key', KEY, '--budget-ms', 'soon'], says: /--budget-ms must be a whole number from 1 to 100000/ },
    { about: 'a zero budget', argv: ['--url', url, '--hmac-key', KEY, '--budget-ms', '0'], says: /--budget-ms must be a whole number/ },
    { about: 'a seed out of range', argv: ['--url', url, '--hmac-key', KEY, '--seed', '4294967296'], says: /--seed must be a whole number from 0 to 4294967295/ },
    { about: 'an unknown format', argv: ['--url', url, '--hmac-key', KEY, '--format', 'xml'], says: /--format must be one of human, json, github/ },
    { about: 'an unknown option', argv: ['--url', url, '--hmac-key', KEY, '--verbose'], says: /Unknown option '--verbose'.*check-listener --help/ },
    { about: 'a key with a trailing newline', argv: ['--url', url, '--hmac-key', `${KEY}\n`], says: /--hmac-key starts or ends with whitespace.*the key is not shown/ },
    { about: 'a key in quotes', argv: ['--url', url, '--hmac-key', `"${KEY}"`], says: /--hmac-key contains a quote character/ },
    { about: 'an account id that is not a GUID', argv: ['--url', url, '--hmac-key', KEY, '--account-id', '18476201'], says: /--account-id must be the account ID GUID/ },
    { about: 'a key split in two by a space', argv: ['--url', url, '--hmac-key', 'first-half', KEY], says: /Unexpected argument \(not shown: it may be a key\)/ },
  ])('exits 2 on $about, saying so without printing the key', async ({ argv, says }) => {
    const { code, stdout, stderr } = await checkListener(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(says);
    expect(stderr).toMatch(/^check-listener: /);
    expect(stderr).not.toContain(KEY);
  });

  test('prints its usage with every check and the exit codes for --help', async () => {
    const { code, stdout, stderr } = await checkListener(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: docusign-connect check-listener --url URL --hmac-key KEY \[--budget-ms MS\] \[--report DIR\] \[--seed N\]/);
    for (const [index, check] of LISTENER_CHECKS.entries()) expect(stdout).toContain(`  ${index + 1}. ${check.id}: ${check.title}`);
    expect(stdout).toContain('100 s');
    expect(stdout).toMatch(/Exit codes: 0 the listener passes, 1 it has findings, 2 nothing could be checked/);
    expect(checkListenerCommand.name).toBe('check-listener');
  });
});

describe('check-listener reports and secrets', () => {
  test('--report writes junit.xml with a testcase per check and a failure per failed check, and the markdown table, also to the step summary', async () => {
    const { url } = await listener('signature-1-only');
    const directory = await temporaryDirectory();
    const stepSummary = join(directory, 'step-summary.md');
    await writeFile(stepSummary, '## An earlier step\n');
    const { code, stdout } = await checkListener(['--url', url.href, '--hmac-key', KEY, '--report', 'out/reports', '--seed', '5'], {
      cwd: directory,
      env: { GITHUB_STEP_SUMMARY: stepSummary },
    });
    expect(code).toBe(1);
    const reports = join(directory, 'out', 'reports');
    expect(stdout).toContain(`Reports: ${join(reports, 'junit.xml')}, ${join(reports, 'check-listener.md')}`);

    const elements = xmlElements(await readFile(join(reports, 'junit.xml'), 'utf8'));
    const suite = elements.find((element) => element.name === 'testsuite');
    expect(suite?.attributes).toMatchObject({ tests: '7', failures: '1', errors: '0', skipped: '0' });
    const testcases = elements.filter((element) => element.name === 'testcase');
    expect(testcases.map((testcase) => testcase.attributes.name)).toEqual(LISTENER_CHECKS.map((check, index) => `${index + 1} ${check.id}: ${check.title}`));
    const failures = elements.filter((element) => element.name === 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.attributes.message).toBe('ignores X-DocuSign-Signature-2: a message signed only in X-DocuSign-Signature-2 answered 401');
    expect(failures[0]?.text).toContain('fix: Check every X-DocuSign-Signature-N header');
    expect(elements.find((element) => element.name === 'property' && element.attributes.name === 'seed')?.attributes.value).toBe('5');

    const markdown = await readFile(join(reports, 'check-listener.md'), 'utf8');
    expect(markdown).toMatch(/^## ❌ The listener has 1 finding\n/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + LISTENER_CHECKS.length);
    expect(rows.filter((row) => row.includes('✅ passed'))).toHaveLength(6);
    expect(rows.find((row) => row.includes('❌ failed'))).toContain('**rotation**');
    expect(markdown).toContain('- **ignores X-DocuSign-Signature-2** (rotation):');
    expect(await readFile(stepSummary, 'utf8')).toBe(`## An earlier step\n${markdown}`);
  });

  test('escapes what a report quotes so that junit.xml stays well-formed', () => {
    const detail = `answered <500> & "quoted" 'text'\u0007 | end`;
    const run: ListenerRun = {
      checks: [{ id: 'events', title: 'a & b <c>', status: 'failed', detail, findings: [{ check: 'events', name: 'no answer', detail }], ms: 3 }],
      findings: [{ check: 'events', name: 'no answer', detail }],
      deliveries: 1,
      ms: 3,
    };
    const elements = xmlElements(junitReport(run, { url: 'http://h/a?…', seed: 1, budgetMs: 5 }));
    expect(elements.find((element) => element.name === 'failure')?.attributes.message).toBe(`answered <500> & "quoted" 'text' | end`);
    expect(elements.find((element) => element.name === 'testcase')?.attributes.name).toBe('1 events: a & b <c>');
  });

  test.each(['human', 'json', 'github'])('never prints or writes the key (--format %s)', async (format) => {
    const { url } = await listener('no-hmac');
    const directory = await temporaryDirectory();
    const stepSummary = join(directory, 'step-summary.md');
    const { code, stdout, stderr } = await checkListener(['--url', url.href, '--hmac-key', KEY, '--format', format, '--report', directory], {
      env: { GITHUB_STEP_SUMMARY: stepSummary },
    });
    expect(code).toBe(1);
    for (const text of [stdout, stderr, ...(await Promise.all(['junit.xml', 'check-listener.md', 'step-summary.md'].map((file) => readFile(join(directory, file), 'utf8'))))]) {
      expect(text).not.toContain(KEY);
      expect(text.toLowerCase()).not.toContain('x-docusign-signature-1:');
    }
  });

  test('sends a query string in the url but never prints it', async () => {
    const target = await listener();
    const url = new URL(target.url);
    url.search = '?code=function-key-in-the-url';
    const { code, stdout } = await checkListener(['--url', url.href, '--hmac-key', KEY]);
    expect(code).toBe(0);
    expect(new Set(target.paths)).toEqual(new Set(['/connect?code=function-key-in-the-url']));
    expect(stdout).not.toContain('function-key-in-the-url');
    expect(stdout).toMatch(/^Checking http:\/\/127\.0\.0\.1:\d+\/connect\?code=… as DocuSign delivers/);
  });
});

describe('check-listener seeds', () => {
  test('sends the same bytes for the same seed and different bytes for another', async () => {
    const [first, second, other] = await Promise.all([listener(), listener(), listener()]);
    if (first === undefined || second === undefined || other === undefined) throw new Error('three listeners');
    expect((await checkJson(first.url, ['--seed', '42'])).code).toBe(0);
    expect((await checkJson(second.url, ['--seed', '42'])).code).toBe(0);
    expect((await checkJson(other.url, ['--seed', '43'])).code).toBe(0);
    expect(first.bodies.length).toBeGreaterThan(ALL_EVENT_NAMES.length);
    expect(second.bodies).toEqual(first.bodies);
    expect(other.bodies).toHaveLength(first.bodies.length);
    expect(other.bodies.filter((body, index) => body === first.bodies[index])).toEqual([]);
  });

  test('prints the random seed it chose, and that seed replays the run', async () => {
    const [first, replay] = await Promise.all([listener(), listener()]);
    if (first === undefined || replay === undefined) throw new Error('two listeners');
    const { stdout } = await checkListener(['--url', first.url.href, '--hmac-key', KEY]);
    const seed = /\(seed (\d+), budget 5000 ms\)/.exec(stdout)?.[1];
    expect(seed).toBeDefined();
    expect(stdout).toContain(`Replay these messages with --seed ${seed}.`);
    await checkListener(['--url', replay.url.href, '--hmac-key', KEY, '--seed', seed ?? '']);
    expect(replay.bodies).toEqual(first.bodies);
  });
});
