/**
 * The words of Bulk API 2.0 ingest (salesforce-api.md §1), as the wire spells them.
 */

export const INGEST_OPERATIONS = ['insert', 'update', 'upsert', 'delete', 'hardDelete'] as const;
export type IngestOperation = (typeof INGEST_OPERATIONS)[number];

export const JOB_STATES = [
  'Open',
  'UploadComplete',
  'InProgress',
  'JobComplete',
  'Failed',
  'Aborted',
] as const;
export type JobState = (typeof JOB_STATES)[number];

/** The delimiter names of §1.2 and the character each stands for. */
export const COLUMN_DELIMITERS = {
  BACKQUOTE: '`',
  CARET: '^',
  COMMA: ',',
  PIPE: '|',
  SEMICOLON: ';',
  TAB: '\t',
} as const;
export type ColumnDelimiter = keyof typeof COLUMN_DELIMITERS;

export const LINE_ENDINGS = ['LF', 'CRLF'] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number];

/** Where a job's rows stand, one byte per row: the results resources split rows by these. */
export const ROW_OUTCOME = {
  Unprocessed: 0,
  Created: 1,
  /** Updated, deleted or hard-deleted: a success that created nothing (`sf__Created` "false"). */
  Succeeded: 2,
  Failed: 3,
} as const;
export type RowOutcome = (typeof ROW_OUTCOME)[keyof typeof ROW_OUTCOME];

/** The three results resources of §1.9. */
export type ResultKind = 'successfulResults' | 'failedResults' | 'unprocessedrecords';

export function isTerminal(state: JobState): boolean {
  switch (state) {
    case 'JobComplete':
    case 'Failed':
    case 'Aborted':
      return true;
    case 'Open':
    case 'UploadComplete':
    case 'InProgress':
      return false;
  }
}
