import { describe, expect, it } from 'vitest';
import { invariantHolds, summarize } from './reconcile-summary';
import { OUTCOME } from './row-outcomes';
import { RowOutcomesBuilder } from './row-outcomes-builder';

const LOCK = 'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--';
const PICK_A =
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Stage: bad value for restricted picklist field: Won:StageName --';
const PICK_B =
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Stage: bad value for restricted picklist field: Lost:StageName --';

function fail(builder: RowOutcomesBuilder, row: number, error: string): void {
  builder.setResult(row, 0, {
    status: OUTCOME.failed,
    created: false,
    sfId: '',
    error,
    ambiguous: false,
  });
}

describe('summarize', () => {
  it('counts every row once and groups failures by code and fields, largest first', () => {
    const builder = new RowOutcomesBuilder(8);
    builder.registerJob('750A');
    builder.setResult(0, 0, {
      status: OUTCOME.succeeded,
      created: true,
      sfId: '001000000000001AAA',
      error: '',
      ambiguous: true,
    });
    builder.setResult(1, 0, {
      status: OUTCOME.succeeded,
      created: false,
      sfId: '001000000000002AAA',
      error: '',
      ambiguous: false,
    });
    fail(builder, 2, LOCK);
    fail(builder, 3, PICK_A);
    fail(builder, 4, PICK_B);
    fail(builder, 5, PICK_B);
    builder.markExcluded(6);
    // Row 7 never written: unknown.
    const summary = summarize(builder.toOutcomes(), { unmatchedResults: 2, unreadJobs: [] });
    expect(summary).toMatchObject({
      rowCount: 8,
      succeeded: 2,
      created: 1,
      failed: 4,
      unprocessed: 0,
      excluded: 1,
      notSent: 0,
      unknown: 1,
      ambiguous: 1,
      unmatchedResults: 2,
    });
    expect(summary.groups).toEqual([
      {
        key: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST|StageName',
        code: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        fields: ['StageName'],
        count: 3,
        errorIndices: [1, 2],
        sampleMessage: 'Stage: bad value for restricted picklist field: Lost',
        retryable: false,
      },
      {
        key: 'UNABLE_TO_LOCK_ROW|',
        code: 'UNABLE_TO_LOCK_ROW',
        fields: [],
        count: 1,
        errorIndices: [0],
        sampleMessage: 'unable to obtain exclusive access to this record',
        retryable: true,
      },
    ]);
    expect(invariantHolds(summary)).toBe(true);
  });

  it('leaves texts of rows a retry overwrote out of the groups', () => {
    const builder = new RowOutcomesBuilder(1);
    fail(builder, 0, LOCK);
    builder.beginRound();
    builder.setResult(0, 0, {
      status: OUTCOME.succeeded,
      created: true,
      sfId: '',
      error: '',
      ambiguous: false,
    });
    const summary = summarize(builder.toOutcomes(), { unmatchedResults: 0, unreadJobs: [] });
    expect(summary.groups).toEqual([]);
    expect(summary.failed).toBe(0);
    expect(invariantHolds(summary)).toBe(true);
  });

  it('catches a summary that does not add up', () => {
    const summary = summarize(new RowOutcomesBuilder(2).toOutcomes(), {
      unmatchedResults: 0,
      unreadJobs: [{ jobId: '750A', message: 'The results could not be read.' }],
    });
    expect(invariantHolds(summary)).toBe(true);
    expect(invariantHolds({ ...summary, unknown: 1 })).toBe(false);
    expect(invariantHolds({ ...summary, failed: 1, unknown: 1 })).toBe(false);
  });
});
