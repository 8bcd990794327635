// The contract workflow (.github/workflows/contract.yml) against its requirement: on pull
// requests and on changes to openapi.yaml it runs `npm ci`, the spec lint with annotations,
// the drift check and the contract run, and uploads the JUnit report; read-only permissions;
// superseded runs are cancelled. Plus the hygiene that keeps it safe to run: actions pinned
// to commit SHAs, checkout without a stored token, provider secrets only in `env`. The spec
// diff workflow (.github/workflows/spec-diff.yml) is held to the same hygiene, and to its own
// requirement: on pull requests that touch the spec, `npm run spec:diff` against the base branch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  permissions?: unknown;
  env?: Record<string, unknown>;
  'timeout-minutes'?: number;
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: unknown };
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflowPath = join(projectRoot, '.github', 'workflows', 'contract.yml');
const workflowText = readFileSync(workflowPath, 'utf8');
const workflow = parse(workflowText) as Workflow;
const jobs = Object.entries(workflow.jobs);
const allSteps = jobs.flatMap(([, job]) => job.steps);
const packageScripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;
const PROVIDER_SECRETS = ['CONTRACT_PROVIDER_TOKEN', 'CONTRACT_PROVIDER_ACCOUNT'];

function job(id: string): Job {
  const found = workflow.jobs[id];
  if (!found) throw new Error(`the workflow has no job "${id}"`);
  return found;
}

/** Index of the one step whose `run` matches; fails when none or several do. */
function runStep(steps: Step[], pattern: RegExp): number {
  const indexes = steps.flatMap((step, index) => (step.run !== undefined && pattern.test(step.run) ? [index] : []));
  expect(indexes, `steps running ${pattern}`).toHaveLength(1);
  return indexes[0] as number;
}

function usesStep(steps: Step[], action: string): Step[] {
  return steps.filter((step) => step.uses?.startsWith(`${action}@`));
}

function uploadPaths(step: Step): string[] {
  const path = step.with?.path;
  expect(typeof path, 'upload-artifact path').toBe('string');
  return (path as string).split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Every permission scope, at the top and on each job, as [where, scope, level]. */
function permissionGrants(): Array<[string, string, string]> {
  const grants: Array<[string, string, string]> = [];
  const collect = (where: string, permissions: unknown) => {
    if (permissions === undefined) return;
    if (typeof permissions === 'string') grants.push([where, '*', permissions]); // read-all, write-all
    else for (const [scope, level] of Object.entries(permissions as Record<string, unknown>)) grants.push([where, scope, String(level)]);
  };
  collect('workflow', workflow.permissions);
  for (const [id, each] of jobs) collect(`jobs.${id}`, each.permissions);
  return grants;
}

/** `npm run <script>` calls in a shell command. */
function npmRunScripts(command: string): string[] {
  return [...command.matchAll(/\bnpm run(?:-script)? ([\w:.-]+)/g)].map((match) => match[1] as string);
}

describe('triggers', () => {
  test('runs on every pull request, with no branch or path filter', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const pullRequest = workflow.on.pull_request as Record<string, unknown> | null;
    for (const filter of ['branches', 'branches-ignore', 'paths', 'paths-ignore']) {
      expect(pullRequest?.[filter], `pull_request.${filter}`).toBeUndefined();
    }
  });

  test('runs on pushes that change either spec document (and on demand)', () => {
    const push = workflow.on.push as { paths?: string[]; 'paths-ignore'?: string[] };
    expect(push.paths).toContain('openapi.yaml');
    expect(push.paths).toContain('openapi.docusign.yaml');
    expect(push['paths-ignore']).toBeUndefined();
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
  });
});

describe('permissions and concurrency', () => {
  test('the token is read-only: contents: read at the top, nothing anywhere else', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(permissionGrants()).toEqual([['workflow', 'contents', 'read']]);
  });

  test('no grant anywhere is write', () => {
    const writes = permissionGrants().filter(([, , level]) => level !== 'read' && level !== 'none' && level !== 'read-all');
    expect(writes).toEqual([]);
  });

  test('a new run for the same workflow and ref cancels the one in progress', () => {
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(true);
    expect(workflow.concurrency?.group).toContain('${{ github.workflow }}');
    expect(workflow.concurrency?.group).toContain('${{ github.ref }}');
  });

  test('every job has a timeout', () => {
    for (const [id, each] of jobs) {
      expect(each['timeout-minutes'], `jobs.${id}.timeout-minutes`).toBeGreaterThan(0);
      expect(each['timeout-minutes'], `jobs.${id}.timeout-minutes`).toBeLessThanOrEqual(30);
    }
  });

  test('Redocly telemetry is off for the whole workflow', () => {
    expect(workflow.env?.REDOCLY_TELEMETRY).toBe('off');
  });
});

describe('the contract job', () => {
  const steps = job('contract').steps;

  test('has no condition: it runs for every trigger', () => {
    expect(job('contract').if).toBeUndefined();
  });

  test('checks out without keeping the token, and sets up Node 20 with the npm cache', () => {
    const checkout = usesStep(steps, 'actions/checkout');
    expect(checkout).toHaveLength(1);
    expect(checkout[0]?.with?.['persist-credentials']).toBe(false);
    const setupNode = usesStep(steps, 'actions/setup-node');
    expect(setupNode).toHaveLength(1);
    expect(setupNode[0]?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    expect(steps.indexOf(checkout[0] as Step)).toBeLessThan(steps.indexOf(setupNode[0] as Step));
  });

  test('runs npm ci, the lint with annotations, the drift check and the contract run, in that order', () => {
    const install = runStep(steps, /^npm ci$/m);
    const lint = runStep(steps, /\bredocly lint openapi\.yaml\b/);
    const drift = runStep(steps, /\bnpm run generate:check$/m);
    const contract = runStep(steps, /^npm run contract$/m);
    expect(install).toBeLessThan(lint);
    expect(lint).toBeLessThan(drift);
    expect(drift).toBeLessThan(contract);
    expect(steps[lint]?.run).toBe('npx redocly lint openapi.yaml openapi.docusign.yaml --format github-actions');
    const setupNode = steps.findIndex((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode).toBeLessThan(install);
  });

  test('uploads the JUnit report and the summary after the contract run, also when it failed', () => {
    const uploads = usesStep(steps, 'actions/upload-artifact');
    expect(uploads).toHaveLength(1);
    const upload = uploads[0] as Step;
    expect(steps.indexOf(upload)).toBeGreaterThan(runStep(steps, /^npm run contract$/m));
    expect(uploadPaths(upload)).toEqual(['reports/junit.xml', 'reports/contract-summary.md']);
    // Without always() or !cancelled() a step is skipped once an earlier one fails.
    expect(upload.if?.replace(/\s+/g, '')).toMatch(/^(\$\{\{)?(!cancelled\(\)|always\(\))(\}\})?$/);
    expect(upload.with?.['retention-days']).toBeGreaterThanOrEqual(1);
    expect(upload.with?.['retention-days']).toBeLessThanOrEqual(90);
    expect(upload.with?.['if-no-files-found']).toBe('warn');
  });

  test('does not use provider secrets', () => {
    expect(JSON.stringify(job('contract'))).not.toMatch(/secrets\.|CONTRACT_PROVIDER/);
  });
});

describe('the optional provider verification', () => {
  const gate = job('provider-configured');
  const provider = job('provider');

  test('is skipped for pull requests from forks, which get no secrets', () => {
    expect(gate.if?.replace(/\s+/g, ' ')).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(gate.if).toContain("github.event_name != 'pull_request'");
    expect(provider.needs).toEqual(expect.arrayContaining(['provider-configured', 'contract']));
  });

  test('runs only when CONTRACT_PROVIDER_URL is set', () => {
    const check = gate.steps.find((step) => step.id === 'check');
    expect(check?.env?.CONTRACT_PROVIDER_URL).toBe('${{ vars.CONTRACT_PROVIDER_URL || secrets.CONTRACT_PROVIDER_URL }}');
    expect(check?.run).toContain('[ -n "$CONTRACT_PROVIDER_URL" ]');
    expect(check?.run).toContain('configured=true');
    expect(provider.if).toBe("${{ needs.provider-configured.outputs.configured == 'true' }}");
  });

  test('runs the contract against the provider with its own report directory, and uploads it', () => {
    const steps = provider.steps;
    const verify = runStep(steps, /\bnpm run contract\b/);
    expect(steps[verify]?.run).toBe('npm run contract -- --provider "$CONTRACT_PROVIDER_URL" --reports reports/provider');
    expect(steps[verify]?.env).toEqual({
      CONTRACT_PROVIDER_URL: '${{ vars.CONTRACT_PROVIDER_URL || secrets.CONTRACT_PROVIDER_URL }}',
      CONTRACT_PROVIDER_TOKEN: '${{ secrets.CONTRACT_PROVIDER_TOKEN }}',
      CONTRACT_PROVIDER_ACCOUNT: '${{ secrets.CONTRACT_PROVIDER_ACCOUNT }}',
      CONTRACT_WIRE: '${{ vars.CONTRACT_WIRE }}',
    });
    const uploads = usesStep(steps, 'actions/upload-artifact');
    expect(uploads).toHaveLength(1);
    expect(steps.indexOf(uploads[0] as Step)).toBeGreaterThan(verify);
    expect(uploadPaths(uploads[0] as Step)).toEqual(['reports/provider/junit.xml', 'reports/provider/contract-summary.md']);
    expect(uploads[0]?.if?.replace(/\s+/g, '')).toMatch(/!cancelled\(\)|always\(\)/);
    expect(uploads[0]?.with?.name).not.toBe(usesStep(job('contract').steps, 'actions/upload-artifact')[0]?.with?.name);
  });

  test('secrets reach commands through env only, never inside a run: command', () => {
    const runs = allSteps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs.length).toBeGreaterThanOrEqual(6);
    for (const command of runs) {
      // No ${{ }} in shell text at all: expressions there are pasted in before the shell
      // parses it, which leaks secrets into the script and opens it to injection.
      expect(command).not.toContain('${{');
      for (const name of PROVIDER_SECRETS) expect(command).not.toContain(name);
    }
    // And the secrets are referenced at all (so the checks above are not vacuous).
    const envs = JSON.stringify(allSteps.map((step) => step.env ?? {}));
    for (const name of PROVIDER_SECRETS) expect(envs).toContain(`secrets.${name}`);
  });
});

describe('actions', () => {
  const uses = allSteps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));

  test('every action is pinned to a full commit SHA', () => {
    expect(uses.length).toBeGreaterThanOrEqual(6);
    expect(uses.filter((ref) => !PINNED.test(ref))).toEqual([]);
  });

  test('each action resolves to one SHA, and its line names the release it is', () => {
    const shas = new Map<string, Set<string>>();
    for (const ref of uses) {
      const [action, sha] = ref.split('@') as [string, string];
      shas.set(action, (shas.get(action) ?? new Set()).add(sha));
    }
    for (const [action, set] of shas) expect([...set], action).toHaveLength(1);
    const lines = workflowText.split('\n').filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(lines).toHaveLength(uses.length);
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  test('every checkout leaves no credentials behind', () => {
    const checkouts = usesStep(allSteps, 'actions/checkout');
    expect(checkouts.length).toBeGreaterThanOrEqual(1);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  test('the pin pattern refuses tags, branches and short SHAs', () => {
    expect(PINNED.test('actions/checkout@v4')).toBe(false);
    expect(PINNED.test('actions/checkout@main')).toBe(false);
    expect(PINNED.test('actions/checkout@11bd719')).toBe(false);
    expect(PINNED.test(`actions/checkout@${'a'.repeat(40)}`)).toBe(true);
    expect(PINNED.test(`github/codeql-action/init@${'a'.repeat(40)}`)).toBe(true);
  });
});

describe('npm scripts', () => {
  const called = [...new Set(allSteps.flatMap((step) => (step.run === undefined ? [] : npmRunScripts(step.run))))];

  test('the workflow calls generate:check and contract', () => {
    expect(called.sort()).toEqual(['contract', 'generate:check']);
  });

  test.each(called)('package.json defines "%s"', (script) => {
    expect(Object.keys(packageScripts)).toContain(script);
  });

  test('the script finder reads npm run calls with arguments', () => {
    expect(npmRunScripts('npm run contract -- --provider "$URL"')).toEqual(['contract']);
    expect(npmRunScripts('npm ci && npm run lint && npm run generate:check')).toEqual(['lint', 'generate:check']);
  });
});

describe('the spec diff workflow (spec-diff.yml)', () => {
  const diffPath = join(projectRoot, '.github', 'workflows', 'spec-diff.yml');
  const diffText = readFileSync(diffPath, 'utf8');
  const diff = parse(diffText) as Workflow;
  const diffJobs = Object.entries(diff.jobs);
  const diffSteps = diffJobs.flatMap(([, each]) => each.steps);

  test('runs on pull requests that touch a spec document, package.json or the differ, and on nothing else', () => {
    expect(Object.keys(diff.on)).toEqual(['pull_request']);
    const pullRequest = diff.on.pull_request as { paths?: string[] };
    expect([...(pullRequest.paths ?? [])].sort()).toEqual(
      ['.github/workflows/spec-diff.yml', 'openapi.docusign.yaml', 'openapi.yaml', 'package.json', 'scripts/spec-diff.mjs', 'scripts/spec-diff/**'].sort(),
    );
  });

  test('the token is read-only, superseded runs are cancelled, and the job has a timeout', () => {
    expect(diff.permissions).toEqual({ contents: 'read' });
    for (const [id, each] of diffJobs) {
      expect(each.permissions, `jobs.${id}.permissions`).toBeUndefined();
      expect(each['timeout-minutes'], `jobs.${id}.timeout-minutes`).toBeGreaterThan(0);
      expect(each['timeout-minutes'], `jobs.${id}.timeout-minutes`).toBeLessThanOrEqual(30);
    }
    expect(diff.concurrency?.['cancel-in-progress']).toBe(true);
    expect(diff.concurrency?.group).toContain('${{ github.ref }}');
  });

  test('checks out the whole history without keeping the token, then sets up Node 20 and runs npm ci', () => {
    expect(diffJobs).toHaveLength(1);
    const checkout = usesStep(diffSteps, 'actions/checkout');
    expect(checkout).toHaveLength(1);
    // The base branch must be there to compare with: a shallow clone has only the merge commit.
    expect(checkout[0]?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    const setupNode = usesStep(diffSteps, 'actions/setup-node');
    expect(setupNode).toHaveLength(1);
    expect(setupNode[0]?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    const install = runStep(diffSteps, /^npm ci$/m);
    expect(diffSteps.indexOf(checkout[0] as Step)).toBeLessThan(diffSteps.indexOf(setupNode[0] as Step));
    expect(diffSteps.indexOf(setupNode[0] as Step)).toBeLessThan(install);
  });

  test('runs spec:diff against the base branch with annotations, the branch name passed through env', () => {
    const compare = runStep(diffSteps, /\bnpm run spec:diff\b/);
    expect(compare).toBeGreaterThan(runStep(diffSteps, /^npm ci$/m));
    expect(diffSteps[compare]?.run).toBe('npm run spec:diff -- --base "origin/$BASE_REF" --format github');
    expect(diffSteps[compare]?.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    // No ${{ }} in any shell text: a branch name pasted into the script could run as a command.
    for (const step of diffSteps) if (step.run !== undefined) expect(step.run).not.toContain('${{');
    // The job summary comes from $GITHUB_STEP_SUMMARY, so no --summary file is needed.
    expect(diffSteps[compare]?.run).not.toContain('--summary');
    expect(Object.keys(packageScripts)).toContain('spec:diff');
    expect(packageScripts['spec:diff']).toBe('node scripts/spec-diff.mjs');
  });

  test('every action is pinned to the same commit SHA as in contract.yml, its line naming the release', () => {
    const uses = diffSteps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));
    expect(uses.length).toBeGreaterThanOrEqual(2);
    expect(uses.filter((ref) => !PINNED.test(ref))).toEqual([]);
    const contractUses = new Map(allSteps.flatMap((step) => (step.uses === undefined ? [] : [step.uses.split('@') as [string, string]])));
    for (const ref of uses) {
      const [action, sha] = ref.split('@') as [string, string];
      if (contractUses.has(action)) expect(sha, action).toBe(contractUses.get(action));
    }
    const lines = diffText.split('\n').filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(lines).toHaveLength(uses.length);
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  test('uses no secrets', () => {
    expect(diffText).not.toMatch(/secrets\./);
  });
});

// The release workflow (.github/workflows/release.yml): on a version tag, the CI checks, then a
// publish with provenance that first checks the tag, the versions, the changelog heading and the
// repository field, and publishes prereleases under the dist-tag next. Its check step and the
// step choosing the dist-tag are run here as the runner would run them, in throwaway copies of
// the project.
describe('the release workflow', () => {
  const releasePath = join(projectRoot, '.github', 'workflows', 'release.yml');
  const releaseText = readFileSync(releasePath, 'utf8');
  const release = parse(releaseText) as Workflow;
  const releaseJob = (id: string): Job => {
    const found = release.jobs[id];
    if (!found) throw new Error(`release.yml has no job "${id}"`);
    return found;
  };
  const releaseSteps = Object.values(release.jobs).flatMap((each) => each.steps);
  const publishSteps = releaseJob('publish').steps;
  const checkStep = publishSteps[runStep(publishSteps, /GITHUB_REF_NAME/)] as Step;
  const distTagStep = publishSteps[runStep(publishSteps, /GITHUB_OUTPUT/)] as Step;
  const PUBLISH = 'npm publish --provenance --access public --tag "$DIST_TAG"';

  test('runs only for a pushed version tag', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
  });

  test('is read-only but for the OIDC token of the publish job, which provenance needs', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(releaseJob('test').permissions).toBeUndefined();
    expect(releaseJob('publish').permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  test('never cancels a release half-way, and every job has a timeout', () => {
    expect(release.concurrency?.['cancel-in-progress']).toBe(false);
    for (const [id, each] of Object.entries(release.jobs)) expect(each['timeout-minutes'], `jobs.${id}.timeout-minutes`).toBeGreaterThan(0);
  });

  test('runs the same checks as CI, .ci/run (npm ci, Chromium when missing, npm test), on Node 20', () => {
    const steps = releaseJob('test').steps;
    expect(steps[runStep(steps, /\.ci\/run/)]?.run).toBe('.ci/run');
    expect(readFileSync(join(projectRoot, '.ci', 'run'), 'utf8')).toMatch(/^npm ci\n(?:#.*\n)*sh scripts\/install-chromium\.sh\nnpm test\n$/m);
    expect(usesStep(steps, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version': 20 });
  });

  test('publishes only after the checks passed, with provenance, the token in the environment alone', () => {
    expect(releaseJob('publish').needs).toBe('test');
    const publish = publishSteps[runStep(publishSteps, /\bnpm publish\b/)] as Step;
    expect(publish.run).toBe(PUBLISH);
    expect(publish.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}', DIST_TAG: '${{ steps.dist-tag.outputs.tag }}' });
    expect(usesStep(publishSteps, 'actions/setup-node')[0]?.with).toMatchObject({ 'node-version': 20, 'registry-url': 'https://registry.npmjs.org' });
    // The checks come first: npm ci, then the tag and versions, then the publish.
    expect(runStep(publishSteps, /^npm ci$/m)).toBeLessThan(publishSteps.indexOf(checkStep));
    expect(publishSteps.indexOf(checkStep)).toBeLessThan(publishSteps.indexOf(publish));
    expect(distTagStep.id).toBe('dist-tag');
    expect(publishSteps.indexOf(distTagStep)).toBeLessThan(publishSteps.indexOf(publish));
  });

  test('pins every action to a commit SHA named by its release, and checks out without credentials', () => {
    const uses = releaseSteps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    expect(uses.filter((ref) => !PINNED.test(ref))).toEqual([]);
    const lines = releaseText.split('\n').filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(lines).toHaveLength(uses.length);
    for (const line of lines) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    // The same releases as the contract workflow, so that a bump touches both.
    const contractPins = new Set(allSteps.flatMap((step) => (step.uses === undefined ? [] : [step.uses])));
    for (const ref of uses) expect(contractPins, ref).toContain(ref);
    for (const checkout of usesStep(releaseSteps, 'actions/checkout')) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  test('puts no expression into shell text, and no secret anywhere but the publish step', () => {
    const runs = releaseSteps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const command of runs) expect(command).not.toContain('${{');
    const withSecrets = releaseSteps.filter((step) => JSON.stringify(step).includes('secrets.'));
    expect(withSecrets.map((step) => step.run)).toEqual([PUBLISH]);
  });

  /**
   * Runs the check step as the runner does (bash -e -o pipefail) in a copy of the project's
   * versions and changelog; `changelog: null` leaves CHANGELOG.md out.
   */
  function runCheck(change: { package?: Record<string, unknown>; envelope?: string; docusign?: string; tag?: string; changelog?: string | null }) {
    const dir = mkdtempSync(join(tmpdir(), 'release-check-'));
    try {
      const manifest = { ...(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown>), ...change.package };
      writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
      const version = (document: string, value: string | undefined) => {
        const text = readFileSync(join(projectRoot, document), 'utf8');
        return value === undefined ? text : text.replace(/^( {2}version: ).*$/m, `$1${value}`);
      };
      writeFileSync(join(dir, 'openapi.yaml'), version('openapi.yaml', change.envelope));
      writeFileSync(join(dir, 'openapi.docusign.yaml'), version('openapi.docusign.yaml', change.docusign));
      if (change.changelog !== null) writeFileSync(join(dir, 'CHANGELOG.md'), change.changelog ?? readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8'));
      symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', checkStep.run ?? ''], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GITHUB_REF_NAME: change.tag ?? `v${String(manifest.version)}`, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/docusign-connect-client' },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const repository = { type: 'git', url: 'git+https://github.com/acme/docusign-connect-client.git' };

  test.each([
    ['git+https://…/repo.git', repository],
    ['https://…/repo, another case', { type: 'git', url: 'https://github.com/ACME/docusign-connect-client' }],
  ])('the check passes when the tag, the three versions and the repository (%s) agree', (_, repo) => {
    // The changelog is given: between releases the project's own lists the next version's
    // entries under [Unreleased], which the check rightly refuses to publish.
    const version = String((JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: unknown }).version);
    const result = runCheck({ package: { repository: repo }, changelog: `# Changelog\n\n## [Unreleased]\n\n## [${version}]\n\n- An entry.\n` });
    expect(result, result.stderr).toMatchObject({ status: 0, stdout: '' });
  });

  test.each([
    ['a tag that is not v + the version', { tag: 'v9.9.9', package: { repository } }, /^::error title=Tag and version differ::The tag v9\.9\.9 is not v\d+\.\d+\.\d+, the version in package\.json\./m],
    ['openapi.yaml at another version', { envelope: '9.9.9', package: { repository } }, /^::error file=openapi\.yaml,title=Versions differ::openapi\.yaml has info\.version 9\.9\.9 but package\.json has /m],
    ['openapi.docusign.yaml at another version', { docusign: '9.9.9', package: { repository } }, /^::error file=openapi\.docusign\.yaml,title=Versions differ::/m],
    ['no repository field', {}, /^::error file=package\.json,title=repository\.url is not this repository::npm provenance needs package\.json's repository\.url to be https:\/\/github\.com\/acme\/docusign-connect-client, not ""\. Set it: npm pkg set repository\.type=git repository\.url=git\+https:\/\/github\.com\/acme\/docusign-connect-client\.git$/m],
    ['another repository', { package: { repository: { type: 'git', url: 'git+https://github.com/someone/fork.git' } } }, /repository\.url to be https:\/\/github\.com\/acme\/docusign-connect-client, not "git\+https:\/\/github\.com\/someone\/fork\.git"/],
  ])('the check fails with an annotation for %s', (_, change, message) => {
    const result = runCheck(change);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(message);
  });

  /** CHANGELOG.md with the given headings under its title. */
  const changelogWith = (...headings: string[]) => `# Changelog\n\n${headings.map((heading) => `${heading}\n\n- An entry.\n`).join('\n')}`;
  const bumped = (version: string) => ({ package: { version, repository }, envelope: version, docusign: version });

  test.each([
    ['the version alone', '## [0.1.0]'],
    ['the version and a date', '## [0.1.0] - 2025-06-01'],
  ])('the check passes with a changelog heading for %s', (_, heading) => {
    const result = runCheck({ package: { version: '0.1.0', repository }, envelope: '0.1.0', docusign: '0.1.0', changelog: changelogWith('## [Unreleased]', heading) });
    expect(result, result.stderr).toMatchObject({ status: 0, stdout: '' });
  });

  test.each([
    ['a version released with its entries still under [Unreleased]', { ...bumped('0.2.0') }, '0.2.0'],
    ['only a prerelease of the version listed', { ...bumped('1.0.0'), changelog: changelogWith('## [1.0.0-rc.1] - 2025-06-01') }, '1.0.0'],
    ['a prerelease with no heading of its own', { ...bumped('1.0.0-rc.1'), changelog: changelogWith('## [1.0.0] - 2025-06-01') }, '1.0.0-rc.1'],
    ['the version under a lower heading', { ...bumped('0.1.0'), changelog: changelogWith('### [0.1.0]') }, '0.1.0'],
    ['no CHANGELOG.md', { ...bumped('0.1.0'), changelog: null }, '0.1.0'],
  ])('the check fails with an annotation for %s', (_, change, version) => {
    const result = runCheck(change);
    expect(result.status, result.stderr).toBe(1);
    const escaped = version.replace(/[.]/g, '\\.');
    expect(result.stdout).toMatch(
      new RegExp(
        `^::error file=CHANGELOG\\.md,title=No changelog heading for ${escaped}::CHANGELOG\\.md has no "## \\[${escaped}\\]" heading, so the release would ship the entries under \\[Unreleased\\] unlisted\\. ` +
          `Move them under a new heading "## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}", commit, and tag that commit\\.$`,
        'm',
      ),
    );
  });

  /**
   * Runs the dist-tag step, then the publish command with that output in DIST_TAG, as the runner
   * passes it, and an npm that only prints its arguments: the command npm would have run.
   */
  function runPublish(version: string) {
    const dir = mkdtempSync(join(tmpdir(), 'release-publish-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'docusign-connect-client', version }));
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(join(bin, 'npm'), '#!/bin/sh\necho "npm $*"\n', { mode: 0o755 });
      const output = join(dir, 'github-output');
      writeFileSync(output, '');
      const bash = (script: string, env: Record<string, string>) =>
        spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env: { PATH: `${bin}:${process.env.PATH ?? ''}`, ...env } });
      const chosen = bash(distTagStep.run ?? '', { GITHUB_OUTPUT: output });
      expect(chosen.status, chosen.stderr).toBe(0);
      const outputs = Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((line) => line.split('=', 2)));
      const publish = publishSteps[runStep(publishSteps, /\bnpm publish\b/)] as Step;
      expect(publish.env?.DIST_TAG).toBe('${{ steps.dist-tag.outputs.tag }}');
      const published = bash(publish.run ?? '', { DIST_TAG: String(outputs.tag) });
      expect(published.status, published.stderr).toBe(0);
      return { outputs, notice: chosen.stdout, command: published.stdout.trim() };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test.each([
    ['1.0.0-rc.1', 'next'],
    ['2.0.0-beta', 'next'],
    ['1.0.0', 'latest'],
    ['0.2.0', 'latest'],
  ])('%s is published under the dist-tag %s', (version, tag) => {
    const { outputs, notice, command } = runPublish(version);
    expect(outputs).toEqual({ tag });
    expect(notice).toBe(`::notice title=npm dist-tag::${version} is published under the dist-tag ${tag}.\n`);
    expect(command).toBe(`npm publish --provenance --access public --tag ${tag}`);
  });
});
