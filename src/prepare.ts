// Step 3 of a call: the body exactly as it will be sent, the path it goes to, and every problem
// with either, reported together before anything is sent.
import { validateAccountId } from '../generated/validators.cjs';
import { type Call, callHook, inputError } from './call.js';
import type { ClientSettings } from './client-options.js';
import type { InputProblem } from './errors.js';
import { describeValue } from './pointer.js';
import { Redactor, secretsIn } from './redact.js';
import { validateConfiguration, validateSerialized } from './validate.js';

/** The Connect path; client.ts checks it against the generated paths. */
export const CONNECT_PATH = '/v2.1/accounts/{accountId}/connect';

/**
 * Prepares one call: writes the body, checks the account ID and (with `validate: 'strict'`)
 * the configuration, and fixes the one URL the call may use. Throws ConnectInputError listing
 * every problem; nothing is sent then.
 */
export function prepareCall(settings: ClientSettings, accountId: string, configuration: unknown, signal: AbortSignal | undefined): Call {
  const redactor = new Redactor();
  // Known from the start, so that even an input error about the account ID or the body can
  // never repeat it (a function's token is known only once it is called, just before sending).
  if (typeof settings.accessToken === 'string') redactor.add(settings.accessToken);

  // The body, exactly as it will be sent: what is checked is what goes on the wire.
  let text: string | undefined;
  let givenSecrets: string[] = [];
  try {
    // Inside the try: a getter that throws must become an input error, not a crash.
    givenSecrets = secretsIn(configuration);
    redactor.add(...givenSecrets);
    text = JSON.stringify(configuration);
  } catch (cause) {
    // The engine's message can be as long as the data (a cycle through a huge property name
    // is quoted whole): secrets out first, then cut, so no piece of one survives the cut.
    const reason = describeValue(redactor.text(cause instanceof Error ? cause.message : String(cause)));
    throw inputError(
      redactor,
      [{ location: 'body', pointer: '', rule: 'JSON', keyword: 'json', message: `the configuration cannot be written as JSON (${reason}): pass plain data without cycles or BigInt values` }],
      'Configuration not sent',
      redactor.error(cause),
    );
  }
  const sent: unknown = text === undefined ? undefined : JSON.parse(text);
  const sentSecrets = secretsIn(sent);
  redactor.add(...sentSecrets);

  // The path (the account ID can only ever name one account) and the configuration, reported
  // together so that one run shows everything to fix.
  const problems: InputProblem[] = [];
  if (typeof accountId !== 'string' || !validateAccountId(accountId)) {
    // Redacted before it is shortened: a cut secret could no longer be recognised.
    const got = typeof accountId === 'string' ? describeValue(redactor.text(accountId)) : typeof accountId;
    problems.push({ location: 'path', pointer: '/accountId', rule: 'AccountId: pattern', keyword: 'pattern', message: `accountId is ${got}: use the account number (digits) or the account ID GUID, as returned by /oauth/userinfo` });
  }
  if (settings.strict) {
    // `sent` is already the JSON that goes out: no need to write and read it a second time.
    // (A value JSON has no text for, such as a function, is described as what it is.)
    const report = text === undefined ? validateConfiguration(configuration) : validateSerialized(sent, [...givenSecrets, ...sentSecrets]);
    problems.push(...report.problems.map((problem) => ({ ...problem, location: 'body' as const })));
    if (problems.length === 0 && report.warnings.length > 0) callHook(settings.onValidationWarning, report.warnings);
  } else if (sent === null || typeof sent !== 'object' || Array.isArray(sent)) {
    problems.push({ location: 'body', pointer: '', rule: 'ConnectConfiguration: type', keyword: 'type', message: 'the configuration must be a JSON object' });
  }
  if (problems.length > 0) throw inputError(redactor, problems, 'Nothing was sent; fix these problems');

  const path = `${settings.basePath}${CONNECT_PATH.replace('{accountId}', accountId)}`;
  return { settings, redactor, accountId, text, sent, url: `${settings.base.origin}${path}`, path, signal };
}
