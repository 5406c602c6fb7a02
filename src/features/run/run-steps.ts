/**
 * One network step of one job attempt, with its write-ahead record (design.md §4): the record
 * saying a request may be in flight is committed before the request goes, and the answer is
 * stored after it. A failed step throws; the run loop (load-runner.ts) decides what that means.
 */
import { applyEvent, type RunEvent } from '../../load/run-state/apply-run-event';
import { isTerminalJobState } from '../../load/run-state/ingest-job-state';
import { replanAttempt, type JobAttempt } from '../../load/run-state/job-attempt';
import { INITIAL_POLL_TRACK, trackPoll } from '../../load/run-state/poll-schedule';
import { explainIngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import type { IngestClient } from '../../salesforce/bulk/ingest-client';
import type { JobInfo } from '../../salesforce/bulk/ingest-types';
import { SalesforceApiError } from '../../salesforce/salesforce-api-error';
import { SessionExpiredError } from '../../salesforce/session/session-errors';
import type { LoadRunSpec } from './load-run-types';
import { contentUrlOf, recordChanged } from './run-records';
import { isRefusedUpload, refusedUploadFailure } from './upload-stops';
import type { JobSlot } from './run-views';

export interface StepContext {
  ingest: IngestClient;
  spec: LoadRunSpec;
  /** Stores `record` as the slot's attempt (awaited: committed before the next request). */
  save(slot: JobSlot, record: JobAttempt): Promise<void>;
  /** Stores an older attempt of a job (the abandoned one of a re-plan). */
  saveOther(record: JobAttempt): Promise<void>;
  /** Publishes a change that needs no store write (upload progress, a job state). */
  changed(): void;
  /** A poll answered: counters and samples. */
  polled(slot: JobSlot): void;
  /** The run's clock (ms), the one its poll timers run on. */
  now(): number;
  /** `contentUrl` of jobs created by this run, by job id. */
  contentUrls: Map<string, string>;
  /** The AbortController of each job's PUT in flight, by plan index. */
  uploads: Map<number, AbortController>;
}

/** Applies `event` and stores the result when it changed (a quiet poll writes nothing). */
async function record(ctx: StepContext, slot: JobSlot, event: RunEvent): Promise<void> {
  const next = applyEvent(slot.record, event);
  if (recordChanged(slot.record, next)) await ctx.save(slot, next);
}

export async function createJob(ctx: StepContext, slot: JobSlot): Promise<void> {
  await record(ctx, slot, { type: 'create-started' });
  const { object, operation, externalIdFieldName, assignmentRuleId } = ctx.spec;
  let created;
  try {
    created = await ctx.ingest.createIngestJob({
      object,
      operation,
      ...(externalIdFieldName ? { externalIdFieldName } : {}),
      ...(assignmentRuleId ? { assignmentRuleId } : {}),
    });
  } catch (error) {
    // No job we know of: the attempt is planned again (a job a lost answer made stays empty).
    await record(ctx, slot, { type: 'create-failed' });
    throw error;
  }
  ctx.contentUrls.set(created.id, created.contentUrl);
  slot.jobState = created.state;
  await record(ctx, slot, { type: 'created', jobId: created.id });
}

/**
 * The one PUT. Any failure but an ended session leaves the attempt `upload-uncertain` (explained
 * on the job) and returns: the loop aborts the job, then sends its rows in a new attempt, or,
 * for a PUT Salesforce refused with a 4xx (marked `refused`: nothing was stored, and the same
 * refusal would come back), stops the job for the user (upload-stops.ts).
 */
export async function uploadJob(
  ctx: StepContext,
  slot: JobSlot,
  jobId: string,
  body: Blob,
): Promise<void> {
  await record(ctx, slot, { type: 'upload-started' });
  const controller = new AbortController();
  ctx.uploads.set(slot.planIndex, controller);
  slot.upload = { loaded: 0, total: body.size };
  ctx.changed();
  const target = {
    id: jobId,
    contentUrl: ctx.contentUrls.get(jobId) ?? contentUrlOf(ctx.ingest.apiVersion, jobId),
  };
  try {
    await ctx.ingest.uploadJobData(target, body, {
      signal: controller.signal,
      onProgress: (progress) => {
        slot.upload = progress;
        ctx.changed();
      },
    });
  } catch (error) {
    const refused = isRefusedUpload(error);
    slot.failure = refused ? refusedUploadFailure(error) : explainIngestFailure(error);
    await record(ctx, slot, { type: 'upload-failed', refused });
    if (error instanceof SessionExpiredError) throw error;
    return;
  } finally {
    ctx.uploads.delete(slot.planIndex);
  }
  slot.upload = { loaded: body.size, total: body.size };
  slot.failure = null;
  await record(ctx, slot, { type: 'upload-succeeded' });
}

/** The job's state read back, stored as a poll. */
async function readJob(ctx: StepContext, slot: JobSlot, jobId: string): Promise<JobInfo> {
  const info = await ctx.ingest.getJobInfo(jobId);
  slot.jobState = info.state;
  // The planned rows let the schedule poll when the job should end (poll-schedule.ts).
  const expectedRecords = ctx.spec.rowsPerJob[slot.planIndex];
  slot.track = trackPoll(
    { ...slot.track, expectedRecords },
    { state: info.state, counters: countersOf(info), at: ctx.now() },
  );
  await record(ctx, slot, polledEvent(info));
  ctx.polled(slot);
  return info;
}

const countersOf = (info: JobInfo) => ({
  numberRecordsProcessed: info.numberRecordsProcessed,
  numberRecordsFailed: info.numberRecordsFailed,
});

const polledEvent = (info: JobInfo): RunEvent => ({
  type: 'polled',
  jobState: info.state,
  counters: countersOf(info),
  errorMessage: info.errorMessage ?? null,
});

/**
 * Close (PATCH UploadComplete). A `closing` record means a close may have been sent before the
 * page went away: the job is read first, and closed only if still Open (nextAction's rule).
 * Salesforce refuses to close a job that got two uploads (INVALIDJOB, salesforce-api.md §1.4;
 * Chromium may re-send a PUT on its own): that job is aborted and its rows re-planned.
 */
export async function closeJob(ctx: StepContext, slot: JobSlot, jobId: string): Promise<void> {
  if (slot.record.step.state === 'closing') {
    const info = await readJob(ctx, slot, jobId);
    if (info.state !== 'Open') return;
  } else {
    await record(ctx, slot, { type: 'close-started' });
  }
  try {
    const info = await ctx.ingest.closeJob(jobId);
    slot.jobState = info.state;
  } catch (error) {
    if (error instanceof SalesforceApiError && error.errorCode === 'INVALIDJOB') {
      slot.failure = explainIngestFailure(error);
      // Not one of applyEvent's moves: the close proved the upload was not the one PUT we meant.
      await ctx.save(slot, { ...slot.record, step: { state: 'upload-uncertain', jobId } });
      return;
    }
    throw error;
  }
  await record(ctx, slot, { type: 'closed' });
  slot.pollDue = true;
}

export async function pollJob(ctx: StepContext, slot: JobSlot, jobId: string): Promise<void> {
  await readJob(ctx, slot, jobId);
  slot.failure = null;
}

/** PATCH Aborted; a job already ended is reported as polled (nextAction's `abort`). */
export async function abortJob(ctx: StepContext, slot: JobSlot, jobId: string): Promise<void> {
  try {
    const info = await ctx.ingest.abortJob(jobId);
    slot.jobState = info.state;
  } catch (error) {
    if (!(error instanceof SalesforceApiError)) throw error;
    const info = await readJob(ctx, slot, jobId);
    if (isTerminalJobState(info.state)) return;
    throw error;
  }
  await record(ctx, slot, { type: 'aborted' });
  // The abort answer has no counters: read the rows processed before it took effect (best effort).
  if (slot.record.step.state === 'terminal') await readJob(ctx, slot, jobId).catch(() => undefined);
}

/**
 * PATCH Aborted for an uncertain upload: a job never closed that is already Aborted or Failed
 * counts as aborted (it processed nothing).
 */
export async function abortForReplan(
  ctx: StepContext,
  slot: JobSlot,
  jobId: string,
): Promise<void> {
  try {
    const info = await ctx.ingest.abortJob(jobId);
    slot.jobState = info.state;
  } catch (error) {
    if (!(error instanceof SalesforceApiError)) throw error;
    const info = await ctx.ingest.getJobInfo(jobId);
    if (info.state !== 'Aborted' && info.state !== 'Failed') throw error;
    slot.jobState = info.state;
  }
  await record(ctx, slot, { type: 'aborted' });
}

/** The new attempt is stored first, then the old one marked (see run-records.ts). */
export async function replan(ctx: StepContext, slot: JobSlot): Promise<void> {
  const old = slot.record;
  const next = replanAttempt(old);
  await ctx.save(slot, next);
  await ctx.saveOther(applyEvent(old, { type: 'replanned' }));
  slot.track = INITIAL_POLL_TRACK;
  slot.jobState = null;
  slot.upload = null;
}

/** Writes the user's abort ahead; a job not created yet is cancelled by it. */
export async function requestAbort(ctx: StepContext, slot: JobSlot): Promise<void> {
  await record(ctx, slot, { type: 'abort-requested' });
}
