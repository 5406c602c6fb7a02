import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskOf, retryableErrors, retryRows, rowsOfGroup } from './retry-rows';
import { OUTCOME, SF_ID_BYTES, type ErrorGroup, type RowOutcomes } from './row-outcomes';

const { succeeded, failed, unprocessed, excluded, unknown, notSent } = OUTCOME;

/** Outcomes of a load from per-row status, error index and ambiguity. */
function outcomesOf(rows: { status: number; error?: number; ambiguous?: boolean }[]): RowOutcomes {
  const n = rows.length;
  return {
    rowCount: n,
    status: Uint8Array.from(rows.map((r) => r.status)),
    created: new Uint8Array(n),
    ambiguous: Uint8Array.from(rows.map((r) => (r.ambiguous ? 1 : 0))),
    errorOf: Int32Array.from(rows.map((r) => r.error ?? -1)),
    errors: ['REQUIRED_FIELD_MISSING:x:LastName --', 'UNABLE_TO_LOCK_ROW:lock: --'],
    sfIds: new Uint8Array(n * SF_ID_BYTES),
    jobOf: new Int32Array(n).fill(-1),
    jobIds: [],
  };
}

const LOAD = outcomesOf([
  { status: succeeded },
  { status: failed, error: 0 },
  { status: failed, error: 1 },
  { status: unprocessed },
  { status: failed, error: 0, ambiguous: true },
  { status: excluded },
  { status: unknown },
  { status: notSent },
  { status: unprocessed, ambiguous: true },
  { status: notSent },
]);

const LOCK_GROUP: ErrorGroup = {
  key: 'UNABLE_TO_LOCK_ROW|',
  code: 'UNABLE_TO_LOCK_ROW',
  fields: [],
  count: 1,
  errorIndices: [1],
  sampleMessage: 'lock',
  retryable: true,
};
const DATA_GROUP: ErrorGroup = {
  ...LOCK_GROUP,
  key: 'REQUIRED_FIELD_MISSING|LastName',
  code: 'REQUIRED_FIELD_MISSING',
  errorIndices: [0],
  retryable: false,
};

const chosen = (mask: Uint8Array) => [...mask.keys()].filter((row) => mask[row] === 1);

describe('retryRows', () => {
  it('picks failed rows, leaving out the uncertain ones unless asked', () => {
    const pick = retryRows(LOAD, {
      failed: true,
      unprocessed: false,
      notSent: false,
      includeAmbiguous: false,
    });
    expect(chosen(pick.rows)).toEqual([1, 2]);
    expect(pick).toMatchObject({ count: 2, ambiguousLeftOut: 1 });
    const all = retryRows(LOAD, {
      failed: true,
      unprocessed: false,
      notSent: false,
      includeAmbiguous: true,
    });
    expect(chosen(all.rows)).toEqual([1, 2, 4]);
    expect(all.ambiguousLeftOut).toBe(0);
  });

  it('picks unprocessed rows, or both kinds, never succeeded, excluded, unknown, nor not sent unless asked', () => {
    expect(
      chosen(
        retryRows(LOAD, {
          failed: false,
          unprocessed: true,
          notSent: false,
          includeAmbiguous: false,
        }).rows,
      ),
    ).toEqual([3]);
    expect(
      chosen(
        retryRows(LOAD, { failed: true, unprocessed: true, notSent: false, includeAmbiguous: true })
          .rows,
      ),
    ).toEqual([1, 2, 3, 4, 8]);
    expect(
      retryRows(LOAD, { failed: false, unprocessed: false, notSent: false, includeAmbiguous: true })
        .count,
    ).toBe(0);
  });

  it('picks rows that were never sent when asked, alone or with the others', () => {
    const none = { failed: false, unprocessed: false, includeAmbiguous: false };
    expect(chosen(retryRows(LOAD, { ...none, notSent: true }).rows)).toEqual([7, 9]);
    expect(retryRows(LOAD, { ...none, notSent: true })).toMatchObject({
      count: 2,
      ambiguousLeftOut: 0,
    });
    expect(
      chosen(
        retryRows(LOAD, { failed: true, unprocessed: true, notSent: true, includeAmbiguous: false })
          .rows,
      ),
    ).toEqual([1, 2, 3, 7, 9]);
  });

  it('picks only the rows of the retryable groups for an automatic retry', () => {
    const errors = retryableErrors([DATA_GROUP, LOCK_GROUP]);
    expect([...errors]).toEqual([1]);
    const pick = retryRows(LOAD, {
      failed: true,
      unprocessed: false,
      notSent: false,
      includeAmbiguous: false,
      onlyErrors: errors,
    });
    expect(chosen(pick.rows)).toEqual([2]);
  });

  it('lists a group’s rows and makes masks of row lists', () => {
    expect(rowsOfGroup(LOAD, DATA_GROUP)).toEqual([1, 4]);
    expect(chosen(maskOf(LOAD.rowCount, [1, 4]))).toEqual([1, 4]);
  });

  it('chooses exactly the wanted rows, each once, and counts the uncertain ones it left out', () => {
    const row = fc.record({
      status: fc.constantFrom(succeeded, failed, unprocessed, excluded, unknown, notSent),
      ambiguous: fc.boolean(),
      error: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 200 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, wantFailed, wantUnprocessed, wantNotSent, includeAmbiguous) => {
          const outcomes = outcomesOf(
            rows.map((r) => ({ ...r, error: r.status === failed ? r.error : -1 })),
          );
          const pick = retryRows(outcomes, {
            failed: wantFailed,
            unprocessed: wantUnprocessed,
            notSent: wantNotSent,
            includeAmbiguous,
          });
          const wanted = rows.flatMap((r, i) =>
            (r.status === failed && wantFailed) ||
            (r.status === unprocessed && wantUnprocessed) ||
            (r.status === notSent && wantNotSent)
              ? [{ i, ambiguous: r.ambiguous }]
              : [],
          );
          const expected = wanted.filter((w) => includeAmbiguous || !w.ambiguous).map((w) => w.i);
          expect(chosen(pick.rows)).toEqual(expected);
          expect(pick.count).toBe(expected.length);
          expect(pick.count + pick.ambiguousLeftOut).toBe(wanted.length);
        },
      ),
    );
  });
});
