/**
 * The messages between the results page and its results worker (results-worker.ts, issue 6,
 * design.md §4): `reconcile` joins every job's results back to the source rows, `download`
 * writes a CSV Blob of the file with its outcomes, `column-values` counts one column's values
 * among chosen rows. The worker never talks to Salesforce: for each results file it asks the
 * page (`open-results`) and the page answers with the response body as a transferred
 * ReadableStream, one file at a time, so memory stays flat however large the results are.
 * Requests run independently, each answered under its own id.
 */
import type { RowEdit, RowOutcomes, Reconciliation } from '../load/reconcile/row-outcomes';
import type { PrepareRequest } from './prepare-protocol';

/** At most one progress message per this many milliseconds. */
export const RESULTS_PROGRESS_INTERVAL_MS = 100;

/** Salesforce's names of a job's three results files (salesforce-api.md §1.9). */
export type ResultsFileKind = 'successfulResults' | 'failedResults' | 'unprocessedrecords';

export const RESULTS_FILE_KINDS: readonly ResultsFileKind[] = [
  'successfulResults',
  'failedResults',
  'unprocessedrecords',
];

/** How a load was prepared: the prepare request without its id and File (a LoadRecipe). */
export type PrepareRecipe = Omit<PrepareRequest, 'type' | 'requestId' | 'file'>;

/** One Salesforce job of a round, by its plan index in that round's `rowJobs`. */
export interface ReconcileJobInput {
  planIndex: number;
  /** Null: the job was never created, so its rows were never sent. */
  jobId: string | null;
  /**
   * Salesforce's last known state (`JobComplete`, `Failed`, `Aborted`…) or `cancelled` when the
   * user cancelled the job before its upload: its rows were never sent either.
   */
  finalState: string | null;
}

/** One prepare of the file that was sent: the root load is round 0, each retry a later round. */
export interface ReconcileRoundInput {
  recipe: PrepareRecipe;
  /** Per source row: its plan index, ROW_EXCLUDED or ROW_NOT_PLANNED (not in this round). */
  rowJobs: Uint32Array;
  jobs: ReconcileJobInput[];
}

export interface ReconcileRequest {
  type: 'reconcile';
  requestId: number;
  file: File;
  rounds: ReconcileRoundInput[];
}

/** The page's answer to `open-results`: the body as a stream, or why it could not be had. */
export interface ResultsStreamAnswer {
  type: 'results-stream';
  requestId: number;
  jobId: string;
  kind: ResultsFileKind;
  /** Transferred; null when `error` says why the file could not be fetched. */
  stream: ReadableStream<Uint8Array> | null;
  error: string | null;
}

export type DownloadKind = 'with-results' | 'failed' | 'unprocessed';

/** What a download needs: the same whether the page asks the worker or a test runs it in Node. */
export interface DownloadInput {
  file: File;
  recipe: PrepareRecipe;
  outcomes: RowOutcomes;
  kind: DownloadKind;
  /**
   * Only for `with-results` (never for files meant to be dropped again): a leading `'` on cells a
   * spreadsheet would run as a formula.
   */
  neutraliseFormulas: boolean;
  /** The user's edits, written into the original columns. */
  rowEdits?: RowEdit[];
}

export interface DownloadRequest extends DownloadInput {
  type: 'download';
  requestId: number;
}

/** What counting a column's values among chosen rows needs. */
export interface ColumnValuesInput {
  file: File;
  recipe: PrepareRecipe;
  /** 1 = count this row. */
  rows: Uint8Array;
  /** 0-based CSV column. */
  column: number;
  /** The user's edits, applied before counting (a value map applies after them). */
  rowEdits?: RowEdit[];
}

export interface ColumnValuesRequest extends ColumnValuesInput {
  type: 'column-values';
  requestId: number;
}

export interface CancelResultsRequest {
  type: 'cancel';
  requestId: number;
}

export type ResultsWorkerRequest =
  | ReconcileRequest
  | ResultsStreamAnswer
  | DownloadRequest
  | ColumnValuesRequest
  | CancelResultsRequest;

export type ResultsPhase = 'rows' | 'results';

export interface ResultsProgressEvent {
  type: 'progress';
  requestId: number;
  /** `rows`: source rows read (all rounds); `results`: results files read. */
  phase: ResultsPhase;
  done: number;
  total: number;
}

export interface OpenResultsEvent {
  type: 'open-results';
  requestId: number;
  jobId: string;
  kind: ResultsFileKind;
}

export interface ReconciledEvent {
  type: 'reconciled';
  requestId: number;
  reconciliation: Reconciliation;
}

export interface DownloadedEvent {
  type: 'downloaded';
  requestId: number;
  blob: Blob;
  rows: number;
}

export interface ColumnValue {
  value: string;
  count: number;
}

export interface ColumnValuesEvent {
  type: 'column-values';
  requestId: number;
  values: ColumnValue[];
}

export interface ResultsFailedEvent {
  type: 'failed';
  requestId: number;
  message: string;
}

export type ResultsWorkerEvent =
  | ResultsProgressEvent
  | OpenResultsEvent
  | ReconciledEvent
  | DownloadedEvent
  | ColumnValuesEvent
  | ResultsFailedEvent;
