/**
 * Load run snapshots for tests, as plain data: the numbers come from the real loadProgress(), as
 * the run orchestrator computes them.
 */
import { loadProgress, type ProgressSample } from '../../../load/run-state/load-progress';
import type { JobView, LoadRunSnapshot, LoadRunStatus } from '../load-run-types';

export function jobView(planIndex: number, overrides: Partial<JobView> = {}): JobView {
  return {
    planIndex,
    trial: false,
    attempt: 0,
    jobId: null,
    attemptState: 'planned',
    jobState: null,
    rows: 1000,
    processed: 0,
    failed: 0,
    uploadedBytes: null,
    totalBytes: null,
    errorMessage: null,
    failure: null,
    ...overrides,
  };
}

export interface SnapshotOptions {
  status?: LoadRunStatus;
  abortRequested?: boolean;
  failure?: LoadRunSnapshot['failure'];
  startedAtMs?: number;
  nowMs?: number;
  samples?: readonly ProgressSample[];
}

export function snapshotOf(
  jobs: readonly JobView[],
  options: SnapshotOptions = {},
): LoadRunSnapshot {
  const startedAtMs = options.startedAtMs ?? 0;
  const nowMs = options.nowMs ?? startedAtMs;
  return {
    loadId: 'load-1',
    status: options.status ?? 'running',
    jobs,
    progress: loadProgress(
      jobs.map((job) => ({
        rows: job.rows,
        state: job.jobState,
        counters:
          job.jobId === null
            ? null
            : { numberRecordsProcessed: job.processed, numberRecordsFailed: job.failed },
      })),
      { samples: options.samples ?? [], nowMs, startedAtMs },
    ),
    failure: options.failure ?? null,
    abortRequested: options.abortRequested ?? false,
  };
}
