// The README's usage section, run as written against the mock: a new user who follows it must
// see exactly the output it shows, and nothing may reach the mock.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { projectRoot } from './support/spec-tools.mjs';
import { prismUrl } from './support/harness.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const usage = readme.slice(readme.indexOf('## Using the client'), readme.indexOf('\n## ', readme.indexOf('## Using the client') + 1));
const block = (language: string) => {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(usage);
  if (!match?.[1]) throw new Error(`README's usage section has no ${language} block`);
  return match[1];
};

const scratch = mkdtempSync(join(tmpdir(), 'readme-example-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the README try-it example prints the problems it shows, and sends nothing', async () => {
  const script = block('js');
  expect(script).toContain("'http://127.0.0.1:4010'");
  const file = join(scratch, 'try.mjs');
  writeFileSync(file, script.replace("'http://127.0.0.1:4010'", JSON.stringify(prismUrl())));
  // The example uses the global fetch, as a reader's script would; a spy (not a replacement)
  // counts what it sends.
  const sent = vi.spyOn(globalThis, 'fetch');
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
  });
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    sent.mockRestore();
  }
  expect(printed.join('\n').trim()).toBe(block('text').trim());
  expect(sent).not.toHaveBeenCalled();
});
