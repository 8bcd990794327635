// Step 2 of a call: the access token, taken just before sending and checked for the mistakes
// people make with it (a "Bearer " prefix, a pasted line break).
import { NotSent } from './call.js';
import { ConnectClientError } from './errors.js';
import type { Redactor } from './redact.js';

/** What the client accepts as `accessToken`. */
export type AccessToken = string | (() => string | Promise<string>);

/**
 * A string token that passes the checks of resolveToken passes them on every call: such a token
 * is returned to be used as it is. Otherwise undefined, and resolveToken runs per call.
 */
export function checkedStringToken(accessToken: AccessToken): string | undefined {
  return typeof accessToken === 'string' && !/^bearer\s/i.test(accessToken) && !/\s/.test(accessToken) ? accessToken : undefined;
}

/**
 * The token for one request, added to the call's secrets. Throws NotSent for a token that
 * cannot be sent. A typed error of this package from a token function (a JWT Grant failure, for
 * one) is passed through as it is: it already says what to do.
 */
export async function resolveToken(accessToken: AccessToken, redactor: Redactor): Promise<string> {
  return takeToken(accessToken, redactor, 'no request was sent', (message, cause) =>
    new NotSent({ location: 'options', pointer: '/accessToken', rule: 'accessToken', keyword: 'options', message }, cause));
}

/**
 * Asks `accessToken` for the token, adds it to the redactor and checks it. `notDone` says in a
 * message what did not happen because the function failed; `problem` makes the error for a
 * token that cannot be used. A typed error of this package from the function is passed on.
 */
export async function takeToken(
  accessToken: AccessToken,
  redactor: Redactor,
  notDone: string,
  problem: (message: string, cause?: unknown) => Error,
): Promise<string> {
  let token: unknown;
  try {
    token = typeof accessToken === 'function' ? await accessToken() : accessToken;
  } catch (cause) {
    if (cause instanceof ConnectClientError) throw cause;
    throw problem(`the accessToken function failed, so ${notDone}: see cause`, redactor.error(cause));
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw problem('accessToken gave no token: it must be (or return) the OAuth access token as a non-empty string');
  }
  redactor.add(token);
  if (/^bearer\s/i.test(token)) {
    redactor.add(token.replace(/^bearer\s+/i, ''));
    throw problem('accessToken starts with "Bearer ": pass the token alone; the scheme is added for you');
  }
  if (/\s/.test(token)) throw problem('accessToken contains spaces or line breaks: pass the token exactly as issued');
  return token;
}
