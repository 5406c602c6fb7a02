import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESTIMATED_API_CALLS_PER_JOB, ROWS_PER_BATCH, wouldExceedLimits } from './limit-headroom';

const limits = (apiLeft: number, batchesLeft: number) => ({
  DailyApiRequests: { Max: 100_000, Remaining: apiLeft },
  DailyBulkApiBatches: { Max: 15_000, Remaining: batchesLeft },
});

describe('wouldExceedLimits', () => {
  it('lets a load that fits through without a warning', () => {
    const result = wouldExceedLimits(limits(100_000, 15_000), 1, 25_000);
    expect(result).toMatchObject({
      exceeds: false,
      batchesNeeded: 3,
      apiCallsNeeded: ESTIMATED_API_CALLS_PER_JOB,
    });
    expect(result.warning).toBeUndefined();
  });

  it('warns when the batches left are too few, with both numbers and what to do', () => {
    const result = wouldExceedLimits(limits(100_000, 2), 1, 25_000);
    expect(result.exceeds).toBe(true);
    expect(result.warning).toMatch(/up to 3 Bulk API batches, and the org has 2 left today/);
    expect(result.warning).toMatch(/Load fewer rows now/);
  });

  it('warns when the API requests left are too few', () => {
    const result = wouldExceedLimits(limits(10, 15_000), 2, 100);
    expect(result.exceeds).toBe(true);
    expect(result.warning).toMatch(/about 32 API requests, and the org has 10 left today/);
  });

  it('says nothing about a limit the org does not report', () => {
    expect(wouldExceedLimits({}, 5, 1_000_000)).toMatchObject({ exceeds: false });
  });

  it('never estimates fewer batches than any split of the rows into jobs really costs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 150_000 }), { minLength: 1, maxLength: 20 }),
        (jobRows) => {
          const real = jobRows.reduce((sum, rows) => sum + Math.ceil(rows / ROWS_PER_BATCH), 0);
          const total = jobRows.reduce((sum, rows) => sum + rows, 0);
          const { batchesNeeded } = wouldExceedLimits({}, jobRows.length, total);
          expect(batchesNeeded).toBeGreaterThanOrEqual(real);
          expect(batchesNeeded).toBeLessThanOrEqual(real + jobRows.length);
        },
      ),
    );
  });
});
