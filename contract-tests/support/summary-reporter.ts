// Prints what ran, suite by suite, with the seeds of generated checks, the failures with their
// first lines, and the time; then ends the run with the plain line CI reads:
// "N passed, N failed" (", N skipped" when there are skipped tests). `npm run contract` also asks
// it for the same summary in Markdown, for a CI job summary.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { countModule } from './run-totals.mjs';
import './meta.js';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface SummaryOptions {
  /** One line saying what the run checked against, printed first. */
  heading?: string;
  /** Where to write the Markdown summary. */
  markdownFile?: string;
  /** Also append the Markdown to $GITHUB_STEP_SUMMARY when it is set. */
  stepSummary?: boolean;
  /** The command that replays this run's generated cases, `{seed}` standing for the seed. */
  replay?: string;
}

interface Row {
  project: string;
  file: string;
  suites: string[];
  counts: Counts;
}

interface Failure {
  name: string;
  message: string;
}

interface Generated {
  name: string;
  seed: number;
  cases: number;
  kinds: Record<string, number>;
  replay?: string;
}

/** The first lines of an error message: enough to see what broke and where. */
function firstLines(text: string, lines = 12): string {
  const all = text.split('\n');
  return all.length > lines ? [...all.slice(0, lines), `… (${all.length - lines} more lines)`].join('\n') : text;
}

function failureOf(test: TestCase): Failure {
  const errors = test.result().errors ?? [];
  return { name: test.fullName, message: firstLines(errors.map((error) => error.message).join('\n') || 'failed') };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Vitest reporter that closes the run with a `N passed, N failed` line. */
export default class SummaryReporter implements Reporter {
  private startedAt = Date.now();

  constructor(private readonly options: SummaryOptions = {}) {}

  onTestRunStart(): void {
    this.startedAt = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const total: Counts = { passed: 0, failed: 0, skipped: 0 };
    const rows: Row[] = [];
    const failures: Failure[] = [];
    const generated: Generated[] = [];
    const notes: string[] = [];
    for (const module of [...modules].sort((a, b) => a.relativeModuleId.localeCompare(b.relativeModuleId))) {
      const { broken, ...counts } = countModule(module);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
      const suites = [...module.children].flatMap((child) => (child.type === 'suite' ? [child.name] : []));
      rows.push({ project: module.project.name, file: module.relativeModuleId, suites, counts });
      if (broken) {
        const message = module.errors().map((error) => error.message).join('\n') || 'its hooks failed';
        failures.push({ name: `${module.relativeModuleId} (could not run)`, message: firstLines(message) });
      }
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'failed') failures.push(failureOf(test));
        // A test that skips itself says why (ctx.skip(note)): one line each, so that a check
        // that could not run (no browser, say) never passes unnoticed.
        if (result.state === 'skipped' && result.note) notes.push(`Skipped: ${result.note}`);
        const meta = test.meta().generated;
        if (meta !== undefined) generated.push({ name: test.fullName, ...meta });
      }
    }
    // Errors outside any test (an unhandled rejection, say) fail the run; count them so the
    // closing line never says "0 failed" for a red run.
    total.failed += unhandledErrors.length;
    for (const error of unhandledErrors) failures.push({ name: 'outside any test', message: firstLines(error.message ?? String(error)) });

    const elapsed = Date.now() - this.startedAt;
    process.stdout.write(`${this.text(rows, failures, generated, total, elapsed, notes).join('\n')}\n`);
    if (this.options.markdownFile !== undefined || this.options.stepSummary === true) {
      const markdown = `${this.markdown(rows, failures, generated, total, elapsed, notes).join('\n')}\n`;
      if (this.options.markdownFile !== undefined) {
        mkdirSync(dirname(this.options.markdownFile), { recursive: true });
        writeFileSync(this.options.markdownFile, markdown);
      }
      const stepSummary = process.env.GITHUB_STEP_SUMMARY;
      if (this.options.stepSummary === true && stepSummary !== undefined && stepSummary !== '') appendFileSync(stepSummary, markdown);
    }
  }

  private replayCommand({ seed, replay }: Generated): string | undefined {
    return replay ?? this.options.replay?.replaceAll('{seed}', String(seed));
  }

  private replay(generated: Generated): string {
    const command = this.replayCommand(generated);
    return command === undefined ? '' : `; replay with ${command}`;
  }

  private text(rows: Row[], failures: Failure[], generated: Generated[], total: Counts, elapsed: number, notes: string[] = []): string[] {
    const lines = [''];
    if (this.options.heading !== undefined) lines.push(this.options.heading);
    lines.push('Checked:');
    for (const { project, file, suites, counts } of rows) {
      const detail = [`${counts.passed} passed`];
      if (counts.failed > 0) detail.push(`${counts.failed} FAILED`);
      if (counts.skipped > 0) detail.push(`${counts.skipped} skipped`);
      const about = suites.length > 0 ? ` (${suites.join('; ')})` : '';
      lines.push(`  [${project}] ${file}${about}: ${detail.join(', ')}`);
    }
    for (const check of generated) {
      const split = Object.entries(check.kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
      lines.push(`Generated: ${check.name}: ${check.cases} cases (${split}), seed ${check.seed}${this.replay(check)}`);
    }
    if (failures.length > 0) {
      lines.push(`Failures (${failures.length}):`);
      for (const { name, message } of failures) lines.push(`  ✗ ${name}`, ...message.split('\n').map((line) => `      ${line}`));
    }
    lines.push(...notes);
    lines.push(`Time: ${seconds(elapsed)}`);
    const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
    lines.push(`${total.passed} passed, ${total.failed} failed${skipped}`);
    return lines;
  }

  private markdown(rows: Row[], failures: Failure[], generated: Generated[], total: Counts, elapsed: number, notes: string[] = []): string[] {
    const verdict = total.failed === 0 ? '✅ The contract holds' : '❌ The contract is broken';
    const lines = [`## ${verdict}`, ''];
    if (this.options.heading !== undefined) lines.push(this.options.heading, '');
    lines.push(`**${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}** in ${seconds(elapsed)}.`, '');
    if (notes.length > 0) lines.push(...notes.map((note) => `- ${escapeHtml(note)}`), '');
    lines.push('| Suite | File | Passed | Failed | Skipped |', '| --- | --- | ---: | ---: | ---: |');
    for (const { file, suites, counts } of rows) {
      lines.push(`| ${escapeCell(suites.join('; ') || '-')} | \`${file}\` | ${counts.passed} | ${counts.failed} | ${counts.skipped} |`);
    }
    if (generated.length > 0) {
      lines.push('', '### Generated cases', '');
      for (const check of generated) {
        const split = Object.entries(check.kinds).map(([kind, count]) => `${count} ${kind}`).join(', ');
        const command = this.replayCommand(check);
        const replay = command === undefined ? '' : ` (replay: \`${command}\`)`;
        lines.push(`- ${escapeCell(check.name)}: ${check.cases} cases (${split}), seed \`${check.seed}\`${replay}`);
      }
    }
    if (failures.length > 0) {
      lines.push('', '### Failures', '');
      for (const { name, message } of failures) {
        lines.push('<details>', `<summary>${escapeHtml(name)}</summary>`, '', '```text', message.replace(/```/g, "'''"), '```', '</details>', '');
      }
    }
    return lines;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
