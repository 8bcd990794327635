// Setup file of the contract project: no test may pass while Prism reported a problem it did not
// look at. Every answer from Prism goes through the fetch wrapped here (the harness, the client
// and the README examples all use the global fetch); after each test, any violation in an
// sl-violations header that the test did not read with violationsOf() fails it. Tests that read
// them assert on them: a refused request's violations name its field, an answer has none.
import { afterEach, beforeEach, inject } from 'vitest';
import { formatViolation, parseViolations, violationsWereRead } from './harness.js';

type Answered = Array<{ method: string; url: string; response: Response }>;

/**
 * The wrapped fetch and what it saw. Test files share a worker (the contract project does not
 * isolate them, which halves its run time), and this file runs again for each of them: the
 * global fetch is wrapped once per worker, and each file's hooks use the one record.
 */
interface Guard {
  /** The origins of this run's Prisms (one per wire). */
  prismOrigins: Set<string>;
  answered: Answered;
}
const GUARD = Symbol.for('docusign-connect-client.violations-guard');
const holder = globalThis as typeof globalThis & { [GUARD]?: Guard };

function install(): Guard {
  const urls = [inject('prismUrl'), inject('docusignPrismUrl')].filter((url) => url !== '');
  const guard: Guard = { prismOrigins: new Set(urls.map((url) => new URL(url).origin)), answered: [] };
  const unwrapped = globalThis.fetch;
  globalThis.fetch = async function fetchWatchedByTheViolationsGuard(input, init) {
    const response = await unwrapped(input, init);
    const request = input instanceof Request ? input : undefined;
    const url = request?.url ?? String(input);
    if (guard.prismOrigins.has(new URL(url).origin)) {
      guard.answered.push({ method: init?.method ?? request?.method ?? 'GET', url, response });
    }
    return response;
  };
  return guard;
}

const guard = (holder[GUARD] ??= install());

beforeEach(() => {
  guard.answered = [];
});

afterEach(() => {
  const unexpected: string[] = [];
  for (const { method, url, response } of guard.answered) {
    if (violationsWereRead(response)) continue;
    for (const violation of parseViolations(response)) {
      unexpected.push(`${method} ${new URL(url).pathname} → ${response.status}: ${formatViolation(violation)}`);
    }
  }
  guard.answered = [];
  if (unexpected.length > 0) {
    throw new Error(
      `Prism reported ${unexpected.length} violation(s) this test did not expect (sl-violations header):\n  ${unexpected.join('\n  ')}`,
    );
  }
});
