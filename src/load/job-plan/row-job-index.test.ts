import { describe, expect, it } from 'vitest';
import { MAX_JOB_INDEX, ROW_EXCLUDED, ROW_NOT_PLANNED, RowJobIndex } from './row-job-index';

describe('RowJobIndex', () => {
  it('records jobs and exclusions, grows, and marks unseen rows as not planned', () => {
    const index = new RowJobIndex(2);
    index.set(0, 0);
    index.set(1, ROW_EXCLUDED);
    index.set(5000, 3);
    expect(index.length).toBe(5001);
    expect([
      index.jobOf(0),
      index.jobOf(1),
      index.jobOf(2),
      index.jobOf(5000),
      index.jobOf(5001),
    ]).toEqual([0, ROW_EXCLUDED, ROW_NOT_PLANNED, 3, ROW_NOT_PLANNED]);
    expect([...index.rowsOf(ROW_EXCLUDED)]).toEqual([1]);
  });

  it('round-trips through its stored array', () => {
    const index = new RowJobIndex();
    [0, 0, 1, ROW_EXCLUDED, 1].forEach((job, row) => index.set(row, job));
    const copy = new RowJobIndex(index.toArray());
    expect(copy.length).toBe(5);
    expect([...copy.rowsOf(1)]).toEqual([2, 4]);
  });

  it('refuses a job index that collides with the markers', () => {
    expect(() => new RowJobIndex().set(0, MAX_JOB_INDEX + 2)).toThrow(RangeError);
  });
});
