import { describe, expect, it } from 'vitest';
import { wouldExceedLimits } from '../../salesforce/readiness/limit-headroom';
import { retryLimitHold } from './retry-limit-hold';

const limits = (apiLeft: number, batchesLeft: number) => ({
  DailyApiRequests: { Max: 100_000, Remaining: apiLeft },
  DailyBulkApiBatches: { Max: 15_000, Remaining: batchesLeft },
});

describe('retryLimitHold', () => {
  it('lets a retry that fits go, by hand or automatically', () => {
    const read = { ok: true as const, limits: limits(100_000, 15_000) };
    expect(retryLimitHold(read, { jobs: 1, rows: 25_000 }, false)).toBeNull();
    expect(retryLimitHold(read, { jobs: 1, rows: 25_000 }, true)).toBeNull();
  });

  it('holds a retry that would run the batches out, with the Confirm step’s own warning', () => {
    const read = { ok: true as const, limits: limits(100_000, 2) };
    const hold = retryLimitHold(read, { jobs: 1, rows: 25_000 }, false);
    expect(hold).toEqual({
      reason: 'limits',
      warning: wouldExceedLimits(read.limits, 1, 25_000).warning,
    });
    expect(hold).toMatchObject({
      warning: expect.stringMatching(/up to 3 Bulk API batches, and the org has 2 left today/),
    });
  });

  it('holds an automatic retry that would run the API requests out: it never goes on alone', () => {
    const hold = retryLimitHold(
      { ok: true, limits: limits(10, 15_000) },
      { jobs: 2, rows: 5 },
      true,
    );
    expect(hold).toMatchObject({
      reason: 'limits',
      warning: expect.stringMatching(/about 32 API requests, and the org has 10 left today/),
    });
  });

  it('says the limits could not be read when retrying by hand, and never blocks an automatic retry', () => {
    const read = { ok: false as const, reason: 'Salesforce answered 503.' };
    const hold = retryLimitHold(read, { jobs: 1, rows: 10 }, false);
    expect(hold).toMatchObject({ reason: 'limits-unread' });
    const message = hold?.reason === 'limits-unread' ? hold.message : '';
    expect(message).toMatch(/could not be read \(Salesforce answered 503\)/);
    expect(message).toMatch(/Nothing was sent/);
    expect(message).toMatch(/Retry anyway/);
    expect(retryLimitHold(read, { jobs: 1, rows: 10 }, true)).toBeNull();
  });

  it('says nothing about a limit the org does not report', () => {
    expect(
      retryLimitHold({ ok: true, limits: {} }, { jobs: 50, rows: 5_000_000 }, true),
    ).toBeNull();
  });
});
