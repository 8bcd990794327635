// validateConfiguration: every problem at once, each with a pointer, the spec rule and a fix; the
// help a user needs for the usual mistakes; warnings that do not block.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { briefJsonSimAccount, withListener } from '../contract-tests/fixtures/brief.js';
import { specFacts } from '../generated/spec-facts.js';
import { closestMatch } from './did-you-mean.js';
import { describeValue, label } from './pointer.js';
import { validateConfiguration } from './validate.js';

const jsonSim = withListener(briefJsonSimAccount);
const xmlAggregate = {
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/xml',
  allUsers: 'true',
  name: 'XML feed',
  deliveryMode: 'aggregate',
  allowEnvelopePublish: 'true',
  enableLog: 'true',
  envelopeEvents: ['Completed'],
};

function change(body: Record<string, unknown>, changes: Record<string, unknown>) {
  const copy: Record<string, unknown> = structuredClone(body);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

/** The one problem at a pointer; fails when there is none or more than one. */
function problemAt(body: unknown, pointer: string) {
  const report = validateConfiguration(body);
  const found = report.problems.filter((problem) => problem.pointer === pointer);
  expect(found, JSON.stringify(report.problems, null, 2)).toHaveLength(1);
  return found[0]!;
}

describe('validateConfiguration', () => {
  test('accepts a valid JSON SIM configuration without problems or warnings', () => {
    expect(validateConfiguration(jsonSim)).toEqual({ valid: true, problems: [], warnings: [] });
  });

  test('reports every problem at once, not just the first', () => {
    const report = validateConfiguration(
      change(jsonSim, { name: '', urlToPublishTo: 'http://hooks.example.com', allUsers: 'false', allUser: 'true', events: ['Sent'] }),
    );
    expect(report.valid).toBe(false);
    expect(report.problems.map((problem) => problem.pointer).sort()).toEqual(['/allUser', '/events/0', '/name', '/urlToPublishTo', '/userIds']);
  });

  test.each([
    ['allUser', 'allUsers'],
    ['AllUsers', 'allUsers'],
    ['enableLogs', 'enableLog'],
    ['urlToPublish', 'urlToPublishTo'],
    ['includeHmac', 'includeHMAC'],
  ])('suggests the property meant by %s', (typo, meant) => {
    const problem = problemAt(change(jsonSim, { [typo]: 'true' }), `/${typo}`);
    expect(problem.keyword).toBe('additionalProperties');
    expect(problem.rule).toBe('ConnectConfiguration: additionalProperties');
    expect(problem.message).toContain(`did you mean ${meant}?`);
  });

  test('does not guess when an unknown property is nothing like a known one', () => {
    const problem = problemAt(change(jsonSim, { webhookSecretSauce: 'x' }), '/webhookSecretSauce');
    expect(problem.message).not.toContain('did you mean');
    expect(problem.message).toContain('remove it');
  });

  test('suggests the property meant inside nested objects too', () => {
    const problem = problemAt(change(jsonSim, { eventData: { versoin: 'restv2.1' } }), '/eventData/versoin');
    expect(problem.message).toContain('did you mean version?');
    expect(problem.rule).toBe('ConnectEventData: additionalProperties');
  });

  test('says a read-only property is set by DocuSign', () => {
    expect(problemAt(change(jsonSim, { connectId: '42' }), '/connectId').message).toMatch(/read-only: DocuSign sets it/);
  });

  test.each([
    ['envelopeEvents', 'sent', 'Sent'],
    ['envelopeEvents', 'COMPLETED', 'Completed'],
    ['recipientEvents', 'autoresponded', 'AutoResponded'],
    ['recipientEvents', 'authenticationfailed', 'AuthenticationFailed'],
  ])('gives the sentence-case spelling for %s value %s', (list, given, fixed) => {
    const problem = problemAt(change(xmlAggregate, { envelopeEvents: undefined, [list]: [given] }), `/${list}/0`);
    expect(problem.message).toContain(`use "${fixed}"`);
    expect(problem.message).toContain('sentence case');
  });

  test('turns a JSON SIM event name given as a legacy status into the status', () => {
    expect(problemAt(change(xmlAggregate, { envelopeEvents: ['envelope-completed'] }), '/envelopeEvents/0').message).toContain('use "Completed"');
  });

  test('turns a legacy status given in events into the JSON SIM event name', () => {
    expect(problemAt(change(jsonSim, { events: ['Completed'] }), '/events/0').message).toContain('use "envelope-completed"');
  });

  test('sends legacy lists in a JSON SIM configuration to events, converted', () => {
    const problem = problemAt(change(jsonSim, { envelopeEvents: ['Sent', 'Voided'] }), '/envelopeEvents');
    expect(problem.message).toContain('use events: ["envelope-sent","envelope-voided"]');
    expect(problem.rule).toBe(specFacts.rules[1]?.description);
  });

  test('explains that events without restv2.1 make the legacy XML SIM model', () => {
    const problem = problemAt(change(jsonSim, { eventData: undefined }), '/events');
    expect(problem.message).toContain('add eventData: { version: "restv2.1" }');
    expect(problem.message).toContain('envelopeEvents: ["Sent","Delivered","Completed"]');
  });

  test('sends events in an aggregate configuration to the status lists', () => {
    const problem = problemAt(change(xmlAggregate, { envelopeEvents: undefined, events: ['envelope-sent', 'recipient-declined'] }), '/events');
    expect(problem.message).toContain('XML aggregate');
    expect(problem.message).toContain('envelopeEvents: ["Sent"] and recipientEvents: ["Declined"]');
  });

  test('asks a legacy model for at least one status list', () => {
    const problem = problemAt(change(xmlAggregate, { envelopeEvents: undefined }), '/envelopeEvents');
    expect(problem.keyword).toBe('anyOf');
    expect(problem.message).toContain('envelopeEvents and/or recipientEvents');
  });

  test.each([
    ['allUsers', true, '"true"'],
    ['enableLog', false, '"false"'],
    ['includeHMAC', true, '"true"'],
  ])('asks for the string form when %s is a JSON boolean', (name, value, fixed) => {
    const body = change(jsonSim, { [name]: value });
    const report = validateConfiguration(body);
    const found = report.problems.filter((problem) => problem.pointer === `/${name}`);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`expects the string ${fixed}`);
  });

  test('says what to do when allUsers is "false" and no users are listed', () => {
    const problem = problemAt(change(jsonSim, { allUsers: 'false' }), '/userIds');
    expect(problem.rule).toBe(specFacts.rules[0]?.description);
    expect(problem.message).toMatch(/list the users to cover in userIds .* or set allUsers to "true"/);
  });

  test.each([
    ['http://hooks.example.com/x', /uses http:\/\/.*use https:\/\//],
    ['hooks.example.com/x', /absolute https:\/\/ URL/],
    ['https://user:pw@hooks.example.com/x', /carries credentials/],
    ['https:///x', /no host/],
    ['https://hooks.example.com/my hook', /percent-encode/],
    [`https://hooks.example.com/${'a'.repeat(4100)}`, /at most 4096/],
  ])('explains what is wrong with the listener URL %#', (url, fix) => {
    const problem = problemAt(change(jsonSim, { urlToPublishTo: url }), '/urlToPublishTo');
    expect(problem.message).toMatch(fix);
  });

  test('describes a missing nested property with its description from the spec', () => {
    const body = change(jsonSim, { oAuthConfiguration: { authorizationServerUrl: 'http://login.example.com/token', clientId: 'c' } });
    expect(problemAt(body, '/oAuthConfiguration/clientSecret').message).toBe(
      'oAuthConfiguration.clientSecret is missing: add it (the client secret that goes with clientId)',
    );
    expect(problemAt(body, '/oAuthConfiguration/authorizationServerUrl').message).toContain('DocuSign only calls https:// URLs');
  });

  test('lists the allowed values when nothing is close enough to guess', () => {
    const message = problemAt(change(jsonSim, { events: ['envelope-signed'] }), '/events/0').message;
    expect(message).toContain('"envelope-completed"');
    expect(message).toContain('"click-declined"');
  });

  test('never repeats a listener URL, which may carry credentials', () => {
    const problem = problemAt(change(jsonSim, { urlToPublishTo: 'https://admin:hunter2@hooks.example.com/' }), '/urlToPublishTo');
    expect(problem.message).not.toContain('hunter2');
  });

  test('never quotes the value of a secret property', () => {
    const report = validateConfiguration(
      change(jsonSim, { password: 7, oAuthConfiguration: { authorizationServerUrl: 'https://login.example.com/t', clientId: 'c', clientSecret: ['s3cr3t-value'] } }),
    );
    expect(report.problems.map((problem) => [problem.pointer, problem.rule]).sort()).toEqual([
      ['/oAuthConfiguration/clientSecret', 'ConnectConfiguration.oAuthConfiguration.clientSecret: type'],
      ['/password', 'ConnectConfiguration.password: type'],
    ]);
    expect(inspect(report, { depth: 10 })).not.toContain('s3cr3t-value');
  });

  test('names a GUID as the form of a user ID', () => {
    expect(problemAt(change(jsonSim, { allUsers: 'false', userIds: ['bob'] }), '/userIds/0').message).toMatch(/user IDs are GUIDs/);
  });

  test('names the duplicate in a list', () => {
    expect(problemAt(change(jsonSim, { events: ['envelope-sent', 'envelope-sent'] }), '/events').message).toContain('lists "envelope-sent" twice');
  });

  test('explains the eventData.version values', () => {
    expect(problemAt(change(xmlAggregate, { eventData: { version: 'legacy' } }), '/eventData/version').message).toMatch(/use "restv2\.1" for JSON messages, or leave version out for XML/);
  });

  test('says Recipient Connect takes recipient events only', () => {
    const body = change(jsonSim, { configurationType: 'customrecipient', events: ['recipient-sent', 'envelope-sent'] });
    const problem = problemAt(body, '/events/1');
    expect(problem.message).toContain('Recipient Connect sends recipient events only');
    expect(problem.message).toContain('configurationType "custom"');
  });

  test('says Recipient Connect needs JSON', () => {
    const body = change(xmlAggregate, { configurationType: 'customrecipient', envelopeEvents: undefined, recipientEvents: ['Sent'] });
    expect(problemAt(body, '/eventData').message).toContain('Recipient Connect sends JSON messages only');
  });

  test('escapes property names in pointers as RFC 6901 says', () => {
    const report = validateConfiguration(change(jsonSim, { 'a/b~c': 'x' }));
    expect(report.problems.map((problem) => problem.pointer)).toContain('/a~1b~0c');
  });

  test.each([
    ['null', null],
    ['a list', []],
    ['a string', 'configuration'],
    ['a number', 42],
    ['undefined', undefined],
  ])('refuses %s with one problem at the root', (_name, value) => {
    const report = validateConfiguration(value);
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ pointer: '', keyword: 'type' });
    expect(report.problems[0]?.message).toContain('must be a JSON object');
    expect(report.warnings).toEqual([]);
  });

  test('survives odd input: deep nesting, huge strings, prototype keys', () => {
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 2000; i++) node = (node.next = {}) as Record<string, unknown>;
    const odd = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}');
    expect(validateConfiguration(change(jsonSim, { eventData: deep })).valid).toBe(false);
    // Past the spec's 4,096-character limit: refused with its length, not quoted.
    expect(validateConfiguration(change(jsonSim, { name: 'x'.repeat(1_000_000) })).problems).toMatchObject([
      { pointer: '/name', keyword: 'maxLength', message: 'name is 1000000 characters long; at most 4096 are accepted: shorten it' },
    ]);
    expect(validateConfiguration({ ...jsonSim, ...odd }).problems.map((problem) => problem.pointer).sort()).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('every problem has a pointer, a rule, a keyword and a message with a fix', () => {
    const report = validateConfiguration({ configurationType: 'Custom', deliveryMode: 'sim', allUsers: true, events: [], eventData: { version: 'v2' }, extra: 1 });
    expect(report.problems.length).toBeGreaterThan(5);
    for (const problem of report.problems) {
      expect(problem.pointer === '' || problem.pointer.startsWith('/')).toBe(true);
      expect(problem.rule.length).toBeGreaterThan(0);
      expect(problem.keyword.length).toBeGreaterThan(0);
      expect(problem.message).toMatch(/: /);
    }
  });
});

describe('hostile input (found by contract-tests/reliability/fuzz.test.ts)', () => {
  /** A configuration that reads as jsonSim but throws when `name` is read. */
  const throwingGetter = () =>
    Object.defineProperty({ ...jsonSim }, 'name', {
      enumerable: true,
      get() {
        throw new Error('getter failed');
      },
    });
  const throwingProxy = () =>
    new Proxy(structuredClone(jsonSim), {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    });
  const cyclic = () => {
    const body: Record<string, unknown> = structuredClone(jsonSim);
    body.self = body;
    return body;
  };
  const deep = () => {
    let node: unknown = [];
    for (let i = 0; i < 20_000; i++) node = [node];
    return change(jsonSim, { events: node });
  };

  test.each([
    ['a getter that throws', throwingGetter, 'reading it threw'],
    ['a Proxy that throws', throwingProxy, 'reading it threw'],
    ['a toJSON method that throws a RangeError', () => change(jsonSim, { name: { toJSON: () => { throw new RangeError('not now'); } } }), 'reading it threw'],
    ['a cycle', cyclic, 'contains itself'],
    ['a BigInt', () => change(jsonSim, { name: 10n }), 'BigInt'],
    ['20,000 levels of nesting', deep, 'nested too deeply'],
  ])('reports %s as one problem instead of throwing', (_name, make, reason) => {
    const report = validateConfiguration(make());
    expect(report).toEqual({ valid: false, problems: [expect.objectContaining({ pointer: '', rule: 'JSON', keyword: 'json' })], warnings: [] });
    expect(report.problems[0]?.message).toContain(reason);
  });

  test('does not repeat the engine\'s message about a cycle, which quotes property names of any length', () => {
    const body = cyclic();
    body['k'.repeat(100_000)] = body;
    const report = validateConfiguration(body);
    expect(report.problems.map((problem) => problem.keyword)).toEqual(['json']);
    expect(report.problems[0]!.message.length).toBeLessThan(300);
  });

  test('checks a value as JSON writes it, as createConfiguration sends it', () => {
    // Boxed strings, Dates and toJSON methods become strings on the wire; an undefined
    // property is left out. What counts is the JSON, so these are valid, as they are when sent.
    const asJson = { toJSON: () => 'Listener' };
    expect(validateConfiguration(change(jsonSim, { name: new String('Listener') })).valid).toBe(true);
    expect(validateConfiguration(change(jsonSim, { name: asJson })).valid).toBe(true);
    expect(validateConfiguration(change(jsonSim, { name: new Date(0) })).valid).toBe(true);
    expect(validateConfiguration({ ...jsonSim, password: undefined }).valid).toBe(true);
    // An inherited property is not written, so it does not count either.
    expect(validateConfiguration(Object.create(jsonSim)).problems.map((problem) => problem.pointer)).toContain('/name');
  });

  test.each([
    ['a function', () => undefined, 'a function'],
    ['a symbol', Symbol('configuration'), 'a symbol'],
  ])('names %s at the root, though JSON has no text for it', (_name, value, kind) => {
    const report = validateConfiguration(value);
    expect(report.problems).toMatchObject([{ pointer: '', keyword: 'type' }]);
    expect(report.problems[0]?.message).toContain(`not ${kind}`);
  });

  test('keeps a message short when an unknown property name is megabytes long, and the pointer exact', () => {
    const name = `${'k'.repeat(2_000_000)}"/~`;
    const report = validateConfiguration(change(jsonSim, { [name]: 1 }));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message.length).toBeLessThan(200);
    expect(report.problems[0]!.pointer).toBe(`/${'k'.repeat(2_000_000)}"~1~0`);
  });

  describe('a secret of the configuration that also sits elsewhere is never shown, whole or in part', () => {
    const password = 'pw-8Jq2Xv6Nc4Lz9Rb1Tm7Ws3Ke5Hy0Gd';
    const fragments = Array.from({ length: password.length - 7 }, (_, i) => password.slice(i, i + 8));
    const shown = (body: unknown) => {
      const text = JSON.stringify(validateConfiguration(body));
      return fragments.filter((fragment) => text.includes(fragment));
    };

    test.each([
      // A quoted value is cut at 57 characters: the cut used to keep half the secret, which no
      // later redaction could recognise.
      ['inside a longer value that is cut', { configurationType: `${'x'.repeat(30)}${password}` }],
      ['as a whole value', { deliveryMode: password }],
      ['as a list item', { events: [password, password] }],
      ['as a property name', { [password]: 'true' }],
      ['as a nested property name', { eventData: { version: 'restv2.1', [`${'y'.repeat(40)}${password}`]: 1 } }],
    ])('%s', (_name, changes) => {
      const body = change(jsonSim, { password, ...changes });
      expect(validateConfiguration(body).valid).toBe(false);
      expect(shown(body)).toEqual([]);
    });

    test('when a toJSON method hides the secret field from the JSON, as the client also takes it', () => {
      const oAuthConfiguration = { clientSecret: password, toJSON: () => 'hidden' };
      const body = change(jsonSim, { oAuthConfiguration, deliveryMode: password });
      expect(validateConfiguration(body).valid).toBe(false);
      expect(shown(body)).toEqual([]);
    });

    test('the problem is still reported where it is, with the secret replaced in its pointer', () => {
      expect(validateConfiguration(change(jsonSim, { password, [password]: 'true' })).problems).toMatchObject([
        { pointer: '/[REDACTED]', keyword: 'additionalProperties', message: expect.stringContaining('"[REDACTED]" is not a property') },
      ]);
    });

    test('a string that is not a secret of this configuration is quoted as before', () => {
      expect(problemAt(change(jsonSim, { deliveryMode: password }), '/deliveryMode').message).toContain(password.slice(0, 20));
    });
  });

  test('reports a 16 MB event name without lower-casing it once per allowed value', () => {
    // The search for a spelling in other letter case lower-cased the value for each of the ~40
    // event names: 1.6 s for this one; about 0.2 s once.
    const body = change(jsonSim, { events: ['envelope-sent', `envelope-${'x'.repeat(16 * 2 ** 20)}`] });
    const started = performance.now();
    const report = validateConfiguration(body);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message.length).toBeLessThan(1_000);
  }, 30_000);

  test('says once what two rules find alike at one place', () => {
    // eventData's own schema and the Recipient Connect rule both require an object here.
    const body = change(jsonSim, { configurationType: 'customrecipient', events: ['recipient-sent'], eventData: 'restv2.1' });
    expect(validateConfiguration(body).problems.filter((problem) => problem.pointer === '/eventData')).toMatchObject([
      { keyword: 'type', message: 'eventData must be an object, not a string' },
    ]);
  });

  test('reports thousands of wrong items and unknown names in time proportional to their number', () => {
    // Each finding used to scan all the others for its neighbours, and every unknown name was
    // measured against every known one with a freshly built table: 20,000 wrong items took about
    // 4 s and 20,000 unknown names 10 to 16 s; now they take well under 2 s together. (The
    // generated uniqueItems check is linear too: src/validate-bounds.test.ts counts its work.)
    const items = change(jsonSim, { events: [...Array.from({ length: 20_000 }, (_, i) => i), 'x', 'x'] });
    const names = change(jsonSim, Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`unknown${i}`, i])));
    const started = performance.now();
    expect(validateConfiguration(items).problems.length).toBeGreaterThanOrEqual(20_000);
    expect(validateConfiguration(names).problems).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(6_000);
  }, 30_000);
});

test('the spec still has every rule title the help text branches on', () => {
  // validate.ts picks its messages by these titles; renaming one in openapi.yaml must fail here.
  expect(specFacts.rules.map((rule) => rule.title)).toEqual(expect.arrayContaining(['users', 'events-by-model', 'recipient-connect']));
});

describe('warnings', () => {
  test('warns that a configuration without allowEnvelopePublish "true" is created switched off', () => {
    const report = validateConfiguration(change(jsonSim, { allowEnvelopePublish: undefined }));
    expect(report.valid).toBe(true);
    expect(report.warnings).toMatchObject([{ pointer: '/allowEnvelopePublish', rule: 'created-disabled' }]);
  });

  test('warns that XML SIM is being retired', () => {
    const report = validateConfiguration(change(xmlAggregate, { deliveryMode: 'SIM' }));
    expect(report.valid).toBe(true);
    expect(report.warnings).toMatchObject([{ pointer: '/deliveryMode', rule: 'deprecated-model' }]);
  });

  test('warns when enableLog is left unset, but not when it is chosen', () => {
    expect(validateConfiguration(change(jsonSim, { enableLog: undefined })).warnings).toMatchObject([{ rule: 'logging-unset' }]);
    expect(validateConfiguration(change(jsonSim, { enableLog: 'false' })).warnings).toEqual([]);
  });

  test('warns about a paused configuration and the deprecated eventData.format', () => {
    const report = validateConfiguration(change(jsonSim, { pausePublish: 'true', eventData: { version: 'restv2.1', format: 'json' } }));
    expect(report.warnings.map((warning) => warning.rule).sort()).toEqual(['deprecated-field', 'paused']);
  });

  test('warnings never make a configuration invalid', () => {
    const report = validateConfiguration(change(xmlAggregate, { deliveryMode: 'SIM', allowEnvelopePublish: 'false', enableLog: undefined }));
    expect(report.valid).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toHaveLength(3);
  });
});

describe('helpers', () => {
  test.each([
    ['allUser', ['allUsers', 'allUsersExcept'], 'allUsers'],
    ['evnets', ['events', 'eventData'], 'events'],
    ['x', ['events'], undefined],
    ['completely-different', ['events'], undefined],
  ])('closestMatch(%s) is %s', (name, known, expected) => {
    expect(closestMatch(name, known)).toBe(expected);
  });

  test.each([
    ['', 'the configuration'],
    ['/eventData/version', 'eventData.version'],
    ['/userIds/0', 'userIds[0]'],
    ['/a~1b', '"a/b"'],
  ])('label(%s) is %s', (pointer, expected) => {
    expect(label(pointer)).toBe(expected);
  });

  test('label cuts long names, and describeValue long values, without splitting a surrogate pair', () => {
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const pad of ['', 'a']) {
      const emoji = `${pad}${'😀'.repeat(100)}`;
      for (const text of [label(`/${emoji}`), label(`/x/${emoji}`), describeValue(emoji)]) {
        expect(text.length).toBeLessThanOrEqual(64);
        expect(text).not.toMatch(loneSurrogate);
      }
    }
    expect(label(`/${'k'.repeat(1_000)}/0`)).toBe(`${'k'.repeat(57)}…[0]`);
    expect(describeValue('v'.repeat(1_000))).toBe(`"${'v'.repeat(56)}…`);
  });
});
