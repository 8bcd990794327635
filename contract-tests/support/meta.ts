// What a contract test records for the run's summary, beyond pass or fail. The summary reporter
// reads it from each test's meta; tests write it through `task.meta`.
declare module 'vitest' {
  interface TaskMeta {
    /** A generated (property-based) check: its seed, and how many cases it ran of each kind. */
    generated?: {
      seed: number;
      cases: number;
      /** Cases by verdict or kind, e.g. `{ accepted: 310, refused: 190 }`. */
      kinds: Record<string, number>;
      /** The command that replays this check, when it is not the run's `--seed` replay. */
      replay?: string;
    };
  }
}

export {};
