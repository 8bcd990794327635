// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { ErrorObject } from 'ajv';

/** A compiled schema check: true when the value is valid, otherwise `errors` says why. */
export interface SpecValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Checks a value against openapi.yaml#/components/schemas/ConnectEvent. */
export declare const validateConnectEvent: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/EnvelopeEvent. */
export declare const validateEnvelopeEvent: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/RecipientEvent. */
export declare const validateRecipientEvent: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/TemplateEvent. */
export declare const validateTemplateEvent: SpecValidator;
/** Checks a value against openapi.yaml#/components/schemas/ClickEvent. */
export declare const validateClickEvent: SpecValidator;
