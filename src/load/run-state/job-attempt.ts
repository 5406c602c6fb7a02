/**
 * The write-ahead record of one attempt at sending one planned job (design.md §4). The run
 * orchestrator stores it in IndexedDB *before* each request (creating, uploading, closing) and
 * after each answer, so a reload finds out exactly how far the job got and no row is ever sent
 * twice: a PUT whose outcome is unknown is never repeated; its job is aborted and the rows go to
 * a new attempt (a new Salesforce job).
 *
 *   planned → creating → created → uploading → uploaded → closing → closed ⟲ poll → terminal
 *                                      └→ upload-uncertain → (abort) → abandoned → new attempt
 */
import type { JobCounters, TerminalJobState } from './ingest-job-state';

export type AttemptStep =
  | { state: 'planned' }
  /** A create request may be in flight; a job it made but never reported gets no upload. */
  | { state: 'creating' }
  | { state: 'created'; jobId: string }
  /** The one PUT of this job may be in flight. */
  | { state: 'uploading'; jobId: string }
  | { state: 'uploaded'; jobId: string }
  /** A close (PATCH UploadComplete) may be in flight. */
  | { state: 'closing'; jobId: string }
  | { state: 'closed'; jobId: string }
  /**
   * The PUT failed or its outcome is unknown: abort the job, send its rows in a new attempt.
   * `refused`: Salesforce answered the PUT with a 4xx, so it stored nothing; the rows are not
   * sent again until the user says so (the same refusal would come back).
   */
  | { state: 'upload-uncertain'; jobId: string; refused?: true }
  /** The user asked to abort; `uploaded` says whether Salesforce may hold the rows. */
  | { state: 'aborting'; jobId: string; uploaded: boolean }
  | {
      state: 'terminal';
      jobId: string;
      outcome: TerminalJobState;
      /** The job-level `errorMessage` of a Failed job (§1.10). */
      errorMessage: string | null;
    }
  /**
   * This attempt's rows were never processed: `upload-uncertain` (a new attempt sends them;
   * `replanned` once it exists) or `cancelled` by the user before its upload. `refused` is
   * carried over from `upload-uncertain`.
   */
  | {
      state: 'abandoned';
      jobId: string | null;
      reason: 'upload-uncertain' | 'cancelled';
      replanned: boolean;
      refused?: true;
    };

export type AttemptState = AttemptStep['state'];

export interface JobAttempt {
  loadId: string;
  /** The planned job (JobPlan index) whose rows this attempt sends. */
  planIndex: number;
  /** 0 for the first attempt; one more for each re-plan after an uncertain upload. */
  attempt: number;
  step: AttemptStep;
  /** The last counters polled, if any. */
  counters: JobCounters | null;
}

/**
 * What the orchestrator does next with an attempt, when it meets it in the normal flow or on
 * resume. The write-ahead states mean a request may have been in flight when the page went
 * away: `creating` creates again (a job made by the lost request stays empty: harmless),
 * `closing` closes again after checking the job's state, and `uploading` never uploads again.
 */
export type NextAction =
  | { kind: 'create' }
  | { kind: 'upload'; jobId: string }
  /** Read the job first when resuming: if it is no longer Open, report it as polled. */
  | { kind: 'close'; jobId: string }
  | { kind: 'poll'; jobId: string }
  /** PATCH Aborted; if the job had already ended, report its state as `polled` instead. */
  | { kind: 'abort'; jobId: string }
  /**
   * PATCH Aborted (a job never closed that is already Aborted or Failed counts as aborted: it
   * processed nothing), then on `aborted` send the rows in a new attempt.
   */
  | { kind: 'abort-and-replan'; jobId: string }
  /** Store `replanAttempt(attempt)` together with this attempt after the `replanned` event. */
  | { kind: 'replan' }
  | { kind: 'nothing' };

export function plannedAttempt(loadId: string, planIndex: number, attempt = 0): JobAttempt {
  return { loadId, planIndex, attempt, step: { state: 'planned' }, counters: null };
}

export function nextAction(record: JobAttempt): NextAction {
  const step = record.step;
  switch (step.state) {
    case 'planned':
    case 'creating':
      return { kind: 'create' };
    case 'created':
      return { kind: 'upload', jobId: step.jobId };
    case 'uploading':
    case 'upload-uncertain':
      return { kind: 'abort-and-replan', jobId: step.jobId };
    case 'uploaded':
    case 'closing':
      return { kind: 'close', jobId: step.jobId };
    case 'closed':
      return { kind: 'poll', jobId: step.jobId };
    case 'aborting':
      return { kind: 'abort', jobId: step.jobId };
    case 'terminal':
      return { kind: 'nothing' };
    case 'abandoned':
      return step.reason === 'upload-uncertain' && !step.replanned
        ? { kind: 'replan' }
        : { kind: 'nothing' };
  }
}

/** The attempt that sends an abandoned attempt's rows again, as a new Salesforce job. */
export function replanAttempt(record: JobAttempt): JobAttempt {
  if (record.step.state !== 'abandoned' || record.step.reason !== 'upload-uncertain')
    throw new Error(`Only an attempt abandoned after an uncertain upload is re-planned.`);
  return plannedAttempt(record.loadId, record.planIndex, record.attempt + 1);
}

/** The Salesforce job id of an attempt, once it has one. */
export function attemptJobId(record: JobAttempt): string | null {
  const step = record.step;
  switch (step.state) {
    case 'planned':
    case 'creating':
      return null;
    case 'abandoned':
      return step.jobId;
    case 'created':
    case 'uploading':
    case 'uploaded':
    case 'closing':
    case 'closed':
    case 'upload-uncertain':
    case 'aborting':
    case 'terminal':
      return step.jobId;
  }
}
