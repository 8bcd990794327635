// npm run bench: how it turns timings into figures and verdicts, and that it runs. Its figures
// are never asserted here: tests check behaviour, BENCHMARKS.md records speed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseOptions } from './bench.mjs';
import { formatFigure, type Row, renderReport, renderSection, type Section, verdictOf } from './bench/report.mjs';
import { measureRounds, quantile, spreadPercent, summarize } from './bench/stats.mjs';
import { contractTiming } from './bench/tooling.mjs';
import { projectRoot } from '../contract-tests/support/spec-tools.mjs';

const figure = (median: number, unit = 'µs', p25 = median, p75 = median) => ({ median, p25, p75, rounds: 5, unit });

describe('the statistics', () => {
  test('quantiles interpolate between neighbours, and the summary sorts first', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.25)).toBe(10);
    expect(summarize([5, 1, 4, 2, 3], 'µs')).toEqual({ median: 3, p25: 2, p75: 4, rounds: 5, unit: 'µs' });
  });

  test('leaves out samples that are not numbers, and refuses to summarise nothing', () => {
    expect(summarize([Number.NaN, 2, Number.POSITIVE_INFINITY, 4], 'ms').median).toBe(3);
    expect(() => summarize([Number.NaN], 'ms')).toThrow(/no usable samples/);
    expect(() => quantile([], 0.5)).toThrow(/no samples/);
  });

  test('the spread is half the interquartile range relative to the median', () => {
    expect(spreadPercent(figure(100, 'µs', 90, 110))).toBe(10);
    expect(spreadPercent(figure(0))).toBe(0);
  });

  test('subjects take turns in every round, warm-up rounds are run but not kept', async () => {
    const calls: string[] = [];
    const figures = await measureRounds(
      { a: () => calls.push('a'), b: () => calls.push('b'), c: () => calls.push('c') },
      { warmupRounds: 2, rounds: 3, iterations: 4 },
    );
    expect(calls.filter((name) => name === 'a')).toHaveLength(5 * 4);
    expect(calls.filter((name) => name === 'c')).toHaveLength(5 * 4);
    expect(Object.values(figures).map((item) => item.rounds)).toEqual([3, 3, 3]);
    // Round r starts with subject r: the order rotates, so no subject always goes first.
    const firsts = [0, 1, 2, 3, 4].map((round) => calls[round * 12]);
    expect(firsts).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  test('keeps the asked number of calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const subject = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
    };
    await measureRounds({ subject }, { warmupRounds: 0, rounds: 1, iterations: 40, concurrency: 16 });
    expect(most).toBe(16);
  });
});

describe('verdicts', () => {
  const withPeer = (ours: number, peer: number): Row => ({ what: 'x', ours: figure(ours), peer: { name: 'peer', figure: figure(peer) } });

  test('a ratio target is met up to and including the limit', () => {
    expect(verdictOf({ ...withPeer(130, 100), target: { text: '≤ 1.3×', ratioAtMost: 1.3 } })).toEqual({ met: true, text: 'met' });
    expect(verdictOf({ ...withPeer(200, 100), target: { text: '≤ 1.3×', ratioAtMost: 1.3 } })).toEqual({ met: false, text: 'missed: 2.00×, 54% over' });
  });

  test('an absolute target says by how much it is missed', () => {
    expect(verdictOf({ what: 'x', ours: figure(4.9), target: { text: '≤ 5 µs', atMost: 5 } })?.met).toBe(true);
    expect(verdictOf({ what: 'x', ours: figure(7.5), target: { text: '≤ 5 µs', atMost: 5 } })).toEqual({ met: false, text: 'missed: 7.50 µs, 50% over' });
  });

  test('a row without a target has no verdict; a ratio target without a peer is a mistake', () => {
    expect(verdictOf({ what: 'x', ours: figure(1) })).toBeUndefined();
    expect(() => verdictOf({ what: 'x', ours: figure(1), target: { text: '≤ 1×', ratioAtMost: 1 } })).toThrow(/needs a peer/);
    expect(() => verdictOf({ what: 'x', ours: figure(1), target: { text: 'fast' } })).toThrow(/no limit/);
  });

  test('figures show their unit and, when it matters, their spread', () => {
    expect(formatFigure(figure(4.321))).toBe('4.32 µs');
    expect(formatFigure(figure(132.4, 'µs', 120, 140))).toBe('132 µs ±8%');
    expect(formatFigure(figure(28.165, 'kB'))).toBe('28.2 kB');
  });
});

describe('the report', () => {
  const section: Section = {
    title: 'Client CPU per call',
    method: 'How it was measured.',
    rows: [
      { what: 'sequential', ours: figure(200), peer: { name: 'a | peer', figure: figure(100) }, target: { text: '≤ 1×', ratioAtMost: 1, missedBecause: 'the reason' } },
      { what: 'in flight', ours: figure(300), peer: { name: 'a | peer', figure: figure(100) }, target: { text: '≤ 1×', ratioAtMost: 1, missedBecause: 'the reason' } },
      { what: 'no target', ours: figure(50) },
    ],
    notes: ['A note.'],
  };

  test('a section has its table, its notes, and each reason for a miss once, naming its rows', () => {
    const text = renderSection(section, 1);
    expect(text).toContain('## 1. Client CPU per call');
    expect(text).toContain('| sequential | 200 µs | a \\| peer | 100 µs | 2.00× | ≤ 1× | **missed: 2.00×, 100% over** |');
    expect(text).toContain('| no target | 50.0 µs | – | – | – | – | – |');
    expect(text).toContain('- A note.');
    expect(text.match(/the reason/g)).toHaveLength(1);
    expect(text).toContain('- **sequential, in flight:** the reason');
  });

  test('no reason is printed for a target that is met', () => {
    const met: Section = { ...section, rows: [{ ...(section.rows[0] as Row), ours: figure(90) }] };
    expect(renderSection(met, 1)).not.toContain('Why the target is missed');
  });

  test('the whole report starts with the machine and a summary of every target', () => {
    const text = renderReport({ sections: [section], machine: ['Machine: test'], settings: 'Full run.' });
    expect(text.startsWith('# Benchmarks\n')).toBe(true);
    expect(text).toContain('- Machine: test');
    expect(text).toContain('| 1. sequential: ≤ 1× (vs a \\| peer) | missed: 2.00×, 100% over |');
    expect(text).toContain('| 1. in flight: ≤ 1× (vs a \\| peer) | missed: 3.00×, 200% over |');
  });

  test('an absolute target is listed without the peer its row is shown next to', () => {
    const absolute: Section = { ...section, rows: [{ what: 'first call', ours: figure(90, 'ms'), peer: { name: 'docusign-esign', figure: figure(300, 'ms') }, target: { text: '≤ 25 ms', atMost: 25 } }] };
    const text = renderReport({ sections: [absolute], machine: [], settings: 'Full run.' });
    expect(text).toContain('| 1. first call: ≤ 25 ms | missed: 90.0 ms, 260% over |');
  });
});

describe('options and the contract timing line', () => {
  test('runs every section by default, in report order whatever the order asked', () => {
    expect(parseOptions([]).sections).toEqual(['cpu', 'loopback', 'validation', 'startup', 'contract', 'codegen', 'listener']);
    expect(parseOptions(['--section', 'codegen', '--section', 'cpu']).sections).toEqual(['cpu', 'codegen']);
    expect(() => parseOptions(['--section', 'speed'])).toThrow(/unknown section speed: choose from cpu/);
    expect(() => parseOptions(['--fast'])).toThrow();
  });

  test('reads the split that npm run contract prints', () => {
    expect(contractTiming('x\nTiming: Prism start-up 1.4 s, suites 9.8 s.\nReports: …')).toEqual({ prism: 1.4, suites: 9.8 });
    expect(() => contractTiming('The contract holds: 1 passed, 0 failed')).toThrow(/no "Timing:" line/);
  });
});

describe('npm run bench, quick', () => {
  // Inside node_modules, as the benchmark's own build is: the built package resolves its
  // dependencies from there.
  const cache = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'bench-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('builds its own copy of the package, runs the sections asked for, and writes and prints the report', () => {
    const out = join(scratch, 'BENCHMARKS.md');
    // Every section but the two that time the project's own npm commands (npm run contract and
    // codegen, which have tests of their own): those with peers, servers and fresh processes.
    const sections = ['validation', 'cpu', 'loopback', 'startup', 'listener'].flatMap((name) => ['--section', name]);
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'bench.mjs'), '--quick', ...sections, '--out', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, BENCH_BUILD_DIR: join(scratch, 'build') },
      timeout: 180_000,
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('QUICK RUN');
    expect(report).toContain('## 1. Client CPU per call');
    expect(report).toContain('## 2. End to end over loopback');
    expect(report).toContain('## 3. Validation throughput');
    expect(report).toContain('## 4. Cost of importing the client');
    expect(report).toContain('## 5. Connect listener');
    expect(report).toMatch(/\| validation on \| [\d.]+ µs.* \| careful hand-written fetch/);
    expect(report).toMatch(/\| 16 in flight \| [\d.]+ µs.* \| docusign-esign ConnectApi\.createConfiguration \| [\d.]+ µs/);
    expect(report).toMatch(/\| the brief's account-level body \(9 properties\) \| [\d.]+ µs/);
    expect(report).toMatch(/\| 40,000 valid user IDs, per item \| [\d.]+ ns.* \| 1,000 valid user IDs, per item \| [\d.]+ ns.* \| flat: ≤ 1\.5× from the smallest to the largest \|/);
    expect(report).toMatch(/\| time to first call \| [\d.]+ ms.* \| a hand-written fetch call \(no import\) \| [\d.]+ ms/);
    expect(report).toMatch(/\| bundled, minified, gzipped \| [\d.]+ kB \| docusign-esign \| [\d.]+ kB/);
    expect(report).toMatch(/\| verify a [\d.]+ MB message \| [\d.]+ µs.* \| hand-written createHmac \+ timingSafeEqual \+ JSON\.parse \| [\d.]+ µs/);
    expect(report).toMatch(/\| deliveries, 16 in flight \| [\d,]+ calls\/s.* \| bare node:http handler/);
    expect(report).toMatch(/\| heap after [\d,]+ distinct deliveries \| -?[\d.]+ MiB \| the same listener with a store of 1,000,000 keys/);
    expect(run.stdout).toContain(report);
    expect(existsSync(join(scratch, 'build', 'index.js'))).toBe(true);
  });

  test('refuses an unknown section with the list of sections, and measures nothing', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'bench.mjs'), '--section', 'speed'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown section speed: choose from cpu, loopback, validation, startup, contract, codegen, listener');
    expect(run.stderr).toContain('Usage: npm run bench');
  });
});
