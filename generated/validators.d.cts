// Generated from openapi.yaml and openapi.docusign.yaml by `npm run generate`. Do not edit: change the specs and regenerate.
import type { ErrorObject } from 'ajv';

/** A compiled schema check: true when the value is valid, otherwise `errors` says why. */
export interface SpecValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Checks a value against openapi.yaml#/components/schemas/ConnectConfiguration. */
export declare const validateConnectConfiguration: SpecValidator;
/** Checks a value against openapi.yaml#/components/parameters/AccountId/schema. */
export declare const validateAccountId: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/SuccessEnvelope. */
export declare const validateSuccessEnvelope: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/ErrorEnvelope. */
export declare const validateErrorEnvelope: SpecValidator;
/** Checks a value against openapi.docusign.yaml#/components/schemas/connectCustomConfiguration. */
export declare const validateConnectCustomConfiguration: SpecValidator;
/** Checks a value against openapi.docusign.yaml#/components/schemas/errorDetails. */
export declare const validateErrorDetails: SpecValidator;
