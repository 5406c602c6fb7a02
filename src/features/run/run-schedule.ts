/**
 * When each planned job of a load may take its next step (docs/decisions/0014-run-orchestrator.md).
 * By default Salesforce processes one job of a load at a time (fewer record locks fought over,
 * issue 5), but the next job is created and uploaded while the previous one processes, so the
 * upload time is hidden: at most `parallelJobs` jobs are processing (closed, not yet terminal),
 * and at most `parallelJobs` more wait uploaded. A trial job holds every other job back until
 * the user continues.
 */
import type { JobAttempt } from '../../load/run-state/job-attempt';

/**
 * - waiting: not started (planned, first attempt);
 * - sending: being created or uploaded, or aborted and re-planned after an uncertain upload;
 * - ready-to-close: uploaded, waiting for its turn to be processed;
 * - processing: closed (or closing), Salesforce is working on it;
 * - settled: terminal, or cancelled before upload.
 */
export type JobPhase = 'waiting' | 'sending' | 'ready-to-close' | 'processing' | 'settled';

export function jobPhase(record: JobAttempt): JobPhase {
  const step = record.step;
  switch (step.state) {
    case 'planned':
      return record.attempt === 0 ? 'waiting' : 'sending';
    case 'creating':
    case 'created':
    case 'uploading':
    case 'upload-uncertain':
      return 'sending';
    case 'uploaded':
      return 'ready-to-close';
    case 'closing':
    case 'closed':
      return 'processing';
    case 'aborting':
      return step.uploaded ? 'processing' : 'sending';
    case 'terminal':
      return 'settled';
    case 'abandoned':
      return step.reason === 'cancelled' || step.replanned ? 'settled' : 'sending';
  }
}

export interface ScheduleSlot {
  /** The latest attempt of the planned job. */
  record: JobAttempt;
  /**
   * The job stopped on a failure the user has to look at (or will be cancelled): it holds no
   * place in the queue, so the other jobs go on.
   */
  stepsAside: boolean;
}

export interface SchedulePolicy {
  /** At least 1. */
  parallelJobs: number;
  /** Job 0 is a trial and the user has not said to continue: no other job starts. */
  trialHold: boolean;
}

const counts = (slot: ScheduleSlot, phases: readonly JobPhase[]) =>
  !slot.stepsAside && phases.includes(jobPhase(slot.record));

/**
 * May the job at `planIndex` (slots in plan order) be created now? A job with an earlier attempt
 * was admitted already: its new attempt goes at once.
 */
export function mayStart(
  slots: readonly ScheduleSlot[],
  planIndex: number,
  policy: SchedulePolicy,
): boolean {
  const slot = slots[planIndex];
  if (!slot) return false;
  if (slot.record.attempt > 0 || jobPhase(slot.record) !== 'waiting') return true;
  if (policy.trialHold && planIndex > 0) return false;
  // In plan order: every earlier job has started (or stepped aside).
  const earlier = slots.slice(0, planIndex);
  if (earlier.some((s) => !s.stepsAside && jobPhase(s.record) === 'waiting')) return false;
  const active = slots.filter((s) => counts(s, ['sending', 'ready-to-close', 'processing']));
  const processing = active.filter((s) => jobPhase(s.record) === 'processing').length;
  const queued = active.length - processing;
  return processing + queued < 2 * policy.parallelJobs && queued < policy.parallelJobs;
}

/** May the uploaded job at `planIndex` be closed (handed to Salesforce to process) now? */
export function mayClose(
  slots: readonly ScheduleSlot[],
  planIndex: number,
  policy: SchedulePolicy,
): boolean {
  const slot = slots[planIndex];
  if (!slot) return false;
  if (jobPhase(slot.record) === 'processing') return true;
  const processing = slots.filter((s) => counts(s, ['processing'])).length;
  if (processing >= policy.parallelJobs) return false;
  // Jobs are handed over in plan order.
  return !slots.slice(0, planIndex).some((s) => counts(s, ['ready-to-close']));
}

/**
 * How a job whose upload ended uncertain is sent again (design.md §4: its job is aborted and a
 * new job takes its rows): each new attempt waits longer, and after `maxAttempts` uploads the job
 * stops until the user says Try again, so a connection that always drops cannot burn the org's
 * daily API requests creating and aborting jobs.
 */
export interface RetryPolicy {
  /** Uploads of one job in a row before it stops for the user (at least 1). */
  maxAttempts: number;
  /** Wait before the second attempt; doubled for each one after. */
  firstDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  firstDelayMs: 2_000,
  maxDelayMs: 30_000,
};

/** The wait before attempt `attempt` (1 for the first re-send: 2 s, 4 s, 8 s… capped). */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  if (attempt <= 0) return 0;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
}

/**
 * Whether the rows of `record` (abandoned after its upload) may go into a new attempt by
 * themselves: not after a refusal, nor once the attempts counted from `firstCounted` (the first
 * attempt after the user's last Try again) are used up.
 */
export function replanStop(
  record: JobAttempt,
  firstCounted: number,
  policy: RetryPolicy,
): 'refused' | 'attempts-used' | null {
  const step = record.step;
  const forgiven = record.attempt < firstCounted;
  if (step.state === 'abandoned' && step.refused && !forgiven) return 'refused';
  const used = record.attempt + 1 - firstCounted;
  return used >= Math.max(1, policy.maxAttempts) ? 'attempts-used' : null;
}
