import type { HeapPeak } from './parse-heap-sampler';

/** Targets from issue 4's "Done when". */
export const TARGET_RATIO = 1.2;
export const TARGET_FIRST_ROWS_MS = 500;
export const TARGET_LONGEST_TASK_MS = 100;
export const TARGET_HEAP_SHARE = 0.5;

export interface RunFigures {
  baseline: { ms: number; peak: HeapPeak };
  /** `file.stream()` read to the end in a bare worker, nothing else: the memory floor. */
  floor: { ms: number; peak: HeapPeak };
  drop: {
    ms: number;
    firstRowsMs: number;
    /** Drop to the mapping screen on New load; null on the bench page, which has none. */
    mappingMs: number | null;
    longestTaskMs: number;
    longTasks: number;
    peak: HeapPeak;
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** The table: one line per target, medians of the runs, ratios side by side. */
export function printReport(
  runs: RunFigures[],
  context: { rows: number; fileBytes: number; ui: 'app' | 'page'; benchPage: string },
): void {
  const of = (pick: (run: RunFigures) => number) => median(runs.map(pick));
  const drop = of((r) => r.drop.ms);
  const baseline = of((r) => r.baseline.ms);
  const ratio = drop / baseline;
  const firstRows = of((r) => r.drop.firstRowsMs);
  const mapping = context.ui === 'app' ? of((r) => r.drop.mappingMs ?? Number.NaN) : null;
  const longest = Math.max(...runs.map((r) => r.drop.longestTaskMs));
  const longTasks = Math.max(...runs.map((r) => r.drop.longTasks));
  const heap = of((r) => r.drop.peak.total);
  const used = of((r) => r.drop.peak.used);
  const heapLimit = context.fileBytes * TARGET_HEAP_SHARE;
  const mbps = (time: number) => `${(context.fileBytes / 1e3 / time).toFixed(0)} MB/s`;
  const rows: [string, string, string, string, string][] = [
    ['measure', 'drop step', 'papaparse alone', 'target', 'verdict'],
    [
      'drop → whole file parsed and counted',
      `${ms(drop)} (${mbps(drop)})`,
      `${ms(baseline)} (${mbps(baseline)})`,
      `≤ ${TARGET_RATIO}× baseline: ${ratio.toFixed(2)}×`,
      verdict(ratio <= TARGET_RATIO),
    ],
    mapping === null
      ? [
          'drop → first rows visible (no mapping screen) *',
          ms(firstRows),
          '',
          `≤ ${ms(TARGET_FIRST_ROWS_MS)}`,
          verdict(firstRows <= TARGET_FIRST_ROWS_MS),
        ]
      : [
          'drop → mapping screen *',
          `${ms(mapping)} (first rows ${ms(firstRows)})`,
          '',
          `≤ ${ms(TARGET_FIRST_ROWS_MS)}`,
          verdict(mapping <= TARGET_FIRST_ROWS_MS),
        ],
    [
      'longest main-thread task, drop → done',
      longTasks === 0 ? 'none ≥ 50 ms' : `${ms(longest)} (${longTasks} over 50 ms)`,
      '',
      `≤ ${ms(TARGET_LONGEST_TASK_MS)}`,
      verdict(longest <= TARGET_LONGEST_TASK_MS),
    ],
    [
      'peak JS heap (usedSize), page + worker',
      mb(used),
      mb(of((r) => r.baseline.peak.used)),
      `< ${mb(heapLimit)} (half the file)`,
      verdict(used < heapLimit),
    ],
    [
      'same + ArrayBuffer/external backing store',
      `${mb(heap)} (page ${mb(of((r) => r.drop.peak.page))}, worker ${mb(of((r) => r.drop.peak.workers))})`,
      mb(of((r) => r.baseline.peak.total)),
      `< ${mb(heapLimit)} (half the file)`,
      verdict(heap < heapLimit),
    ],
    [
      '  floor: file.stream() read alone (bare worker)',
      mb(of((r) => r.floor.peak.total)),
      '',
      `(${ms(of((r) => r.floor.ms))} to read)`,
      '',
    ],
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? [];
  console.info(
    `\nMedian of ${runs.length} runs (longest task: worst run), ${context.rows.toLocaleString('en-US')} Contacts, ${mb(context.fileBytes)}, headless Chromium`,
  );
  for (const row of rows)
    console.info(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  console.info(
    context.ui === 'app'
      ? '* On the console\'s New load page, signed in to the demo org: from the file input\'s change event to the frame after "Map the columns to fields" reaches the DOM. Baselines run on the bench page.'
      : `* On ${context.benchPage}, the DropStep mounted alone (BENCH_UI=page): it has no mapping screen, so this is drop → the frame after the first rows reach the DOM.`,
  );
}
