/**
 * The results worker in real Chromium, through its client, against the demo org over HTTP
 * (issue 6): a load prepared by the real prepare worker and run by the ingest client, with lock
 * errors, a job failed half-way and a job never sent, is reconciled with every results body
 * transferred to the worker as a stream; every row is checked against what the org holds, and
 * a download is read back row by row.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../csv/parse-records';
import { invariantHolds } from '../../load/reconcile/reconcile-summary';
import { OUTCOME } from '../../load/reconcile/row-outcomes';
import { createIngestClient } from '../../salesforce/bulk/ingest-client';
import {
  control,
  passwordSessions,
  resetDemoOrg,
} from '../../salesforce/bulk/test-support/browser-demo-org';
import { createSalesforceClient } from '../../salesforce/rest-client';
import { sfIdOf } from '../../workers/results-download';
import { CONTACT_HEADER } from '../../workers/test-support/prepare-fixture';
import {
  expectAsTheOrgHasIt,
  openResultsOf,
  resultsScenarioRows,
  runRound,
  scenarioFile,
  scenarioRecipe,
  type LoadDriver,
} from '../../workers/test-support/results-load';
import { createPrepareWorkerClient } from '../preflight/prepare-worker-client';
import { createResultsWorkerClient, type ReconcileProgress } from './results-worker-client';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

let driver: LoadDriver;
beforeEach(async () => {
  await resetDemoOrg();
  const sessions = await passwordSessions();
  const client = createSalesforceClient({ sessions, apiVersion: '62.0' });
  const prepareWorker = createPrepareWorkerClient();
  stops.push(() => prepareWorker.dispose());
  driver = {
    ingest: createIngestClient({ client, sessions }),
    client,
    setFaults: async (rules) => void (await control('PUT', 'faults', { rules })),
    prepare: (file, recipe) => prepareWorker.prepare({ ...recipe, file }),
  };
});

function resultsWorker() {
  const worker = createResultsWorkerClient();
  stops.push(() => worker.dispose());
  return worker;
}

describe('the results worker, through its client, against the demo org', () => {
  it('reconciles every row as the org has it and downloads the file with its results', async () => {
    const rows = resultsScenarioRows();
    const file = scenarioFile(rows);
    const round = await runRound(driver, file, scenarioRecipe(), [
      { faults: (jobId) => [{ kind: 'lock-rows', share: 0.35, jobId }] },
      { faults: (jobId) => [{ kind: 'fail-job', afterRows: 5, jobId }] },
      { unsent: true },
    ]);
    const worker = resultsWorker();
    const progress: ReconcileProgress[] = [];
    const rec = await worker.reconcile(
      {
        file,
        rounds: [round],
        openResults: (jobId, kind) => openResultsOf(driver.ingest, jobId, kind),
      },
      (p) => progress.push(p),
    );

    await expectAsTheOrgHasIt(
      driver,
      rows,
      rec,
      round.rowJobs,
      round.jobs.map((j) => j.jobId),
    );
    expect(invariantHolds(rec.summary)).toBe(true);
    expect(rec.summary).toMatchObject({ excluded: 1, notSent: 12, unprocessed: 7, unknown: 0 });
    expect(rec.outcomes.status).toBeInstanceOf(Uint8Array);
    expect(progress.at(-1)).toEqual({ phase: 'results', done: 6, total: 6 });

    const blob = await worker.download({
      file,
      recipe: round.recipe,
      outcomes: rec.outcomes,
      kind: 'with-results',
      neutraliseFormulas: false,
    });
    const read = parseCsvRecords(await blob.text(), {
      delimiter: ',',
      quoteChar: '"',
      newline: '\n',
    });
    expect(read[0]).toEqual([
      ...CONTACT_HEADER,
      'Forklift Status',
      'Salesforce Id',
      'Created',
      'Error',
    ]);
    const words = ['Unknown', 'Excluded', 'Not sent', 'Succeeded', 'Failed', 'Unprocessed'];
    expect(read.slice(1)).toEqual(
      rows.map((row, i) => {
        const status = rec.outcomes.status[i] as number;
        return [
          ...row,
          words[status],
          sfIdOf(rec.outcomes, i),
          status === OUTCOME.succeeded ? 'true' : '',
          status === OUTCOME.failed ? rec.outcomes.errors[rec.outcomes.errorOf[i] as number] : '',
        ];
      }),
    );

    const failedMask = rec.outcomes.status.map((s) => (s === OUTCOME.failed ? 1 : 0));
    const values = await worker.columnValues({
      file,
      recipe: round.recipe,
      rows: failedMask,
      column: 2,
    });
    expect(values).toEqual([{ value: 'Web', count: rec.summary.failed }]);
  });

  it('says why when the file cannot be read, and keeps working after', async () => {
    const worker = resultsWorker();
    const rows = resultsScenarioRows();
    const round = await runRound(driver, scenarioFile(rows), scenarioRecipe(), [
      {},
      { unsent: true },
      { unsent: true },
    ]);
    const shorter = scenarioFile(rows.slice(0, 10));
    const bigger = scenarioFile([...rows, ...rows]);
    await expect(
      worker.reconcile({
        file: bigger,
        rounds: [round],
        openResults: (jobId, kind) => openResultsOf(driver.ingest, jobId, kind),
      }),
    ).rejects.toThrow(/more rows than the load had/);
    const rec = await worker.reconcile({
      file: shorter,
      rounds: [{ ...round, rowJobs: round.rowJobs.slice(0, 10) }],
      openResults: (jobId, kind) => openResultsOf(driver.ingest, jobId, kind),
    });
    // Job 0's results hold 12 rows; 9 of them are in the shorter file (row 0 is excluded).
    expect(rec.summary).toMatchObject({ rowCount: 10, excluded: 1, unmatchedResults: 3 });
    expect(invariantHolds(rec.summary)).toBe(true);
  });
});
