/**
 * The legal moves of a job attempt (see job-attempt.ts). Anything else throws: an illegal event
 * is a bug in the orchestrator, and carrying on could send rows twice.
 */
import { isTerminalJobState, type IngestJobState, type JobCounters } from './ingest-job-state';
import type { AttemptStep, JobAttempt } from './job-attempt';

export type RunEvent =
  /** Written ahead of the create request (again on resume: a lost create left no upload). */
  | { type: 'create-started' }
  | { type: 'created'; jobId: string }
  /** Salesforce refused the create (a 4xx answer): no job exists. */
  | { type: 'create-failed' }
  /** Written ahead of the one PUT. */
  | { type: 'upload-started' }
  | { type: 'upload-succeeded' }
  /**
   * The PUT failed or its outcome is unknown; either way it is never repeated. `refused`: a 4xx
   * answer, nothing was stored.
   */
  | { type: 'upload-failed'; refused?: boolean }
  | { type: 'close-started' }
  | { type: 'closed' }
  | {
      type: 'polled';
      jobState: IngestJobState;
      counters: JobCounters;
      errorMessage: string | null;
    }
  | { type: 'abort-requested' }
  /** The job is Aborted on the server (or was already Aborted or Failed before it ran). */
  | { type: 'aborted' }
  /** The new attempt for an abandoned attempt's rows is stored. */
  | { type: 'replanned' };

export class IllegalRunTransition extends Error {
  constructor(
    readonly from: AttemptStep['state'],
    readonly event: RunEvent['type'],
  ) {
    super(`A job attempt in state "${from}" cannot take the event "${event}".`);
    this.name = 'IllegalRunTransition';
  }
}

function illegal(record: JobAttempt, event: RunEvent): never {
  throw new IllegalRunTransition(record.step.state, event.type);
}

/** The step after a poll: terminal states end the attempt; `Open` means the close did not land. */
function afterPoll(
  jobId: string,
  event: Extract<RunEvent, { type: 'polled' }>,
  whileRunning: AttemptStep,
): AttemptStep {
  if (isTerminalJobState(event.jobState))
    return {
      state: 'terminal',
      jobId,
      outcome: event.jobState,
      errorMessage: event.errorMessage,
    };
  return event.jobState === 'Open' ? { state: 'closing', jobId } : whileRunning;
}

function nextStep(record: JobAttempt, event: RunEvent): AttemptStep {
  const step = record.step;
  switch (step.state) {
    case 'planned':
    case 'creating':
      if (event.type === 'create-started') return { state: 'creating' };
      if (event.type === 'created' && step.state === 'creating')
        return { state: 'created', jobId: event.jobId };
      if (event.type === 'create-failed' && step.state === 'creating') return { state: 'planned' };
      if (event.type === 'abort-requested')
        return { state: 'abandoned', jobId: null, reason: 'cancelled', replanned: false };
      return illegal(record, event);
    case 'created':
      if (event.type === 'upload-started') return { state: 'uploading', jobId: step.jobId };
      if (event.type === 'abort-requested')
        return { state: 'aborting', jobId: step.jobId, uploaded: false };
      return illegal(record, event);
    case 'uploading':
    case 'upload-uncertain':
      if (event.type === 'upload-succeeded' && step.state === 'uploading')
        return { state: 'uploaded', jobId: step.jobId };
      if (event.type === 'upload-failed' && step.state === 'uploading')
        return event.refused
          ? { state: 'upload-uncertain', jobId: step.jobId, refused: true }
          : { state: 'upload-uncertain', jobId: step.jobId };
      if (event.type === 'aborted')
        return {
          state: 'abandoned',
          jobId: step.jobId,
          reason: 'upload-uncertain',
          replanned: false,
          ...(step.state === 'upload-uncertain' && step.refused ? { refused: true as const } : {}),
        };
      if (event.type === 'abort-requested')
        return { state: 'aborting', jobId: step.jobId, uploaded: true };
      return illegal(record, event);
    case 'uploaded':
    case 'closing':
    case 'closed':
      if (event.type === 'close-started' && step.state !== 'closed')
        return { state: 'closing', jobId: step.jobId };
      if (event.type === 'closed' && step.state === 'closing')
        return { state: 'closed', jobId: step.jobId };
      if (event.type === 'polled' && step.state !== 'uploaded')
        return afterPoll(step.jobId, event, { state: 'closed', jobId: step.jobId });
      if (event.type === 'abort-requested')
        return { state: 'aborting', jobId: step.jobId, uploaded: true };
      return illegal(record, event);
    case 'aborting':
      if (event.type === 'aborted')
        return step.uploaded
          ? { state: 'terminal', jobId: step.jobId, outcome: 'Aborted', errorMessage: null }
          : { state: 'abandoned', jobId: step.jobId, reason: 'cancelled', replanned: false };
      if (event.type === 'polled' && isTerminalJobState(event.jobState))
        return afterPoll(step.jobId, event, step);
      if (event.type === 'polled' || event.type === 'abort-requested') return step;
      return illegal(record, event);
    case 'terminal':
      // A late poll may bring the final counters; aborting a finished job changes nothing.
      if (event.type === 'polled' && event.jobState === step.outcome) return step;
      if (event.type === 'abort-requested') return step;
      return illegal(record, event);
    case 'abandoned':
      if (event.type === 'replanned' && step.reason === 'upload-uncertain' && !step.replanned)
        return { ...step, replanned: true };
      // Rows waiting for a new attempt (a refused upload, or attempts used up) that the user
      // aborts are cancelled for good, in the record: a reload must not send them again.
      if (event.type === 'abort-requested' && step.reason === 'upload-uncertain' && !step.replanned)
        return { state: 'abandoned', jobId: step.jobId, reason: 'cancelled', replanned: false };
      if (event.type === 'abort-requested') return step;
      return illegal(record, event);
  }
}

/** The attempt after `event`; throws IllegalRunTransition for a move the states do not allow. */
export function applyEvent(record: JobAttempt, event: RunEvent): JobAttempt {
  const step = nextStep(record, event);
  const counters = event.type === 'polled' ? event.counters : record.counters;
  return step === record.step && counters === record.counters
    ? record
    : { ...record, step, counters };
}
