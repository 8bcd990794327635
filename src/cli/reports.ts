// What check-listener prints and writes: human lines, JSON for programs, GitHub annotations,
// and the two files of --report (JUnit XML for a CI's test view, Markdown for a job summary), all
// from one ListenerRun. Nothing here sees the key or a header: only ids, statuses and details.
import { FIXES, LISTENER_CHECKS, type Finding, type FindingName } from './listener-checks.js';
import type { CheckResult, ListenerRun } from './listener-probe.js';

/** What a report says about the run besides its results. */
export interface RunFacts {
  /** The listener's URL as it may be printed (see shownUrl). */
  url: string;
  /** The seed, for replaying the same messages. */
  seed: number;
  /** The acknowledgement budget. */
  budgetMs: number;
}

/** The findings of a run grouped by name, in the order each name was first found. */
export function groupFindings(findings: readonly Finding[]): Array<{ name: FindingName; checks: string[]; details: string[] }> {
  const groups = new Map<FindingName, { name: FindingName; checks: string[]; details: string[] }>();
  for (const { check, name, detail } of findings) {
    const group = groups.get(name) ?? { name, checks: [], details: [] };
    if (!group.checks.includes(check)) group.checks.push(check);
    group.details.push(detail);
    groups.set(name, group);
  }
  return [...groups.values()];
}

/** Up to `limit` details, then how many more there were, so that 26 slow events stay readable. */
function someDetails(details: readonly string[], limit = 5): string[] {
  return details.length > limit ? [...details.slice(0, limit), `… and ${details.length - limit} more`] : [...details];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function counts(run: ListenerRun): { passed: number; failed: number; skipped: number } {
  const of = (status: CheckResult['status']) => run.checks.filter((check) => check.status === status).length;
  return { passed: of('passed'), failed: of('failed'), skipped: of('skipped') };
}

function totals(run: ListenerRun): string {
  const { passed, failed, skipped } = counts(run);
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

function verdict(run: ListenerRun): string {
  const names = groupFindings(run.findings).length;
  return names === 0 ? 'The listener passes' : `The listener has ${names} finding${names === 1 ? '' : 's'}`;
}

const MARK: Readonly<Record<CheckResult['status'], string>> = { passed: '✓', failed: '✗', skipped: '-' };

/** The first human line: what is checked, with the seed that replays it. */
export function textHeading(facts: RunFacts): string {
  return `Checking ${facts.url} as DocuSign delivers (seed ${facts.seed}, budget ${facts.budgetMs} ms)`;
}

/** Width of the id column, so that the check lines line up. */
const ID_WIDTH = Math.max(...LISTENER_CHECKS.map((check) => check.id.length));

/** One human line for a check, printed as soon as it has run. */
export function textCheckLine(check: CheckResult): string {
  return `${MARK[check.status]} ${check.id.padEnd(ID_WIDTH)}  ${check.detail}`;
}

/** The human lines after the checks: the verdict, each finding with its fix, and how to replay. */
export function textClosing(run: ListenerRun, facts: RunFacts): string[] {
  const lines = [`${verdict(run)}: ${totals(run)} (${run.deliveries} messages in ${seconds(run.ms)})`];
  const groups = groupFindings(run.findings);
  if (groups.length > 0) {
    lines.push('', 'Findings:');
    for (const group of groups) {
      lines.push(`  ✗ ${group.name} (${group.checks.join(', ')})`);
      for (const detail of someDetails(group.details)) lines.push(`      ${detail}`);
      lines.push(`    fix: ${FIXES[group.name]}`);
    }
  }
  lines.push(`Replay these messages with --seed ${facts.seed}.`);
  return lines;
}

/** The run as one JSON document, for programs. */
export function jsonReport(run: ListenerRun, facts: RunFacts): string {
  const { passed, failed, skipped } = counts(run);
  const document = {
    passed: run.findings.length === 0,
    ...facts,
    totals: { passed, failed, skipped, deliveries: run.deliveries, ms: run.ms },
    checks: run.checks.map(({ id, title, status, detail, ms, findings }) => ({ id, title, status, detail, ms, findings: findings.map(({ name, detail: where }) => ({ name, detail: where })) })),
    findings: run.findings.map((finding) => ({ ...finding, fix: FIXES[finding.name] })),
  };
  return JSON.stringify(document, null, 2);
}

/** Escapes text for a GitHub workflow command's message. */
export function annotationData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes text for a GitHub workflow command's property. */
export function annotationProperty(text: string): string {
  return annotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error` workflow command per finding name, for a GitHub Actions log. */
export function githubAnnotations(run: ListenerRun): string[] {
  return groupFindings(run.findings).map((group) => {
    const title = annotationProperty(`check-listener: ${group.name}`);
    return `::error title=${title}::${annotationData(`${someDetails(group.details).join('; ')}. Fix: ${FIXES[group.name]}`)}`;
  });
}

/** Text made safe for XML 1.0: the five entities escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function xmlSeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** JUnit XML: one testcase per check, a failure per failed check with its findings and fixes. */
export function junitReport(run: ListenerRun, facts: RunFacts): string {
  const { failed, skipped } = counts(run);
  const tally = `tests="${run.checks.length}" failures="${failed}" errors="0" skipped="${skipped}" time="${xmlSeconds(run.ms)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="docusign-connect check-listener" ${tally}>`,
    `  <testsuite name="check-listener" ${tally}>`,
    '    <properties>',
    `      <property name="url" value="${escapeXml(facts.url)}"/>`,
    `      <property name="seed" value="${facts.seed}"/>`,
    `      <property name="budgetMs" value="${facts.budgetMs}"/>`,
    '    </properties>',
  ];
  for (const [index, check] of run.checks.entries()) {
    const open = `    <testcase classname="check-listener" name="${escapeXml(`${index + 1} ${check.id}: ${check.title}`)}" time="${xmlSeconds(check.ms)}"`;
    if (check.status === 'passed') {
      lines.push(`${open}/>`);
    } else if (check.status === 'skipped') {
      lines.push(`${open}>`, `      <skipped message="${escapeXml(check.detail)}"/>`, '    </testcase>');
    } else {
      const body = groupFindings(check.findings).flatMap((group) => [`${group.name}:`, ...someDetails(group.details, 30).map((detail) => `  ${detail}`), `  fix: ${FIXES[group.name]}`]);
      const type = check.findings[0]?.name ?? 'finding';
      lines.push(`${open}>`, `      <failure message="${escapeXml(check.detail)}" type="${escapeXml(type)}">${escapeXml(body.join('\n'))}</failure>`, '    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

/** Text for a Markdown table cell: no pipe or line break ends it, no tag is opened. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const RESULT: Readonly<Record<CheckResult['status'], string>> = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ not run' };

/** The run in Markdown for a CI job summary: the verdict, a table of checks, and the findings with fixes. */
export function markdownReport(run: ListenerRun, facts: RunFacts): string {
  const passes = run.findings.length === 0;
  const lines = [`## ${passes ? '✅' : '❌'} ${verdict(run)}`, ''];
  lines.push(
    `\`docusign-connect check-listener\` against \`${cell(facts.url)}\`: **${totals(run)}**, ${run.deliveries} messages in ${seconds(run.ms)}, ` +
      `budget ${facts.budgetMs} ms, seed \`${facts.seed}\` (replay with \`--seed ${facts.seed}\`).`,
    '',
  );
  lines.push('| # | Check | Result | Detail |', '| ---: | --- | --- | --- |');
  for (const [index, check] of run.checks.entries()) {
    lines.push(`| ${index + 1} | **${check.id}**: ${cell(check.title)} | ${RESULT[check.status]} | ${cell(check.detail)} |`);
  }
  const groups = groupFindings(run.findings);
  if (groups.length > 0) {
    lines.push('', '### Findings', '');
    for (const group of groups) {
      lines.push(`- **${cell(group.name)}** (${group.checks.join(', ')}): ${someDetails(group.details).map(cell).join('; ')}.`, `  Fix: ${cell(FIXES[group.name])}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
