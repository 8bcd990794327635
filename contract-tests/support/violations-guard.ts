// Setup file of the contract project: no test may pass while Prism reported a problem it did not
// look at. Every answer from Prism goes through the fetch wrapped here (the harness, the client
// and the README examples all use the global fetch); after each test, any violation in an
// sl-violations header that the test did not read with violationsOf() fails it. Tests that read
// them assert on them: a refused request's violations name its field, an answer has none.
import { afterEach, beforeEach, inject } from 'vitest';
import { formatViolation, parseViolations, violationsWereRead } from './harness.js';

const prismOrigin = new URL(inject('prismUrl')).origin;
let answered: Array<{ method: string; url: string; response: Response }> = [];

const unwrapped = globalThis.fetch;
globalThis.fetch = async function fetchWatchedByTheViolationsGuard(input, init) {
  const response = await unwrapped(input, init);
  const request = input instanceof Request ? input : undefined;
  const url = request?.url ?? String(input);
  if (new URL(url).origin === prismOrigin) {
    answered.push({ method: init?.method ?? request?.method ?? 'GET', url, response });
  }
  return response;
};

beforeEach(() => {
  answered = [];
});

afterEach(() => {
  const unexpected: string[] = [];
  for (const { method, url, response } of answered) {
    if (violationsWereRead(response)) continue;
    for (const violation of parseViolations(response)) {
      unexpected.push(`${method} ${new URL(url).pathname} → ${response.status}: ${formatViolation(violation)}`);
    }
  }
  answered = [];
  if (unexpected.length > 0) {
    throw new Error(
      `Prism reported ${unexpected.length} violation(s) this test did not expect (sl-violations header):\n  ${unexpected.join('\n  ')}`,
    );
  }
});
