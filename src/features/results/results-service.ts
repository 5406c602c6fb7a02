/**
 * What the results panel needs from the rest of the console (issue 6), as one small interface:
 * the app builds it from the load's records, its file, the ingest client and the results worker;
 * tests build it over real data. The panel itself never touches IndexedDB, Salesforce or files.
 */
import type { ValueMapEntry } from '../../load/preflight/value-map';
import type { Reconciliation, RowEdit, RowOutcomes } from '../../load/reconcile/row-outcomes';

export interface ReconcileProgress {
  /** `rows`: reading the file again; `results`: reading Salesforce's result files. */
  phase: 'rows' | 'results';
  done: number;
  total: number;
}

/** Salesforce's three result files of a job (salesforce-api.md §1.12). */
export type RawResultKind = 'successfulResults' | 'failedResults' | 'unprocessedrecords';

export type ResultsDownloadKind = 'with-results' | 'failed' | 'unprocessed';

/** The fixes kept for the load (an overlay in IndexedDB; the file is never changed). */
export interface ResultsOverlay {
  edits: RowEdit[];
  valueMap: ValueMapEntry[];
}

export interface RetryRequest {
  /** 1 = the row is sent again (`onlyRows`). */
  rows: Uint8Array;
  count: number;
  /** Marks an automatic retry of rows that failed on a row lock. */
  automatic: boolean;
  /**
   * The user saw why the retry was held (a RetryHold) and chose to send anyway: the org's limits
   * are not checked again. False: they are read fresh once the rows are prepared.
   */
  despiteLimits: boolean;
}

/**
 * Why a retry was prepared but not sent (nothing saved, nothing sent): the org's daily
 * allowances would run out part way (`warning` from wouldExceedLimits, the Confirm step's words),
 * or they could not be read (`message` says so).
 */
export type RetryHold =
  { reason: 'limits'; warning: string } | { reason: 'limits-unread'; message: string };

/**
 * A retry refused because the rounds the page reconciled are not the stored ones any more: a
 * retry was sent since (by another tab, or automatically), so the rows chosen may already have
 * been sent again. Nothing was prepared, saved or sent; reloading the page reads the rounds again.
 */
export class StaleRoundsError extends Error {
  constructor() {
    super(
      'The results changed since this page read them (another tab or an automatic retry sent a retry): reload the page to see them, then retry what is left.',
    );
    this.name = 'StaleRoundsError';
  }
}

/** `started`: the retry is saved and its page opens; `held`: nothing was sent, and why. */
export type RetryOutcome = { kind: 'started' } | { kind: 'held'; hold: RetryHold };

export interface ResultsService {
  /** The source file's column names, in file order. */
  header: readonly string[];
  /** The source column mapped to a field (for the fields an error names), or null. */
  columnOfField(field: string): number | null;
  /** Every Salesforce job of the load and its retries, oldest first. */
  jobIds: readonly string[];
  /** How many rounds (the load and its retries) the reconciliation covers. */
  rounds: number;
  /** Retries of this load still running: no other retry starts until they end. */
  retriesRunning: number;
  /**
   * Every job of the load ended or was cancelled, so its rows `notSent` can never be sent by the
   * load itself (a cancelled job is never resumed): only then may a retry send them.
   */
  notSentFinal: boolean;
  /** Automatic retries of row-lock failures already run for this load. */
  automaticRetriesDone: number;
  autoRetryLockErrors: boolean;
  setAutoRetryLockErrors(on: boolean): Promise<void>;
  /** Salesforce's result files are kept in this browser (the user's choice: record data). */
  keepResultFiles: boolean;
  /** Keeps (fetching them now) or drops the result files; resolves to what was done. */
  setKeepResultFiles(on: boolean): Promise<string>;
  reconcile(onProgress: (progress: ReconcileProgress) => void): Promise<Reconciliation>;
  /** Keeps the counts (never record data) for the history list. */
  rememberCounts(reconciliation: Reconciliation): Promise<void>;
  /** The original cells of these source rows, in the same order. */
  readRows(rows: readonly number[]): Promise<string[][]>;
  /** Distinct values of a column among the rows of `rows` (1 = included), most frequent first. */
  columnValues(rows: Uint8Array, column: number): Promise<{ value: string; count: number }[]>;
  download(
    kind: ResultsDownloadKind,
    outcomes: RowOutcomes,
    neutraliseFormulas: boolean,
  ): Promise<Blob>;
  /** One of a job's raw Salesforce result files, as Salesforce sent it. */
  rawResults(jobId: string, kind: RawResultKind): Promise<Blob>;
  loadOverlay(): Promise<ResultsOverlay>;
  setEdit(edit: RowEdit): Promise<ResultsOverlay>;
  removeEdit(row: number, column: number): Promise<ResultsOverlay>;
  setValue(entry: ValueMapEntry): Promise<ResultsOverlay>;
  /**
   * Prepares a new load of the chosen rows, with the overlay; unless held (the org's limits,
   * checked fresh unless `despiteLimits`), saves it and goes to its page.
   */
  retry(request: RetryRequest): Promise<RetryOutcome>;
}
