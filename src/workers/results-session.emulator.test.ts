/**
 * The results worker's session in Node against the demo org over HTTP: a real load (prepared by
 * the prepare pass, run by the ingest client, with lock errors, a job failed half-way and a job
 * never sent) is reconciled, and every row's outcome is checked against what the org holds
 * (SOQL) and its raw results files; then a retry round, an unreadable results file, downloads
 * and column values.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDemoOrg } from '../../emulator/http/fresh-demo-org';
import { parseCsvRecords } from '../csv/parse-records';
import { invariantHolds } from '../load/reconcile/reconcile-summary';
import { OUTCOME } from '../load/reconcile/row-outcomes';
import { demoOrgControl, signedInIngest } from '../salesforce/bulk/test-support/demo-org-ingest';
import type { IngestClient } from '../salesforce/bulk/ingest-client';
import { RESULT_COLUMNS, sfIdOf } from './results-download';
import { COLUMN, CONTACT_HEADER } from './test-support/prepare-fixture';
import {
  columnValuesInNode,
  downloadInNode,
  prepareInNode,
  reconcileInNode,
} from './test-support/node-results-session';
import {
  contactIdsByName,
  expectAsTheOrgHasIt,
  openResultsOf,
  resultsScenarioRows,
  runRound,
  scenarioFile,
  scenarioRecipe,
  type JobTreatment,
  type LoadDriver,
} from './test-support/results-load';

const demo = freshDemoOrg({ pace: 'fast' });
let driver: LoadDriver;
beforeEach(async () => {
  const { ingest, services } = await signedInIngest(demo.url);
  driver = {
    ingest,
    client: services.client,
    setFaults: async (rules) => void (await demoOrgControl(demo.url, 'PUT', 'faults', { rules })),
    prepare: prepareInNode,
  };
});

const rows = resultsScenarioRows();
const file = scenarioFile(rows);
/** Job 0: lock errors on a third of its rows; job 1: fails after 5 rows; job 2: never sent. */
const TREATMENTS: JobTreatment[] = [
  { faults: (jobId) => [{ kind: 'lock-rows', share: 0.35, jobId }] },
  { faults: (jobId) => [{ kind: 'fail-job', afterRows: 5, jobId }] },
  { unsent: true },
];

const opener =
  (ingest: IngestClient) => (jobId: string, kind: Parameters<typeof openResultsOf>[2]) =>
    openResultsOf(ingest, jobId, kind);

describe('the results session against the demo org', () => {
  it('accounts for every row as the org has it: created, failed, locked, unprocessed, excluded, not sent', async () => {
    const round = await runRound(driver, file, scenarioRecipe(), TREATMENTS);
    expect(round.jobs.map((j) => j.finalState)).toEqual(['JobComplete', 'Failed', null]);
    const progress: { phase: string; done: number; total: number }[] = [];
    const rec = await reconcileInNode(file, [round], opener(driver.ingest), progress);

    await expectAsTheOrgHasIt(
      driver,
      rows,
      rec,
      round.rowJobs,
      round.jobs.map((j) => j.jobId),
    );
    const { summary } = rec;
    expect(invariantHolds(summary)).toBe(true);
    expect(summary).toMatchObject({
      rowCount: 37,
      excluded: 1,
      notSent: 12,
      unprocessed: 7,
      unknown: 0,
      ambiguous: 0,
      unmatchedResults: 0,
      unreadJobs: [],
    });
    const codes = summary.groups.map((g) => [g.code, g.retryable]);
    expect(codes).toContainEqual(['UNABLE_TO_LOCK_ROW', true]);
    expect(codes).toContainEqual(['INVALID_CROSS_REFERENCE_KEY', false]);
    expect(progress.at(-1)).toEqual(
      expect.objectContaining({ phase: 'results', done: 6, total: 6 }),
    );
  });

  it('a retry of the failed and unprocessed rows, one fixed by an edit, joins the same reconciliation', async () => {
    const first = await runRound(driver, file, scenarioRecipe(), TREATMENTS.slice(0, 2));
    const before = await reconcileInNode(file, [first], opener(driver.ingest));
    const retried = before.outcomes.status.map((s) =>
      s === OUTCOME.failed || s === OUTCOME.unprocessed ? 1 : 0,
    );
    const fixes = [1, 2]
      .filter((row) => retried[row] === 1)
      .map((row) => ({ row, column: COLUMN.account, value: '' }));
    expect(fixes.length).toBeGreaterThan(0);
    const second = await runRound(
      driver,
      file,
      scenarioRecipe({ onlyRows: retried, rowEdits: fixes }),
    );
    const after = await reconcileInNode(file, [first, second], opener(driver.ingest));

    expect(invariantHolds(after.summary)).toBe(true);
    expect(after.summary).toMatchObject({ failed: 0, unprocessed: 0, unknown: 0, excluded: 1 });
    const secondJobs = second.jobs.map((job) => job.jobId);
    for (let row = 0; row < rows.length; row++) {
      if (retried[row] === 1) {
        expect(after.outcomes.status[row]).toBe(OUTCOME.succeeded);
        expect(secondJobs).toContain(after.outcomes.jobIds[after.outcomes.jobOf[row] as number]);
      } else {
        expect(after.outcomes.status[row]).toBe(before.outcomes.status[row]);
        expect(sfIdOf(after.outcomes, row)).toBe(sfIdOf(before.outcomes, row));
      }
    }
    const ids = await contactIdsByName(driver.client);
    expect([...ids.values()].flat()).toHaveLength(after.summary.succeeded);
  });

  it('rows of a retry that never reached Salesforce keep their earlier failure, so they can be retried again', async () => {
    const first = await runRound(driver, file, scenarioRecipe(), TREATMENTS.slice(0, 2));
    const before = await reconcileInNode(file, [first], opener(driver.ingest));
    const retried = before.outcomes.status.map((s) =>
      s === OUTCOME.failed || s === OUTCOME.unprocessed ? 1 : 0,
    );
    const sent = await runRound(driver, file, scenarioRecipe({ onlyRows: retried }));
    // The same retry as if the user had stopped it before its job was uploaded.
    const cancelled = {
      ...sent,
      jobs: sent.jobs.map((job) => ({ ...job, jobId: null, finalState: 'cancelled' })),
    };
    const after = await reconcileInNode(file, [first, cancelled], opener(driver.ingest));
    expect(invariantHolds(after.summary)).toBe(true);
    expect([...after.outcomes.status]).toEqual([...before.outcomes.status]);
    expect(after.summary.notSent).toBe(before.summary.notSent);
  });

  it('leaves the rows of a job whose results cannot be read unknown, and says why', async () => {
    const round = await runRound(driver, file, scenarioRecipe(), TREATMENTS);
    const broken = round.jobs[1]?.jobId as string;
    const rec = await reconcileInNode(file, [round], async (jobId, kind) => {
      if (jobId === broken && kind === 'failedResults') throw new Error('HTTP 404 Not Found');
      return openResultsOf(driver.ingest, jobId, kind);
    });
    expect(rec.summary.unreadJobs).toEqual([
      { jobId: broken, message: expect.stringContaining('HTTP 404 Not Found') as string },
    ]);
    expect(rec.summary.unknown).toBe(12);
    expect(invariantHolds(rec.summary)).toBe(true);
    round.rowJobs.forEach((plan, row) => {
      if (plan === 1) expect(rec.outcomes.status[row]).toBe(OUTCOME.unknown);
    });
  });

  it('downloads the file with its results, the failed rows and the unprocessed rows, and counts a column', async () => {
    const round = await runRound(driver, file, scenarioRecipe(), TREATMENTS);
    const rec = await reconcileInNode(file, [round], opener(driver.ingest));
    const { outcomes } = rec;
    const recipe = round.recipe;
    const read = async (blob: Blob) =>
      parseCsvRecords(await blob.text(), { delimiter: ',', quoteChar: '"', newline: '\n' });

    const all = await read(
      await downloadInNode({
        file,
        recipe,
        outcomes,
        kind: 'with-results',
        neutraliseFormulas: true,
      }),
    );
    expect(all[0]).toEqual([...CONTACT_HEADER, ...RESULT_COLUMNS]);
    expect(all).toHaveLength(rows.length + 1);
    const words = ['Unknown', 'Excluded', 'Not sent', 'Succeeded', 'Failed', 'Unprocessed'];
    rows.forEach((row, i) => {
      const status = outcomes.status[i] as number;
      const error = status === OUTCOME.failed ? outcomes.errors[outcomes.errorOf[i] as number] : '';
      const created = status === OUTCOME.succeeded ? 'true' : '';
      expect(all[i + 1]).toEqual([...row, words[status], sfIdOf(outcomes, i), created, error]);
    });

    const failedRows = rows.flatMap((row, i) =>
      outcomes.status[i] === OUTCOME.failed
        ? [[...row, outcomes.errors[outcomes.errorOf[i] as number] ?? '']]
        : [],
    );
    const failed = await read(
      await downloadInNode({ file, recipe, outcomes, kind: 'failed', neutraliseFormulas: true }),
    );
    expect(failed).toEqual([[...CONTACT_HEADER, 'Error'], ...failedRows]);

    const unprocessed = await read(
      await downloadInNode({
        file,
        recipe,
        outcomes,
        kind: 'unprocessed',
        neutraliseFormulas: false,
      }),
    );
    expect(unprocessed).toEqual([
      CONTACT_HEADER,
      ...rows.filter((_, i) => outcomes.status[i] === OUTCOME.unprocessed),
    ]);

    const failedMask = outcomes.status.map((s) => (s === OUTCOME.failed ? 1 : 0));
    const accounts = await columnValuesInNode({
      file,
      recipe,
      rows: failedMask,
      column: COLUMN.account,
      rowEdits: [{ row: 1, column: COLUMN.account, value: 'edited' }],
    });
    const expected = new Map<string, number>();
    rows.forEach((row, i) => {
      if (failedMask[i] !== 1) return;
      const value = i === 1 ? 'edited' : (row[COLUMN.account] ?? '');
      expected.set(value, (expected.get(value) ?? 0) + 1);
    });
    expect(new Map(accounts.map((v) => [v.value, v.count]))).toEqual(expected);
  });
});
