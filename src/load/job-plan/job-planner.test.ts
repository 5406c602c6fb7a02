import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulkCsvByteLength, encodeBulkCsvRow } from '../../csv/write-bulk-csv';
import { JobPlanner, type JobPlan } from './job-planner';
import { ROW_EXCLUDED, ROW_NOT_PLANNED } from './row-job-index';

const HEADERS = ['LastName', 'Description'];
const HEADER_LINE = encodeBulkCsvRow(HEADERS);
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', ',', '"', '\n', 'é', '日', '🙂', ' '),
  maxLength: 12,
});
const MAX_ROW_BYTES = bulkCsvByteLength(encodeBulkCsvRow(['🙂'.repeat(12), '🙂'.repeat(12)]));

const scenario = fc.record({
  rows: fc.array(fc.tuple(cell, cell, fc.boolean()), { maxLength: 120 }),
  extraBytes: fc.integer({ min: 0, max: 300 }),
  maxRows: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
  trialRows: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function plan(s: Scenario): {
  plan: JobPlan;
  maxBytes: number;
  ready: number[];
} {
  const maxBytes = bulkCsvByteLength(HEADER_LINE) + MAX_ROW_BYTES + s.extraBytes;
  const ready: number[] = [];
  const planner = new JobPlanner(HEADERS, {
    maxBytes,
    ...(s.maxRows !== undefined ? { maxRows: s.maxRows } : {}),
    ...(s.trialRows !== undefined ? { trialRows: s.trialRows } : {}),
    rowCount: 4,
    onJobReady: (job) => ready.push(job.index),
  });
  s.rows.forEach(([a, b, excluded], row) => {
    if (excluded) planner.exclude(row);
    else planner.addRow(row, [a, b]);
  });
  return { plan: planner.finish(), maxBytes, ready };
}

describe('JobPlanner', () => {
  it('writes every included row into exactly one job, in order, under the size limit with a header each', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { plan: p, maxBytes, ready } = plan(s);
        expect(ready).toEqual(p.jobs.map((j) => j.index));
        for (const job of p.jobs) {
          const text = await job.body.blob.text();
          const expected =
            HEADER_LINE +
            s.rows
              .filter((_, row) => p.rowJobs.jobOf(row) === job.index)
              .map(([a, b]) => encodeBulkCsvRow([a, b]))
              .join('');
          expect(text).toBe(expected);
          expect(job.body.bytes).toBe(job.body.blob.size);
          expect(job.body.bytes).toBeLessThanOrEqual(maxBytes);
          if (s.maxRows !== undefined) expect(job.rows).toBeLessThanOrEqual(s.maxRows);
        }
        s.rows.forEach(([, , excluded], row) => {
          const job = p.rowJobs.jobOf(row);
          if (excluded) expect(job).toBe(ROW_EXCLUDED);
          else expect(p.jobs.some((j) => j.index === job)).toBe(true);
        });
        expect(p.excludedRows).toBe(s.rows.filter(([, , excluded]) => excluded).length);
        expect(p.jobs.reduce((sum, j) => sum + j.rows, 0)).toBe(s.rows.length - p.excludedRows);
        expect(p.rowJobs.jobOf(s.rows.length)).toBe(ROW_NOT_PLANNED);
      }),
      { numRuns: 60 },
    );
  });

  it('sends the first included rows as the trial job 0, and the rest after', () => {
    const planner = new JobPlanner(['Name'], { trialRows: 10 });
    planner.exclude(0);
    for (let row = 1; row <= 25; row++) planner.addRow(row, [`n${row}`]);
    const p = planner.finish();
    expect(p.jobs.map((j) => [j.index, j.trial, j.rows])).toEqual([
      [0, true, 10],
      [1, false, 15],
    ]);
    expect([...p.rowJobs.rowsOf(0)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.rowJobs.jobOf(0)).toBe(ROW_EXCLUDED);
  });

  it('keeps one job for a file under the limit, and none for a file with no included row', () => {
    const one = new JobPlanner(['Name']);
    one.addRow(0, ['Ada']);
    expect(one.finish().jobs).toHaveLength(1);
    const none = new JobPlanner(['Name']);
    none.exclude(0);
    expect(none.finish().jobs).toEqual([]);
  });

  it('refuses rows after finish', () => {
    const planner = new JobPlanner(['Name']);
    planner.finish();
    expect(() => planner.addRow(0, ['Ada'])).toThrow(/finished/);
  });
});
