/**
 * Bulk API 2.0 ingest on the wire (salesforce-api.md §1): the job spec we send and the three
 * JobInfo shapes Salesforce answers with. Names are Salesforce's own (design.md §8).
 */

/** §1.10: a job's states. */
export type JobState =
  'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export const JOB_STATES: readonly JobState[] = [
  'Open',
  'UploadComplete',
  'InProgress',
  'JobComplete',
  'Failed',
  'Aborted',
];

/** §1.2: the operations the console offers (Salesforce's `refresh`/`consentImport` are not used). */
export type IngestOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';

/** §1.8: `jobType` in job lists; ours are all `V2Ingest`. */
export type IngestJobType = 'V2Ingest' | 'Classic' | 'BigObjectIngest';

/** §1.9: the three result resources (the last one is spelled in lower case, as documented). */
export type ResultKind = 'successfulResults' | 'failedResults' | 'unprocessedrecords';

/**
 * What the console asks for. The CSV writer always writes commas and LF, so the client sends
 * `lineEnding: 'LF'` and `columnDelimiter: 'COMMA'` with every job (§2: they must match the file).
 */
export interface IngestJobSpec {
  object: string;
  operation: IngestOperation;
  /** Upsert only (§1.2). */
  externalIdFieldName?: string;
  /** Case/Lead assignment rule; API v49.0 or later (§1.2). */
  assignmentRuleId?: string;
}

/** Fields every JobInfo shape has (§1.2 key order). */
export interface JobInfoBase {
  id: string;
  operation: IngestOperation;
  object: string;
  createdById: string;
  /** `2024-09-09T19:25:27.000+0000`: UTC, no colon in the offset. */
  createdDate: string;
  systemModstamp: string;
  state: JobState;
  externalIdFieldName?: string;
  assignmentRuleId?: string;
  concurrencyMode: string;
  contentType: string;
  /** A JSON number (`62.0`), although the docs call it a string (§1.2 [REAL]). */
  apiVersion: number;
}

/** The create answer (§1.2): no counters, and a relative `contentUrl` without a leading slash. */
export interface CreatedJobInfo extends JobInfoBase {
  contentUrl: string;
  lineEnding: string;
  columnDelimiter: string;
}

/** The PATCH answer (close or abort, §1.5): the short shape, nothing more. */
export type ClosedJobInfo = JobInfoBase;

/** A job-list entry (§1.8): short JobInfo with `jobType`, no counters. */
export interface ListedJobInfo extends JobInfoBase {
  jobType?: string;
  contentUrl?: string;
  lineEnding?: string;
  columnDelimiter?: string;
}

/** The GET answer (§1.6): the full shape. */
export interface JobInfo extends JobInfoBase {
  jobType: string;
  /** Only while `Open`. */
  contentUrl?: string;
  lineEnding: string;
  columnDelimiter: string;
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
  retries: number;
  totalProcessingTime: number;
  apiActiveProcessingTime: number;
  apexProcessingTime: number;
  /** Only when `Failed` (§1.10), e.g. `InvalidBatch : Field name not found : X`. */
  errorMessage?: string;
}

/** What an upload needs of a job: its id and the `contentUrl` it was created with. */
export interface UploadTarget {
  id: string;
  contentUrl: string;
}

/** True once Salesforce will not change the job any more (§1.10). */
export function isTerminalJobState(state: JobState): boolean {
  switch (state) {
    case 'Open':
    case 'UploadComplete':
    case 'InProgress':
      return false;
    case 'JobComplete':
    case 'Failed':
    case 'Aborted':
      return true;
  }
}
