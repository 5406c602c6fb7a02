import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BULK_JOB_MAX_CSV_BYTES } from '../../csv/write-bulk-csv';
import { DEFAULT_JOB_LIMITS, JobCutter, RowTooLargeError } from './job-cutter';

const HEADER = 20;
const scenario = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 300 }),
  maxBytes: fc.integer({ min: HEADER + 60, max: 400 }),
  maxRows: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
  trialRows: fc.integer({ min: 0, max: 12 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function run({ sizes, maxBytes, maxRows, trialRows }: Scenario) {
  const cutter = new JobCutter(HEADER, { maxBytes, maxRows, trialRows });
  const placed = sizes.map((size) => cutter.place(size));
  return { cutter, placed };
}

describe('JobCutter', () => {
  it('defaults to the Bulk API size limit, no row limit and no trial', () => {
    expect(new JobCutter(HEADER).limits).toEqual(DEFAULT_JOB_LIMITS);
    expect(DEFAULT_JOB_LIMITS.maxBytes).toBe(BULK_JOB_MAX_CSV_BYTES);
  });

  it('keeps every job within its limits, header included', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { cutter } = run(s);
        for (const job of cutter.jobs()) {
          expect(job.bytes).toBeLessThanOrEqual(s.maxBytes);
          if (s.maxRows !== null) expect(job.rows).toBeLessThanOrEqual(s.maxRows);
          expect(job.rows).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('places rows in order, each in one job, and accounts for every byte', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { cutter, placed } = run(s);
        placed.forEach((job, i) => expect(job).toBeGreaterThanOrEqual(placed[i - 1] ?? 0));
        const jobs = cutter.jobs();
        expect(jobs.reduce((sum, j) => sum + j.rows, 0)).toBe(s.sizes.length);
        jobs.forEach((job) => {
          const rows = s.sizes.filter((_, i) => placed[i] === job.index);
          expect(job.bytes).toBe(HEADER + rows.reduce((a, b) => a + b, 0));
        });
      }),
    );
  });

  it('cuts only when the next row would break a limit, and makes job 0 the trial', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { cutter, placed } = run(s);
        const jobs = cutter.jobs();
        jobs.forEach((job, index) => {
          expect(job.trial).toBe(index === 0 && s.trialRows > 0);
          const next = jobs[index + 1];
          if (!next) return;
          const nextRow = s.sizes[placed.indexOf(next.index)] ?? 0;
          const full =
            job.bytes + nextRow > s.maxBytes ||
            (s.maxRows !== null && job.rows >= s.maxRows) ||
            (job.trial && job.rows >= s.trialRows);
          expect(full).toBe(true);
        });
        if (s.trialRows > 0 && jobs[0] && s.maxRows === null)
          expect(jobs[0].rows).toBeLessThanOrEqual(s.trialRows);
      }),
    );
  });

  it('refuses a row that cannot fit even alone', () => {
    const cutter = new JobCutter(HEADER, { maxBytes: 100 });
    expect(cutter.place(80)).toBe(0);
    expect(() => cutter.place(81)).toThrow(RowTooLargeError);
  });
});
