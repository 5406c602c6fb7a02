/**
 * Why a check or prepare pass stopped, told the way an admin needs it: what happened, what it
 * means, what to do next.
 */
import type { CsvProblem } from '../csv/csv-problem';
import { RowTooLargeError } from '../load/job-plan/job-cutter';

function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `rowIndex` is 0-based among the data rows; the admin sees row numbers from 1. */
export function rowTooLargeMessage(error: RowTooLargeError, rowIndex: number): string {
  return (
    `Row ${rowIndex + 1} is ${formatBytes(error.rowBytes)} once written for Salesforce, more than ` +
    `one job can take (${formatBytes(error.maxBytes)} besides the header), so it cannot be sent. ` +
    'Shorten its longest values or remove the row from the file, then prepare the load again.'
  );
}

export function fileProblemMessage(problem: CsvProblem): string {
  return [problem.what, problem.meaning, problem.action].filter(Boolean).join(' ');
}

/** A failure of Forklift itself (or of a mapping preflight cannot use), caught at a pass's edge. */
export function failureMessage(error: unknown, rowIndex: number | null): string {
  if (error instanceof RowTooLargeError && rowIndex !== null)
    return rowTooLargeMessage(error, rowIndex);
  const detail = error instanceof Error ? error.message : String(error);
  return `Forklift could not finish reading the file${rowIndex === null ? '' : ` (at row ${rowIndex + 1})`}: ${detail} Nothing was sent to Salesforce. Check the mapping and try again.`;
}
