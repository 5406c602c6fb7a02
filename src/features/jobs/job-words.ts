/**
 * The org jobs pages' words: each job state explained for an admin, operations as verbs, and
 * Salesforce's dateTimes (`2024-09-10T13:12:38.000+0000`) and durations as people read them.
 * Pure functions, tested in job-words.test.ts.
 */
import type { JobState } from '../../salesforce/bulk/ingest-types';

/** What each state means, and what happens next (salesforce-api.md §1.10). */
export function stateExplanation(state: JobState): string {
  switch (state) {
    case 'Open':
      return 'The job was created and is waiting for its data. Nothing has been processed; the tool that created it still has to upload its CSV and close it.';
    case 'UploadComplete':
      return 'The data was uploaded and the job closed; it is queued, waiting for Salesforce to start processing it.';
    case 'InProgress':
      return 'Salesforce is processing the rows now. The counts grow until the job ends.';
    case 'JobComplete':
      return 'Salesforce processed every row. Some rows may still have failed: see “Records failed” and download the failed records.';
    case 'Failed':
      return 'The job stopped before it finished. Rows already processed stay processed (they are not rolled back); the rest are in the unprocessed records.';
    case 'Aborted':
      return 'Someone aborted the job. Rows processed before the abort stay processed; the rest are in the unprocessed records.';
  }
}

const OPERATIONS: Readonly<Record<string, string>> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Upsert',
  delete: 'Delete',
  hardDelete: 'Hard delete',
};

/** Insert, Upsert…; an operation Forklift does not offer (another tool's) keeps its own name. */
export const operationWord = (operation: string) => OPERATIONS[operation] ?? operation;

/** Salesforce writes `+0000`; JavaScript's date parser wants `+00:00`. NaN when unreadable. */
export function salesforceDateMs(value: string): number {
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Date.parse(iso);
}

/** A dateTime in the browser's locale and time zone, or Salesforce's text when unreadable. */
export function formatSalesforceDate(value: string, locale?: string): string {
  const ms = salesforceDateMs(value);
  if (Number.isNaN(ms)) return value;
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** Processing times come in milliseconds: "850 ms", "12.4 s", "3 min 5 s". */
export function formatMilliseconds(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1_000);
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/** Rows that succeeded: processed counts successes and failures together (§1.6). */
export const succeededCount = (info: {
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
}) => Math.max(0, info.numberRecordsProcessed - info.numberRecordsFailed);
