/**
 * The JobInfo shapes, with the key order observed on real orgs (salesforce-api.md §1.2, §1.5,
 * §1.6, §1.8): create, close/abort (short), GET (full) and list items.
 */
import type { IngestJob } from './ingest-job';
import { JsonDouble } from './sf-json';
import type { SfJsonValue } from './sf-json';

type JobInfo = { [key: string]: SfJsonValue };

/** `2024-09-10T13:12:38.000+0000`: UTC, milliseconds always `.000`, no colon in the offset. */
export function formatSfDateTime(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 19)}.000+0000`;
}

/** `62.0` from 62: the version text of URLs and messages. */
export function versionText(apiVersion: number): string {
  return apiVersion.toFixed(1);
}

export function contentUrl(job: IngestJob): string {
  return `services/data/v${versionText(job.apiVersion)}/jobs/ingest/${job.id}/batches`;
}

/** id … apiVersion: the part every shape starts with. */
function head(job: IngestJob): JobInfo {
  const info: JobInfo = {
    id: job.id,
    operation: job.operation,
    object: job.object,
    createdById: job.createdById,
    createdDate: formatSfDateTime(job.createdDate),
    systemModstamp: formatSfDateTime(job.systemModstamp),
    state: job.state,
  };
  if (job.externalIdFieldName !== undefined) info.externalIdFieldName = job.externalIdFieldName;
  if (job.assignmentRuleId !== undefined) info.assignmentRuleId = job.assignmentRuleId;
  info.concurrencyMode = 'Parallel';
  info.contentType = 'CSV';
  info.apiVersion = new JsonDouble(job.apiVersion);
  return info;
}

function dialect(job: IngestJob, info: JobInfo): JobInfo {
  if (job.state === 'Open') info.contentUrl = contentUrl(job);
  info.lineEnding = job.lineEnding;
  info.columnDelimiter = job.columnDelimiter;
  return info;
}

/** §1.2/§1.3: the answer to create; `contentUrl` only while Open (multipart jobs are already closed). */
export function createJobInfo(job: IngestJob): JobInfo {
  return dialect(job, head(job));
}

/** §1.5: the answer to PATCH UploadComplete / Aborted. */
export function shortJobInfo(job: IngestJob): JobInfo {
  return head(job);
}

/** §1.8: an item of the job list. */
export function listJobInfo(job: IngestJob): JobInfo {
  const info = head(job);
  info.jobType = 'V2Ingest';
  return dialect(job, info);
}

/** §1.6: GET job info, counters always, `errorMessage` only when Failed and always last. */
export function fullJobInfo(job: IngestJob): JobInfo {
  const info = listJobInfo(job);
  info.numberRecordsProcessed = job.numberRecordsProcessed;
  info.numberRecordsFailed = job.numberRecordsFailed;
  info.retries = job.retries;
  info.totalProcessingTime = job.totalProcessingTime;
  info.apiActiveProcessingTime = job.apiActiveProcessingTime;
  info.apexProcessingTime = job.apexProcessingTime;
  if (job.state === 'Failed' && job.errorMessage !== undefined)
    info.errorMessage = job.errorMessage;
  return info;
}
