// Keeping secrets out of everything the client hands back: errors, hook payloads, excerpts.
import { specFacts } from '../generated/spec-facts.js';

/** What replaces a secret wherever the client shows a request or a text. */
export const REDACTED = '[REDACTED]';

/** The pointer patterns of the properties the spec marks write-only (the secrets). */
const secretPatterns = Object.entries(specFacts.fields as Record<string, { secret?: boolean }>)
  .filter(([, field]) => field.secret === true)
  .map(([pattern]) => pattern);

/** The same patterns as property paths, split once: `/oAuthConfiguration/clientSecret` → its two names. */
const secretPaths = secretPatterns.map((pattern) => pattern.slice(1).split('/'));

/** Every secret value inside a configuration (password, clientSecret, salesforceAuthcode). */
export function secretsIn(configuration: unknown): string[] {
  const found: string[] = [];
  for (const path of secretPaths) collectSecrets(configuration, path, 0, found);
  return found;
}

/** Follows `path` from `node` (`*` is every item of a list) and keeps the non-empty strings at its end. */
function collectSecrets(node: unknown, path: readonly string[], index: number, found: string[]): void {
  const head = path[index];
  if (head === undefined || node === null || typeof node !== 'object') return;
  const last = index === path.length - 1;
  const visit = (child: unknown) => {
    if (!last) collectSecrets(child, path, index + 1, found);
    else if (typeof child === 'string' && child !== '') found.push(child);
  };
  if (head !== '*') visit((node as Record<string, unknown>)[head]);
  else if (Array.isArray(node)) for (const child of node) visit(child);
}

/**
 * Secrets shorter than this are not searched for in texts: a one-letter password would turn
 * every "e" of every message into [REDACTED]. They are still replaced wherever they are the
 * value of a secret field (the request body in an error, say).
 */
export const SHORTEST_SEARCHED_SECRET = 6;

/** Tracks the secrets of one call and removes them from any text or value. */
export class Redactor {
  readonly #needles: string[] = [];

  /** Adds secrets, in every form they could take in a text: raw, JSON-escaped, URL-encoded. */
  add(...secrets: Array<string | undefined>): this {
    for (const secret of secrets) {
      if (typeof secret !== 'string' || secret.length < SHORTEST_SEARCHED_SECRET) continue;
      const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
      for (const form of forms) if (form !== '' && !this.#needles.includes(form)) this.#needles.push(form);
    }
    // Longest first, so that a secret containing a shorter one is removed whole.
    this.#needles.sort((a, b) => b.length - a.length);
    return this;
  }

  /** The text with every secret replaced. */
  text(value: string): string {
    let result = value;
    // Looking costs less than cutting: most texts hold no secret at all.
    for (const needle of this.#needles) if (result.includes(needle)) result = result.split(needle).join(REDACTED);
    return result;
  }

  /** A deep copy of a JSON-like value with every secret property and every secret string replaced. */
  value<T>(input: T): T {
    const seen = new WeakSet<object>();
    const copy = (node: unknown, pattern: string, depth: number): unknown => {
      if (secretPatterns.includes(pattern) && node !== undefined) return REDACTED;
      if (typeof node === 'string') return this.text(node);
      if (node === null || typeof node !== 'object' || depth > 32) return node;
      if (seen.has(node)) return '[Circular]';
      seen.add(node);
      if (Array.isArray(node)) return node.map((item) => copy(item, `${pattern}/*`, depth + 1));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const name = this.text(key);
        const value = copy(item, `${pattern}/${key}`, depth + 1);
        // A "__proto__" key is data here: assigning it would drop it or swap the copy's
        // prototype, so it is defined instead. (Only it: defined properties make slow objects.)
        if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
        else out[name] = value;
      }
      return out;
    };
    return copy(input, '', 0) as T;
  }

  /**
   * An error safe to keep as a `cause`: the original when it mentions no secret, otherwise a
   * plain copy with the secrets removed from its message, stack and causes.
   */
  error(error: unknown, depth = 0): unknown {
    if (!(error instanceof Error) || depth > 5) {
      return typeof error === 'string' ? this.text(error) : error;
    }
    const cause = 'cause' in error ? this.error(error.cause, depth + 1) : undefined;
    const dirty = this.text(error.message) !== error.message || this.text(error.stack ?? '') !== (error.stack ?? '');
    if (!dirty && (!('cause' in error) || cause === error.cause)) return error;
    const clean = new Error(this.text(error.message), cause === undefined ? undefined : { cause });
    clean.name = error.name;
    clean.stack = this.text(error.stack ?? '');
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(clean, { code });
    return clean;
  }
}
