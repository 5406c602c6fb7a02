/**
 * What the run orchestrator keeps per planned job, and how that becomes the load page's
 * JobView, status and progress (load-run-types.ts). Pure: no timers, no network.
 */
import type { JobAttempt } from '../../load/run-state/job-attempt';
import type { IngestJobState } from '../../load/run-state/ingest-job-state';
import {
  loadProgress,
  type JobProgressInput,
  type LoadProgress,
  type ProgressSample,
} from '../../load/run-state/load-progress';
import { INITIAL_POLL_TRACK, type PollTrack } from '../../load/run-state/poll-schedule';
import type { IngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import type { UploadProgress } from '../../salesforce/bulk/upload-transport';
import { nextAction } from '../../load/run-state/job-attempt';
import type { JobView, LoadRunSnapshot, LoadRunSpec, LoadRunStatus } from './load-run-types';
import { jobPhase } from './run-schedule';

/** One planned job while the load runs: its latest attempt and what is known beside it. */
export interface JobSlot {
  planIndex: number;
  record: JobAttempt;
  track: PollTrack;
  /** Salesforce's state from the last answer about this job (create, close, poll). */
  jobState: IngestJobState | null;
  upload: UploadProgress | null;
  failure: IngestFailure | null;
  /** Stopped on a failure; goes on only when the user asks (pollNow) or aborts it. */
  halted: boolean;
  /** The user asked to abort this job (or the whole load). */
  abortWanted: boolean;
  /** A poll is due now (its timer fired, or pollNow, or the job was just closed/resumed). */
  pollDue: boolean;
  /** The first attempt counted against the retry policy: the one after the last Try again. */
  firstCounted: number;
  /** A new attempt after an uncertain upload is not created before this time (backoff), ms. */
  retryAt: number | null;
}

/** A job as the run first meets it (a start, a resume, or a reading of another tab's records). */
export const freshSlot = (record: JobAttempt): JobSlot => ({
  planIndex: record.planIndex,
  record,
  track: INITIAL_POLL_TRACK,
  jobState: null,
  upload: null,
  failure: null,
  halted: false,
  abortWanted: false,
  // Jobs already closed are polled right away.
  pollDue: true,
  firstCounted: 0,
  retryAt: null,
});

/** Stopped on a failure and waiting for the user's Try again (or an abort). */
export function waitsForUser(slot: JobSlot): boolean {
  return slot.halted && !slot.abortWanted && !isSettled(slot);
}

/**
 * True once the job will change no more: terminal, or cancelled in its record (an abort of rows
 * that waited for a new attempt is written down first, so that a reload does not send them).
 */
export function isSettled(slot: JobSlot): boolean {
  return jobPhase(slot.record) === 'settled';
}

/** The job state to show and count: the last answer, or what the record says. */
export function shownJobState(slot: JobSlot): IngestJobState | null {
  const step = slot.record.step;
  if (step.state === 'terminal') return step.outcome;
  // Rows of a cancelled job will never be processed: it ends like an aborted job.
  if (isSettled(slot)) return 'Aborted';
  return slot.jobState;
}

export function jobView(slot: JobSlot, trial: boolean, rows: number): JobView {
  const step = slot.record.step;
  return {
    planIndex: slot.planIndex,
    trial,
    attempt: slot.record.attempt,
    jobId: 'jobId' in step ? step.jobId : null,
    attemptState: step.state,
    jobState: shownJobState(slot),
    rows,
    processed: slot.record.counters?.numberRecordsProcessed ?? 0,
    failed: slot.record.counters?.numberRecordsFailed ?? 0,
    uploadedBytes: slot.upload?.loaded ?? null,
    totalBytes: slot.upload?.total ?? null,
    errorMessage: step.state === 'terminal' ? step.errorMessage : null,
    failure: slot.failure,
    stopped: waitsForUser(slot),
  };
}

export interface StatusInput {
  started: boolean;
  slots: readonly JobSlot[];
  blocked: boolean;
  /** The trial job ended and the user has not continued (or stopped) yet. */
  trialReview: boolean;
  /** Some job still to upload has no Blob (the page was reloaded). */
  needsFile: boolean;
}

export function runStatus(input: StatusInput): LoadRunStatus {
  if (!input.started) return 'starting';
  if (input.blocked) return 'blocked';
  if (input.slots.every(isSettled)) return 'finished';
  if (input.trialReview) return 'trial-review';
  if (input.needsFile) return 'needs-file';
  return 'running';
}

export function progressOf(
  slots: readonly JobSlot[],
  rowsPerJob: readonly number[],
  timing: { samples: readonly ProgressSample[]; nowMs: number; startedAtMs: number },
): LoadProgress {
  const jobs: JobProgressInput[] = slots.map((slot) => ({
    rows: rowsPerJob[slot.planIndex] ?? 0,
    state: shownJobState(slot),
    counters: slot.record.counters,
  }));
  return loadProgress(jobs, timing);
}

/** Rows processed over the whole load, for progress samples. */
export function processedRows(slots: readonly JobSlot[]): number {
  return slots.reduce((sum, s) => sum + (s.record.counters?.numberRecordsProcessed ?? 0), 0);
}

/** Some job still to send has no Blob (after a reload, until the file is dropped again). */
export function needsFile(slots: readonly JobSlot[], blobs: ReadonlyMap<number, Blob>): boolean {
  return slots.some((s) => {
    if (isSettled(s) || s.abortWanted || blobs.has(s.planIndex)) return false;
    const kind = nextAction(s.record).kind;
    return (
      kind === 'create' || kind === 'upload' || kind === 'replan' || kind === 'abort-and-replan'
    );
  });
}

export interface RunState {
  spec: LoadRunSpec;
  started: boolean;
  /** Another tab or window runs the load; this page only shows its records. */
  elsewhere?: boolean;
  slots: readonly JobSlot[];
  blocked: IngestFailure | null;
  abortRequested: boolean;
  /** Plan index 0 is a trial job. */
  trialRun: boolean;
  trialContinued: boolean;
  blobs: ReadonlyMap<number, Blob>;
  timing: { samples: readonly ProgressSample[]; nowMs: number; startedAtMs: number };
}

export function snapshotOf(run: RunState): LoadRunSnapshot {
  const { spec, slots } = run;
  const trialJob = slots[0];
  const elsewhere = run.elsewhere ?? false;
  const trialReview =
    !elsewhere &&
    run.trialRun &&
    !run.trialContinued &&
    !run.abortRequested &&
    slots.length > 1 &&
    trialJob !== undefined &&
    isSettled(trialJob);
  return {
    loadId: spec.loadId,
    status: runStatus({
      started: run.started,
      slots,
      blocked: run.blocked !== null,
      trialReview,
      needsFile: !elsewhere && needsFile(slots, run.blobs),
    }),
    jobs: slots.map((s) =>
      jobView(s, run.trialRun && s.planIndex === 0, spec.rowsPerJob[s.planIndex] ?? 0),
    ),
    progress: progressOf(slots, spec.rowsPerJob, run.timing),
    failure: run.blocked,
    abortRequested: run.abortRequested,
    needsAttention: run.blocked === null && slots.some(waitsForUser),
    elsewhere,
  };
}
