/**
 * The messages between the preflight screen and its prepare worker (prepare-worker.ts). Two
 * passes over the whole File: `check` (preflight only: problems grouped with counts) and
 * `prepare` (preflight again, with the user's value map and choice, writing each job's Bulk CSV
 * into Blobs). A `check` may also prepare along the way with the screen's default decision, so
 * that keeping the default costs no second pass (docs/decisions/0022). Every message carries its
 * request id: a newer request supersedes an older one, and late answers to a superseded request
 * are ignored by id (docs/decisions/0013).
 */
import type { SupportedEncoding } from '../csv/encodings';
import type { ParseSummary } from '../csv/parse-stream';
import type { CsvDialect } from '../csv/sniff-dialect';
import type { LoadMapping } from '../load/column-mapping';
import type { SObjectDescribe } from '../load/describe-types';
import type { JobLimits } from '../load/job-plan/job-cutter';
import type { PreflightChoice, PreflightSummary } from '../load/preflight/preflight-aggregator';
import type { RowEdit } from '../load/reconcile/row-outcomes';
import type { ValueMapEntry } from '../load/preflight/value-map';
import type { ColumnFormat } from '../load/value-formats';

/** At most one progress message per this many milliseconds: the UI needs no more. */
export const PREPARE_PROGRESS_INTERVAL_MS = 100;

/** PreflightSetup as plain data (Maps become entry lists), so it can be posted to the worker. */
export interface CloneablePreflightSetup {
  describe: SObjectDescribe;
  mapping: LoadMapping;
  /** Confirmed format per 0-based CSV column. */
  formats: [column: number, format: ColumnFormat][];
  /** Key prefix per object API name (`Account` → `001`). */
  keyPrefixes: [objectApiName: string, prefix: string][];
  valueMap?: ValueMapEntry[];
}

/** The File and how to read it: the same fields as the drop step's ParseFileRequest. */
export interface PrepareFileFields {
  /** Structured-cloned: the worker reads the same file on disk, nothing is copied. */
  file: File;
  encoding: SupportedEncoding;
  /** BOM bytes the decoder strips for this encoding (`bomLengthFor`). */
  leadingBytes: number;
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  setup: CloneablePreflightSetup;
  /** Cells the user changed (results page): applied to the cell as read, before the value map. */
  rowEdits?: RowEdit[];
}

/** Preflight over every row: problems grouped by rule and column. */
export interface CheckRequest extends PrepareFileFields {
  type: 'check';
  requestId: number;
  /**
   * The jobs to write in the same pass, exactly as a `prepare` request with these options and
   * this request's setup would (decision 0022): the check screen's defaults, so that keeping them
   * costs no second pass.
   */
  prepareAlong: PrepareOptions;
  /**
   * The drop step handed its reading of the file over to this pass (decision 0022): answer with
   * the parse summary too (row count, row offsets, malformed rows), as the drop pass would.
   */
  keepReading?: boolean;
}

/** Preflight again with the value map, then the Bulk CSV of every kept row, cut into jobs. */
export interface PrepareRequest extends PrepareFileFields {
  type: 'prepare';
  requestId: number;
  choice: PreflightChoice;
  /** Rows of the trial job 0; 0 for no trial run. */
  trialRows: number;
  /** Tests force tiny jobs; `trialRows` above wins over `limits.trialRows`. */
  limits?: Partial<JobLimits>;
  /** Send rows of one parent next to each other (buffers the prepared rows; decision 0013). */
  sortByParent: boolean;
  /**
   * A retry: 1 = this source row takes part. The others are skipped (not checked, in no job,
   * ROW_NOT_PLANNED in `rowJobs`, not counted as excluded). Absent: every row takes part.
   */
  onlyRows?: Uint8Array;
}

/** What a prepare pass is asked beyond the file and setup: the user's decision on the check screen. */
export type PrepareOptions = Pick<
  PrepareRequest,
  'choice' | 'trialRows' | 'limits' | 'sortByParent'
>;

export interface CancelPrepareRequest {
  type: 'cancel';
  requestId: number;
}

export type PrepareWorkerRequest = CheckRequest | PrepareRequest | CancelPrepareRequest;

export interface PrepareProgressEvent {
  type: 'progress';
  requestId: number;
  rowsDone: number;
  /** Bytes of the File read so far. */
  bytesDone: number;
  totalBytes: number;
}

export interface CheckedEvent {
  type: 'checked';
  requestId: number;
  summary: PreflightSummary;
  rowCount: number;
  /** The jobs written along (`prepareAlong`); its `rowJobs` is transferred. */
  prepared: PreparedPlanData;
  /** The file's parse summary, when the request asked (`keepReading`); its `rowOffsets` is transferred. */
  reading?: ParseSummary;
}

/** One job's Bulk CSV body (header included), in the order the jobs are to run. */
export interface PreparedJobBody {
  planIndex: number;
  trial: boolean;
  rows: number;
  body: Blob;
}

export interface PreparedEvent {
  type: 'prepared';
  requestId: number;
  /** The Bulk CSV header of every job. */
  headers: string[];
  jobs: PreparedJobBody[];
  /** Per source row: its plan index, ROW_EXCLUDED or ROW_NOT_PLANNED (row-job-index.ts); transferred. */
  rowJobs: Uint32Array;
  /** Rows left out of every job ("excluded before upload"), the unwritable ones included. */
  excludedRows: number;
  /** Of those, rows excluded whatever the choice: a value that cannot be written (decision 0013). */
  unwritableRows: number;
  rowCount: number;
}

/** A prepared event's plan: what the app keeps and runs. */
export type PreparedPlanData = Omit<PreparedEvent, 'type' | 'requestId'>;

/** The pass could not finish: `message` says what happened and what to do, in an admin's words. */
export interface PrepareFailedEvent {
  type: 'failed';
  requestId: number;
  message: string;
}

export type PrepareWorkerEvent =
  PrepareProgressEvent | CheckedEvent | PreparedEvent | PrepareFailedEvent;
