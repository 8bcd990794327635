// The valid bodies the contract suites send: each named request example of the spec and what
// each builder makes. The wire suite checks every one of them on the wire, and the client suite
// creates every one on the mock.
import { type ConnectConfiguration, jsonAggregate, jsonSim, xmlAggregate, xmlSimLegacy } from '../../src/index.js';
import { requestBodyExamples } from './harness.js';

export const LISTENER = 'https://hooks.example.com/docusign/connect';
export const USER = '5d0b9a3e-1c47-4e8f-b2a6-9f30c8d71e25';

/** What each builder makes, with the options a caller would typically give it. */
export const builtBodies: Array<[string, ConnectConfiguration]> = [
  ['jsonSim, account-level', jsonSim({ name: 'Built JSON SIM', urlToPublishTo: LISTENER, allUsers: true, events: ['envelope-sent', 'envelope-completed'], includeData: ['recipients'] })],
  ['jsonSim, Recipient Connect', jsonSim({ name: 'Built recipient', urlToPublishTo: LISTENER, allUsers: true, recipient: true, events: ['recipient-completed'] })],
  ['jsonSim, listed users and extras', jsonSim({ name: 'Built for users', urlToPublishTo: LISTENER, userIds: [USER], events: ['envelope-voided'], includeHMAC: true, requiresAcknowledgement: true, userName: 'listener', password: 'example-password' })],
  ['jsonAggregate, account-level', jsonAggregate({ name: 'Built JSON aggregate', urlToPublishTo: LISTENER, allUsers: true, envelopeEvents: ['Sent', 'Completed'], recipientEvents: ['Declined'] })],
  ['jsonAggregate, Recipient Connect', jsonAggregate({ name: 'Built recipient aggregate', urlToPublishTo: LISTENER, allUsers: true, recipient: true, recipientEvents: ['Completed'] })],
  ['xmlAggregate', xmlAggregate({ name: 'Built XML aggregate', urlToPublishTo: LISTENER, allUsers: true, envelopeEvents: ['Completed'], includeDocuments: true })],
  ['xmlSimLegacy', xmlSimLegacy({ name: 'Built XML SIM', urlToPublishTo: LISTENER, allUsers: true, recipientEvents: ['AutoResponded'] })],
];

/** The spec's named request examples, as bodies. */
export const exampleBodies: Array<[string, ConnectConfiguration]> = requestBodyExamples.map(([name, body]) => [`example ${name}`, body as ConnectConfiguration]);

/** Every valid body the suites send, examples first. */
export const validBodies: Array<[string, ConnectConfiguration]> = [...exampleBodies, ...builtBodies];
