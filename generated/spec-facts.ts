// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`. Do not edit: change the specs and regenerate.
// What the client needs to know about openapi.yaml at run time, for its help text.

export const specFacts = {
  "rules": [
    {
      "title": "users",
      "description": "Either `allUsers` is `\"true\"` or `userIds` lists at least one user."
    },
    {
      "title": "events-by-model",
      "description": "JSON SIM (`deliveryMode: SIM` with `eventData.version: restv2.1`) takes its events in `events` (at least one), and neither `envelopeEvents` nor `recipientEvents`. The other three models take `envelopeEvents` and/or `recipientEvents` (at least one event in each list given), and not `events`."
    },
    {
      "title": "recipient-connect",
      "description": "Recipient Connect (`configurationType: customrecipient`) delivers JSON only, so it needs `eventData.version: restv2.1`, and takes only recipient events: `recipient-*` names in `events`, or `recipientEvents` but no `envelopeEvents`."
    },
    {
      "title": "soap-namespace",
      "description": "`useSoapInterface: \"true\"` needs `soapNamespace`."
    },
    {
      "title": "oauth-per-configuration",
      "description": "`enableOAuthPerConfiguration: \"true\"` needs `oAuthConfiguration`."
    }
  ],
  "responses": {
    "201": {
      "requiredHeaders": []
    },
    "400": {
      "requiredHeaders": []
    },
    "401": {
      "requiredHeaders": []
    },
    "403": {
      "requiredHeaders": []
    },
    "404": {
      "requiredHeaders": []
    },
    "429": {
      "requiredHeaders": [
        "Retry-After"
      ]
    },
    "500": {
      "requiredHeaders": []
    },
    "503": {
      "requiredHeaders": []
    }
  },
  "fields": {
    "": {
      "summary": "a Connect configuration as sent to the create call: DocuSign's connectCustomConfiguration model with all 46 of its properties",
      "properties": [
        "allowEnvelopePublish",
        "allowSalesforcePublish",
        "allUsers",
        "allUsersExcept",
        "configurationType",
        "deliveryMode",
        "enableLog",
        "enableOAuthPerConfiguration",
        "envelopeEvents",
        "eventData",
        "events",
        "externalFolderId",
        "externalFolderLabel",
        "groupIds",
        "includeCertificateOfCompletion",
        "includeCertSoapHeader",
        "includeDocumentFields",
        "includeDocuments",
        "includeEnvelopeVoidReason",
        "includeHMAC",
        "includeOAuth",
        "includeSenderAccountasCustomField",
        "includeTimeZoneInformation",
        "integratorManaged",
        "name",
        "oAuthConfiguration",
        "password",
        "pausePublish",
        "recipientEvents",
        "requireMutualTls",
        "requiresAcknowledgement",
        "salesforceApiVersion",
        "salesforceAuthcode",
        "salesforceCallBackUrl",
        "salesforceDocumentsAsContentFiles",
        "senderOverride",
        "senderSelectableItems",
        "sfObjects",
        "signMessageWithX509Certificate",
        "soapNamespace",
        "urlToPublishTo",
        "userIds",
        "userName",
        "useSoapInterface"
      ],
      "readOnly": [
        "connectId",
        "disabledBy"
      ]
    },
    "/allowEnvelopePublish": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" switches the configuration on as soon as it is created"
    },
    "/allowSalesforcePublish": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "salesforce configurations only: whether Connect sends data to the linked Salesforce account"
    },
    "/allUsers": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" covers every user of the account, including users added later"
    },
    "/allUsersExcept": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" turns userIds into a list of users to leave out rather than users to include"
    },
    "/configurationType": {
      "enum": [
        "custom",
        "customrecipient"
      ],
      "summary": "custom for an account-level configuration, customrecipient for Recipient Connect"
    },
    "/deliveryMode": {
      "enum": [
        "SIM",
        "aggregate"
      ],
      "summary": "sIM sends one message per event as it happens; aggregate groups events and reports the envelope's current status"
    },
    "/enableLog": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" records each delivery in the Connect logs, which is the quickest way to see whether events are being sent"
    },
    "/enableOAuthPerConfiguration": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" makes this configuration authenticate with its own oAuthConfiguration rather than the account-wide Connect OAuth settings"
    },
    "/envelopeEvents": {
      "summary": "envelope statuses that trigger a message, for the JSON aggregate, XML aggregate and XML SIM models"
    },
    "/envelopeEvents/*": {
      "schema": "EnvelopeEventStatus",
      "enum": [
        "Sent",
        "Delivered",
        "Completed",
        "Declined",
        "Voided"
      ],
      "summary": "an envelope status for the legacy models (JSON aggregate, XML aggregate, XML SIM)"
    },
    "/eventData": {
      "schema": "ConnectEventData",
      "summary": "chooses JSON (version: restv2.1) or XML (no version) messages, and extra data for JSON messages",
      "properties": [
        "version",
        "format",
        "includeData"
      ]
    },
    "/eventData/version": {
      "enum": [
        "restv2.1"
      ],
      "summary": "restv2.1 selects JSON messages (the JSON SIM and JSON aggregate models)"
    },
    "/eventData/format": {
      "enum": [
        "json"
      ],
      "summary": "reserved by DocuSign"
    },
    "/eventData/includeData": {
      "summary": "extra envelope data to include in JSON messages"
    },
    "/eventData/includeData/*": {
      "schema": "IncludeDataItem",
      "enum": [
        "attachments",
        "custom_fields",
        "documents",
        "extensions",
        "folders",
        "payment_tabs",
        "powerform",
        "prefill_tabs",
        "recipients",
        "tabs"
      ],
      "summary": "a block of envelope data to add to each JSON SIM message: attachments, custom_fields, documents (base64, can make messages large), extensions, folders, payment_tabs, powerform, prefill_tabs, recipients, tabs"
    },
    "/events": {
      "summary": "the events that trigger a message, for JSON SIM only"
    },
    "/events/*": {
      "schema": "EventName",
      "enum": [
        "envelope-created",
        "envelope-sent",
        "envelope-resent",
        "envelope-delivered",
        "envelope-completed",
        "envelope-declined",
        "envelope-voided",
        "envelope-corrected",
        "envelope-purge",
        "envelope-deleted",
        "envelope-discard",
        "recipient-sent",
        "recipient-autoresponded",
        "recipient-delivered",
        "recipient-completed",
        "recipient-declined",
        "recipient-authenticationfailed",
        "recipient-resent",
        "recipient-delegate",
        "recipient-reassign",
        "recipient-finish-later",
        "template-created",
        "template-modified",
        "template-deleted",
        "click-agreed",
        "click-declined"
      ],
      "summary": "an event that a JSON SIM configuration can subscribe to, as listed in DocuSign's v2.1 model"
    },
    "/externalFolderId": {
      "maxLength": 4096,
      "summary": "the ID of an external folder, used by storage presets only"
    },
    "/externalFolderLabel": {
      "maxLength": 4096,
      "summary": "the label of that external folder"
    },
    "/groupIds": {
      "summary": "iDs of account groups whose members' envelopes are covered"
    },
    "/groupIds/*": {
      "maxLength": 4096,
      "summary": "an account group ID, at most 4,096 characters"
    },
    "/includeCertificateOfCompletion": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" attaches the certificate of completion to completed envelopes"
    },
    "/includeCertSoapHeader": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "sOAP deliveries only; undocumented by DocuSign"
    },
    "/includeDocumentFields": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" adds the documents' custom name and value fields to each message"
    },
    "/includeDocuments": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" sends the envelope PDFs with legacy (XML) messages"
    },
    "/includeEnvelopeVoidReason": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" adds the void reason to messages about voided envelopes"
    },
    "/includeHMAC": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" signs every message with HMAC-SHA256 over the raw body, one X-DocuSign-Signature-N header per active key"
    },
    "/includeOAuth": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" sends a bearer token obtained with the account's Connect OAuth settings with each message"
    },
    "/includeSenderAccountasCustomField": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" adds the sender's account as a custom field"
    },
    "/includeTimeZoneInformation": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" adds the envelope's time zone to each message"
    },
    "/integratorManaged": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" makes Connect use the HMAC keys and OAuth settings of the account that owns the integration key, rather than this account's"
    },
    "/name": {
      "maxLength": 4096,
      "summary": "the configuration's display name"
    },
    "/oAuthConfiguration": {
      "schema": "ConnectOAuthConfig",
      "summary": "this configuration's own OAuth client-credentials settings, used when enableOAuthPerConfiguration is \"true\"",
      "properties": [
        "authorizationServerUrl",
        "clientId",
        "clientSecret",
        "scope",
        "customParameters"
      ]
    },
    "/oAuthConfiguration/authorizationServerUrl": {
      "schema": "HttpsUrl",
      "maxLength": 4096,
      "summary": "the token endpoint of your authorization server"
    },
    "/oAuthConfiguration/clientId": {
      "maxLength": 4096,
      "summary": "the client ID your authorization server issued for Connect"
    },
    "/oAuthConfiguration/clientSecret": {
      "maxLength": 4096,
      "summary": "the client secret that goes with clientId",
      "secret": true
    },
    "/oAuthConfiguration/scope": {
      "maxLength": 4096,
      "summary": "scopes to request, space separated"
    },
    "/oAuthConfiguration/customParameters": {
      "summary": "extra form parameters to send with the token request: at most 100, with names and values of at most 4,096 characters (bounds on the work of checking them; DocuSign documents none)"
    },
    "/password": {
      "maxLength": 4096,
      "summary": "the configuration's password, presumably sent to the listener with userName as HTTP Basic credentials (DocuSign does not confirm this)",
      "secret": true
    },
    "/pausePublish": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" pauses the configuration: events are skipped, and delivery resumes at the next scheduled retry once it is unpaused"
    },
    "/recipientEvents": {
      "summary": "recipient statuses that trigger a message, for the JSON aggregate, XML aggregate and XML SIM models"
    },
    "/recipientEvents/*": {
      "schema": "RecipientEventStatus",
      "enum": [
        "Sent",
        "Delivered",
        "Completed",
        "Declined",
        "AuthenticationFailed",
        "AutoResponded"
      ],
      "summary": "a recipient status for the legacy models (JSON aggregate, XML aggregate, XML SIM)"
    },
    "/requireMutualTls": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" requires mutual TLS authentication of deliveries"
    },
    "/requiresAcknowledgement": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" (DocuSign's default when left out) makes Connect wait up to 100 seconds for a 2xx answer and queue failed messages for retry, at most 10 times"
    },
    "/salesforceApiVersion": {
      "maxLength": 4096,
      "summary": "the Salesforce API version, for Salesforce configurations only"
    },
    "/salesforceAuthcode": {
      "maxLength": 4096,
      "summary": "a Salesforce authorization code, for Salesforce configurations only",
      "secret": true
    },
    "/salesforceCallBackUrl": {
      "maxLength": 4096,
      "summary": "the Salesforce callback URL, for Salesforce configurations only"
    },
    "/salesforceDocumentsAsContentFiles": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "salesforce configurations only: \"true\" lets DocuSign use Salesforce documents for sending and signing"
    },
    "/senderOverride": {
      "maxLength": 4096,
      "summary": "used by presets; undocumented by DocuSign"
    },
    "/senderSelectableItems": {
      "summary": "items offered for selection when Connect objects are edited (Salesforce configurations)"
    },
    "/senderSelectableItems/*": {
      "maxLength": 4096,
      "summary": "one selectable item, at most 4,096 characters"
    },
    "/sfObjects": {
      "summary": "salesforce object mappings, for Salesforce configurations only"
    },
    "/sfObjects/*": {
      "schema": "ConnectSalesforceObject",
      "summary": "how Connect updates one Salesforce object",
      "properties": [
        "active",
        "description",
        "id",
        "insert",
        "onCompleteOnly",
        "selectFields",
        "sfObject",
        "sfObjectName",
        "updateFields"
      ]
    },
    "/sfObjects/*/active": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "whether this object mapping is in use"
    },
    "/sfObjects/*/description": {
      "maxLength": 4096,
      "summary": "what the mapping is for"
    },
    "/sfObjects/*/id": {
      "maxLength": 4096,
      "summary": "the ID of the mapping"
    },
    "/sfObjects/*/insert": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "whether Connect inserts new records rather than updating existing ones"
    },
    "/sfObjects/*/onCompleteOnly": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "whether Salesforce is updated only when the envelope is completed"
    },
    "/sfObjects/*/selectFields": {
      "summary": "fields used to find the Salesforce record that matches the envelope"
    },
    "/sfObjects/*/selectFields/*": {
      "schema": "ConnectSalesforceField",
      "summary": "one field mapping between DocuSign data and a Salesforce object",
      "properties": [
        "dsAttribute",
        "dsLink",
        "dsNode",
        "id",
        "sfField",
        "sfFieldName",
        "sfFolder",
        "sfLockedValue"
      ]
    },
    "/sfObjects/*/selectFields/*/dsAttribute": {
      "maxLength": 4096,
      "summary": "the DocuSign attribute that is mapped"
    },
    "/sfObjects/*/selectFields/*/dsLink": {
      "maxLength": 4096,
      "summary": "a link to the DocuSign data behind the field"
    },
    "/sfObjects/*/selectFields/*/dsNode": {
      "maxLength": 4096,
      "summary": "the DocuSign data node that holds the attribute"
    },
    "/sfObjects/*/selectFields/*/id": {
      "maxLength": 4096,
      "summary": "the ID of this mapping"
    },
    "/sfObjects/*/selectFields/*/sfField": {
      "maxLength": 4096,
      "summary": "the Salesforce field"
    },
    "/sfObjects/*/selectFields/*/sfFieldName": {
      "maxLength": 4096,
      "summary": "the display name of the Salesforce field"
    },
    "/sfObjects/*/selectFields/*/sfFolder": {
      "maxLength": 4096,
      "summary": "the Salesforce folder"
    },
    "/sfObjects/*/selectFields/*/sfLockedValue": {
      "maxLength": 4096,
      "summary": "a fixed value written to the Salesforce field"
    },
    "/sfObjects/*/sfObject": {
      "maxLength": 4096,
      "summary": "the Salesforce object type, such as case, contact or opportunity"
    },
    "/sfObjects/*/sfObjectName": {
      "maxLength": 4096,
      "summary": "a free-form name for the object mapping"
    },
    "/sfObjects/*/updateFields": {
      "summary": "fields Connect writes on the matched Salesforce record"
    },
    "/sfObjects/*/updateFields/*": {
      "schema": "ConnectSalesforceField",
      "summary": "one field mapping between DocuSign data and a Salesforce object",
      "properties": [
        "dsAttribute",
        "dsLink",
        "dsNode",
        "id",
        "sfField",
        "sfFieldName",
        "sfFolder",
        "sfLockedValue"
      ]
    },
    "/sfObjects/*/updateFields/*/dsAttribute": {
      "maxLength": 4096,
      "summary": "the DocuSign attribute that is mapped"
    },
    "/sfObjects/*/updateFields/*/dsLink": {
      "maxLength": 4096,
      "summary": "a link to the DocuSign data behind the field"
    },
    "/sfObjects/*/updateFields/*/dsNode": {
      "maxLength": 4096,
      "summary": "the DocuSign data node that holds the attribute"
    },
    "/sfObjects/*/updateFields/*/id": {
      "maxLength": 4096,
      "summary": "the ID of this mapping"
    },
    "/sfObjects/*/updateFields/*/sfField": {
      "maxLength": 4096,
      "summary": "the Salesforce field"
    },
    "/sfObjects/*/updateFields/*/sfFieldName": {
      "maxLength": 4096,
      "summary": "the display name of the Salesforce field"
    },
    "/sfObjects/*/updateFields/*/sfFolder": {
      "maxLength": 4096,
      "summary": "the Salesforce folder"
    },
    "/sfObjects/*/updateFields/*/sfLockedValue": {
      "maxLength": 4096,
      "summary": "a fixed value written to the Salesforce field"
    },
    "/signMessageWithX509Certificate": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" turns on mutual TLS for deliveries; the listener starts it during the TLS handshake"
    },
    "/soapNamespace": {
      "maxLength": 4096,
      "summary": "the namespace of the SOAP interface; required when useSoapInterface is \"true\""
    },
    "/urlToPublishTo": {
      "schema": "HttpsUrl",
      "maxLength": 4096,
      "summary": "the listener that receives the messages: an absolute https:// URL"
    },
    "/userIds": {
      "summary": "the users (user ID GUIDs) whose envelopes are covered, or left out when allUsersExcept is \"true\""
    },
    "/userIds/*": {
      "schema": "UserId",
      "summary": "a DocuSign user ID (a GUID)"
    },
    "/userName": {
      "maxLength": 4096,
      "summary": "the user name of the configuration, presumably the HTTP Basic user name that goes with password (DocuSign does not confirm this)"
    },
    "/useSoapInterface": {
      "schema": "StringBoolean",
      "enum": [
        "true",
        "false"
      ],
      "summary": "\"true\" delivers messages as SOAP requests (legacy); needs soapNamespace"
    }
  },
  "events": {
    "families": {
      "EnvelopeEvent": [
        "envelope-created",
        "envelope-sent",
        "envelope-resent",
        "envelope-delivered",
        "envelope-completed",
        "envelope-declined",
        "envelope-voided",
        "envelope-corrected",
        "envelope-purge",
        "envelope-deleted",
        "envelope-discard"
      ],
      "RecipientEvent": [
        "recipient-sent",
        "recipient-autoresponded",
        "recipient-delivered",
        "recipient-completed",
        "recipient-declined",
        "recipient-authenticationfailed",
        "recipient-resent",
        "recipient-delegate",
        "recipient-reassign",
        "recipient-finish-later"
      ],
      "TemplateEvent": [
        "template-created",
        "template-modified",
        "template-deleted"
      ],
      "ClickEvent": [
        "click-agreed",
        "click-declined"
      ]
    },
    "includeData": {
      "recipients": "/data/envelopeSummary/recipients",
      "tabs": "/data/envelopeSummary/recipients/signers/*/tabs",
      "custom_fields": "/data/envelopeSummary/customFields",
      "folders": "/data/envelopeSummary/folders",
      "documents": "/data/envelopeSummary/envelopeDocuments"
    }
  }
} as const;

// The same for DocuSign's own answers (openapi.docusign.yaml): the statuses the create call
// declares, with the headers each one requires, and the error codes of a rate-limit refusal.

export const docusignSpecFacts = {
  "responses": {
    "201": {
      "requiredHeaders": []
    },
    "400": {
      "requiredHeaders": []
    },
    "401": {
      "requiredHeaders": []
    },
    "403": {
      "requiredHeaders": []
    },
    "404": {
      "requiredHeaders": []
    },
    "429": {
      "requiredHeaders": []
    },
    "500": {
      "requiredHeaders": []
    },
    "503": {
      "requiredHeaders": []
    },
    "2XX": {
      "requiredHeaders": []
    }
  },
  "rateLimitErrorCodes": [
    {
      "errorCode": "HOURLY_APIINVOCATION_LIMIT_EXCEEDED",
      "limit": "hourly",
      "confirmed": true
    },
    {
      "errorCode": "BURST_APIINVOCATION_LIMIT_EXCEEDED",
      "limit": "burst",
      "confirmed": false
    }
  ]
} as const;
