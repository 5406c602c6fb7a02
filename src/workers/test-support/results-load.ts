/**
 * A real load against the demo org for the results worker's tests (node and browser): the file
 * is prepared by the real prepare pass, each job created, uploaded, closed and polled to its end
 * by the real ingest client, with the demo org's faults (lock errors on a share of rows, a job
 * failed half-way) set on chosen jobs; a plan job can be left unsent. What the org then holds is
 * read back with SOQL and the raw results files, as the ground truth the reconciliation must
 * agree with.
 */
import { expect } from 'vitest';
import { ROW_EXCLUDED } from '../../load/job-plan/row-job-index';
import { OUTCOME, type Reconciliation } from '../../load/reconcile/row-outcomes';
import type { PreparedData } from '../prepare-passes';
import { sfIdOf } from '../results-download';
import { parseCsvRecords } from '../../csv/parse-records';
import type { IngestClient } from '../../salesforce/bulk/ingest-client';
import { isTerminalJobState } from '../../salesforce/bulk/ingest-types';
import type { SalesforceClient } from '../../salesforce/rest-client';
import type { PrepareRecipe, ReconcileRoundInput, ResultsFileKind } from '../results-protocol';
import { ACCOUNT_A, COLUMN, contactSetup, CONTACT_HEADER } from './prepare-fixture';

export interface LoadDriver {
  ingest: IngestClient;
  client: SalesforceClient;
  setFaults(rules: unknown[]): Promise<void>;
  prepare(file: File, recipe: PrepareRecipe): Promise<PreparedData>;
}

/** What to do to each plan job: fault rules (given its Salesforce id), or leave it unsent. */
export type JobTreatment = { faults?: (jobId: string) => unknown[]; unsent?: boolean };

const MAX_POLLS = 400;

export const NAME_PREFIX = 'rt-';
export const DUPLICATE_NAME = `${NAME_PREFIX}dup`;

/**
 * 37 Contact rows, 12 per job: row 0 has no last name (excluded before upload), rows 1–2 point
 * at an Account that does not exist (INVALID_CROSS_REFERENCE_KEY), rows 13–14 (the start of the
 * second job) are identical (two records, neither ambiguous), the rest are good; every name but
 * the duplicates' is unique.
 */
export function resultsScenarioRows(): string[][] {
  return Array.from({ length: 37 }, (_, i) => {
    if (i === 0) return ['', 'nobody@results.test', 'Web', '1990-01-15', ''];
    if (i === 13 || i === 14) return [DUPLICATE_NAME, 'dup@results.test', 'Web', '1990-01-15', ''];
    const account = i === 1 || i === 2 ? ACCOUNT_A : '';
    return [`${NAME_PREFIX}${i}`, `r${i}@results.test`, 'Web', '1990-01-15', account];
  });
}

export function scenarioFile(rows: readonly (readonly string[])[]): File {
  const lines = [CONTACT_HEADER, ...rows].map((row) => `${row.join(',')}\n`);
  return new File(lines, 'results-scenario.csv', { type: 'text/csv' });
}

export function scenarioRecipe(extra: Partial<PrepareRecipe> = {}): PrepareRecipe {
  return {
    encoding: 'utf-8',
    leadingBytes: 0,
    dialect: { delimiter: ',', quoteChar: '"', newline: '\n' },
    setup: contactSetup(),
    choice: { kind: 'exclude-error-rows' },
    trialRows: 0,
    limits: { maxRows: 12 },
    sortByParent: false,
    ...extra,
  };
}

/** Prepares `file` with `recipe`, runs each job as `treatments[planIndex]` says, returns the round. */
export async function runRound(
  driver: LoadDriver,
  file: File,
  recipe: PrepareRecipe,
  treatments: readonly JobTreatment[] = [],
): Promise<ReconcileRoundInput & { plan: PreparedData }> {
  const { ingest } = driver;
  const plan = await driver.prepare(file, recipe);
  const { object, operation, matchingField } = recipe.setup.mapping;
  const spec = {
    object,
    operation,
    ...(operation === 'upsert' && matchingField ? { externalIdFieldName: matchingField } : {}),
  };
  const created = await Promise.all(
    plan.jobs.map(async (job) =>
      treatments[job.planIndex]?.unsent ? null : ingest.createIngestJob(spec),
    ),
  );
  const rules = plan.jobs.flatMap((job, i) => {
    const made = created[i];
    const faults = treatments[job.planIndex]?.faults;
    return made && faults ? faults(made.id) : [];
  });
  await driver.setFaults(rules);
  const jobs: ReconcileRoundInput['jobs'] = [];
  for (const [i, job] of plan.jobs.entries()) {
    const made = created[i];
    if (!made) {
      jobs.push({ planIndex: job.planIndex, jobId: null, finalState: null });
      continue;
    }
    await ingest.uploadJobData(made, job.body);
    await ingest.closeJob(made.id);
    jobs.push({
      planIndex: job.planIndex,
      jobId: made.id,
      finalState: await pollToEnd(ingest, made.id),
    });
  }
  await driver.setFaults([]);
  return { recipe, rowJobs: plan.rowJobs.slice(), jobs, plan };
}

async function pollToEnd(ingest: IngestClient, jobId: string): Promise<string> {
  for (let i = 0; i < MAX_POLLS; i++) {
    const info = await ingest.getJobInfo(jobId);
    if (isTerminalJobState(info.state)) return info.state;
  }
  throw new Error(`job ${jobId} did not end after ${MAX_POLLS} polls`);
}

/** A results file's body, as the page hands it to the worker. */
export async function openResultsOf(
  ingest: IngestClient,
  jobId: string,
  kind: ResultsFileKind,
): Promise<ReadableStream<Uint8Array>> {
  const response = await ingest.fetchJobResults(jobId, kind);
  if (!response.body) throw new Error('the results have no body');
  return response.body;
}

/** The org's truth: Contact Ids by LastName (several for the duplicates). */
export async function contactIdsByName(client: SalesforceClient): Promise<Map<string, string[]>> {
  const result = await client.query<{ Id: string; LastName: string }>(
    `SELECT Id, LastName FROM Contact WHERE LastName LIKE '${NAME_PREFIX}%'`,
  );
  const byName = new Map<string, string[]>();
  for (const record of result.records)
    byName.set(record.LastName, [...(byName.get(record.LastName) ?? []), record.Id]);
  return byName;
}

/** A raw results file, read whole (small in tests), as records keyed by one column's value. */
export async function rawResults(
  ingest: IngestClient,
  jobId: string,
  kind: ResultsFileKind,
  keyColumn = 'LastName',
): Promise<{ header: string[]; byName: Map<string, string[]> }> {
  const text = await (await ingest.fetchJobResults(jobId, kind)).text();
  const [header = [], ...rows] = parseCsvRecords(text, {
    delimiter: ',',
    quoteChar: '"',
    newline: '\n',
  });
  const at = header.indexOf(keyColumn);
  return { header, byName: new Map(rows.map((row) => [row[at] ?? '', row])) };
}

/** Checks every row of `rec` against the org's records and the jobs' raw results files. */
export async function expectAsTheOrgHasIt(
  driver: LoadDriver,
  rows: readonly (readonly string[])[],
  rec: Reconciliation,
  rowJobs: Uint32Array,
  jobIds: readonly (string | null)[],
): Promise<void> {
  const ids = await contactIdsByName(driver.client);
  const failed = new Map<string, string[]>();
  const unprocessed = new Set<string>();
  for (const jobId of jobIds) {
    if (jobId === null) continue;
    const failedFile = await rawResults(driver.ingest, jobId, 'failedResults');
    const errorAt = failedFile.header.indexOf('sf__Error');
    for (const [name, row] of failedFile.byName) failed.set(name, [row[errorAt] ?? '', jobId]);
    for (const name of (await rawResults(driver.ingest, jobId, 'unprocessedrecords')).byName.keys())
      unprocessed.add(name);
  }
  const { outcomes } = rec;
  const duplicateIds: string[] = [];
  rows.forEach((row, i) => {
    const name = row[COLUMN.lastName] ?? '';
    const status = outcomes.status[i];
    const plan = rowJobs[i] as number;
    const where = `row ${i} (${name})`;
    if (plan === ROW_EXCLUDED) return expect(status, where).toBe(OUTCOME.excluded);
    const jobId = jobIds[plan] ?? null;
    if (jobId === null) return expect(status, where).toBe(OUTCOME.notSent);
    expect(outcomes.jobIds[outcomes.jobOf[i] as number], where).toBe(jobId);
    const made = ids.get(name);
    if (made) {
      expect(status, where).toBe(OUTCOME.succeeded);
      expect(outcomes.created[i], where).toBe(1);
      if (name === DUPLICATE_NAME) duplicateIds.push(sfIdOf(outcomes, i));
      else expect([sfIdOf(outcomes, i)], where).toEqual(made);
    } else if (failed.has(name)) {
      expect(status, where).toBe(OUTCOME.failed);
      expect(outcomes.errors[outcomes.errorOf[i] as number], where).toBe(failed.get(name)?.[0]);
    } else {
      expect(unprocessed.has(name), where).toBe(true);
      expect(status, where).toBe(OUTCOME.unprocessed);
    }
    expect(outcomes.ambiguous[i], where).toBe(0);
  });
  expect(duplicateIds).toHaveLength(2);
  expect(duplicateIds.sort()).toEqual([...(ids.get(DUPLICATE_NAME) ?? [])].sort());
}
