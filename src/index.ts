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
/** Getting a token or the account's base URL failed; nothing was sent. */
export { ConnectAuthError } from './errors.js';
/** DocuSign has no consent for the integration key to act as the user; open `consentUrl` once. */
export { ConsentRequiredError } from './errors.js';
/** A JWT Grant access token provider to pass as the client's `accessToken`. */
export { createJwtTokenProvider } from './jwt.js';
/** The options of createJwtTokenProvider, and the provider it returns. */
export type { JwtTokenProvider, JwtTokenProviderOptions } from './jwt.js';
/** The account a token works on and its REST base URL, from /oauth/userinfo. */
export { discoverAccount } from './discover.js';
/** The options and the result of discoverAccount. */
export type { DiscoverAccountOptions, DiscoveredAccount } from './discover.js';
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
  ClickEvent,
  components,
  ConnectConfiguration,
  ConnectEvent,
  ConnectEventData,
  ConnectOAuthConfig,
  CreatedConfiguration,
  DocuSignConfiguration,
  DocuSignErrorDetails,
  EnvelopeEvent,
  EnvelopeEventStatus,
  EnvelopeSummary,
  ErrorDetail,
  ErrorEnvelope,
  EventName,
  IncludeDataItem,
  operations,
  paths,
  RecipientEvent,
  RecipientEventName,
  RecipientEventStatus,
  StringBoolean,
  SuccessEnvelope,
  TemplateEvent,
} from './types.js';
export { validateConfiguration } from './validate.js';
export type { ConfigurationProblem, ConfigurationWarning, ValidationReport } from './validate.js';
export { VERSION } from './version.js';
