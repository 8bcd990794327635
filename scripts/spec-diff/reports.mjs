// @ts-check
// What `npm run spec:diff` prints: human lines, GitHub annotations, JSON for programs, and the
// Markdown for a job summary, all from one SpecDiffRun.

/** @typedef {import('./findings.mjs').Finding} Finding */
/** @typedef {import('./version-rule.mjs').VersionCheck} VersionCheck */

/**
 * One run of the comparison, as the reports see it.
 * @typedef {object} SpecDiffRun
 * @property {string} ref the base as given (--base)
 * @property {string} commit the commit it names
 * @property {Finding[]} findings
 * @property {Array<{ document: string, atBase: boolean, atHead: boolean, descriptive: number }>} documents
 * @property {string[]} notes
 * @property {VersionCheck} version
 */

/** @param {SpecDiffRun} run */
function breakingOf(run) {
  return run.findings.filter((finding) => finding.breaking);
}

/** @param {SpecDiffRun} run */
function othersOf(run) {
  return run.findings.filter((finding) => !finding.breaking);
}

/** @param {SpecDiffRun} run */
function descriptiveTotal(run) {
  return run.documents.reduce((sum, document) => sum + document.descriptive, 0);
}

/** @param {number} count @param {string} noun */
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Whether nothing at all changed (no finding, no descriptive change, no note). */
/** @param {SpecDiffRun} run */
export function unchanged(run) {
  return run.findings.length === 0 && descriptiveTotal(run) === 0 && run.notes.length === 0;
}

/** @param {SpecDiffRun} run */
function compared(run) {
  const documents = run.documents.filter((document) => document.atBase || document.atHead).map((document) => document.document);
  return `${documents.join(' and ')} at ${run.ref} (${run.commit.slice(0, 12)}) with the working tree`;
}

/**
 * The one-line verdict.
 * @param {SpecDiffRun} run
 */
export function verdict(run) {
  const breaking = breakingOf(run).length;
  if (!run.version.ok) {
    return breaking > 0 && run.version.problems.some((problem) => problem.startsWith('The spec has breaking changes'))
      ? `${plural(breaking, 'breaking change')} without a major version: see the version rule above.`
      : 'The version rule is broken: see above.';
  }
  if (unchanged(run)) return `No changes to the spec since ${run.ref}.`;
  const tally = `${plural(breaking, 'breaking change')}, ${plural(othersOf(run).length, 'other change')}, ${plural(descriptiveTotal(run), 'descriptive change')}`;
  return breaking > 0
    ? `${tally}; released as a major version (${run.version.base} → ${run.version.head}), so the version rule holds.`
    : `${tally}; nothing breaks the services.`;
}

/** @param {Finding} finding */
function position(finding) {
  return `${finding.document}${finding.line === undefined ? '' : `:${finding.line}`}`;
}

/** @param {SpecDiffRun} run */
function descriptiveLines(run) {
  return run.documents.filter((document) => document.descriptive > 0).map((document) => `${document.document}: ${plural(document.descriptive, 'descriptive change')} (descriptions, examples, titles, extensions), which break nothing.`);
}

/** @param {SpecDiffRun} run */
function versionLine(run) {
  const { base, head } = run.version;
  return `Version: ${base ?? 'none'} at ${run.ref}, ${head ?? 'differing'} in the working tree.`;
}

/**
 * The human report, one line per change.
 * @param {SpecDiffRun} run
 * @returns {string[]}
 */
export function textReport(run) {
  const lines = [`Comparing ${compared(run)}.`];
  for (const finding of run.findings) lines.push(`${position(finding)}: ${finding.breaking ? 'BREAKING' : 'non-breaking'} ${finding.rule}: ${finding.message}`);
  lines.push(...descriptiveLines(run), ...run.notes, versionLine(run));
  for (const problem of run.version.problems) lines.push(`version rule: ${problem}`);
  lines.push(verdict(run));
  return lines;
}

/** Escapes text for a GitHub workflow command's message. */
/** @param {string} text */
function annotationData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes text for a GitHub workflow command's property. */
/** @param {string} text */
function annotationProperty(text) {
  return annotationData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub workflow commands: an annotation per change on its line (an error for a breaking
 * change when the version rule fails, a warning when a major version releases it, a notice for
 * the others), an error per broken version rule, then the verdict.
 * @param {SpecDiffRun} run
 * @returns {string[]}
 */
export function githubReport(run) {
  const lines = [];
  for (const finding of run.findings) {
    const command = finding.breaking ? (run.version.ok ? 'warning' : 'error') : 'notice';
    const title = finding.breaking ? `Breaking change (${finding.rule})` : `Spec change (${finding.rule})`;
    const properties = [`file=${annotationProperty(finding.document)}`, ...(finding.line === undefined ? [] : [`line=${finding.line}`]), `title=${annotationProperty(title)}`];
    lines.push(`::${command} ${properties.join(',')}::${annotationData(finding.message)}`);
  }
  for (const problem of run.version.problems) lines.push(`::error file=package.json,title=${annotationProperty('Version rule')}::${annotationData(problem)}`);
  lines.push(...descriptiveLines(run), ...run.notes, versionLine(run), verdict(run));
  return lines;
}

/**
 * The run as one JSON document.
 * @param {SpecDiffRun} run
 */
export function jsonReport(run) {
  return JSON.stringify(
    {
      ok: run.version.ok,
      base: { ref: run.ref, commit: run.commit },
      documents: run.documents,
      breaking: breakingOf(run),
      changes: othersOf(run),
      notes: run.notes,
      version: run.version,
      verdict: verdict(run),
    },
    null,
    2,
  );
}

/** Text for a Markdown table cell: no pipe or line break ends it, no tag is opened. */
/** @param {string} text */
function cell(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The run in Markdown for a job summary: the verdict, a table of breaking changes, a list of
 * the others, and the version rule.
 * @param {SpecDiffRun} run
 */
export function markdownReport(run) {
  const breaking = breakingOf(run);
  const others = othersOf(run);
  const lines = [`## ${run.version.ok ? '✅' : '❌'} Spec changes: ${cell(verdict(run))}`, '', `Compared ${cell(compared(run))}.`, ''];
  if (breaking.length > 0) {
    lines.push('### Breaking changes', '', '| Where | Rule | Change |', '| --- | --- | --- |');
    for (const finding of breaking) lines.push(`| \`${cell(position(finding))}\` | \`${finding.rule}\` | ${cell(finding.message)} |`);
    lines.push('');
  }
  const notes = [...descriptiveLines(run), ...run.notes];
  if (others.length > 0 || notes.length > 0) {
    lines.push('### Other changes', '');
    for (const finding of others) lines.push(`- \`${cell(position(finding))}\` \`${finding.rule}\`: ${cell(finding.message)}`);
    for (const note of notes) lines.push(`- ${cell(note)}`);
    lines.push('');
  }
  lines.push('### Version', '', `- ${cell(versionLine(run))}`);
  for (const problem of run.version.problems) lines.push(`- ❌ ${cell(problem)}`);
  lines.push('');
  return lines.join('\n');
}
