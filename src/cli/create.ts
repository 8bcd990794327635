// `docusign-connect create`: creates the Connect configuration in a JSON file on an account, from
// the command line or a deploy job. The file is checked first (nothing is sent when it is not
// valid), the token comes from the environment (a token, or JWT Grant), and the request is sent
// once: a create is not idempotent, so an answer that never came is exit 3, "list before trying
// again", never a retry. stdout gets one JSON document with the outcome; stderr the human lines.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createConnectClient, type ConnectClient, type CreateConfigurationFailure, type CreateConfigurationResult, type Wire } from '../client.js';
import { defaultWire } from '../client-options.js';
import { discoverAccount } from '../discover.js';
import { ConnectAuthError, ConnectClientError, ConnectInputError } from '../errors.js';
import { createJwtTokenProvider } from '../jwt.js';
import { Redactor, secretsIn } from '../redact.js';
import type { ConnectConfiguration } from '../types.js';
import { integerOption, parseCommandArgsWithPositionals, shownUrl } from './args.js';
import { EXIT, UsageError, type Command, type CommandIo } from './command.js';
import { checkConfigurationText, filesOf, findingLines, readConfigurationText, readFailure } from './configuration-files.js';

const NAME = 'create';

const OPTIONS = {
  account: { type: 'string' },
  'base-url': { type: 'string' },
  wire: { type: 'string' },
  'timeout-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The environment variables create reads. */
const ENV = {
  token: 'DOCUSIGN_ACCESS_TOKEN',
  integrationKey: 'DOCUSIGN_INTEGRATION_KEY',
  userId: 'DOCUSIGN_USER_ID',
  privateKey: 'DOCUSIGN_PRIVATE_KEY',
  privateKeyFile: 'DOCUSIGN_PRIVATE_KEY_FILE',
  oauthBaseUrl: 'DOCUSIGN_OAUTH_BASE_URL',
} as const;

const DEFAULT_TIMEOUT_MS = 30_000;
const OAUTH_HINT = 'https://account-d.docusign.com for developer accounts, https://account.docusign.com for production';
/** The account ID as the path takes it: the account number (digits) or the account ID GUID (openapi.yaml, AccountId). */
const ACCOUNT_ID = /^(?:[0-9]{1,19}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Where DocuSign's own pages list an account's configurations. */
const CONNECT_PAGE = 'Integrations > Connect in DocuSign eSignature Admin';

const HELP = `Usage: docusign-connect create FILE --account ID [--base-url URL] [--wire envelope|docusign] [--timeout-ms MS]

Creates the Connect configuration in FILE (JSON, the body of the create call) on an account:
POST /v2.1/accounts/{accountId}/connect. FILE is checked first, as docusign-connect validate
checks it; when it has problems they are printed and nothing is sent. The request is sent once:
the client sends it again only when the answer says nothing was processed (429, a refused
connection), never after a timeout or a broken connection.

Options:
  --account ID      The account: its account ID GUID, or its account number (digits; only with
                    --base-url, since finding the base URL names accounts by GUID). Required.
  --base-url URL    The account's REST base URL, e.g. https://demo.docusign.net/restapi. Without
                    it, it is found with /oauth/userinfo on DOCUSIGN_OAUTH_BASE_URL (the
                    account's base_uri followed by /restapi).
  --wire W          How the server answers: docusign (DocuSign's own bodies) or envelope (this
                    project's {"success": ...} envelopes). Default: docusign for *.docusign.net
                    hosts, envelope for any other.
  --timeout-ms MS   Time allowed for each request, answer included (default ${DEFAULT_TIMEOUT_MS}).
  -h, --help        This text.

Environment (the token; never printed):
  ${ENV.token}        An OAuth access token. When it is set, JWT Grant is not used.
  JWT Grant, when there is no ${ENV.token}:
  ${ENV.integrationKey}     The integration key (a GUID, from Apps and Keys).
  ${ENV.userId}             The API user ID of the user to act for (a GUID).
  ${ENV.privateKeyFile}    A file with the integration key's RSA private key (PEM), or
  ${ENV.privateKey}         the key itself (\\n sequences are read as line breaks); not both.
  ${ENV.oauthBaseUrl}      The OAuth host: https://account-d.docusign.com (developer
                               accounts) or https://account.docusign.com (production). Needed
                               for JWT Grant, and to find the base URL without --base-url.

Output: stdout gets one JSON document, unless the exit code is 2:
  created   {"outcome":"created","id":...,"created_at":...,"status":201,"wire":...,"accountId":...,
            "baseUrl":...,"docusign":{...}} (docusign: DocuSign's answer, on that wire)
  rejected  {"outcome":"rejected","status":400,"error":{"code":...,"message":...},...}
  invalid   {"outcome":"invalid","file":...,"problems":[...],"warnings":[...]} (nothing was sent)
  unknown   {"outcome":"unknown","error":{"code":...,"message":...},"list":"GET ...",...}
Secret values (the token, the key, password, clientSecret) are replaced by [REDACTED].

Exit codes:
  0  the configuration was created
  1  it was not: FILE is not valid (nothing was sent), or the server rejected it, including a
     401/403 refusal of the token or of the user's permission
  2  could not run, and nothing was created: bad usage, no token, a file that cannot be read, a
     token that could not be obtained (JWT Grant refused) or an account not found, a server that
     could not be reached
  3  the outcome is unknown: the request was sent, but no answer said what happened (a timeout,
     a broken connection, a server error). The configuration may exist. List the account's
     configurations (GET <base URL>/v2.1/accounts/<ID>/connect, or Integrations > Connect
     in DocuSign eSignature Admin) before running create again, or there may be two.

Example:
  DOCUSIGN_ACCESS_TOKEN=... docusign-connect create connect/production.json \\
    --account 2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804 --base-url https://demo.docusign.net/restapi
`;

/** What a create run was asked to do. */
interface Settings {
  file: string;
  accountId: string;
  baseUrl: string | undefined;
  wire: Wire | undefined;
  timeoutMs: number;
}

/** Where the token comes from. */
type TokenSource = { kind: 'token'; token: string } | { kind: 'jwt'; integrationKey: string; userId: string; privateKey: string; keyVariable: string };

/** The options, checked; 'help' when --help was asked for. */
function settingsOf(argv: readonly string[]): Settings | 'help' {
  const { values, positionals } = parseCommandArgsWithPositionals(NAME, argv, OPTIONS);
  if (values.help === true) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'Name the configuration file, e.g. docusign-connect create connect.json --account ID.'
        : `create takes one configuration file, not ${positionals.length}: run it once per file (docusign-connect validate checks many at once).`,
    );
  }
  const accountId = values.account;
  if (accountId === undefined || accountId === '') throw new UsageError('--account is required: the account ID GUID (or, with --base-url, the account number).');
  if (!ACCOUNT_ID.test(accountId)) throw new UsageError(`--account must be the account ID GUID or the account number (digits), not "${accountId}".`);
  const baseUrl = values['base-url'];
  if (baseUrl === '') throw new UsageError('--base-url needs a URL, e.g. --base-url https://demo.docusign.net/restapi.');
  if (baseUrl === undefined && !GUID.test(accountId)) {
    throw new UsageError(`--account ${accountId} is an account number, but finding the base URL (/oauth/userinfo) names accounts by their account ID GUID: pass the GUID, or pass --base-url.`);
  }
  const wire = values.wire;
  if (wire !== undefined && wire !== 'envelope' && wire !== 'docusign') throw new UsageError(`--wire must be envelope or docusign, not "${wire}".`);
  return {
    file: positionals[0] ?? '',
    accountId,
    baseUrl,
    wire,
    timeoutMs: integerOption('timeout-ms', values['timeout-ms'], DEFAULT_TIMEOUT_MS, 1, 600_000),
  };
}

function isSet(env: CommandIo['env'], name: string): boolean {
  const value = env[name];
  return value !== undefined && value.trim() !== '';
}

/** The OAuth host from the environment, or a UsageError that says why it is needed. */
function oauthBaseUrlOf(env: CommandIo['env'], why: string): string {
  const value = env[ENV.oauthBaseUrl];
  if (value === undefined || value.trim() === '') throw new UsageError(`${ENV.oauthBaseUrl} is not set: ${why}. Set it to ${OAUTH_HINT}.`);
  return value.trim();
}

/** The token source the environment gives, or a UsageError naming exactly the variables to set. */
async function tokenSourceOf(env: CommandIo['env'], cwd: string, redactor: Redactor): Promise<TokenSource> {
  const token = env[ENV.token];
  if (token !== undefined && token.trim() !== '') {
    redactor.add(token, token.trim());
    return { kind: 'token', token: token.trim() };
  }
  const jwt = [ENV.integrationKey, ENV.userId, ENV.privateKey, ENV.privateKeyFile, ENV.oauthBaseUrl].filter((name) => isSet(env, name));
  if (jwt.length === 0) {
    throw new UsageError(
      `No token: set ${ENV.token}, or for JWT Grant set ${ENV.integrationKey}, ${ENV.userId}, ${ENV.privateKeyFile} (or ${ENV.privateKey}) and ${ENV.oauthBaseUrl}.`,
    );
  }
  if (isSet(env, ENV.privateKey) && isSet(env, ENV.privateKeyFile)) {
    throw new UsageError(`Both ${ENV.privateKey} and ${ENV.privateKeyFile} are set: set only one of them.`);
  }
  const missing: string[] = [ENV.integrationKey, ENV.userId].filter((name) => !isSet(env, name));
  if (!isSet(env, ENV.privateKey) && !isSet(env, ENV.privateKeyFile)) missing.push(`${ENV.privateKeyFile} (or ${ENV.privateKey})`);
  if (!isSet(env, ENV.oauthBaseUrl)) missing.push(ENV.oauthBaseUrl);
  if (missing.length > 0) {
    const listed = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    throw new UsageError(`JWT Grant (set: ${jwt.join(', ')}) also needs ${listed}; or set ${ENV.token} instead.`);
  }
  const keyVariable = isSet(env, ENV.privateKey) ? ENV.privateKey : ENV.privateKeyFile;
  let privateKey: string;
  if (keyVariable === ENV.privateKey) {
    privateKey = env[ENV.privateKey] ?? '';
  } else {
    const file = (env[ENV.privateKeyFile] ?? '').trim();
    try {
      privateKey = await readFile(resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${ENV.privateKeyFile} (${file}): ${readFailure(error)}.`);
    }
  }
  // The key in every form it could be printed in: whole, and each line of its body.
  redactor.add(privateKey, privateKey.trim(), ...privateKey.split(/\\n|\r?\n/).map((line) => line.trim()));
  return { kind: 'jwt', integrationKey: (env[ENV.integrationKey] ?? '').trim(), userId: (env[ENV.userId] ?? '').trim(), privateKey, keyVariable };
}

/** Which option or variable an options problem of the library is about. */
function sourceOf(pointer: string, keyVariable: string): string {
  const sources: Record<string, string> = {
    '/integrationKey': ENV.integrationKey,
    '/userId': ENV.userId,
    '/privateKey': keyVariable,
    '/oauthBaseUrl': ENV.oauthBaseUrl,
    '/accessToken': ENV.token,
    '/baseUrl': '--base-url',
    '/accountId': '--account',
    '/timeoutMs': '--timeout-ms',
  };
  return sources[pointer] ?? 'options';
}

/** A ConnectInputError about options (not the configuration) as a UsageError naming the variable or option. */
function optionsUsageError(error: ConnectInputError, keyVariable: string): UsageError {
  const lines = error.problems.map((problem) => `${sourceOf(problem.pointer, keyVariable)}: ${problem.message}`);
  return new UsageError(lines.length > 0 ? lines.join('; ') : error.message);
}

/** The access token to use: the string, or a JWT Grant provider whose tokens are kept out of the output. */
function accessTokenOf(source: TokenSource, env: CommandIo['env'], timeoutMs: number, redactor: Redactor): string | (() => Promise<string>) {
  if (source.kind === 'token') return source.token;
  let provider: () => Promise<string>;
  try {
    provider = createJwtTokenProvider({
      integrationKey: source.integrationKey,
      userId: source.userId,
      privateKey: source.privateKey,
      oauthBaseUrl: oauthBaseUrlOf(env, 'JWT Grant asks the OAuth host for the token'),
      timeoutMs,
    });
  } catch (error) {
    if (error instanceof ConnectInputError) throw optionsUsageError(error, source.keyVariable);
    throw error;
  }
  return async () => {
    const token = await provider();
    redactor.add(token);
    return token;
  };
}

/**
 * The query values of the configuration's listener URL: one may be a key of the listener's (an
 * Azure Functions `code`), and DocuSign echoes the URL, so they are kept out of the output as
 * simulate and check-listener keep them out of theirs.
 */
function listenerKeysIn(configuration: unknown): string[] {
  const url = (configuration as { urlToPublishTo?: unknown } | null)?.urlToPublishTo;
  if (typeof url !== 'string' || !URL.canParse(url)) return [];
  return [...new URL(url).searchParams.values()];
}

/** The JSON document and the exit code for the client's answer. */
function answerOutcome(result: CreateConfigurationResult, where: Record<string, unknown>, redactor: Redactor): { document: Record<string, unknown>; code: number } {
  const docusign = result.docusign === undefined ? {} : { docusign: redactor.value(result.docusign) };
  if (result.success) {
    return { document: { outcome: 'created', id: result.data.id, created_at: result.data.created_at, status: result.status, ...where, ...docusign }, code: EXIT.ok };
  }
  const retryAfter = result.retryAfter === undefined ? {} : { retryAfter: result.retryAfter };
  const document = { outcome: result.outcome, status: result.status, ...where, error: { code: result.error.code, message: result.error.message }, ...retryAfter, ...docusign };
  return { document, code: result.outcome === 'rejected' ? EXIT.failed : EXIT.unknown };
}

/** The stderr lines for an outcome that is unknown: the configuration may exist, so list first. */
function unknownAdvice(reason: string, list: string, configuration: ConnectConfiguration): string {
  let url = '';
  try {
    url = ` and urlToPublishTo ${shownUrl(new URL(configuration.urlToPublishTo))}`;
  } catch {
    // A valid configuration has an absolute URL; without one the name alone identifies it.
  }
  return (
    `the outcome is unknown: ${reason}\n` +
    `The configuration may have been created. Do not run create again yet: first list the account's configurations ` +
    `(${list}, or ${CONNECT_PAGE}) and look for one named ${JSON.stringify(configuration.name)}${url}. Run create again only if it is not there.\n`
  );
}

/** Runs docusign-connect create, writing through `out`/`err`, which remove every known secret. */
async function createRun(argv: readonly string[], io: CommandIo, redactor: Redactor): Promise<number> {
  const out = (text: string) => io.stdout(redactor.text(text));
  const err = (text: string) => io.stderr(redactor.text(text));
  const settings = settingsOf(argv);
  if (settings === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const source = await tokenSourceOf(io.env, io.cwd, redactor);
  const accessToken = accessTokenOf(source, io.env, settings.timeoutMs, redactor);
  const oauthBaseUrl = settings.baseUrl === undefined ? oauthBaseUrlOf(io.env, "without --base-url, the account's base URL is found with /oauth/userinfo on the OAuth host") : undefined;

  // A FIFO would block the read and a directory holds many configurations: FILE is one file.
  const [only, ...more] = await filesOf([settings.file], io.cwd);
  if (only !== settings.file || more.length > 0) throw new UsageError(`${settings.file} is a directory; create takes one configuration file (docusign-connect validate checks a directory).`);
  const text = await readConfigurationText(settings.file, io.cwd);
  const { result: checked, configuration } = checkConfigurationText(settings.file, text);
  redactor.add(...secretsIn(configuration), ...listenerKeysIn(configuration));
  for (const line of findingLines(checked)) err(`${line}\n`);
  if (!checked.valid) {
    out(`${JSON.stringify({ outcome: 'invalid', file: settings.file, problems: checked.problems, warnings: checked.warnings }, null, 2)}\n`);
    err(`docusign-connect create: ${settings.file} is not ${checked.json ? 'a valid configuration' : 'JSON'}; nothing was sent.\n`);
    return EXIT.failed;
  }
  const valid = configuration as ConnectConfiguration;

  let client: ConnectClient;
  let baseUrl: string;
  try {
    if (oauthBaseUrl === undefined) {
      baseUrl = settings.baseUrl ?? '';
    } else {
      const account = await discoverAccount({ accessToken, accountId: settings.accountId, oauthBaseUrl, timeoutMs: settings.timeoutMs });
      baseUrl = account.baseUrl;
      err(`docusign-connect create: account ${account.accountId} (${JSON.stringify(account.accountName)}) is at ${baseUrl}\n`);
    }
    client = createConnectClient({
      baseUrl,
      accessToken,
      ...(settings.wire === undefined ? {} : { wire: settings.wire }),
      timeoutMs: settings.timeoutMs,
      onContractWarning: (warning) => err(`docusign-connect create: warning: ${warning.message}\n`),
      onRetry: (notice) =>
        err(`docusign-connect create: ${notice.status === undefined ? notice.reason : `HTTP ${notice.status} (${notice.reason})`}: nothing was processed; sending again in ${notice.delayMs} ms.\n`),
    });
  } catch (error) {
    if (error instanceof ConnectInputError) throw optionsUsageError(error, source.kind === 'jwt' ? source.keyVariable : ENV.token);
    return couldNotRun(error, err);
  }

  const wire = settings.wire ?? defaultWire(new URL(baseUrl));
  const list = `GET ${baseUrl.replace(/\/+$/, '')}/v2.1/accounts/${settings.accountId}/connect`;
  const where = { wire, accountId: settings.accountId, baseUrl };
  let answer: CreateConfigurationResult;
  try {
    answer = await client.createConfiguration(settings.accountId, valid);
  } catch (error) {
    if (error instanceof ConnectInputError && error.problems.every((problem) => problem.location === 'body')) {
      out(`${JSON.stringify({ outcome: 'invalid', file: settings.file, problems: error.problems, warnings: [] }, null, 2)}\n`);
      for (const problem of error.problems) err(`${settings.file}: ${problem.pointer === '' ? '(top level)' : problem.pointer}: ${problem.message}\n`);
      err(`docusign-connect create: ${settings.file} is not a valid configuration; nothing was sent.\n`);
      return EXIT.failed;
    }
    if (error instanceof ConnectInputError) throw optionsUsageError(error, source.kind === 'jwt' ? source.keyVariable : ENV.token);
    // The client turns every failure into a ConnectClientError; anything else is a fault of ours
    // met while the request may already be out, so it is not known whether it was sent either.
    if (!(error instanceof ConnectClientError)) {
      const message = error instanceof Error ? error.message || error.name : String(error);
      out(`${JSON.stringify({ outcome: 'unknown', ...where, error: { code: 'unexpected', message }, list }, null, 2)}\n`);
      err(`docusign-connect create: ${unknownAdvice(`an unexpected error while sending: ${message}`, list, valid)}`);
      return EXIT.unknown;
    }
    if (error.outcome === 'unknown') {
      const document = { outcome: 'unknown', ...(error.status === undefined ? {} : { status: error.status }), ...where, error: { code: error.kind, message: error.message }, list };
      out(`${JSON.stringify(document, null, 2)}\n`);
      err(`docusign-connect create: ${unknownAdvice(error.message, list, valid)}`);
      return EXIT.unknown;
    }
    return couldNotRun(error, err);
  }
  const { document, code } = answerOutcome(answer, where, redactor);
  if (code === EXIT.unknown) document.list = list;
  out(`${JSON.stringify(document, null, 2)}\n`);
  if (!answer.success) {
    const said = `HTTP ${answer.status} ${answer.error.code}: ${answer.error.message}`;
    if (code === EXIT.failed) err(`docusign-connect create: ${rejectionAdvice(answer, said, source)}\n`);
    else err(`docusign-connect create: ${unknownAdvice(`the server answered ${said}.`, list, valid)}`);
  }
  return code;
}

/**
 * The stderr line for a rejection, by what the status says to do: a refused token or permission
 * is not a problem of the file, and a rate limit passes by itself.
 */
function rejectionAdvice(answer: CreateConfigurationFailure, said: string, source: TokenSource): string {
  if (answer.status === 401 || answer.status === 403) {
    const token = source.kind === 'token'
      ? `that ${ENV.token} is a current token for this account's environment (developer or production)`
      : `that the JWT user (${ENV.userId}) has granted the integration key consent, for this account's environment`;
    return (
      `the server refused the token or the user's permission (${said}). Nothing was created. ` +
      `Check ${token}, and that the user may administer Connect on the account (an account administrator), then run create again.`
    );
  }
  if (answer.status === 429 || answer.retryAfter !== undefined) {
    const wait = answer.retryAfter === undefined || answer.retryAfter === 0 ? 'later' : `in ${answer.retryAfter} s or later`;
    return `the server did not take the request now (${said}), after ${answer.attempts} attempt${answer.attempts === 1 ? '' : 's'}. Nothing was created; run create again ${wait}.`;
  }
  return `the server rejected the configuration (${said}). Nothing was created; fix what it says, then run create again.`;
}

/** discoverAccount's advice for an account the user does not have, written for a library caller. */
const LIBRARY_ACCOUNT_ADVICE = ': pass one of these as accountId, or leave it out for the default account:';

/** Exit 2 for an error after which nothing was created: auth, discovery, a connection never made. */
function couldNotRun(error: unknown, err: (text: string) => void): number {
  if (!(error instanceof ConnectClientError)) throw error;
  // The command has no accountId and no default account: --account is required.
  const message = error instanceof ConnectAuthError && error.code === 'account-not-found' ? error.message.replace(LIBRARY_ACCOUNT_ADVICE, ': pass one of these with --account:') : error.message;
  const nothing = /no create was sent|nothing was (sent|created)|no request was sent/i.test(message) ? '' : ' Nothing was created.';
  err(`docusign-connect create: could not run: ${message}${nothing}\n`);
  return EXIT.usage;
}

/** Runs docusign-connect create; every error it passes on has the secrets removed from its message. */
async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const redactor = new Redactor();
  try {
    return await createRun(argv, io, redactor);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(redactor.text(error.message));
    throw redactor.error(error);
  }
}

/** `docusign-connect create`: creates the configuration in a JSON file, sent once, with an exit code for "unknown". */
export const createCommand: Command = {
  name: NAME,
  summary: 'Create the configuration in a JSON file on an account (checked first, sent once; exit 3 = list before retrying)',
  run,
};
