// The reliability suites' settings from the environment: RELIABILITY_SEED picks another seed,
// RELIABILITY_SOAK=<n> makes the runs n times longer. A value that is not a whole number is an
// error, not silently the default: a soak that quietly ran once would prove nothing.
export function wholeNumberFromEnv(name: 'RELIABILITY_SEED' | 'RELIABILITY_SOAK', fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < 1) {
    throw new Error(`${name} must be a whole number of at least 1, not ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}
