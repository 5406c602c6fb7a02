import { afterEach, describe, expect, it } from 'vitest';
import {
  createPrepareWorkerClient,
  PrepareFailedError,
  PrepareSupersededError,
  type PrepareInput,
  type PrepareProgress,
  type PreparedPlan,
} from '../features/preflight/prepare-worker-client';
import { ROW_EXCLUDED } from '../load/job-plan/row-job-index';
import { problemGroupKey } from '../load/preflight/preflight-aggregator';
import {
  ACCOUNT_A,
  COLUMN,
  contactSetup,
  csvFile,
  fileFields,
  goodRow,
} from './test-support/prepare-fixture';

const clients: ReturnType<typeof createPrepareWorkerClient>[] = [];
afterEach(() => clients.splice(0).forEach((client) => client.dispose()));

function client() {
  const started = createPrepareWorkerClient();
  clients.push(started);
  return started;
}

/** 12 rows: 0–9 good except row 2 (no last name), 5 (unknown lead source), 7 (bad date), 9 (bad email). */
function mixedRows(): string[][] {
  const rows = Array.from({ length: 12 }, (_, i) => goodRow(i));
  rows[2] = ['', 'two@example.com', 'Web', '1990-01-01', ACCOUNT_A];
  rows[5] = ['Five', 'five@example.com', 'Website', '1990-01-01', ACCOUNT_A];
  rows[7] = ['Seven', 'seven@example.com', 'Web', '31/31/1990', ACCOUNT_A];
  rows[9] = ['Nine', 'not an email', 'Web', '1990-01-01', ACCOUNT_A];
  return rows;
}

const prepareInput = (extra: Partial<PrepareInput> = {}): PrepareInput => ({
  ...fileFields(csvFile(mixedRows()), contactSetup()),
  choice: { kind: 'exclude-error-rows' },
  trialRows: 0,
  sortByParent: false,
  ...extra,
});

/** Each job's data lines (header checked and dropped), by Last Name. */
async function jobNames(plan: PreparedPlan): Promise<string[][]> {
  return Promise.all(
    plan.jobs.map(async (job) => {
      const lines = (await job.body.text()).split('\n');
      expect(lines[0]).toBe(plan.headers.join(','));
      expect(lines.at(-1)).toBe('');
      return lines.slice(1, -1).map((line) => line.split(',')[0] ?? '');
    }),
  );
}

/** The check screen's default options: every check prepares along. */
const along = {
  prepareAlong: {
    choice: { kind: 'exclude-error-rows' },
    trialRows: 0,
    sortByParent: false,
  },
} as const;

const keptRows = (plan: PreparedPlan) =>
  Array.from(plan.rowJobs).flatMap((job, row) => (job === ROW_EXCLUDED ? [] : [row]));

describe('the prepare worker, through its client', () => {
  it('checks every row and finds each group with its count', async () => {
    const progress: PrepareProgress[] = [];
    const { summary, rowCount } = await client().check(
      { ...fileFields(csvFile(mixedRows()), contactSetup()), ...along },
      (p) => progress.push(p),
    );
    expect(rowCount).toBe(12);
    expect(summary.rowsChecked).toBe(12);
    expect(summary.rowsWithErrors).toBe(3);
    expect(summary.rowsWithWarnings).toBe(1);
    const groups = summary.groups.map((g) => [g.key, g.rows, g.examples[0]?.rowIndex]);
    expect(groups).toEqual(
      expect.arrayContaining([
        [problemGroupKey('required-missing', COLUMN.lastName), 1, 2],
        [problemGroupKey('invalid-value', COLUMN.birthdate), 1, 7],
        [problemGroupKey('invalid-email', COLUMN.email), 1, 9],
        [problemGroupKey('unknown-picklist-value', COLUMN.leadSource), 1, 5],
      ]),
    );
    expect(groups).toHaveLength(4);
    expect(progress.at(-1)).toMatchObject({ rowsDone: 12 });
  });

  it('exclude-error-rows: the error rows are in no job, every other row in exactly one', async () => {
    const plan = await client().prepare(prepareInput());
    expect(plan.excludedRows).toBe(3);
    expect(plan.unwritableRows).toBe(1);
    expect(plan.rowCount).toBe(12);
    expect(keptRows(plan)).toEqual([0, 1, 3, 4, 5, 6, 8, 10, 11]);
    const names = (await jobNames(plan)).flat();
    expect(names).toEqual([
      'Contact 0',
      'Contact 1',
      'Contact 3',
      'Contact 4',
      'Five',
      'Contact 6',
      'Contact 8',
      'Contact 10',
      'Contact 11',
    ]);
  });

  it('exclude-groups leaves out only the chosen groups; go-on-anyway only the unwritable row', async () => {
    const groups = [problemGroupKey('unknown-picklist-value', COLUMN.leadSource)];
    const byGroup = await client().prepare(
      prepareInput({ choice: { kind: 'exclude-groups', groups } }),
    );
    expect(Array.from(byGroup.rowJobs).flatMap((j, r) => (j === ROW_EXCLUDED ? [r] : []))).toEqual([
      5, 7,
    ]);
    const anyway = await client().prepare(prepareInput({ choice: { kind: 'go-on-anyway' } }));
    expect(Array.from(anyway.rowJobs).flatMap((j, r) => (j === ROW_EXCLUDED ? [r] : []))).toEqual([
      7,
    ]);
    expect(anyway).toMatchObject({ excludedRows: 1, unwritableRows: 1 });
    expect((await jobNames(anyway)).flat()).toHaveLength(11);
  });

  it('a value map fixes a bad picklist value so the row is kept', async () => {
    const groups = [problemGroupKey('unknown-picklist-value', COLUMN.leadSource)];
    const setup = contactSetup([{ column: COLUMN.leadSource, from: 'Website', to: 'Web' }]);
    const plan = await client().prepare(
      prepareInput({ setup, choice: { kind: 'exclude-groups', groups } }),
    );
    expect(plan.rowJobs[5]).toBe(0);
    expect(await plan.jobs[0]?.body.text()).toContain('\nFive,five@example.com,Web,1990-01-01,');
  });

  it('a tiny job limit gives several jobs with a header each; the trial job of N rows is job 0', async () => {
    const plan = await client().prepare(
      prepareInput({ trialRows: 2, limits: { maxRows: 3 }, choice: { kind: 'go-on-anyway' } }),
    );
    expect(plan.jobs.map((j) => [j.planIndex, j.trial, j.rows])).toEqual([
      [0, true, 2],
      [1, false, 3],
      [2, false, 3],
      [3, false, 3],
    ]);
    const names = await jobNames(plan);
    expect(names.map((n) => n.length)).toEqual([2, 3, 3, 3]);
    expect(names[0]).toEqual(['Contact 0', 'Contact 1']);
    const jobOfRow = Array.from(plan.rowJobs);
    expect(jobOfRow).toEqual([0, 0, 1, 1, 1, 2, 2, ROW_EXCLUDED, 2, 3, 3, 3]);
    // Byte limit too: every body stays within it.
    const bySize = await client().prepare(prepareInput({ limits: { maxBytes: 200 } }));
    expect(bySize.jobs.length).toBeGreaterThan(2);
    for (const job of bySize.jobs) expect(job.body.size).toBeLessThanOrEqual(200);
    expect((await jobNames(bySize)).flat()).toHaveLength(9);
  });

  it('says which row cannot fit in any job', async () => {
    await expect(client().prepare(prepareInput({ limits: { maxBytes: 80 } }))).rejects.toThrow(
      new PrepareFailedError(
        'Row 1 is 65 bytes once written for Salesforce, more than one job can take (34 bytes besides the header), so it cannot be sent. Shorten its longest values or remove the row from the file, then prepare the load again.',
      ),
    );
  });

  it('cancel stops the pass; a newer call supersedes the running one', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => goodRow(i));
    const big = { ...fileFields(csvFile(many), contactSetup()), ...along };
    const prepare = client();
    const first = prepare.check(big);
    prepare.cancel();
    await expect(first).rejects.toEqual(new PrepareSupersededError('cancelled'));
    const second = prepare.check(big);
    const third = prepare.check({ ...fileFields(csvFile(mixedRows()), contactSetup()), ...along });
    await expect(second).rejects.toBeInstanceOf(PrepareSupersededError);
    expect((await third).rowCount).toBe(12);
  });
});
