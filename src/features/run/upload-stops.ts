/**
 * Why a job's rows are not sent again by themselves (design.md §4: a PUT is never repeated, its
 * job is aborted and the rows go to a new job): a PUT Salesforce refused with a 4xx stored
 * nothing and would be refused again (a proxy's body limit, a 413, a 403), and a job whose
 * uploads kept ending uncertain has used its attempts. Each becomes a job stopped for a person,
 * explained with Salesforce's own error and what to do.
 */
import { nextAction } from '../../load/run-state/job-attempt';
import type { IngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import { ingestErrorHelp } from '../../salesforce/bulk/ingest-error-help';
import { IngestUploadError } from '../../salesforce/bulk/ingest-upload-error';
import { replanStop, type RetryPolicy } from './run-schedule';
import type { JobSlot } from './run-views';

export type UploadStop = 'refused' | 'attempts-used';

/** Whether the job's rows wait for the user's Try again (a refusal, or its attempts used up). */
export function stopOfSlot(slot: JobSlot, policy: RetryPolicy): UploadStop | null {
  if (nextAction(slot.record).kind !== 'replan') return null;
  return replanStop(slot.record, slot.firstCounted, policy);
}

/** The failure a stopped job shows (the upload's own, kept, for a refusal). */
export function stopFailure(slot: JobSlot, stop: UploadStop): IngestFailure {
  return stop === 'refused'
    ? (slot.failure ?? REFUSED_BEFORE_RELOAD)
    : attemptsUsedFailure(slot.record.attempt + 1 - slot.firstCounted, slot.failure);
}

/** An upload error that certainly stored nothing: Salesforce (or a proxy) answered with a 4xx. */
export function isRefusedUpload(error: unknown): error is IngestUploadError {
  const status = error instanceof IngestUploadError ? error.apiError?.status : undefined;
  return (
    error instanceof IngestUploadError &&
    error.kind === 'upload-uncertain' &&
    error.reason === 'refused' &&
    status !== undefined &&
    status >= 400 &&
    status < 500
  );
}

const TOO_LARGE = new Set([413]);

/** The refusal in an admin's words, with Salesforce's code and message kept. */
export function refusedUploadFailure(error: IngestUploadError): IngestFailure {
  const api = error.apiError;
  const status = api?.status ?? 0;
  const known = api ? ingestErrorHelp(api.errorCode) : undefined;
  const whatToDo = TOO_LARGE.has(status)
    ? "The job's data is larger than a server on the way accepts (often a proxy's body size limit): ask your admin to raise that limit, or lower the job size limit so the rows are split into smaller jobs. Then use Try again."
    : `${known?.whatToDo ?? 'Read the message below and solve its cause (a permission, a limit, a proxy rule).'} Then use Try again: Forklift creates a new job for these rows.`;
  return {
    errorCode: api?.errorCode,
    message: api?.message ?? error.message,
    explanation: `Salesforce refused the upload of this job (HTTP ${status}), so it stored none of its rows. Forklift aborted the job and does not send these rows again by itself: the same refusal would come back.`,
    whatToDo,
  };
}

/** A refusal read back after a reload: Salesforce's words were not kept. */
export const REFUSED_BEFORE_RELOAD: IngestFailure = {
  errorCode: undefined,
  message: 'The upload of this job was refused before the page was reloaded.',
  explanation:
    'Salesforce refused the upload of this job, so it stored none of its rows. Forklift aborted the job and does not send these rows again by itself.',
  whatToDo:
    'Use Try again: Forklift creates a new job for these rows; if it is refused again, the message says why.',
};

/** The uploads of a job ended uncertain `attempts` times in a row (`last`: the last problem). */
export function attemptsUsedFailure(attempts: number, last: IngestFailure | null): IngestFailure {
  return {
    errorCode: last?.errorCode,
    message: last?.message ?? 'The last upload did not finish.',
    explanation: `Forklift sent this job's rows ${attempts} times and none of the uploads finished cleanly (the connection dropped, timed out or Salesforce failed). Each job was aborted, so no row was loaded twice, and Forklift stopped trying so as not to use up the org's daily API requests.`,
    whatToDo:
      'Check the network (a proxy or VPN that cuts large uploads) and Salesforce status, then use Try again. Lowering the job size limit makes each upload shorter.',
  };
}
