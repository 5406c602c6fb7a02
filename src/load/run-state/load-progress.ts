/**
 * The numbers on the load page (issue 5): processed and failed rows per load, records per second
 * over a sliding window of polled samples, elapsed time and an estimate of the time left.
 */
import { isTerminalJobState, type IngestJobState, type JobCounters } from './ingest-job-state';

/** Records per second are measured over the samples of the last this many milliseconds. */
export const PROGRESS_WINDOW_MS = 30_000;
const MS_PER_SECOND = 1_000;

export interface JobProgressInput {
  /** Rows sent (or to be sent) in the job. */
  rows: number;
  /** null while the job has not been created. */
  state: IngestJobState | null;
  counters: JobCounters | null;
}

export interface ProgressSample {
  atMs: number;
  /** Rows processed over the whole load at that time. */
  processed: number;
}

export interface LoadProgress {
  totalRows: number;
  processed: number;
  failed: number;
  succeeded: number;
  /** Rows still to be processed; a Failed or Aborted job's leftovers never will be. */
  remaining: number;
  /** processed / (processed + remaining), 0..1. */
  fraction: number;
  recordsPerSecond: number | null;
  etaMs: number | null;
  elapsedMs: number;
}

/**
 * The samples with `sample` added, trimmed to the window; the newest sample older than the
 * window is kept so the rate always spans the full window.
 */
export function addProgressSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  windowMs: number = PROGRESS_WINDOW_MS,
): ProgressSample[] {
  const all = [...samples, sample];
  const since = sample.atMs - windowMs;
  let first = 0;
  while (first + 1 < all.length && (all[first + 1]?.atMs ?? 0) <= since) first++;
  return all.slice(first);
}

export function recordsPerSecond(samples: readonly ProgressSample[]): number | null {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.atMs <= first.atMs) return null;
  return ((last.processed - first.processed) * MS_PER_SECOND) / (last.atMs - first.atMs);
}

export function loadProgress(
  jobs: readonly JobProgressInput[],
  timing: { samples: readonly ProgressSample[]; nowMs: number; startedAtMs: number },
): LoadProgress {
  let totalRows = 0;
  let processed = 0;
  let failed = 0;
  let remaining = 0;
  for (const job of jobs) {
    const done = job.counters?.numberRecordsProcessed ?? 0;
    totalRows += job.rows;
    processed += done;
    failed += job.counters?.numberRecordsFailed ?? 0;
    const ended = job.state !== null && isTerminalJobState(job.state);
    if (!ended) remaining += Math.max(0, job.rows - done);
  }
  const rate = recordsPerSecond(timing.samples);
  const etaMs =
    remaining === 0 ? 0 : rate !== null && rate > 0 ? (remaining / rate) * MS_PER_SECOND : null;
  return {
    totalRows,
    processed,
    failed,
    succeeded: processed - failed,
    remaining,
    fraction: processed + remaining === 0 ? 1 : processed / (processed + remaining),
    recordsPerSecond: rate,
    etaMs: etaMs === null ? null : Math.round(etaMs),
    elapsedMs: Math.max(0, timing.nowMs - timing.startedAtMs),
  };
}
