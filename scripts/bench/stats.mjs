// @ts-check
// How the benchmarks turn timings into figures: subjects are measured in interleaved rounds
// (every subject once per round, in a rotating order, so that a slow moment of the machine
// hits all of them alike), warm-up rounds are dropped, and each figure is the median of the
// rounds with the interquartile range as its spread.

/**
 * @typedef {object} Figure
 * @property {number} median
 * @property {number} p25
 * @property {number} p75
 * @property {number} rounds how many measured rounds the figure summarises
 * @property {string} unit 'µs', 'ms', 's', 'kB', 'calls/s'
 */

/**
 * The q-quantile of sorted numbers, interpolating between neighbours.
 * @param {number[]} sorted
 * @param {number} q between 0 and 1
 */
export function quantile(sorted, q) {
  if (sorted.length === 0) throw new Error('quantile of no samples');
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = /** @type {number} */ (sorted[below]);
  const high = /** @type {number} */ (sorted[above]);
  return low + (high - low) * (position - below);
}

/**
 * The median and quartiles of one subject's samples.
 * @param {number[]} samples
 * @param {string} unit
 * @returns {Figure}
 */
export function summarize(samples, unit) {
  const finite = samples.filter((value) => Number.isFinite(value));
  if (finite.length === 0) throw new Error(`no usable samples (${unit})`);
  const sorted = [...finite].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), rounds: sorted.length, unit };
}

/**
 * Half the interquartile range relative to the median, in percent: "±3%" means the middle half
 * of the rounds lay within about 3% either side of the median.
 * @param {Figure} figure
 */
export function spreadPercent(figure) {
  return figure.median === 0 ? 0 : ((figure.p75 - figure.p25) / 2 / figure.median) * 100;
}

/**
 * Runs each subject `iterations` times per round, one after the other, and returns the time
 * of one call in microseconds for every measured round. Subjects take turns within a round,
 * starting one further along each time.
 * @param {Record<string, () => unknown>} subjects
 * @param {{ warmupRounds: number, rounds: number, iterations: number, concurrency?: number }} settings
 *   concurrency: calls kept in flight at once (1: each call waits for the one before)
 * @returns {Promise<Record<string, Figure>>}
 */
export async function measureRounds(subjects, settings) {
  const names = Object.keys(subjects);
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < settings.warmupRounds + settings.rounds; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = /** @type {string} */ (names[(round + turn) % names.length]);
      const subject = /** @type {() => unknown} */ (subjects[name]);
      const perCall = await timeCalls(subject, settings.iterations, settings.concurrency ?? 1);
      if (round >= settings.warmupRounds) samples[name]?.push(perCall);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name] ?? [], 'µs')]));
}

/**
 * Microseconds per call over `iterations` calls, `concurrency` of them in flight at a time.
 * @param {() => unknown} subject
 * @param {number} iterations
 * @param {number} concurrency
 */
async function timeCalls(subject, iterations, concurrency) {
  const started = performance.now();
  if (concurrency <= 1) {
    for (let i = 0; i < iterations; i++) await subject();
  } else {
    let next = 0;
    const lane = async () => {
      while (next < iterations) {
        next += 1;
        await subject();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
  }
  return ((performance.now() - started) * 1000) / iterations;
}

/**
 * Times one run of an asynchronous action, in milliseconds.
 * @param {() => Promise<unknown>} action
 */
export async function timed(action) {
  const started = performance.now();
  await action();
  return performance.now() - started;
}
