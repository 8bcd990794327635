// Suggestions for misspelled names: the closest known name, if it is close enough to be a typo.

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours). */
function distance(a: string, b: string): number {
  // Three rows of the table (the swap looks two rows back) rather than all of it: this runs for
  // every unknown name against the known ones, and building a whole table each time was what
  // made a configuration with thousands of unknown names slow to report.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, twoBack[j - 2]! + 1);
      row.push(best);
    }
    twoBack = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to `name`, compared without regard to case, when the difference is
 * small enough to be a typo (at most a third of the name, and never more than three edits).
 */
export function closestMatch(name: string, known: readonly string[]): string | undefined {
  if (name.length > 200) return undefined;
  const wanted = name.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length: a candidate that cannot be close
    // enough is not measured, which keeps thousands of unknown names cheap to report.
    const lower = candidate.toLowerCase();
    if (Math.abs(lower.length - wanted.length) > allowed) continue;
    const score = distance(wanted, lower);
    if (score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
