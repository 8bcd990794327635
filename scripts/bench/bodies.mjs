// @ts-check
// The bodies the benchmarks send and validate: the brief's two samples (the spec's first two
// request examples, which are those samples with a real listener URL), the widest valid
// configuration (every property a valid body can carry), and a body with all 46 properties.
import { loadSpec, requestExamples } from '../../contract-tests/support/spec-tools.mjs';

const spec = loadSpec();
const examples = Object.fromEntries(requestExamples(spec, '/v2.1/accounts/{accountId}/connect', 'post'));

/** @returns {Record<string, unknown>} */
function example(/** @type {string} */ name) {
  const value = examples[name];
  if (value === undefined) throw new Error(`openapi.yaml has no request example named ${name}`);
  return /** @type {Record<string, unknown>} */ (value);
}

/** The brief's account-level JSON SIM sample. */
export const briefAccount = example('jsonSimAccount');
/** The brief's Recipient Connect JSON SIM sample. */
export const briefRecipient = example('jsonSimRecipient');

/**
 * A JSON aggregate configuration that sets every property a valid body can: 43 of the 46.
 * The other three cannot be in a valid body: `connectId` and `disabledBy` are read-only, and
 * `events` belongs to JSON SIM while this model lists envelopeEvents and recipientEvents.
 */
export const widestValid = {
  configurationType: 'custom',
  urlToPublishTo: 'https://hooks.example.com/docusign/connect',
  name: 'Everything set',
  deliveryMode: 'aggregate',
  eventData: { version: 'restv2.1', format: 'json', includeData: ['recipients', 'documents', 'tabs', 'custom_fields'] },
  envelopeEvents: ['Sent', 'Delivered', 'Completed', 'Declined', 'Voided'],
  recipientEvents: ['Sent', 'Delivered', 'Completed', 'Declined', 'AuthenticationFailed', 'AutoResponded'],
  allUsers: 'false',
  allUsersExcept: 'false',
  userIds: ['5d0b9a3e-1c47-4e8f-b2a6-9f30c8d71e25', '8c2f4e61-0b3a-4d9e-a7c5-1e6f2b9d3a47'],
  groupIds: ['1234567', '7654321'],
  allowEnvelopePublish: 'true',
  allowSalesforcePublish: 'false',
  enableLog: 'true',
  enableOAuthPerConfiguration: 'true',
  oAuthConfiguration: {
    authorizationServerUrl: 'https://auth.example.com/oauth/token',
    clientId: 'connect-listener',
    clientSecret: 'bench-client-secret',
    scope: 'connect.write',
  },
  externalFolderId: 'folder-1',
  externalFolderLabel: 'Contracts',
  includeCertificateOfCompletion: 'true',
  includeCertSoapHeader: 'false',
  includeDocumentFields: 'true',
  includeDocuments: 'false',
  includeEnvelopeVoidReason: 'true',
  includeHMAC: 'true',
  includeOAuth: 'true',
  includeSenderAccountasCustomField: 'true',
  includeTimeZoneInformation: 'true',
  integratorManaged: 'false',
  password: 'bench-password',
  pausePublish: 'false',
  requireMutualTls: 'false',
  requiresAcknowledgement: 'true',
  salesforceApiVersion: '58.0',
  salesforceAuthcode: 'bench-salesforce-code',
  salesforceCallBackUrl: 'https://hooks.example.com/salesforce',
  salesforceDocumentsAsContentFiles: 'false',
  senderOverride: 'false',
  senderSelectableItems: ['item-1'],
  sfObjects: [],
  signMessageWithX509Certificate: 'true',
  soapNamespace: 'urn:example:connect',
  useSoapInterface: 'false',
  userName: 'listener',
};

/** All 46 properties at once; a valid body cannot carry them all, so this one is refused. */
export const allProperties = { ...widestValid, connectId: '12345', disabledBy: 'admin', events: ['envelope-sent'] };
