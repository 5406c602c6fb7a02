/**
 * One Bulk API 2.0 ingest job, as the emulator keeps it (salesforce-api.md §7.1): the create
 * fields, the upload, counters, timestamps and per-row results.
 */
import type { Buffer } from 'node:buffer';
import type { ColumnPlan } from './header-plan';
import type { ColumnDelimiter, IngestOperation, JobState, LineEnding } from './ingest-types';
import { JobRows } from './job-rows';

export interface IngestJobSpec {
  /** The object as the request named it; `objectName` is the schema's canonical name. */
  object: string;
  objectName: string;
  operation: IngestOperation;
  externalIdFieldName?: string;
  assignmentRuleId?: string;
  lineEnding: LineEnding;
  columnDelimiter: ColumnDelimiter;
  /** The API version of the create call, e.g. 62 (rendered `62.0`). */
  apiVersion: number;
}

export interface IngestJob extends IngestJobSpec {
  id: string;
  createdById: string;
  createdDate: number;
  systemModstamp: number;
  state: JobState;
  /** The uploaded CSV bytes, once PUT; kept until the job is deleted (results echo it). */
  upload: Buffer | undefined;
  uploadCount: number;
  /** The header as uploaded, once processing read it. */
  headers: string[] | undefined;
  columns: ColumnPlan[] | undefined;
  /** Byte offset in `upload` of the first row not yet processed. */
  nextRowOffset: number;
  rows: JobRows;
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
  retries: number;
  totalProcessingTime: number;
  apiActiveProcessingTime: number;
  apexProcessingTime: number;
  errorMessage: string | undefined;
  /** When processing started (InProgress), for totalProcessingTime. */
  startedAt: number | undefined;
}

export function newIngestJob(
  id: string,
  spec: IngestJobSpec,
  createdById: string,
  now: number,
): IngestJob {
  return {
    ...spec,
    id,
    createdById,
    createdDate: now,
    systemModstamp: now,
    state: 'Open',
    upload: undefined,
    uploadCount: 0,
    headers: undefined,
    columns: undefined,
    nextRowOffset: 0,
    rows: new JobRows(),
    numberRecordsProcessed: 0,
    numberRecordsFailed: 0,
    retries: 0,
    totalProcessingTime: 0,
    apiActiveProcessingTime: 0,
    apexProcessingTime: 0,
    errorMessage: undefined,
    startedAt: undefined,
  };
}
