/**
 * The words and numbers of the Confirm dialog and the load page: counts, durations, the time
 * left, the operation as a verb, and each job's state in plain words next to Salesforce's name.
 * (Pure functions; a .tsx file because this folder's plain modules belong to the run orchestrator.)
 */
import { formatCount } from '../../lib/format-numbers';
import type { IngestOperation } from '../../salesforce/bulk/ingest-types';
import type { JobView, LoadRunSnapshot } from './load-run-types';

const MS_PER_SECOND = 1_000;
const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3_600;

/** The user aborted the load, or a job of it ended Aborted (also known after a reload). */
export function loadWasAborted(snapshot: LoadRunSnapshot): boolean {
  return snapshot.abortRequested || snapshot.jobs.some((job) => job.jobState === 'Aborted');
}

/** Whole percent, 0..100; 100 only when the fraction is complete. */
export function percentOf(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(100, Math.max(0, Math.floor(fraction * 100)));
}

/** "45 s", "2 min 5 s", "1 h 20 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / MS_PER_SECOND));
  if (seconds < SECONDS_PER_MINUTE) return `${seconds} s`;
  if (seconds < SECONDS_PER_HOUR) {
    const rest = seconds % SECONDS_PER_MINUTE;
    return `${Math.floor(seconds / SECONDS_PER_MINUTE)} min${rest ? ` ${rest} s` : ''}`;
  }
  const minutes = Math.floor((seconds % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  return `${Math.floor(seconds / SECONDS_PER_HOUR)} h${minutes ? ` ${minutes} min` : ''}`;
}

/** An estimate, said as one: "about 2 min left". */
export function timeLeftText(etaMs: number | null): string {
  if (etaMs === null) return 'not known yet';
  if (etaMs <= 0) return 'nothing left';
  const seconds = etaMs / MS_PER_SECOND;
  if (seconds < SECONDS_PER_MINUTE) return 'less than a minute left';
  if (seconds < SECONDS_PER_HOUR)
    return `about ${Math.round(seconds / SECONDS_PER_MINUTE)} min left`;
  return `about ${formatDuration(Math.round(seconds / SECONDS_PER_MINUTE) * 60_000)} left`;
}

export function rateText(recordsPerSecond: number | null): string {
  if (recordsPerSecond === null) return 'not measured yet';
  return `${formatCount(Math.round(recordsPerSecond))} records/s`;
}

const VERBS: Readonly<Record<IngestOperation, string>> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Upsert',
  delete: 'Delete',
  hardDelete: 'Hard delete',
};

export const operationVerb = (operation: IngestOperation) => VERBS[operation];

export const isDeleteOperation = (operation: IngestOperation) =>
  operation === 'delete' || operation === 'hardDelete';

/** English plural of an object label when describe's `labelPlural` is not at hand. */
export function pluralLabel(label: string): string {
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}

/** "1,234 Contacts", "1 Account". */
export function recordsText(count: number, object: { label: string; labelPlural?: string }) {
  const noun = count === 1 ? object.label : (object.labelPlural ?? pluralLabel(object.label));
  return `${formatCount(count)} ${noun}`;
}

/** "Job 2" (plan indexes count from 0, people from 1). */
export const jobName = (planIndex: number) => `Job ${planIndex + 1}`;

/** The job will do nothing more: it ended in Salesforce or was never sent. */
export function jobHasEnded(job: JobView): boolean {
  return job.attemptState === 'terminal' || job.attemptState === 'abandoned';
}

/** A job the user can still abort (one already being aborted or replaced is on its way). */
export function canAbortJob(job: JobView): boolean {
  switch (job.attemptState) {
    case 'planned':
    case 'creating':
    case 'created':
    case 'uploading':
    case 'uploaded':
    case 'closing':
    case 'closed':
      return true;
    case 'upload-uncertain':
    case 'aborting':
    case 'terminal':
    case 'abandoned':
      return false;
  }
}

function closedJobWords(job: JobView): string {
  switch (job.jobState) {
    case null:
    case 'Open':
      return 'Upload closed; waiting for Salesforce';
    case 'UploadComplete':
      return "Waiting in Salesforce's queue";
    case 'InProgress':
      return 'Salesforce is processing the rows';
    case 'JobComplete':
      return 'Complete';
    case 'Failed':
      return 'Failed: Salesforce stopped the job';
    case 'Aborted': {
      const left = Math.max(0, job.rows - job.processed);
      return left === 0
        ? 'Aborted'
        : `Aborted: ${formatCount(left)} ${left === 1 ? 'row was' : 'rows were'} not processed`;
    }
  }
}

/** Where a job stands, in an admin's words. */
export function jobStateWords(job: JobView): string {
  switch (job.attemptState) {
    case 'planned':
      return 'Waiting to be sent';
    case 'creating':
      return 'Creating the job in Salesforce';
    case 'created':
      return 'Created; the upload starts next';
    case 'uploading':
      return 'Uploading the rows';
    case 'uploaded':
      return 'Uploaded; closing the upload next';
    case 'closing':
      return 'Telling Salesforce the upload is complete';
    case 'closed':
    case 'terminal':
      return closedJobWords(job);
    case 'upload-uncertain':
      return 'The upload broke off; this job is aborted and its rows sent again';
    case 'aborting':
      return 'Aborting';
    case 'abandoned':
      return 'Cancelled before upload: none of its rows were processed';
  }
}
