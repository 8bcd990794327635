// A stand-in for DocuSign's /oauth/token that misbehaves on purpose, for the JWT Grant
// reliability tests: it runs on loopback, answers each request with the fault it is told to,
// checks every assertion it receives the way the tests require (signature, claims, how far
// back `iat` is), and keeps each assertion and token it handled, so that the tests can look for
// them in errors. Its /oauth/userinfo answers for the tokens it issued. Test-only: nothing in
// the package imports it.
import { type KeyObject, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { drainedOrClosed, readBody, sleep } from './fault-server.js';

/** How one token request is answered. */
export const TOKEN_FAULTS = {
  token: '200 with a token (access_token, token_type Bearer, expires_in)',
  'http-500-json': '500 with a JSON body that is no OAuth error, quoting the request',
  'http-502-json': '502 with a JSON body that is no OAuth error, quoting the request',
  'http-503-json': '503 with a JSON body that is no OAuth error, quoting the request',
  'http-500-empty': '500 with an empty body',
  'http-502-empty': '502 with an empty body',
  'http-503-empty': '503 with an empty body',
  stall: 'no answer at all',
  'stall-mid-body': 'a 200 whose token body stops half way and never ends',
  'user-not-found': '400 invalid_grant, user_not_found, quoting the request',
  'issuer-not-found': "400 invalid_grant, issuer_not_found, quoting the assertion's claims segment alone",
  'no-valid-keys': "400 invalid_grant, no_valid_keys_or_signatures, quoting the assertion's signature segment alone",
  'consent-required': '400 consent_required',
  'html-200': "200 with a proxy's HTML sign-in page",
  'html-502': "502 with a gateway's HTML page, quoting the request",
  'truncated-json': '200 whose token JSON ends half way (Content-Length matches)',
  reset: 'the connection reset before any answer',
  'reset-mid-body': 'a 200 whose token body is cut off by a reset',
  'huge-body': 'a 200 of 1 MiB, chunked, that starts like a token answer',
  'no-access-token': '200 JSON without access_token',
  'wrong-token-type': '200 with a token whose token_type is not Bearer',
} as const;

/** A fault of TOKEN_FAULTS, by name. */
export type TokenFault = keyof typeof TOKEN_FAULTS;

/** How the server answers the token request with this index (0 for the first). */
export interface TokenAnswer {
  fault: TokenFault;
  /** expires_in of a token answer (default 3600). */
  expiresIn?: number | string;
}

/** Options of startTokenFaultServer. */
export interface TokenFaultServerOptions {
  /** Picks the answer for each token request, by its index. */
  choose: (index: number) => TokenAnswer;
  /** The public half of the key pair that must have signed the assertions. */
  publicKey: KeyObject;
  integrationKey: string;
  userId: string;
  /** The scope the assertions must carry (default 'signature impersonation'). */
  scope?: string;
}

/** One token request as the server saw it. */
export interface TokenRequest {
  index: number;
  fault: TokenFault;
  /** The assertion the request carried ('' when it had none). */
  assertion: string;
  /** What is wrong with the request or its assertion; empty when it is as DocuSign wants it. */
  problems: string[];
  /** The token the answer carried, whole or in part, when it carried one. */
  token: string | undefined;
  expiresIn: number | string | undefined;
  /** Whether the client closed the connection before the server had finished answering. */
  hungUp: boolean;
}

/** A running token fault server. */
export interface TokenFaultServer {
  /** The oauthBaseUrl to use, e.g. http://127.0.0.1:41234. */
  origin: string;
  requests: TokenRequest[];
  /** How many /oauth/userinfo requests arrived. */
  userinfoCount: () => number;
  stop: () => Promise<void>;
}

const GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** How far back `iat` must be: about a minute, so [now - 65 s, now - 55 s]. */
const BACKDATE_WINDOW_S = { least: 55, most: 65 } as const;
const ASSERTION_LIFETIME_S = 3600;
const HUGE_BYTES = 1024 * 1024;

/** A token no other text could contain by chance, so that any 8 characters of it found are a leak. */
function newToken(): string {
  return `tok_${randomBytes(24).toString('base64url')}`;
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with a token request, judged as DocuSign would, plus the backdating the tests require. */
function checkRequest(form: URLSearchParams, options: TokenFaultServerOptions, audience: string): string[] {
  const problems: string[] = [];
  if (form.get('grant_type') !== GRANT_TYPE) problems.push(`grant_type is ${JSON.stringify(form.get('grant_type'))}`);
  const parts = (form.get('assertion') ?? '').split('.');
  if (parts.length !== 3) return [...problems, `the assertion has ${parts.length} parts, not 3`];
  const [header = '', claims = '', signature = ''] = parts;
  const head = decodePart(header);
  if (head?.alg !== 'RS256' || head.typ !== 'JWT') problems.push(`the header is ${JSON.stringify(head)}, not RS256 JWT`);
  if (!verify('sha256', Buffer.from(`${header}.${claims}`), options.publicKey, Buffer.from(signature, 'base64url'))) {
    problems.push('the RS256 signature does not verify with the public key');
  }
  const payload = decodePart(claims);
  if (payload === undefined) return [...problems, 'the claims are not a JSON object'];
  const now = Date.now() / 1000;
  const { iss, sub, aud, iat, exp, scope } = payload;
  if (iss !== options.integrationKey) problems.push('iss is not the integration key');
  if (sub !== options.userId) problems.push('sub is not the user ID');
  if (aud !== audience) problems.push(`aud is ${JSON.stringify(aud)}, not ${JSON.stringify(audience)} (the host without scheme)`);
  if (scope !== (options.scope ?? 'signature impersonation')) problems.push(`scope is ${JSON.stringify(scope)}`);
  if (typeof iat !== 'number' || !Number.isInteger(iat)) {
    problems.push('iat is not a whole number of seconds');
  } else {
    const back = now - iat;
    if (back < BACKDATE_WINDOW_S.least || back > BACKDATE_WINDOW_S.most) {
      problems.push(`iat is ${back.toFixed(1)} s before the server's clock, not ${BACKDATE_WINDOW_S.least}-${BACKDATE_WINDOW_S.most} s`);
    }
    if (exp !== iat + ASSERTION_LIFETIME_S) problems.push(`exp is ${JSON.stringify(exp)}, not iat + ${ASSERTION_LIFETIME_S}`);
  }
  return problems;
}

/** Starts the server on 127.0.0.1, on a port of the system's choosing. */
export async function startTokenFaultServer(options: TokenFaultServerOptions): Promise<TokenFaultServer> {
  const requests: TokenRequest[] = [];
  const issued = new Set<string>();
  const sockets = new Set<Socket>();
  let userinfo = 0;
  let audience = '';

  const json = (response: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
    response.end(text);
  };
  const page = (response: ServerResponse, status: number, html: string) => {
    response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)) });
    response.end(html);
  };
  const empty = (response: ServerResponse, status: number) => {
    response.writeHead(status, { 'Content-Length': '0' });
    response.end();
  };

  async function token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const form = new URLSearchParams(body);
    const index = requests.length;
    const { fault, expiresIn = 3600 } = options.choose(index);
    const seen: TokenRequest = { index, fault, assertion: form.get('assertion') ?? '', problems: checkRequest(form, options, audience), token: undefined, expiresIn: undefined, hungUp: false };
    requests.push(seen);
    response.once('close', () => {
      if (!response.writableFinished) seen.hungUp = true;
    });
    const grant = () => {
      const issuedToken = newToken();
      seen.token = issuedToken;
      seen.expiresIn = expiresIn;
      return { access_token: issuedToken, token_type: 'Bearer', expires_in: expiresIn };
    };
    // What a careless server or gateway puts in its error answers: the request, assertion included.
    const quoted = `The request was: ${body}`;
    // What a server that names the part it objects to quotes: one segment of the assertion.
    const [, claimsPart = '', signaturePart = ''] = seen.assertion.split('.');
    const socket = request.socket;

    switch (fault) {
      case 'token': {
        const answer = grant();
        issued.add(answer.access_token);
        return json(response, 200, answer);
      }
      case 'http-500-json':
      case 'http-502-json':
      case 'http-503-json':
        return json(response, Number(fault.slice(5, 8)), { message: 'The service is not available.', detail: quoted });
      case 'http-500-empty':
      case 'http-502-empty':
      case 'http-503-empty':
        return empty(response, Number(fault.slice(5, 8)));
      case 'stall':
        // Not a byte; the client's timeout or stop() ends it.
        return;
      case 'stall-mid-body': {
        const text = JSON.stringify(grant());
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
        response.write(text.slice(0, 30));
        return;
      }
      case 'user-not-found':
        return json(response, 400, { error: 'invalid_grant', error_description: 'user_not_found', debug: quoted });
      case 'issuer-not-found':
        return json(response, 400, { error: 'invalid_grant', error_description: 'issuer_not_found', debug: `No integration key is the issuer of ${claimsPart}` });
      case 'no-valid-keys':
        return json(response, 400, { error: 'invalid_grant', error_description: 'no_valid_keys_or_signatures', debug: `The signature ${signaturePart} matches no key` });
      case 'consent-required':
        return json(response, 400, { error: 'consent_required' });
      case 'html-200':
        return page(response, 200, '<!doctype html><html><head><title>Sign in</title></head><body><form action="/login">Sign in to the proxy</form></body></html>');
      case 'html-502':
        return page(response, 502, `<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><pre>${quoted}</pre></body></html>`);
      case 'truncated-json': {
        const text = JSON.stringify(grant());
        const half = text.slice(0, Math.floor(text.length / 2));
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(half)) });
        response.end(half);
        return;
      }
      case 'reset':
        socket.resetAndDestroy();
        return;
      case 'reset-mid-body': {
        const text = JSON.stringify(grant());
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
        response.write(text.slice(0, 30));
        await sleep(5);
        socket.resetAndDestroy();
        return;
      }
      case 'huge-body': {
        const start = JSON.stringify(grant()).slice(0, -1);
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write(`${start},"padding":"`);
        const chunk = Buffer.alloc(16 * 1024, 'a');
        let closed = false;
        response.once('close', () => {
          closed = true;
        });
        for (let written = 0; written < HUGE_BYTES && !closed; written += chunk.length) {
          // A client that stops reading stops the server too.
          if (!response.write(chunk)) await drainedOrClosed(response);
        }
        if (!closed) response.end('"}');
        return;
      }
      case 'no-access-token':
        return json(response, 200, { token_type: 'Bearer', expires_in: expiresIn });
      case 'wrong-token-type':
        return json(response, 200, { ...grant(), token_type: 'mac' });
    }
  }

  const server = createServer((request, response) => {
    const route = `${request.method ?? ''} ${request.url ?? ''}`;
    if (route === 'POST /oauth/token') {
      token(request, response).catch(() => request.socket.destroy());
      return;
    }
    if (route === 'GET /oauth/userinfo') {
      userinfo += 1;
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (bearer === undefined || !issued.has(bearer)) return json(response, 401, { error: 'invalid_token' });
      const account = { account_id: '5b0a7c9e-2d41-4f86-9b3a-7e1c0d2f4a68', is_default: true, account_name: 'Loopback', base_uri: 'https://demo.docusign.net' };
      return json(response, 200, { sub: options.userId, accounts: [account] });
    }
    return json(response, 404, { error: 'not_found' });
  });
  // Longer than any test: an idle connection the server closes while the client reuses it would
  // be a reset that no fault asked for.
  server.keepAliveTimeout = 120_000;
  server.on('connection', (socket) => {
    // The server's half of a connection keeps nothing alive, so that the tests' counts of active
    // sockets are the client's alone. (After an aborted request the client's pool may open an
    // idle connection; it is unreferenced on the client's side, and now on this side too.)
    socket.unref();
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  audience = `127.0.0.1:${port}`;
  return {
    origin: `http://${audience}`,
    requests,
    userinfoCount: () => userinfo,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
