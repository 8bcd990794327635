// docusign-connect create when sending fails in a way the client does not describe (a fault of
// ours, not a ConnectClientError): the request may be out, so the outcome is unknown (exit 3),
// never "could not run" (exit 2), which would invite a second create.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import type { CommandIo } from './command.js';
import { JSON_SIM_FILE } from './fixtures/configurations.js';
import { runCli } from './main.js';

vi.mock('../client.js', async (original) => ({
  ...(await original<typeof import('../client.js')>()),
  createConnectClient: () => ({
    createConfiguration: async () => {
      throw new TypeError('Cannot read properties of undefined');
    },
  }),
}));

const dir = mkdtempSync(join(tmpdir(), 'create-unexpected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an error that is not the client\'s while sending is exit 3 with the advice to list first, and no token in the output', async () => {
  const file = join(dir, 'connect.json');
  writeFileSync(
    file,
    JSON.stringify(JSON_SIM_FILE),
  );
  const out: string[] = [];
  const err: string[] = [];
  const token = 'access-token-never-printed-7c1f';
  const io: CommandIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: dir, env: { DOCUSIGN_ACCESS_TOKEN: token } };
  const code = await runCli(['create', file, '--account', '2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804', '--base-url', 'https://demo.docusign.net/restapi'], io);
  expect(code).toBe(3);
  const result = JSON.parse(out.join('')) as Record<string, unknown>;
  expect(result).toMatchObject({ outcome: 'unknown', error: { code: 'unexpected', message: 'Cannot read properties of undefined' } });
  expect(result.list).toBe('GET https://demo.docusign.net/restapi/v2.1/accounts/2b4e7c5a-91d3-4f0e-8a62-3c7d15e9b804/connect');
  expect(err.join('')).toMatch(/the outcome is unknown: .*Do not run create again yet: first list the account's configurations/s);
  expect(out.join('') + err.join('')).not.toContain(token);
});
