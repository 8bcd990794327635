// @ts-check
// The benchmark report: rows of figures, each compared with a peer and a target where it has
// them, written as the Markdown of BENCHMARKS.md (which is also what npm run bench prints).
import { spreadPercent } from './stats.mjs';

/** @typedef {import('./stats.mjs').Figure} Figure */

/**
 * A target a row is held to: the ratio ours ÷ peer at most `ratioAtMost`, or ours at most
 * `atMost` (in the figure's unit). `missedBecause` is printed only when it is missed.
 * @typedef {object} Target
 * @property {string} text how the issue states it
 * @property {number} [ratioAtMost]
 * @property {number} [atMost]
 * @property {string} [missedBecause]
 */

/**
 * @typedef {object} Row
 * @property {string} what
 * @property {Figure} ours
 * @property {{ name: string, figure: Figure }} [peer]
 * @property {Target} [target]
 */

/**
 * @typedef {object} Section
 * @property {string} title
 * @property {string} method how it was measured, in a sentence or two
 * @property {Row[]} rows
 * @property {string[]} [notes] facts worth reading next to the table
 */

/**
 * A figure as people read it: "12.3 µs ±2%".
 * @param {Figure} figure
 */
export function formatFigure(figure) {
  const spread = spreadPercent(figure);
  const shown = spread >= 0.5 ? ` ±${spread.toFixed(0)}%` : '';
  return `${formatValue(figure.median, figure.unit)}${shown}`;
}

/**
 * @param {number} value
 * @param {string} unit
 */
export function formatValue(value, unit) {
  if (unit === 'calls/s') return `${Math.round(value).toLocaleString('en-US')} calls/s`;
  const digits = unit === 'µs' ? (value < 10 ? 2 : value < 100 ? 1 : 0) : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/**
 * Ours ÷ peer, or undefined when the row has no peer.
 * @param {Row} row
 */
export function ratioOf(row) {
  if (row.peer === undefined || row.peer.figure.median === 0) return undefined;
  return row.ours.median / row.peer.figure.median;
}

/**
 * Whether the row meets its target, and by how much it misses when it does not.
 * @param {Row} row
 * @returns {{ met: boolean, text: string } | undefined}
 */
export function verdictOf(row) {
  const { target } = row;
  if (target === undefined) return undefined;
  if (target.ratioAtMost !== undefined) {
    const ratio = ratioOf(row);
    if (ratio === undefined) throw new Error(`${row.what}: a ratio target needs a peer`);
    if (ratio <= target.ratioAtMost) return { met: true, text: 'met' };
    return { met: false, text: `missed: ${formatRatio(ratio)}, ${percentOver(ratio, target.ratioAtMost)}% over` };
  }
  if (target.atMost !== undefined) {
    if (row.ours.median <= target.atMost) return { met: true, text: 'met' };
    return { met: false, text: `missed: ${formatValue(row.ours.median, row.ours.unit)}, ${percentOver(row.ours.median, target.atMost)}% over` };
  }
  throw new Error(`${row.what}: the target states no limit`);
}

/**
 * @param {number} value
 * @param {number} limit
 */
function percentOver(value, limit) {
  return Math.ceil((value / limit - 1) * 100);
}

/** @param {number} ratio */
export function formatRatio(ratio) {
  return `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}×`;
}

/** @param {string} text */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * One section as Markdown: its method, the table, its notes, and why a missed target was missed.
 * @param {Section} section
 * @param {number} index
 */
export function renderSection(section, index) {
  const lines = [`## ${index}. ${section.title}`, '', section.method, ''];
  lines.push('| What | Ours | Peer | Peer\'s figure | Ratio (ours ÷ peer) | Target | Result |', '|---|---|---|---|---|---|---|');
  /** Why each missed target was missed, with the rows it explains (one entry per reason). */
  /** @type {Map<string, string[]>} */
  const misses = new Map();
  for (const row of section.rows) {
    const ratio = ratioOf(row);
    const verdict = verdictOf(row);
    lines.push(
      `| ${[
        row.what,
        formatFigure(row.ours),
        row.peer?.name ?? '–',
        row.peer ? formatFigure(row.peer.figure) : '–',
        ratio === undefined ? '–' : formatRatio(ratio),
        row.target?.text ?? '–',
        verdict === undefined ? '–' : verdict.met ? '**met**' : `**${verdict.text}**`,
      ]
        .map(cell)
        .join(' | ')} |`,
    );
    const reason = row.target?.missedBecause;
    if (verdict !== undefined && !verdict.met && reason !== undefined) {
      const rows = misses.get(reason) ?? [];
      if (!rows.includes(row.what)) rows.push(row.what);
      misses.set(reason, rows);
    }
  }
  if (section.notes && section.notes.length > 0) lines.push('', ...section.notes.map((note) => `- ${note}`));
  if (misses.size > 0) {
    lines.push('', 'Why the target is missed:', '', ...[...misses].map(([reason, rows]) => `- **${rows.join(', ')}:** ${reason}`));
  }
  return lines.join('\n');
}

/**
 * Every row with a target, met or not, for the summary at the top.
 * @param {Section[]} sections
 */
export function targetSummary(sections) {
  const lines = ['| Target | Result |', '|---|---|'];
  sections.forEach((section, index) => {
    for (const row of section.rows) {
      const verdict = verdictOf(row);
      if (verdict === undefined || row.target === undefined) continue;
      // A ratio target names what it is a ratio to; an absolute one stands alone.
      const against = row.peer !== undefined && row.target.ratioAtMost !== undefined ? ` (vs ${row.peer.name})` : '';
      lines.push(`| ${cell(`${index + 1}. ${row.what}: ${row.target.text}${against}`)} | ${verdict.met ? 'met' : cell(verdict.text)} |`);
    }
  });
  return lines.join('\n');
}

/**
 * The whole report.
 * @param {{ sections: Section[], machine: string[], settings: string }} report
 */
export function renderReport({ sections, machine, settings }) {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; do not edit by hand. It compares this client with what a user would',
    'pick instead (a hand-written `fetch` call, bare openapi-fetch, DocuSign\'s own `docusign-esign`),',
    'measured side by side in one run. It never runs in `npm test`: tests check behaviour, this',
    'file records speed.',
    '',
    ...machine.map((line) => `- ${line}`),
    `- ${settings}`,
    '- Each figure is the median of the measured rounds after warm-up; `±` is half the interquartile',
    '  range of the rounds, relative to the median. Subjects of one table take turns within each',
    '  round, so a slow moment of the machine falls on all of them.',
    '',
    '## Targets',
    '',
    targetSummary(sections),
    '',
    ...sections.flatMap((section, index) => [renderSection(section, index + 1), '']),
  ].join('\n');
}
