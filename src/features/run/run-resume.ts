/**
 * The start of a run, fresh or resumed (issue 5, Resume): the load's write-ahead records read
 * back, a re-plan cut in half by a reload finished, and a `planned` record stored first for every
 * planned job that has none — so a reload always knows every job of the load.
 */
import { plannedAttempt, type JobAttempt } from '../../load/run-state/job-attempt';
import type { LoadStatus, LoadStore } from '../../lib/load-store';
import type { LoadRunSpec } from './load-run-types';
import { asJobAttempt, latestAttempts, unfinishedReplans } from './run-records';

export interface ResumedRun {
  /** The latest attempt of each planned job, in plan order. */
  latest: JobAttempt[];
  /** When the load's first record was written (elapsed time counts from there). */
  startedAtMs: number;
  /** The user continued after the trial (stored on the load, or a later job started). */
  trialContinued: boolean;
}

export async function readRun(
  store: LoadStore,
  spec: LoadRunSpec,
  nowMs: number,
): Promise<ResumedRun> {
  const owner = spec.owner;
  const stored = (await store.listJobRecords<JobAttempt>(owner, spec.loadId)).map(asJobAttempt);
  const repaired = unfinishedReplans(stored);
  for (const record of repaired) await store.saveJobRecord(owner, record);
  const records = stored.map(
    (r) => repaired.find((x) => x.planIndex === r.planIndex && x.attempt === r.attempt) ?? r,
  );
  const latest = latestAttempts(records, spec.plannedJobs, (i) => plannedAttempt(spec.loadId, i));
  for (const record of latest)
    if (!records.includes(record)) await store.saveJobRecord(owner, record);
  const written = await store.listJobRecords(owner, spec.loadId);
  const load = await store.getLoad(owner, spec.loadId);
  return {
    latest,
    startedAtMs: Math.min(nowMs, ...written.map((r) => r.createdAt)),
    trialContinued:
      load?.trialContinued === true ||
      latest.some((r) => r.planIndex > 0 && r.step.state !== 'planned'),
  };
}

/** The latest attempt of each planned job as stored, for a page that only shows the load. */
export async function readLatest(store: LoadStore, spec: LoadRunSpec): Promise<JobAttempt[]> {
  const stored = await store.listJobRecords<JobAttempt>(spec.owner, spec.loadId);
  return latestAttempts(stored.map(asJobAttempt), spec.plannedJobs, (i) =>
    plannedAttempt(spec.loadId, i),
  );
}

/** The load's status in its LoadRecord ('running', then 'finished' or 'stopped'), if it has one. */
export async function setLoadStatus(
  store: LoadStore,
  spec: LoadRunSpec,
  status: LoadStatus,
): Promise<void> {
  const load = await store.getLoad(spec.owner, spec.loadId);
  if (load && load.status !== status) await store.saveLoad({ ...load, status });
}
