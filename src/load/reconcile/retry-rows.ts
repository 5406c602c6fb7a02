/**
 * Which rows a retry sends (issue 6): failed, unprocessed and/or not-sent rows, chosen from the
 * reconciliation. Not-sent rows (their job was cancelled before upload, or never created) never
 * reached Salesforce; the results page shows them only once the load is over for good (every job
 * ended or cancelled: a cancelled job is never resumed), so sending them cannot race a resume. A row whose match to its result is uncertain (`ambiguous`) is left out unless
 * the user says so: it may have succeeded, and sending it again could create a duplicate. The
 * result is the prepare pass's `onlyRows` mask.
 */
import { OUTCOME, type ErrorGroup, type RowOutcomes } from './row-outcomes';

export interface RetryChoice {
  failed: boolean;
  unprocessed: boolean;
  /** Rows that never reached Salesforce (`OUTCOME.notSent`). */
  notSent: boolean;
  /** Send rows whose match is uncertain too. */
  includeAmbiguous: boolean;
  /** Only failed rows of these groups (ErrorGroup.errorIndices); null for every failed row. */
  onlyErrors?: ReadonlySet<number> | null;
}

export interface RetryRows {
  /** 1 = the row takes part in the retry (`PrepareInput.onlyRows`). */
  rows: Uint8Array;
  /** Rows chosen. */
  count: number;
  /** Rows that would have been chosen but were left out because their match is uncertain. */
  ambiguousLeftOut: number;
}

export function retryRows(outcomes: RowOutcomes, choice: RetryChoice): RetryRows {
  const rows = new Uint8Array(outcomes.rowCount);
  let count = 0;
  let ambiguousLeftOut = 0;
  for (let row = 0; row < outcomes.rowCount; row++) {
    const status = outcomes.status[row];
    let wanted = false;
    if (status === OUTCOME.failed && choice.failed) {
      const error = outcomes.errorOf[row] ?? -1;
      wanted = !choice.onlyErrors || choice.onlyErrors.has(error);
    } else if (status === OUTCOME.unprocessed && choice.unprocessed) wanted = true;
    else if (status === OUTCOME.notSent && choice.notSent) wanted = true;
    if (!wanted) continue;
    if (outcomes.ambiguous[row] === 1 && !choice.includeAmbiguous) {
      ambiguousLeftOut++;
      continue;
    }
    rows[row] = 1;
    count++;
  }
  return { rows, count, ambiguousLeftOut };
}

/** The error texts of the retryable groups (row locks, timeouts), for automatic retries. */
export function retryableErrors(groups: readonly ErrorGroup[]): Set<number> {
  const errors = new Set<number>();
  for (const group of groups)
    if (group.retryable) for (const e of group.errorIndices) errors.add(e);
  return errors;
}

/** Rows of one status (or of one error group) as a mask: what a group's table and values read. */
export function rowsOfGroup(outcomes: RowOutcomes, group: ErrorGroup): number[] {
  const errors = new Set(group.errorIndices);
  const rows: number[] = [];
  for (let row = 0; row < outcomes.rowCount; row++)
    if (outcomes.status[row] === OUTCOME.failed && errors.has(outcomes.errorOf[row] ?? -1))
      rows.push(row);
  return rows;
}

/** A list of rows as a mask of `rowCount` (1 = included). */
export function maskOf(rowCount: number, rows: readonly number[]): Uint8Array {
  const mask = new Uint8Array(rowCount);
  for (const row of rows) mask[row] = 1;
  return mask;
}
