// Generated from openapi.yaml by `npm run generate`. Do not edit: change the spec and regenerate.
import type { ErrorObject } from 'ajv';

/** A compiled schema check: true when the value is valid, otherwise `errors` says why. */
export interface SpecValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Checks a value against openapi.yaml#/components/schemas/ConnectEvent. */
export declare const validateConnectEvent: SpecValidator;
