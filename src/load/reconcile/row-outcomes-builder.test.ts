import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invariantHolds, summarize } from './reconcile-summary';
import { OUTCOME, SF_ID_BYTES } from './row-outcomes';
import { RowOutcomesBuilder } from './row-outcomes-builder';

const LOCKED = 'UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--';

describe('RowOutcomesBuilder', () => {
  it('leaves rows nobody wrote unknown, with no job, error or Id', () => {
    const outcomes = new RowOutcomesBuilder(2).toOutcomes();
    expect([...outcomes.status]).toEqual([OUTCOME.unknown, OUTCOME.unknown]);
    expect([...outcomes.errorOf]).toEqual([-1, -1]);
    expect([...outcomes.jobOf]).toEqual([-1, -1]);
    expect(outcomes.sfIds.every((b) => b === 0)).toBe(true);
  });

  it('interns error texts and registers each job once', () => {
    const builder = new RowOutcomesBuilder(3);
    const job = builder.registerJob('750A');
    expect(builder.registerJob('750B')).toBe(1);
    expect(builder.registerJob('750A')).toBe(job);
    for (const row of [0, 2]) {
      builder.setResult(row, job, {
        status: OUTCOME.failed,
        created: false,
        sfId: '',
        error: LOCKED,
        ambiguous: false,
      });
    }
    builder.markExcluded(1);
    const outcomes = builder.toOutcomes();
    expect(outcomes.errors).toEqual([LOCKED]);
    expect([...outcomes.errorOf]).toEqual([0, -1, 0]);
    expect(outcomes.jobIds).toEqual(['750A', '750B']);
    expect(outcomes.status[1]).toBe(OUTCOME.excluded);
  });

  it('refuses a second outcome for a row within one round', () => {
    const builder = new RowOutcomesBuilder(1);
    builder.markNotSent(0);
    expect(() => builder.markExcluded(0)).toThrow(/two outcomes/);
    expect(() => builder.markExcluded(1)).toThrow(RangeError);
  });

  it('lets a later round overwrite only the rows it writes, wholly', () => {
    const builder = new RowOutcomesBuilder(3);
    const first = builder.registerJob('750A');
    builder.setResult(0, first, {
      status: OUTCOME.failed,
      created: false,
      sfId: '',
      error: LOCKED,
      ambiguous: true,
    });
    builder.setResult(1, first, {
      status: OUTCOME.succeeded,
      created: true,
      sfId: '001000000000001AAA',
      error: '',
      ambiguous: false,
    });
    builder.markNotSent(2);
    expect(builder.beginRound()).toBe(2);
    const retry = builder.registerJob('750B');
    builder.setResult(0, retry, {
      status: OUTCOME.succeeded,
      created: true,
      sfId: '001000000000007AAA',
      error: '',
      ambiguous: false,
    });
    const outcomes = builder.toOutcomes();
    expect([...outcomes.status]).toEqual([OUTCOME.succeeded, OUTCOME.succeeded, OUTCOME.notSent]);
    expect([...outcomes.errorOf]).toEqual([-1, -1, -1]);
    expect([...outcomes.ambiguous]).toEqual([0, 0, 0]);
    expect([...outcomes.jobOf]).toEqual([retry, first, -1]);
    const id = (row: number) =>
      String.fromCharCode(...outcomes.sfIds.subarray(row * SF_ID_BYTES, (row + 1) * SF_ID_BYTES));
    expect(id(0)).toBe('001000000000007AAA');
    expect(id(1)).toBe('001000000000001AAA');
    // The retry round may still not write a row twice.
    expect(() => builder.markExcluded(0)).toThrow(/two outcomes/);
  });
});

describe('RowOutcomesBuilder over random rounds', () => {
  const write = fc.record({
    row: fc.nat(),
    what: fc.constantFrom('ok', 'fail', 'unprocessed', 'unknown', 'excluded', 'notSent'),
    error: fc.constantFrom(
      LOCKED,
      'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --',
    ),
  });

  it('keeps, per row, what its latest round said, and every row counted once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.array(write, { maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        (rowCount, rounds) => {
          const builder = new RowOutcomesBuilder(rowCount);
          const model = new Array<number>(rowCount).fill(OUTCOME.unknown);
          rounds.forEach((writes, r) => {
            if (r > 0) builder.beginRound();
            const job = builder.registerJob(`750${r}`);
            const seen = new Set<number>();
            for (const { row: n, what, error } of writes) {
              const row = n % rowCount;
              if (seen.has(row)) continue; // one outcome per row per round
              seen.add(row);
              if (what === 'excluded') builder.markExcluded(row);
              else if (what === 'notSent') builder.markNotSent(row);
              else if (what === 'unknown') builder.markUnknown(row, job);
              else
                builder.setResult(row, job, {
                  status:
                    what === 'ok'
                      ? OUTCOME.succeeded
                      : what === 'fail'
                        ? OUTCOME.failed
                        : OUTCOME.unprocessed,
                  created: what === 'ok',
                  sfId: what === 'ok' ? '001000000000001AAA' : '',
                  error,
                  ambiguous: false,
                });
              model[row] = {
                ok: OUTCOME.succeeded,
                fail: OUTCOME.failed,
                unprocessed: OUTCOME.unprocessed,
                unknown: OUTCOME.unknown,
                excluded: OUTCOME.excluded,
                notSent: OUTCOME.notSent,
              }[what];
            }
          });
          const outcomes = builder.toOutcomes();
          expect([...outcomes.status]).toEqual(model);
          for (let row = 0; row < rowCount; row++) {
            expect(outcomes.errorOf[row]! >= 0).toBe(model[row] === OUTCOME.failed);
            expect(outcomes.created[row]).toBe(model[row] === OUTCOME.succeeded ? 1 : 0);
          }
          const summary = summarize(outcomes, { unmatchedResults: 0, unreadJobs: [] });
          expect(invariantHolds(summary)).toBe(true);
          expect(summary.failed).toBe(model.filter((s) => s === OUTCOME.failed).length);
        },
      ),
    );
  });
});
