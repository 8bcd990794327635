// The differ behind `npm run spec:diff` (scripts/spec-diff/), called directly: each case mutates
// the project's own openapi.yaml or openapi.docusign.yaml in one way and checks what is reported,
// whether it breaks the services, and where. The mutation must change the document, or the case
// fails, so that no case passes on a change that did nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';
import { parseSpecText, type SpecFiles } from './spec-diff/documents.mjs';
import type { Finding } from './spec-diff/findings.mjs';
import { coveringStatus, diffSpecs } from './spec-diff/operations.mjs';
import { canonical } from './spec-diff/schemas.mjs';
import { DOCUMENTS } from './spec-diff/sides.mjs';

type Spec = Record<string, any>;
type Document = 'openapi.yaml' | 'openapi.docusign.yaml';

const texts = Object.fromEntries(DOCUMENTS.map((name) => [name, readFileSync(join(projectRoot, name), 'utf8')])) as Record<Document, string>;

function filesOf(documents: Partial<Record<Document, string>>): SpecFiles {
  return new Map(Object.entries(documents).map(([name, text]) => [name, parseSpecText(name, text as string)]));
}

const base = filesOf(texts);

/** The findings after `mutate` has changed one document (which it must). */
function diffAfter(document: Document, mutate: (spec: Spec) => void) {
  const spec = structuredClone(base.get(document)?.data) as Spec;
  mutate(spec);
  expect(canonical(spec), 'the mutation changed nothing').not.toBe(canonical(base.get(document)?.data));
  const head = filesOf({ ...texts, [document]: stringify(spec) });
  return diffSpecs(base, head, DOCUMENTS);
}

function findingsAfter(document: Document, mutate: (spec: Spec) => void): Finding[] {
  return diffAfter(document, mutate).findings;
}

const schemas = (spec: Spec) => spec.components.schemas as Record<string, Spec>;
const create = (spec: Spec) => spec.paths['/v2.1/accounts/{accountId}/connect'].post as Spec;
const webhook = (spec: Spec) => spec.webhooks.connectEvent.post as Spec;
const rule = (spec: Spec, title: string) => (schemas(spec).ConnectConfiguration?.allOf as Spec[]).find((block) => block.title === title) as Spec;
const POST = 'POST /v2.1/accounts/{accountId}/connect';

interface Case {
  name: string;
  document: Document;
  mutate: (spec: Spec) => void;
  rule: string;
  where: string;
  /** Text the message must hold. */
  says?: string;
}

const BREAKING: Case[] = [
  // The request side: what services send.
  { name: 'an event name removed from EventName', document: 'openapi.yaml', mutate: (s) => schemas(s).EventName?.enum.splice(schemas(s).EventName?.enum.indexOf('envelope-voided'), 1), rule: 'request-enum-value-removed', where: `${POST} request body /events/items`, says: '`envelope-voided` was removed' },
  { name: 'an existing property made required', document: 'openapi.yaml', mutate: (s) => schemas(s).ConnectConfiguration?.required.push('enableLog'), rule: 'request-property-now-required', where: `${POST} request body /enableLog` },
  { name: 'a new required property', document: 'openapi.yaml', mutate: (s) => { const c = schemas(s).ConnectConfiguration as Spec; c.properties.region = { type: 'string' }; c.required.push('region'); }, rule: 'request-property-now-required', where: `${POST} request body /region`, says: 'added as a required property' },
  { name: 'a tighter maxLength', document: 'openapi.yaml', mutate: (s) => { (schemas(s).HttpsUrl as Spec).maxLength = 2048; }, rule: 'request-limit-tightened', where: `${POST} request body /urlToPublishTo`, says: '`maxLength` is now 2048 (4096 before)' },
  { name: 'a new maxLength', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.userName.maxLength = 64; }, rule: 'request-limit-tightened', where: `${POST} request body /userName` },
  { name: 'a higher minLength', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectOAuthConfig!.properties.clientId.minLength = 3; }, rule: 'request-limit-tightened', where: `${POST} request body /oAuthConfiguration/clientId` },
  { name: 'a higher minItems', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.events.minItems = 2; }, rule: 'request-limit-tightened', where: `${POST} request body /events` },
  { name: 'a changed pattern on the account ID', document: 'openapi.yaml', mutate: (s) => { s.components.parameters.AccountId.schema.pattern = '^[0-9]{1,19}$'; }, rule: 'request-pattern-changed', where: `${POST} parameter accountId (path)`, says: 'cannot be proven looser' },
  { name: 'a new pattern', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.userName.pattern = '^\\S+$'; }, rule: 'request-pattern-added', where: `${POST} request body /userName` },
  { name: 'a removed property', document: 'openapi.yaml', mutate: (s) => { delete schemas(s).ConnectConfiguration!.properties.senderOverride; }, rule: 'request-property-removed', where: `${POST} request body /senderOverride` },
  { name: 'a property made readOnly', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.userName.readOnly = true; }, rule: 'request-property-removed', where: `${POST} request body /userName`, says: 'readOnly' },
  { name: 'a new format', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.externalFolderId.format = 'uuid'; }, rule: 'request-format-added', where: `${POST} request body /externalFolderId` },
  { name: 'a retyped property', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.senderOverride.type = 'integer'; }, rule: 'request-type-changed', where: `${POST} request body /senderOverride` },
  { name: 'a new enum where any value went', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.externalFolderLabel.enum = ['Signed contracts']; }, rule: 'request-enum-added', where: `${POST} request body /externalFolderLabel` },
  { name: 'a closed map', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectOAuthConfig!.properties.customParameters.additionalProperties = false; }, rule: 'request-object-closed', where: `${POST} request body /oAuthConfiguration/customParameters` },
  { name: 'a new rule block', document: 'openapi.yaml', mutate: (s) => schemas(s).ConnectConfiguration?.allOf.push({ title: 'log-needs-name', if: { required: ['enableLog'] }, then: { required: ['userName'] } }), rule: 'request-rule-added', where: `${POST} request body`, says: 'rule log-needs-name was added' },
  { name: "a rule block's changed condition", document: 'openapi.yaml', mutate: (s) => { rule(s, 'soap-namespace').if.properties.useSoapInterface.const = 'false'; }, rule: 'request-rule-condition-changed', where: `${POST} request body (rule soap-namespace)` },
  { name: "a rule block's tighter then", document: 'openapi.yaml', mutate: (s) => rule(s, 'events-by-model').then.required.push('allowEnvelopePublish'), rule: 'request-property-now-required', where: `${POST} request body /allowEnvelopePublish (rule events-by-model, then)` },
  { name: "a rule block's new forbidden property", document: 'openapi.yaml', mutate: (s) => { rule(s, 'recipient-connect').then.properties.userIds = false; }, rule: 'request-value-forbidden', where: `${POST} request body /userIds (rule recipient-connect, then)` },
  { name: 'a new required parameter', document: 'openapi.yaml', mutate: (s) => create(s).parameters.push({ name: 'dryRun', in: 'query', required: true, schema: { type: 'string' } }), rule: 'request-parameter-now-required', where: `${POST} parameter dryRun (query)` },
  { name: 'a removed parameter', document: 'openapi.yaml', mutate: (s) => { create(s).parameters = []; }, rule: 'request-parameter-removed', where: `${POST} parameter accountId (path)` },
  { name: 'a removed request media type', document: 'openapi.yaml', mutate: (s) => { const content = create(s).requestBody.content; content['application/xml'] = content['application/json']; delete content['application/json']; }, rule: 'request-media-type-removed', where: `${POST} request body (application/json)` },
  // The answer side: what services read.
  { name: 'a field removed from CreatedConfiguration', document: 'openapi.yaml', mutate: (s) => { delete schemas(s).CreatedConfiguration!.properties.created_at; schemas(s).CreatedConfiguration!.required = ['id']; }, rule: 'answer-property-removed', where: `${POST} 201 answer /data/created_at` },
  { name: 'a retyped answer field', document: 'openapi.yaml', mutate: (s) => { schemas(s).CreatedConfiguration!.properties.id.type = 'integer'; }, rule: 'answer-type-changed', where: `${POST} 201 answer /data/id`, says: 'from `string` to `integer`' },
  { name: 'an answer field made optional', document: 'openapi.yaml', mutate: (s) => { schemas(s).CreatedConfiguration!.required = ['id']; }, rule: 'answer-property-now-optional', where: `${POST} 201 answer /data/created_at` },
  { name: 'a new value in an answer', document: 'openapi.yaml', mutate: (s) => { const success = schemas(s).SuccessEnvelope!.properties.success; delete success.const; success.enum = [true, 'partly']; }, rule: 'answer-enum-value-added', where: `${POST} 201 answer /success` },
  { name: 'a new field in a closed answer object', document: 'openapi.yaml', mutate: (s) => { schemas(s).CreatedConfiguration!.properties.name = { type: 'string' }; }, rule: 'answer-property-added-to-closed-object', where: `${POST} 201 answer /data/name`, says: 'closed' },
  { name: 'a looser answer limit', document: 'openapi.yaml', mutate: (s) => { schemas(s).CreatedConfiguration!.properties.id.minLength = 0; }, rule: 'answer-limit-loosened', where: `${POST} 201 answer /data/id` },
  { name: 'a new status on the POST', document: 'openapi.yaml', mutate: (s) => { create(s).responses['409'] = { description: 'Conflict.' }; }, rule: 'answer-status-added', where: `${POST} 409 answer` },
  { name: 'a new answer media type', document: 'openapi.yaml', mutate: (s) => { create(s).responses['201'].content['application/xml'] = { schema: { type: 'string' } }; }, rule: 'answer-media-type-added', where: `${POST} 201 answer (application/xml)` },
  { name: 'an operation removed', document: 'openapi.yaml', mutate: (s) => { delete s.paths['/v2.1/accounts/{accountId}/connect']; }, rule: 'operation-removed', where: POST },
  { name: 'a changed operationId', document: 'openapi.yaml', mutate: (s) => { create(s).operationId = 'createConnect'; }, rule: 'operation-id-changed', where: POST },
  // The webhook: what listeners read.
  { name: 'a new event name', document: 'openapi.yaml', mutate: (s) => schemas(s).EventName?.enum.push('envelope-archived'), rule: 'event-enum-value-added', where: 'webhook connectEvent body /event (variant EnvelopeEvent)', says: '`envelope-archived` was added' },
  { name: 'a new discriminator mapping key', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectEvent!.discriminator.mapping['envelope-archived'] = '#/components/schemas/EnvelopeEvent'; }, rule: 'event-discriminator-value-added', where: 'webhook connectEvent body' },
  { name: 'a new event family', document: 'openapi.yaml', mutate: (s) => { schemas(s).DocumentEvent = structuredClone(schemas(s).ClickEvent as Spec); schemas(s).ConnectEvent!.oneOf.push({ $ref: '#/components/schemas/DocumentEvent' }); }, rule: 'event-branch-added', where: 'webhook connectEvent body', says: 'DocumentEvent' },
  { name: 'a field removed from event data', document: 'openapi.yaml', mutate: (s) => { delete schemas(s).EnvelopeSummary!.properties.status; }, rule: 'event-property-removed', where: 'webhook connectEvent body /data/envelopeSummary/status (variant EnvelopeEvent)' },
  { name: 'a retyped event field', document: 'openapi.yaml', mutate: (s) => { schemas(s).RetryCount!.type = 'string'; }, rule: 'event-type-changed', where: 'webhook connectEvent body /retryCount (variant EnvelopeEvent)' },
  { name: 'an event field made optional', document: 'openapi.yaml', mutate: (s) => { schemas(s).EnvelopeEvent!.required = schemas(s).EnvelopeEvent!.required.filter((name: string) => name !== 'uri'); }, rule: 'event-property-now-optional', where: 'webhook connectEvent body /uri (variant EnvelopeEvent)' },
  { name: 'a removed signature header', document: 'openapi.yaml', mutate: (s) => webhook(s).parameters.splice(1, 1), rule: 'event-parameter-removed', where: 'webhook connectEvent header X-DocuSign-Signature-2 (header)' },
  { name: "the webhook's changed operationId", document: 'openapi.yaml', mutate: (s) => { webhook(s).operationId = 'onConnectEvent'; }, rule: 'operation-id-changed', where: 'webhook connectEvent' },
  { name: 'the webhook removed', document: 'openapi.yaml', mutate: (s) => { delete s.webhooks; }, rule: 'webhook-removed', where: 'webhook connectEvent' },
  { name: 'a new scope on the POST', document: 'openapi.yaml', mutate: (s) => { create(s).security = [{ docusignOAuth: ['signature', 'extended'] }]; }, rule: 'security-changed', where: POST, says: 'whose tokens met the old requirements may be refused' },
  { name: 'a new scope for the whole document', document: 'openapi.docusign.yaml', mutate: (s) => { s.security = [{ ...s.security[0], docusignOAuth: ['signature', 'extended'] }]; for (const item of Object.values(s.paths as Record<string, Spec>)) for (const operation of Object.values(item)) if (operation && typeof operation === 'object') delete (operation as Spec).security; }, rule: 'security-changed', where: POST },
  // The names the generated types export.
  { name: 'a schema renamed, every use following it', document: 'openapi.yaml', mutate: (s) => { const all = schemas(s); all.ListenerUrl = all.HttpsUrl as Spec; delete all.HttpsUrl; const text = JSON.stringify(s).replaceAll('#/components/schemas/HttpsUrl"', '#/components/schemas/ListenerUrl"'); Object.assign(s, JSON.parse(text)); }, rule: 'schema-name-removed', where: 'components.schemas.HttpsUrl', says: 'components.schemas.HttpsUrl: the schema HttpsUrl was removed or renamed' },
  { name: "a schema of DocuSign's answers removed", document: 'openapi.docusign.yaml', mutate: (s) => { delete schemas(s).errorDetails; for (const answer of Object.values(s.components.responses as Record<string, Spec>)) if (JSON.stringify(answer).includes('errorDetails')) answer.content = { 'application/json': { schema: { type: 'object' } } }; }, rule: 'schema-name-removed', where: 'components.schemas.errorDetails' },
  // DocuSign's own answers.
  { name: 'a field removed from connectCustomConfiguration', document: 'openapi.docusign.yaml', mutate: (s) => { delete schemas(s).connectCustomConfiguration!.properties.disabledBy; }, rule: 'answer-property-removed', where: `${POST} 201 answer /disabledBy` },
  { name: 'connectId made optional', document: 'openapi.docusign.yaml', mutate: (s) => { schemas(s).connectCustomConfiguration!.required = []; }, rule: 'answer-property-now-optional', where: `${POST} 201 answer /connectId` },
  { name: 'a new flag value', document: 'openapi.docusign.yaml', mutate: (s) => schemas(s).flagString?.enum.push('unknown'), rule: 'answer-enum-value-added', where: `${POST} 201 answer /allowEnvelopePublish` },
  { name: 'the flag enum removed', document: 'openapi.docusign.yaml', mutate: (s) => { delete schemas(s).flagString!.enum; }, rule: 'answer-enum-removed', where: `${POST} 201 answer /allowEnvelopePublish` },
  { name: 'a new variant of customParameters', document: 'openapi.docusign.yaml', mutate: (s) => schemas(s).connectOAuthConfig?.properties.customParameters.anyOf.push({ type: 'array', items: { type: 'string' } }), rule: 'answer-branch-added', where: `${POST} 201 answer /oAuthConfiguration/customParameters` },
  { name: 'a removed rate-limit header', document: 'openapi.docusign.yaml', mutate: (s) => { delete s.components.responses.Created.headers['X-RateLimit-Limit']; }, rule: 'answer-header-removed', where: `${POST} 201 answer header X-RateLimit-Limit` },
  { name: 'a retyped rate-limit header', document: 'openapi.docusign.yaml', mutate: (s) => { s.components.headers.RateLimitLimit.schema.type = 'string'; }, rule: 'answer-type-changed', where: `${POST} 201 answer header X-RateLimit-Limit` },
];

describe('breaking changes', () => {
  test.each(BREAKING)('$name is breaking ($rule)', ({ document, mutate, rule: ruleId, where, says }) => {
    const findings = findingsAfter(document, mutate);
    const found = findings.filter((finding) => finding.rule === ruleId && finding.breaking);
    expect(found, JSON.stringify(findings.map(({ rule, where: place, breaking }) => ({ rule, place, breaking })), null, 1)).not.toHaveLength(0);
    expect(found.flatMap((finding) => finding.places)).toContain(where);
    if (says !== undefined) expect(found.map((finding) => finding.message).join('\n')).toContain(says);
    for (const finding of found) {
      expect(finding.message).toMatch(/major version/);
      expect(finding.pointer).toMatch(/^\//);
    }
  });
});

test('a renamed schema whose uses all follow it is one finding, its name: the operations read the same', () => {
  const findings = findingsAfter('openapi.yaml', (s) => {
    const all = schemas(s);
    all.ListenerUrl = all.HttpsUrl as Spec;
    delete all.HttpsUrl;
    Object.assign(s, JSON.parse(JSON.stringify(s).replaceAll('#/components/schemas/HttpsUrl"', '#/components/schemas/ListenerUrl"')));
  });
  expect(findings.map(({ rule, breaking }) => ({ rule, breaking }))).toEqual([{ rule: 'schema-name-removed', breaking: true }]);
});

interface QuietCase {
  name: string;
  document: Document;
  mutate: (spec: Spec) => void;
  /** The non-breaking finding expected, if any (descriptive changes are only counted; with neither, nothing is reported). */
  rule?: string;
  descriptive?: boolean;
}

const NON_BREAKING: QuietCase[] = [
  { name: 'security requirements dropped', document: 'openapi.yaml', mutate: (s) => { create(s).security = []; }, rule: 'security-removed' },
  { name: 'a description edit', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.description += ' Edited.'; }, descriptive: true },
  { name: "an operation's description edit", document: 'openapi.yaml', mutate: (s) => { create(s).description = 'Creates one.'; }, descriptive: true },
  { name: 'an example edit', document: 'openapi.yaml', mutate: (s) => { s.components.examples.created.value.data.id = 'zzz999'; }, descriptive: true },
  { name: "a schema's examples edit", document: 'openapi.yaml', mutate: (s) => { schemas(s).EventName!.examples = ['envelope-sent']; }, descriptive: true },
  { name: 'an x- extension edit', document: 'openapi.docusign.yaml', mutate: (s) => { create(s)['x-rate-limit-error-codes'][1].confirmed = true; }, descriptive: true },
  { name: 'an info edit (contact, description)', document: 'openapi.yaml', mutate: (s) => { s.info.contact = { name: 'Spec owners' }; s.info.description += ' More.'; }, descriptive: true },
  { name: 'a version change alone', document: 'openapi.yaml', mutate: (s) => { s.info.version = '0.1.1'; } },
  { name: 'a deprecated marker', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.senderOverride.deprecated = true; }, descriptive: true },
  { name: 'a new optional request field', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.properties.region = { type: 'string', description: 'A region.' }; }, rule: 'request-property-added' },
  { name: 'a new value a request may send', document: 'openapi.yaml', mutate: (s) => schemas(s).RecipientEventStatus?.enum.push('Voided'), rule: 'request-enum-value-added' },
  { name: 'a looser request limit', document: 'openapi.yaml', mutate: (s) => { (schemas(s).HttpsUrl as Spec).maxLength = 8192; }, rule: 'request-limit-loosened' },
  { name: 'a removed request pattern', document: 'openapi.yaml', mutate: (s) => { delete schemas(s).ConnectConfiguration!.properties.name.pattern; }, rule: 'request-pattern-removed' },
  { name: 'a property no longer required in requests', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.required = schemas(s).ConnectConfiguration!.required.filter((name: string) => name !== 'name'); }, rule: 'request-property-now-optional' },
  { name: 'a removed rule block', document: 'openapi.yaml', mutate: (s) => { schemas(s).ConnectConfiguration!.allOf = schemas(s).ConnectConfiguration!.allOf.filter((block: Spec) => block.title !== 'soap-namespace'); }, rule: 'request-rule-removed' },
  { name: 'a new optional query parameter', document: 'openapi.yaml', mutate: (s) => create(s).parameters.push({ name: 'trace', in: 'query', schema: { type: 'string' } }), rule: 'request-parameter-added' },
  { name: 'a removed answer status', document: 'openapi.yaml', mutate: (s) => { delete create(s).responses['404']; }, rule: 'answer-status-removed' },
  { name: 'a value answers no longer carry', document: 'openapi.docusign.yaml', mutate: (s) => { schemas(s).flagString!.enum = ['true']; }, rule: 'answer-enum-value-removed' },
  { name: 'a new field in an open answer object', document: 'openapi.docusign.yaml', mutate: (s) => { schemas(s).connectCustomConfiguration!.properties.region = { type: 'string' }; }, rule: 'answer-property-added' },
  { name: 'an answer field made required', document: 'openapi.docusign.yaml', mutate: (s) => schemas(s).connectCustomConfiguration?.required.push('name'), rule: 'answer-property-now-required' },
  { name: 'a new field in event data', document: 'openapi.yaml', mutate: (s) => { schemas(s).EnvelopeSummary!.properties.expireDateTime = { type: 'string' }; }, rule: 'event-property-added' },
  { name: 'a status the listener may answer, still covered by default', document: 'openapi.yaml', mutate: (s) => { delete webhook(s).responses['413']; }, rule: 'ack-status-removed-covered' },
  { name: 'a new operation', document: 'openapi.yaml', mutate: (s) => { s.paths['/v2.1/accounts/{accountId}/connect'].get = { operationId: 'listConnectConfigurations', responses: { '200': { description: 'The list.' } } }; }, rule: 'operation-added' },
];

describe('changes that break nothing', () => {
  test.each(NON_BREAKING)('$name is not breaking', ({ document, mutate, rule: ruleId, descriptive }) => {
    const diff = diffAfter(document, mutate);
    expect(diff.findings.filter((finding) => finding.breaking)).toEqual([]);
    if (ruleId !== undefined) expect(diff.findings.map((finding) => finding.rule)).toContain(ruleId);
    if (descriptive) {
      expect(diff.findings).toEqual([]);
      expect(diff.documents.find((entry) => entry.document === document)?.descriptive).toBeGreaterThan(0);
    }
    if (ruleId === undefined && !descriptive) {
      // Left to the version rule: no change the differ reports, not even a descriptive one.
      expect(diff.findings).toEqual([]);
      expect(diff.documents.map((entry) => entry.descriptive)).toEqual([0, 0]);
    }
  });

  test('the same documents on both sides have no changes at all', () => {
    const diff = diffSpecs(base, filesOf(texts), DOCUMENTS);
    expect(diff.findings).toEqual([]);
    expect(diff.documents.map((entry) => entry.descriptive)).toEqual([0, 0]);
  });
});

describe('what a finding says', () => {
  test('one component change reached from many places is one finding that lists them', () => {
    const findings = findingsAfter('openapi.yaml', (s) => { schemas(s).StringBoolean!.enum = ['true']; });
    const removed = findings.filter((finding) => finding.rule === 'request-enum-value-removed');
    expect(removed).toHaveLength(1);
    const [finding] = removed as [Finding];
    expect(finding.places.length).toBeGreaterThan(20);
    expect(finding.places).toContain(`${POST} request body /allUsers`);
    expect(finding.places).toContain(`openapi.docusign.yaml: ${POST} request body /allUsers`);
    expect(finding.message).toContain('(components.schemas.StringBoolean)');
    expect(finding.message).toContain(`and ${finding.places.length - 1} more places`);
    // The message names a few of them; the finding lists all.
    expect(finding.message).toContain('; …)');
    expect(finding.message).not.toContain(finding.places.at(-1));
  });

  test("openapi.docusign.yaml's request side is openapi.yaml's of the same side, and is reported once in openapi.yaml", () => {
    const findings = findingsAfter('openapi.yaml', (s) => { (schemas(s).HttpsUrl as Spec).maxLength = 100; });
    const tightened = findings.filter((finding) => finding.rule === 'request-limit-tightened');
    expect(tightened).toHaveLength(1);
    expect(tightened[0]?.document).toBe('openapi.yaml');
    expect(tightened[0]?.places.some((place) => place.startsWith('openapi.docusign.yaml: '))).toBe(true);
  });

  test('points at the changed node and its line in the working tree', () => {
    const spec = structuredClone(base.get('openapi.yaml')?.data) as Spec;
    schemas(spec).EventName?.enum.splice(6, 1);
    const text = stringify(spec);
    const diff = diffSpecs(base, filesOf({ ...texts, 'openapi.yaml': text }), DOCUMENTS);
    const finding = diff.findings.find((each) => each.rule === 'request-enum-value-removed');
    expect(finding?.pointer).toBe('/components/schemas/EventName/enum');
    expect(finding?.basePointer).toBe('/components/schemas/EventName/enum/6');
    const lines = text.split('\n');
    const eventName = lines.findIndex((line) => line === '    EventName:');
    const enumLine = lines.findIndex((line, index) => index > eventName && line === '      enum:');
    expect(finding?.line).toBe(enumLine + 1);
  });

  test('a removed node points at the base, with the line of its nearest parent in the working tree', () => {
    const finding = findingsAfter('openapi.yaml', (s) => { delete schemas(s).ConnectConfiguration!.properties.senderOverride; }).find((each) => each.rule === 'request-property-removed');
    expect(finding?.pointer).toBe('/components/schemas/ConnectConfiguration/properties/senderOverride');
    expect(finding?.line).toBeGreaterThan(1);
  });

  test('a document missing at the base is all new, with a note', () => {
    const diff = diffSpecs(filesOf({ 'openapi.yaml': texts['openapi.yaml'] }), base, DOCUMENTS);
    expect(diff.findings).toEqual([]);
    expect(diff.notes).toEqual(['openapi.docusign.yaml is not in the base: everything in it is new.']);
  });

  test('a document removed from the working tree is breaking', () => {
    const diff = diffSpecs(base, filesOf({ 'openapi.yaml': texts['openapi.yaml'] }), DOCUMENTS);
    expect(diff.findings.map(({ rule, breaking }) => ({ rule, breaking }))).toEqual([{ rule: 'document-removed', breaking: true }]);
  });

  test('a reference loop ends, with the change found where the loop starts', () => {
    const loop = (s: Spec) => { schemas(s).EnvelopeRecipient!.properties.delegate = { $ref: '#/components/schemas/EnvelopeRecipient' }; };
    const spec = structuredClone(base.get('openapi.yaml')?.data) as Spec;
    loop(spec);
    const looped = filesOf({ ...texts, 'openapi.yaml': stringify(spec) });
    schemas(spec).EnvelopeRecipient!.properties.name.type = 'integer';
    const diff = diffSpecs(looped, filesOf({ ...texts, 'openapi.yaml': stringify(spec) }), DOCUMENTS);
    // The walk stops where the loop closes, so the change is found once, at its first level.
    const places = diff.findings.filter((finding) => finding.rule === 'event-type-changed').flatMap((finding) => finding.places);
    expect(places).toContain('webhook connectEvent body /data/envelopeSummary/recipients/signers/items/name (variant EnvelopeEvent)');
    expect(places.filter((place) => place.includes('/delegate/delegate'))).toEqual([]);
  });
});

describe('statuses', () => {
  test.each([
    ['201', ['201', '400'], '201'],
    ['404', ['201', '4XX'], '4XX'],
    ['503', ['201', 'default'], 'default'],
    ['409', ['201', '400', '5XX'], undefined],
  ])('%s is covered by %j through %s', (status, keys, covering) => {
    expect(coveringStatus(status, keys)).toBe(covering);
  });

  test('a new status already covered by a range is not breaking, and is compared with that range', () => {
    const findings = findingsAfter('openapi.docusign.yaml', (s) => {
      create(s).responses['200'] = { description: 'OK.', content: { 'application/json': { schema: { type: 'object', properties: { connectId: { type: 'integer' } } } } } };
    });
    expect(findings.find((finding) => finding.rule === 'answer-status-added-covered')?.breaking).toBe(false);
    expect(findings.find((finding) => finding.rule === 'answer-type-changed')?.where).toBe(`${POST} 200 answer /connectId`);
  });
});

describe('documents that do not parse', () => {
  test('name the document and the line', () => {
    expect(() => parseSpecText('openapi.yaml at main', 'openapi: 3.1.0\ninfo: [unclosed\n')).toThrow(/openapi\.yaml at main line \d+ does not parse as YAML/);
    expect(() => parseSpecText('openapi.yaml', '- a list\n')).toThrow(/not an OpenAPI document/);
  });
});
