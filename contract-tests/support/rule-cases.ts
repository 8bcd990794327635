// The configuration rules of openapi.yaml as a table of cases: for each rule, bodies that must be
// accepted and bodies that must be refused with the field a refusal must name. The Prism rule
// tests and the client's pre-flight tests both read it, so the two cannot drift apart.
import { requestBodyExamples, spec } from './harness.js';

export type Body = Record<string, unknown>;

const examples = new Map(requestBodyExamples);
function example(name: string): Body {
  const value = examples.get(name);
  if (value === undefined) throw new Error(`openapi.yaml has no request example ${name}`);
  return structuredClone(value) as Body;
}

const jsonSim = example('jsonSimAccount');
const recipient = example('jsonSimRecipient');
const jsonAggregate = example('jsonAggregate');
const xmlAggregate = example('xmlAggregate');
const xmlSim = example('xmlSimLegacy');

/** A copy of the body with some properties replaced; `undefined` removes one. */
function change(body: Body, changes: Body): Body {
  const copy = structuredClone(body);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy;
}

const USER = '5d0b9a3e-1c47-4e8f-b2a6-9f30c8d71e25';
const enums = spec.components.schemas;
const allEventNames: string[] = enums.EventName.enum;
const recipientEventNames: string[] = enums.RecipientEventName.enum;
const oauth = {
  authorizationServerUrl: 'https://login.example.com/oauth2/token',
  clientId: 'connect-listener',
  clientSecret: 'example-client-secret',
};

/** JSON SIM with every property a caller may send (all but the read-only two and the legacy lists). */
export const everyProperty: Body = {
  ...jsonSim,
  allowSalesforcePublish: 'false',
  allUsersExcept: 'false',
  enableOAuthPerConfiguration: 'true',
  eventData: { version: 'restv2.1', format: 'json', includeData: ['recipients', 'custom_fields'] },
  externalFolderId: '1f3c',
  externalFolderLabel: 'Signed contracts',
  groupIds: ['4471209'],
  includeCertificateOfCompletion: 'false',
  includeCertSoapHeader: 'false',
  includeDocumentFields: 'true',
  includeDocuments: 'false',
  includeEnvelopeVoidReason: 'true',
  includeHMAC: 'true',
  includeOAuth: 'false',
  includeSenderAccountasCustomField: 'false',
  includeTimeZoneInformation: 'true',
  integratorManaged: 'false',
  oAuthConfiguration: { ...oauth, scope: 'api://connect-listener/.default', customParameters: { resource: 'x' } },
  password: 'example-password',
  pausePublish: 'false',
  requireMutualTls: 'false',
  requiresAcknowledgement: 'true',
  salesforceApiVersion: '58.0',
  salesforceAuthcode: 'example-authcode',
  salesforceCallBackUrl: 'https://example.my.salesforce.com/callback',
  salesforceDocumentsAsContentFiles: 'false',
  senderOverride: 'false',
  senderSelectableItems: ['Opportunity'],
  sfObjects: [
    {
      active: 'true',
      description: 'Update the opportunity',
      id: '1',
      insert: 'false',
      onCompleteOnly: 'true',
      selectFields: [{ sfField: 'Id', dsAttribute: 'EnvelopeID', dsNode: 'EnvelopeStatus', id: '1' }],
      sfObject: 'opportunity',
      sfObjectName: 'Signed contracts',
      updateFields: [{ sfField: 'Status__c', sfFieldName: 'Status', sfFolder: 'Contracts', sfLockedValue: 'Signed', dsLink: 'x' }],
    },
  ],
  signMessageWithX509Certificate: 'false',
  soapNamespace: 'http://example.com/connect',
  userIds: [USER],
  userName: 'connect-listener',
  useSoapInterface: 'false',
};

export interface Case {
  rule: string;
  title: string;
  body: Body;
  /** The field a refusal must name; absent for bodies that must be accepted. */
  field?: string;
  accountId?: string;
}

const accepted = (rule: string, title: string, body: Body, accountId?: string): Case =>
  accountId === undefined ? { rule, title, body } : { rule, title, body, accountId };
const refused = (rule: string, title: string, body: Body, field: string, accountId?: string): Case =>
  accountId === undefined ? { rule, title, body, field } : { rule, title, body, field, accountId };

export const cases: Case[] = [
  // 1. configurationType
  accepted('1 configurationType', 'custom', jsonSim),
  accepted('1 configurationType', 'customrecipient', recipient),
  refused('1 configurationType', 'missing', change(jsonSim, { configurationType: undefined }), 'configurationType'),
  refused('1 configurationType', 'salesforce, which this call cannot create', change(jsonSim, { configurationType: 'salesforce' }), 'configurationType'),
  refused('1 configurationType', 'wrong case', change(jsonSim, { configurationType: 'Custom' }), 'configurationType'),

  // 2. urlToPublishTo
  accepted('2 urlToPublishTo', 'https with a port and a query', change(jsonSim, { urlToPublishTo: 'https://hooks.example.com:8443/connect?source=docusign' })),
  refused('2 urlToPublishTo', 'missing', change(jsonSim, { urlToPublishTo: undefined }), 'urlToPublishTo'),
  refused('2 urlToPublishTo', 'plain http', change(jsonSim, { urlToPublishTo: 'http://hooks.example.com/connect' }), 'urlToPublishTo'),
  refused('2 urlToPublishTo', 'a relative path', change(jsonSim, { urlToPublishTo: '/connect' }), 'urlToPublishTo'),
  refused('2 urlToPublishTo', 'https without a host', change(jsonSim, { urlToPublishTo: 'https:///connect' }), 'urlToPublishTo'),
  refused('2 urlToPublishTo', 'credentials in the URL', change(jsonSim, { urlToPublishTo: 'https://user:secret@hooks.example.com/' }), 'urlToPublishTo'),
  refused('2 urlToPublishTo', 'a space inside', change(jsonSim, { urlToPublishTo: 'https://hooks.example.com/my hook' }), 'urlToPublishTo'),

  // 3. name
  accepted('3 name', 'one character', change(jsonSim, { name: 'x' })),
  refused('3 name', 'missing', change(jsonSim, { name: undefined }), 'name'),
  refused('3 name', 'empty', change(jsonSim, { name: '' }), 'name'),
  refused('3 name', 'only spaces', change(jsonSim, { name: '   ' }), 'name'),

  // 4. allUsers or userIds
  accepted('4 users', 'allUsers "false" with one user', change(jsonSim, { allUsers: 'false', userIds: [USER] })),
  accepted('4 users', 'no allUsers, with one user', change(jsonSim, { allUsers: undefined, userIds: [USER] })),
  refused('4 users', 'allUsers "false" without userIds', change(jsonSim, { allUsers: 'false' }), 'userIds'),
  refused('4 users', 'neither allUsers nor userIds', change(jsonSim, { allUsers: undefined }), 'userIds'),
  refused('4 users', 'an empty userIds', change(jsonSim, { allUsers: 'false', userIds: [] }), 'userIds'),
  refused('4 users', 'a user ID that is not a GUID', change(jsonSim, { allUsers: 'false', userIds: ['bob'] }), 'userIds'),
  refused('4 users', 'allUsers as a JSON boolean', change(jsonSim, { allUsers: true }), 'allUsers'),

  // 5. JSON SIM takes events
  accepted('5 JSON SIM', 'every known event name', change(jsonSim, { events: allEventNames })),
  refused('5 JSON SIM', 'no events', change(jsonSim, { events: undefined }), 'events'),
  refused('5 JSON SIM', 'an empty events list', change(jsonSim, { events: [] }), 'events'),
  refused('5 JSON SIM', 'an unknown event name', change(jsonSim, { events: ['envelope-signed'] }), 'events'),
  refused('5 JSON SIM', 'a repeated event', change(jsonSim, { events: ['envelope-sent', 'envelope-sent'] }), 'events'),
  refused('5 JSON SIM', 'envelopeEvents', change(jsonSim, { envelopeEvents: ['Sent'] }), 'envelopeEvents'),
  refused('5 JSON SIM', 'recipientEvents', change(jsonSim, { recipientEvents: ['Sent'] }), 'recipientEvents'),

  // 6. the other three models take envelopeEvents/recipientEvents
  accepted('6 legacy models', 'JSON aggregate', jsonAggregate),
  accepted('6 legacy models', 'XML aggregate', xmlAggregate),
  accepted('6 legacy models', 'XML SIM', xmlSim),
  accepted('6 legacy models', 'recipientEvents alone', change(xmlAggregate, { envelopeEvents: undefined, recipientEvents: ['Completed'] })),
  refused('6 legacy models', 'events with SIM but no restv2.1 (XML SIM)', change(jsonSim, { eventData: undefined }), 'events'),
  refused('6 legacy models', 'events with aggregate', change(jsonAggregate, { envelopeEvents: undefined, recipientEvents: undefined, events: ['envelope-sent'] }), 'events'),
  refused('6 legacy models', 'neither envelopeEvents nor recipientEvents', change(xmlAggregate, { envelopeEvents: undefined }), 'envelopeEvents'),
  refused('6 legacy models', 'an empty envelopeEvents', change(xmlAggregate, { envelopeEvents: [] }), 'envelopeEvents'),

  // 7. sentence-case legacy statuses
  accepted('7 statuses', 'every envelope and recipient status', change(jsonAggregate, { envelopeEvents: enums.EnvelopeEventStatus.enum, recipientEvents: enums.RecipientEventStatus.enum })),
  refused('7 statuses', 'a lowercase envelope status', change(xmlAggregate, { envelopeEvents: ['sent'] }), 'envelopeEvents'),
  refused('7 statuses', 'a lowercase recipient status', change(xmlSim, { recipientEvents: ['autoresponded'] }), 'recipientEvents'),
  refused('7 statuses', 'a recipient-only status in envelopeEvents', change(xmlAggregate, { envelopeEvents: ['AutoResponded'] }), 'envelopeEvents'),
  refused('7 statuses', 'an envelope-only status in recipientEvents', change(xmlSim, { recipientEvents: ['Voided'] }), 'recipientEvents'),

  // 8. Recipient Connect takes recipient events only, as JSON
  accepted('8 Recipient Connect', 'every recipient-* event', change(recipient, { events: recipientEventNames })),
  accepted('8 Recipient Connect', 'JSON aggregate with recipientEvents', change(jsonAggregate, { configurationType: 'customrecipient', envelopeEvents: undefined })),
  refused('8 Recipient Connect', 'an envelope event', change(recipient, { events: ['recipient-sent', 'envelope-sent'] }), 'events'),
  refused('8 Recipient Connect', 'a template event', change(recipient, { events: ['template-created'] }), 'events'),
  refused('8 Recipient Connect', 'envelopeEvents with JSON aggregate', change(jsonAggregate, { configurationType: 'customrecipient' }), 'envelopeEvents'),
  refused('8 Recipient Connect', 'an XML model', change(xmlAggregate, { configurationType: 'customrecipient', envelopeEvents: undefined, recipientEvents: ['Sent'] }), 'eventData'),

  // 9. deliveryMode, includeData and the other enumerations
  accepted('9 enumerations', 'every includeData value', change(jsonSim, { eventData: { version: 'restv2.1', includeData: enums.IncludeDataItem.enum } })),
  refused('9 enumerations', 'deliveryMode missing', change(jsonSim, { deliveryMode: undefined }), 'deliveryMode'),
  refused('9 enumerations', 'deliveryMode "Aggregate"', change(jsonAggregate, { deliveryMode: 'Aggregate' }), 'deliveryMode'),
  refused('9 enumerations', 'deliveryMode "sim"', change(jsonSim, { deliveryMode: 'sim' }), 'deliveryMode'),
  refused('9 enumerations', 'an unknown includeData value', change(jsonSim, { eventData: { version: 'restv2.1', includeData: ['document'] } }), 'includeData'),
  refused('9 enumerations', 'eventData.version "legacy"', change(xmlAggregate, { eventData: { version: 'legacy' } }), 'version'),
  refused('9 enumerations', 'a flag that is neither "true" nor "false"', change(jsonSim, { enableLog: 'yes' }), 'enableLog'),

  // 10. unknown and read-only properties
  accepted('10 unknown properties', 'every writable property at once', everyProperty),
  refused('10 unknown properties', 'a misspelled top-level property', change(jsonSim, { allUser: 'true' }), 'allUser'),
  refused('10 unknown properties', 'a misspelled eventData property', change(jsonSim, { eventData: { versoin: 'restv2.1' } }), 'versoin'),
  refused('10 unknown properties', 'the read-only connectId', change(jsonSim, { connectId: '22210641' }), 'connectId'),
  refused('10 unknown properties', 'the read-only disabledBy', change(jsonSim, { disabledBy: 'admin' }), 'disabledBy'),
  refused('10 unknown properties', 'a misspelled oAuthConfiguration property', change(jsonSim, { oAuthConfiguration: { ...oauth, clientSecrets: 'x' } }), 'clientSecrets'),

  // Further rules from DocuSign's field documentation
  accepted('extra SOAP', 'useSoapInterface with soapNamespace', change(jsonSim, { useSoapInterface: 'true', soapNamespace: 'http://example.com/connect' })),
  refused('extra SOAP', 'useSoapInterface without soapNamespace', change(jsonSim, { useSoapInterface: 'true' }), 'soapNamespace'),
  accepted('extra OAuth', 'per-configuration OAuth with its settings', change(jsonSim, { enableOAuthPerConfiguration: 'true', oAuthConfiguration: oauth })),
  refused('extra OAuth', 'per-configuration OAuth without settings', change(jsonSim, { enableOAuthPerConfiguration: 'true' }), 'oAuthConfiguration'),
  refused('extra OAuth', 'OAuth settings without clientSecret', change(jsonSim, { oAuthConfiguration: { ...oauth, clientSecret: undefined } }), 'clientSecret'),
  refused('extra OAuth', 'an http token URL', change(jsonSim, { oAuthConfiguration: { ...oauth, authorizationServerUrl: 'http://login.example.com/token' } }), 'authorizationServerUrl'),

  // The path parameter
  accepted('path accountId', 'an account ID GUID', jsonSim, '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804'),
  refused('path accountId', 'letters', jsonSim, 'accountId', 'my-account'),
  refused('path accountId', 'an encoded slash', jsonSim, 'accountId', '12/34'),
  refused('path accountId', 'a GUID with a suffix', jsonSim, 'accountId', '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804x'),
];

