// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
// What the client needs to know about openapi.yaml at run time, for its help text.

export const specFacts = {
  "path": "/v2.1/accounts/{accountId}/connect",
  "servers": [
    "https://www.docusign.com",
    "https://www.docusign.net/restapi",
    "https://demo.docusign.net/restapi",
    "{baseUri}/restapi"
  ],
  "accountIdPattern": "^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
  "accountIdMaxLength": 36,
  "rules": [
    {
      "title": "users",
      "description": "Rule 2: users. Either every user, or at least one listed user."
    },
    {
      "title": "events-by-model",
      "description": "Rules 3 and 4: where the events go depends on the data model."
    },
    {
      "title": "recipient-connect",
      "description": "Rule 5: Recipient Connect is JSON only and takes recipient events only."
    },
    {
      "title": "soap-namespace",
      "description": "Rule 6: a SOAP interface needs its namespace."
    },
    {
      "title": "oauth-per-configuration",
      "description": "Rule 7: per-configuration OAuth needs its settings."
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
      "type": "object",
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
      ],
      "required": [
        "configurationType",
        "urlToPublishTo",
        "name",
        "deliveryMode"
      ]
    },
    "/allowEnvelopePublish": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/allowSalesforcePublish": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/allUsers": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/allUsersExcept": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/configurationType": {
      "type": "string",
      "enum": [
        "custom",
        "customrecipient"
      ]
    },
    "/deliveryMode": {
      "type": "string",
      "enum": [
        "SIM",
        "aggregate"
      ]
    },
    "/enableLog": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/enableOAuthPerConfiguration": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/envelopeEvents": {
      "type": "array"
    },
    "/envelopeEvents/*": {
      "schema": "EnvelopeEventStatus",
      "type": "string",
      "enum": [
        "Sent",
        "Delivered",
        "Completed",
        "Declined",
        "Voided"
      ]
    },
    "/eventData": {
      "schema": "ConnectEventData",
      "type": "object",
      "properties": [
        "version",
        "format",
        "includeData"
      ],
      "required": []
    },
    "/eventData/version": {
      "type": "string",
      "enum": [
        "restv2.1"
      ]
    },
    "/eventData/format": {
      "type": "string",
      "enum": [
        "json"
      ],
      "deprecated": true
    },
    "/eventData/includeData": {
      "type": "array"
    },
    "/eventData/includeData/*": {
      "schema": "IncludeDataItem",
      "type": "string",
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
      ]
    },
    "/events": {
      "type": "array"
    },
    "/events/*": {
      "schema": "EventName",
      "type": "string",
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
      ]
    },
    "/externalFolderId": {
      "type": "string"
    },
    "/externalFolderLabel": {
      "type": "string"
    },
    "/groupIds": {
      "type": "array"
    },
    "/groupIds/*": {
      "type": "string"
    },
    "/includeCertificateOfCompletion": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeCertSoapHeader": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeDocumentFields": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeDocuments": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeEnvelopeVoidReason": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeHMAC": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeOAuth": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeSenderAccountasCustomField": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/includeTimeZoneInformation": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/integratorManaged": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/name": {
      "type": "string"
    },
    "/oAuthConfiguration": {
      "schema": "ConnectOAuthConfig",
      "type": "object",
      "properties": [
        "authorizationServerUrl",
        "clientId",
        "clientSecret",
        "scope",
        "customParameters"
      ],
      "required": [
        "authorizationServerUrl",
        "clientId",
        "clientSecret"
      ]
    },
    "/oAuthConfiguration/authorizationServerUrl": {
      "schema": "HttpsUrl",
      "type": "string",
      "format": "uri",
      "maxLength": 4096
    },
    "/oAuthConfiguration/clientId": {
      "type": "string"
    },
    "/oAuthConfiguration/clientSecret": {
      "type": "string",
      "format": "password",
      "secret": true
    },
    "/oAuthConfiguration/scope": {
      "type": "string"
    },
    "/oAuthConfiguration/customParameters": {
      "type": "object"
    },
    "/password": {
      "type": "string",
      "format": "password",
      "secret": true
    },
    "/pausePublish": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/recipientEvents": {
      "type": "array"
    },
    "/recipientEvents/*": {
      "schema": "RecipientEventStatus",
      "type": "string",
      "enum": [
        "Sent",
        "Delivered",
        "Completed",
        "Declined",
        "AuthenticationFailed",
        "AutoResponded"
      ]
    },
    "/requireMutualTls": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/requiresAcknowledgement": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/salesforceApiVersion": {
      "type": "string"
    },
    "/salesforceAuthcode": {
      "type": "string",
      "format": "password",
      "secret": true
    },
    "/salesforceCallBackUrl": {
      "type": "string"
    },
    "/salesforceDocumentsAsContentFiles": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/senderOverride": {
      "type": "string"
    },
    "/senderSelectableItems": {
      "type": "array"
    },
    "/senderSelectableItems/*": {
      "type": "string"
    },
    "/sfObjects": {
      "type": "array"
    },
    "/sfObjects/*": {
      "schema": "ConnectSalesforceObject",
      "type": "object",
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
      ],
      "required": []
    },
    "/sfObjects/*/active": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/sfObjects/*/description": {
      "type": "string"
    },
    "/sfObjects/*/id": {
      "type": "string"
    },
    "/sfObjects/*/insert": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/sfObjects/*/onCompleteOnly": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/sfObjects/*/selectFields": {
      "type": "array"
    },
    "/sfObjects/*/selectFields/*": {
      "schema": "ConnectSalesforceField",
      "type": "object",
      "properties": [
        "dsAttribute",
        "dsLink",
        "dsNode",
        "id",
        "sfField",
        "sfFieldName",
        "sfFolder",
        "sfLockedValue"
      ],
      "required": []
    },
    "/sfObjects/*/selectFields/*/dsAttribute": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/dsLink": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/dsNode": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/id": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/sfField": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/sfFieldName": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/sfFolder": {
      "type": "string"
    },
    "/sfObjects/*/selectFields/*/sfLockedValue": {
      "type": "string"
    },
    "/sfObjects/*/sfObject": {
      "type": "string"
    },
    "/sfObjects/*/sfObjectName": {
      "type": "string"
    },
    "/sfObjects/*/updateFields": {
      "type": "array"
    },
    "/sfObjects/*/updateFields/*": {
      "schema": "ConnectSalesforceField",
      "type": "object",
      "properties": [
        "dsAttribute",
        "dsLink",
        "dsNode",
        "id",
        "sfField",
        "sfFieldName",
        "sfFolder",
        "sfLockedValue"
      ],
      "required": []
    },
    "/sfObjects/*/updateFields/*/dsAttribute": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/dsLink": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/dsNode": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/id": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/sfField": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/sfFieldName": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/sfFolder": {
      "type": "string"
    },
    "/sfObjects/*/updateFields/*/sfLockedValue": {
      "type": "string"
    },
    "/signMessageWithX509Certificate": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    },
    "/soapNamespace": {
      "type": "string"
    },
    "/urlToPublishTo": {
      "schema": "HttpsUrl",
      "type": "string",
      "format": "uri",
      "maxLength": 4096
    },
    "/userIds": {
      "type": "array"
    },
    "/userIds/*": {
      "schema": "UserId",
      "type": "string",
      "format": "uuid"
    },
    "/userName": {
      "type": "string"
    },
    "/useSoapInterface": {
      "schema": "StringBoolean",
      "type": "string",
      "enum": [
        "true",
        "false"
      ]
    }
  }
} as const;
