/**
 * A load and its retries as the rounds of one reconciliation (issue 6): the root load is round 0,
 * each retry (a new load of chosen rows of the same file, `parentLoadId` = the root) a later
 * round, in order, so later outcomes replace earlier ones for the rows they sent. Read from
 * IndexedDB: the load records, each round's row map and its jobs' write-ahead records.
 */
import type { ReconcileRoundInput } from '../features/results/results-worker-client';
import type { LoadRecord, LoadStore, Owner, StoredJobRecord } from '../lib/load-store';
import type { JobAttempt } from '../load/run-state/job-attempt';
import type { LoadRecipe } from './load-page';

export interface LoadRounds {
  root: LoadRecord;
  /** Root first, then the retries that ended, by round. */
  rounds: LoadRecord[];
  /** Retries still running (not reconciled yet). */
  running: number;
  inputs: ReconcileRoundInput[];
  /** Every Salesforce job of every round (every attempt), oldest first. */
  jobIds: string[];
  /** The root's row index, to read rows from the file (null when it was not kept). */
  rowOffsets: Float64Array | null;
}

/** A round takes part once its run has ended. */
const ended = (load: LoadRecord) => load.status === 'finished' || load.status === 'stopped';

/** Salesforce's last state of an attempt's job, or `cancelled` (never sent). */
function finalStateOf(record: StoredJobRecord<JobAttempt>): string | null {
  const { step } = record;
  switch (step.state) {
    case 'terminal':
      return step.outcome;
    case 'abandoned':
      return step.reason === 'cancelled' ? 'cancelled' : 'Aborted';
    default:
      return null;
  }
}

/** One job per planned job: its latest attempt (earlier ones were aborted before processing). */
export function roundJobsOf(records: readonly StoredJobRecord<JobAttempt>[]) {
  const latest = new Map<number, StoredJobRecord<JobAttempt>>();
  for (const record of records) {
    const seen = latest.get(record.planIndex);
    if (!seen || seen.attempt < record.attempt) latest.set(record.planIndex, record);
  }
  return [...latest.values()]
    .sort((a, b) => a.planIndex - b.planIndex)
    .map((record) => ({
      planIndex: record.planIndex,
      jobId: record.jobId,
      finalState: finalStateOf(record),
    }));
}

/** The retries of a root load, by round. */
export async function retriesOf(store: LoadStore, owner: Owner, rootId: string) {
  const loads = await store.listLoads(owner);
  return loads
    .filter((load) => load.parentLoadId === rootId)
    .sort((a, b) => (a.round ?? 0) - (b.round ?? 0));
}

export async function readLoadRounds(
  store: LoadStore,
  owner: Owner,
  root: LoadRecord,
): Promise<LoadRounds> {
  const retries = await retriesOf(store, owner, root.loadId);
  const rounds = [root, ...retries.filter(ended)];
  const inputs: ReconcileRoundInput[] = [];
  const jobIds: string[] = [];
  let rowOffsets: Float64Array | null = null;
  for (const load of rounds) {
    const [map, records] = await Promise.all([
      store.getRowMap(owner, load.loadId),
      store.listJobRecords<JobAttempt>(owner, load.loadId),
    ]);
    if (!map)
      throw new Error(
        `the row map of ${load === root ? 'the load' : `retry ${load.round ?? ''}`} is not in this browser any more, so its rows cannot be matched to their results`,
      );
    if (load === root) rowOffsets = map.rowOffsets;
    inputs.push({
      recipe: load.recipe as LoadRecipe,
      rowJobs: map.jobOfRow,
      jobs: roundJobsOf(records),
    });
    for (const record of records) if (record.jobId) jobIds.push(record.jobId);
  }
  return {
    root,
    rounds,
    running: retries.length - (rounds.length - 1),
    inputs,
    jobIds,
    rowOffsets,
  };
}
