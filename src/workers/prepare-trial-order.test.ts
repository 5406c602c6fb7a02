/**
 * The trial run with "Sort rows by parent": the Confirm dialog promises "The first N rows go
 * first", so the trial job must be the first N kept rows in file order, whatever the sort; only
 * the rows after it are grouped by parent.
 */
import { describe, expect, it } from 'vitest';
import { ROW_EXCLUDED } from '../load/job-plan/row-job-index';
import { runPreparePass, type PreparedData } from './prepare-passes';
import type { PrepareRequest } from './prepare-protocol';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  contactSetup,
  csvFile,
  fileFields,
  goodRow,
} from './test-support/prepare-fixture';

async function prepare(
  rows: readonly (readonly string[])[],
  options: Pick<PrepareRequest, 'choice' | 'trialRows' | 'sortByParent' | 'limits'>,
): Promise<PreparedData> {
  const request: PrepareRequest = {
    type: 'prepare',
    requestId: 1,
    ...fileFields(csvFile(rows), contactSetup()),
    ...options,
  };
  const outcome = await runPreparePass(request, () => {}).done;
  if (outcome.status !== 'done') throw new Error(`The pass ended ${outcome.status}`);
  return outcome.result;
}

/** Each job's rows, by last name, in the order the job sends them. */
async function jobNames(plan: PreparedData): Promise<string[][]> {
  return Promise.all(
    plan.jobs.map(async (job) =>
      (await job.body.text())
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0] ?? ''),
    ),
  );
}

/** Parents alternate, so any sort would reorder the first rows. */
const alternating = [1, 2, 3, 4, 5, 6, 7].map((i) =>
  goodRow(i, i % 2 === 1 ? ACCOUNT_A : ACCOUNT_B),
);

describe('the trial job with sort by parent', () => {
  it('is the first N rows in file order; only the rest is grouped by parent', async () => {
    const plan = await prepare(alternating, {
      choice: { kind: 'exclude-error-rows' },
      trialRows: 3,
      sortByParent: true,
    });
    expect(plan.jobs.map((job) => [job.trial, job.rows])).toEqual([
      [true, 3],
      [false, 4],
    ]);
    expect(await jobNames(plan)).toEqual([
      ['Contact 1', 'Contact 2', 'Contact 3'],
      // After the trial: parent B first appears in row 4, then A in row 5.
      ['Contact 4', 'Contact 6', 'Contact 5', 'Contact 7'],
    ]);
    expect([...plan.rowJobs]).toEqual([0, 0, 0, 1, 1, 1, 1]);
  });

  it('counts kept rows only: an excluded row is not one of the N', async () => {
    const rows = [
      goodRow(1, ACCOUNT_B),
      ['', 'nobody@example.com', 'Web', '1990-01-01', ACCOUNT_A], // LastName blank: excluded
      goodRow(3, ACCOUNT_A),
      goodRow(4, ACCOUNT_B),
      goodRow(5, ACCOUNT_A),
      goodRow(6, ACCOUNT_B),
    ];
    const plan = await prepare(rows, {
      choice: { kind: 'exclude-error-rows' },
      trialRows: 2,
      sortByParent: true,
    });
    expect(await jobNames(plan)).toEqual([
      ['Contact 1', 'Contact 3'],
      ['Contact 4', 'Contact 6', 'Contact 5'],
    ]);
    expect(plan.rowJobs[1]).toBe(ROW_EXCLUDED);
    expect(plan.excludedRows).toBe(1);
  });

  it('holds every row when the trial is longer than the file, sort or not', async () => {
    const sorted = await prepare(alternating, {
      choice: { kind: 'exclude-error-rows' },
      trialRows: 10,
      sortByParent: true,
    });
    expect(await jobNames(sorted)).toEqual([alternating.map((row) => row[0])]);
    expect(sorted.jobs[0]?.trial).toBe(true);
  });

  it('sorts everything when there is no trial run', async () => {
    const plan = await prepare(alternating, {
      choice: { kind: 'exclude-error-rows' },
      trialRows: 0,
      sortByParent: true,
    });
    expect(await jobNames(plan)).toEqual([
      ['Contact 1', 'Contact 3', 'Contact 5', 'Contact 7', 'Contact 2', 'Contact 4', 'Contact 6'],
    ]);
    expect(plan.jobs[0]?.trial).toBe(false);
  });

  it('keeps the trial rows in file order when job limits cut the rest', async () => {
    const plan = await prepare(alternating, {
      choice: { kind: 'go-on-anyway' },
      trialRows: 2,
      sortByParent: true,
      limits: { maxRows: 3 },
    });
    expect(await jobNames(plan)).toEqual([
      ['Contact 1', 'Contact 2'],
      ['Contact 3', 'Contact 5', 'Contact 7'],
      ['Contact 4', 'Contact 6'],
    ]);
  });
});
