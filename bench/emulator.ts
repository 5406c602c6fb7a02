/**
 * `npm run bench:emulator` — the demo org's Bulk API 2.0 ingest against papaparse, in one process.
 *
 * Generates BENCH_ROWS (default 1,000,000) Contacts, then three times, alternating: papaparse
 * alone parses the CSV text; the demo org (started in-process, pace "fast") loads it over HTTP —
 * insert jobs, then upsert jobs keyed on External_Id__c, each under the 150 MB limit — from job
 * create to JobComplete. Prints medians side by side, and peak memory as
 * (peak heapUsed + arrayBuffers − baseline after GC) ÷ CSV bytes, with the memory of the stored
 * records taken out (measured after the jobs are deleted, and pro-rated while they are stored).
 * Run under `node --expose-gc`; add `--cpu-prof` to see where the time goes.
 */
import Papa from 'papaparse';
import { startEmulator } from '../emulator/server';
import { contactsCsv } from './contacts-csv';
import { deleteJobs, loadJobs, passwordToken } from './ingest-client';
import { MemoryProbe } from './memory-probe';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Salesforce advises ≤ 100 MB of raw CSV per job (150 MB after base64). */
const MAX_JOB_BYTES = 100_000_000;
const TARGET_COST = 3;
const TARGET_MEMORY = 2.5;

interface DemoRun {
  insertRowsPerSecond: number;
  upsertRowsPerSecond: number;
  insertMemory: number;
  upsertMemory: number;
  storedBytesPerRecord: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const PAPA_CHUNK_BYTES = 1 << 20;

/**
 * The baseline: papaparse alone over the same CSV, streaming rows to a no-op `chunk` (rows are
 * counted, not kept), so neither side pays for holding a million parsed rows.
 */
function papaRowsPerSecond(text: string): number {
  let rows = 0;
  const started = performance.now();
  // @types/papaparse omits chunk/chunkSize for string input, which papaparse streams in slices.
  const config = {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: true,
    chunkSize: PAPA_CHUNK_BYTES,
    chunk: (result: Papa.ParseResult<string[]>) => {
      rows += result.data.length;
    },
  } as Papa.ParseConfig<string[]>;
  Papa.parse<string[]>(text, config);
  const seconds = (performance.now() - started) / 1000;
  return (rows - 1) / seconds;
}

async function demoRun(
  url: string,
  reset: () => void,
  count: () => number,
  insert: Buffer[],
  upsert: Buffer[],
): Promise<DemoRun> {
  reset();
  const token = await passwordToken(url);
  const csvBytes = (jobs: Buffer[]) => jobs.reduce((n, b) => n + b.length, 0);
  const existing = count();

  const insertProbe = await MemoryProbe.start(() => count() - existing);
  let started = performance.now();
  const insertIds = await loadJobs(url, token, 'insert', insert);
  const insertSeconds = (performance.now() - started) / 1000;
  const insertPeak = insertProbe.stop();
  await deleteJobs(url, token, insertIds);
  const afterInsert = await MemoryProbe.settled();
  const storedBytesPerRecord = (afterInsert - insertProbe.baseline) / (count() - existing);

  const upsertProbe = await MemoryProbe.start(() => 0);
  started = performance.now();
  const upsertIds = await loadJobs(url, token, 'upsert', upsert);
  const upsertSeconds = (performance.now() - started) / 1000;
  const upsertPeak = upsertProbe.stop();
  await deleteJobs(url, token, upsertIds);

  return {
    insertRowsPerSecond: ROWS / insertSeconds,
    upsertRowsPerSecond: ROWS / upsertSeconds,
    insertMemory:
      insertProbe.peakExcludingStored(insertPeak, storedBytesPerRecord) / csvBytes(insert),
    upsertMemory: upsertProbe.peakExcludingStored(upsertPeak, 0) / csvBytes(upsert),
    storedBytesPerRecord,
  };
}

async function main(): Promise<void> {
  console.info(`Generating ${fmt(ROWS)} Contacts…`);
  const first = contactsCsv(ROWS, 1, MAX_JOB_BYTES);
  const second = contactsCsv(ROWS, 2, MAX_JOB_BYTES);
  const csvMb = Buffer.byteLength(first.text) / 1e6;
  console.info(
    `CSV: ${csvMb.toFixed(1)} MB, ${first.jobs.length} insert jobs and ${second.jobs.length} upsert jobs`,
  );

  const emulator = await startEmulator({ port: 0, pace: 'fast' });
  const papa: number[] = [];
  const runs: DemoRun[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      // Both sides start from the same clean heap: the previous run's records dropped, then a GC.
      emulator.org.reset();
      await MemoryProbe.settled();
      papa.push(papaRowsPerSecond(first.text));
      runs.push(
        await demoRun(
          emulator.url,
          () => emulator.org.reset(),
          () => emulator.org.store.count('Contact'),
          first.jobs,
          second.jobs,
        ),
      );
      const last = runs.at(-1) as DemoRun;
      console.info(
        `run ${run}: papaparse ${fmt(papa.at(-1) ?? 0)} rows/s · insert ${fmt(last.insertRowsPerSecond)} rows/s · upsert ${fmt(last.upsertRowsPerSecond)} rows/s`,
      );
    }
  } finally {
    await emulator.close();
  }

  const papaMedian = median(papa);
  const insert = median(runs.map((r) => r.insertRowsPerSecond));
  const upsert = median(runs.map((r) => r.upsertRowsPerSecond));
  const insertMemory = median(runs.map((r) => r.insertMemory));
  const upsertMemory = median(runs.map((r) => r.upsertMemory));
  const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  const cost = (rowsPerSecond: number) => papaMedian / rowsPerSecond;
  const lines: [string, string, string][] = [
    ['papaparse alone', `${fmt(papaMedian)} rows/s`, '1.00×'],
    [
      'demo org insert',
      `${fmt(insert)} rows/s`,
      `${cost(insert).toFixed(2)}× (≤ ${TARGET_COST}×: ${verdict(cost(insert) <= TARGET_COST)})`,
    ],
    [
      'demo org upsert',
      `${fmt(upsert)} rows/s`,
      `${cost(upsert).toFixed(2)}× (≤ ${TARGET_COST}×: ${verdict(cost(upsert) <= TARGET_COST)})`,
    ],
    [
      'peak memory, insert',
      `${insertMemory.toFixed(2)} × CSV`,
      `≤ ${TARGET_MEMORY}×: ${verdict(insertMemory <= TARGET_MEMORY)}`,
    ],
    [
      'peak memory, upsert',
      `${upsertMemory.toFixed(2)} × CSV`,
      `≤ ${TARGET_MEMORY}×: ${verdict(upsertMemory <= TARGET_MEMORY)}`,
    ],
    [
      'stored record (excluded)',
      `${fmt(median(runs.map((r) => r.storedBytesPerRecord)))} bytes`,
      '',
    ],
  ];
  console.info(`\nMedian of ${RUNS} runs, ${fmt(ROWS)} Contacts, ${csvMb.toFixed(1)} MB of CSV`);
  for (const [measure, value, note] of lines)
    console.info(`${measure.padEnd(26)}${value.padStart(20)}   ${note}`);
}

await main();
