// One create call through the real client against this run's Prism (mock or proxy), with a
// recording fetch: the request exactly as it left, and the answer exactly as it came back. The
// answer's violations count as read; the callers check the answer themselves (answer-check.ts).
import { createConnectClient, type ConnectConfiguration, type ContractWarning, type CreateConfigurationResult, type Wire } from '../../src/index.js';
import { captureAnswer, type WireAnswer } from './answer-check.js';
import { contractTarget, violationsOf, type Violation } from './harness.js';
import { captureRequest, type WireRequest } from './wire-check.js';

export interface ExchangeOptions {
  accountId?: string;
  /** The bearer token; the run's own by default. */
  token?: string;
  /** A Prism Prefer header (mock only), such as `code=429, dynamic=true`. */
  prefer?: string;
  /** `off` sends bodies the client would refuse, to see what Prism says of them. */
  validate?: 'strict' | 'off';
  /** Which wire's Prism, and so which answers, the client talks to. Default `envelope`. */
  wire?: Wire;
}

export interface Exchange {
  requests: WireRequest[];
  answers: WireAnswer[];
  /** Prism's violations, per answer. */
  violations: Violation[][];
  contractWarnings: ContractWarning[];
  result: CreateConfigurationResult | undefined;
  /** What the client threw instead of resolving, if it did. */
  thrown: unknown;
}

export async function exchange(body: ConnectConfiguration, options: ExchangeOptions = {}): Promise<Exchange> {
  const { wire = 'envelope' } = options;
  const target = contractTarget(wire);
  const { accountId = target.accountId, token = target.token, prefer, validate = 'strict' } = options;
  const seen: Exchange = { requests: [], answers: [], violations: [], contractWarnings: [], result: undefined, thrown: undefined };
  const client = createConnectClient({
    baseUrl: target.url,
    accessToken: token,
    wire,
    retry: false,
    validate,
    onContractWarning: (warning) => seen.contractWarnings.push(warning),
    ...(prefer === undefined ? {} : { middleware: [{ onRequest: ({ request }: { request: Request }) => (request.headers.set('Prefer', prefer), request) }] }),
    fetch: async (url, init) => {
      const request = new Request(url, init);
      seen.requests.push(await captureRequest(request.clone()));
      const response = await fetch(request);
      seen.answers.push(await captureAnswer(response));
      seen.violations.push(violationsOf(response));
      return response;
    },
  });
  try {
    seen.result = await client.createConfiguration(accountId, body);
  } catch (error) {
    seen.thrown = error;
  }
  return seen;
}
