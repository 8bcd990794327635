// Prints what ran, file by file, and ends the run with the plain line CI reads:
// "N passed, N failed" (", N skipped" when there are skipped tests).
import type { Reporter, TestModule } from 'vitest/node';
import type { SerializedError } from 'vitest';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function countModule(module: TestModule): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of module.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed') counts.passed += 1;
    else if (state === 'failed') counts.failed += 1;
    else counts.skipped += 1;
  }
  // A file that failed to load, or whose hooks threw, has failed even if no test did.
  if (counts.failed === 0 && (module.errors().length > 0 || module.state() === 'failed')) counts.failed = 1;
  return counts;
}

/** A Vitest reporter that closes the run with a `N passed, N failed` line. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const total: Counts = { passed: 0, failed: 0, skipped: 0 };
    const rows: string[] = [];
    for (const module of [...modules].sort((a, b) => a.relativeModuleId.localeCompare(b.relativeModuleId))) {
      const counts = countModule(module);
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
      const detail = [`${counts.passed} passed`];
      if (counts.failed > 0) detail.push(`${counts.failed} FAILED`);
      if (counts.skipped > 0) detail.push(`${counts.skipped} skipped`);
      rows.push(`  [${module.project.name}] ${module.relativeModuleId}: ${detail.join(', ')}`);
    }
    // Errors outside any test (an unhandled rejection, say) fail the run; count them so the
    // closing line never says "0 failed" for a red run.
    total.failed += unhandledErrors.length;
    const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
    const lines = ['', 'Checked:', ...rows];
    if (unhandledErrors.length > 0) lines.push(`  ${unhandledErrors.length} error(s) outside any test`);
    lines.push(`${total.passed} passed, ${total.failed} failed${skipped}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
