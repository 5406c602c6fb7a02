/**
 * What became of every source row of a load (issue 6, design.md §4): the reconciliation's
 * output, shared by the results worker (which builds it), the results page (which shows it) and
 * retry (which picks rows from it). One entry per source row, in typed arrays, so a million rows
 * cost a few MB and move between worker and page without copying.
 *
 * The invariant the results page shows: rowCount = succeeded + failed + unprocessed + excluded
 * + notSent + unknown. A row is never counted twice; a row with no result is `unknown`, never a
 * success or a failure.
 */

/** Per-row status codes (`RowOutcomes.status`). */
export const OUTCOME = {
  /** Sent in a job that ended, but Salesforce returned no result for it. */
  unknown: 0,
  /** Left out before upload (preflight choice or a value that cannot be written). */
  excluded: 1,
  /** Never sent: its job was cancelled before upload, or the load stopped before it. */
  notSent: 2,
  succeeded: 3,
  failed: 4,
  /** In a job that failed or was aborted, never attempted (`unprocessedrecords`). */
  unprocessed: 5,
} as const;

export type OutcomeCode = (typeof OUTCOME)[keyof typeof OUTCOME];

/** Bytes per row in `RowOutcomes.sfIds` (an 18-character Salesforce Id, ASCII). */
export const SF_ID_BYTES = 18;

export interface RowOutcomes {
  rowCount: number;
  /** OUTCOME code per source row. */
  status: Uint8Array;
  /** 1 where the row's record was created (insert, or upsert that created), else 0. */
  created: Uint8Array;
  /**
   * 1 where the row's match to its result is not certain: several rows of the same job sent the
   * same values and their results differ, so which row got which result is a guess. Such rows
   * are counted under their status but are never retried without the user's say-so.
   */
  ambiguous: Uint8Array;
  /** Index into `errors` for a failed row, -1 otherwise. */
  errorOf: Int32Array;
  /** Distinct `sf__Error` texts, as Salesforce wrote them. */
  errors: string[];
  /** SF_ID_BYTES ASCII bytes per row: the record's Id (`sf__Id`), zeros where there is none. */
  sfIds: Uint8Array;
  /** Index into `jobIds` of the Salesforce job whose result the row has, -1 when none. */
  jobOf: Int32Array;
  jobIds: string[];
}

/** Failures that share one Salesforce error code and field list. */
export interface ErrorGroup {
  /** `${code}|${fields.join(',')}`: stable, for React keys and URLs. */
  key: string;
  /** e.g. `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST`. */
  code: string;
  /** Field API names the errors name (may be empty). */
  fields: string[];
  /** Rows in the group. */
  count: number;
  /** Indices into `RowOutcomes.errors` of the texts in this group. */
  errorIndices: number[];
  /** One `sf__Error` message of the group (the part between code and fields), as an example. */
  sampleMessage: string;
  /** Transient (row lock, timeout): sending the same row again may work as it is. */
  retryable: boolean;
}

/** The invariant's counts: every source row in exactly one status (metadata only, no values). */
export interface RowCounts {
  rowCount: number;
  succeeded: number;
  /** Of the succeeded rows: created (the rest updated, deleted…). */
  created: number;
  failed: number;
  unprocessed: number;
  excluded: number;
  notSent: number;
  unknown: number;
  /** Rows (of any status) whose match is ambiguous. */
  ambiguous: number;
}

/** Counts for the results page. */
export interface ReconcileSummary extends RowCounts {
  /** Result rows Salesforce returned that matched no source row: a gap, shown as a problem. */
  unmatchedResults: number;
  /** Failed rows grouped, largest group first. */
  groups: ErrorGroup[];
  /** Jobs whose results could not be read, and why (in an admin's words). */
  unreadJobs: { jobId: string; message: string }[];
}

export interface Reconciliation {
  summary: ReconcileSummary;
  outcomes: RowOutcomes;
}

/**
 * One cell the user changed on the results page (edits are an overlay in IndexedDB: the file is
 * never changed). Applied to the cell as read, before the value map and every check.
 */
export interface RowEdit {
  /** 0-based source row (data rows; the header is not a row). */
  row: number;
  /** 0-based CSV column. */
  column: number;
  value: string;
}
