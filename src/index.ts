// The package's public surface; everything is defined in the files it re-exports.
export { jsonAggregate, jsonSim, xmlAggregate, xmlSimLegacy } from './builders.js';
export type {
  CommonOptions,
  ConfigurationExtras,
  ConfigurationFlags,
  JsonAggregateOptions,
  JsonSimOptions,
  StatusLists,
  UserSelection,
  XmlOptions,
} from './builders.js';
export { createConnectClient } from './client.js';
export type {
  ConnectClient,
  ConnectClientOptions,
  ContractWarning,
  CreateConfigurationFailure,
  CreateConfigurationOptions,
  CreateConfigurationResult,
  CreateConfigurationSuccess,
  ResponseMeta,
  RetryNotice,
  Wire,
} from './client.js';
export {
  ConnectAbortError,
  ConnectClientError,
  ConnectContractError,
  ConnectInputError,
  ConnectNetworkError,
  ConnectTimeoutError,
} from './errors.js';
export type {
  ConnectErrorKind,
  InputLocation,
  InputProblem,
  RedactedRequest,
  RequestOutcome,
  ResponseSummary,
} from './errors.js';
export type { RetryOptions, RetryReason } from './retry.js';
export type {
  components,
  ConnectConfiguration,
  ConnectEventData,
  ConnectOAuthConfig,
  CreatedConfiguration,
  DocuSignConfiguration,
  DocuSignErrorDetails,
  EnvelopeEventStatus,
  ErrorDetail,
  ErrorEnvelope,
  EventName,
  IncludeDataItem,
  operations,
  paths,
  RecipientEventName,
  RecipientEventStatus,
  StringBoolean,
  SuccessEnvelope,
} from './types.js';
export { validateConfiguration } from './validate.js';
export type { ConfigurationProblem, ConfigurationWarning, ValidationReport } from './validate.js';
export { VERSION } from './version.js';
