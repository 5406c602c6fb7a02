/**
 * A problem with the file itself, told the way an admin needs it: what happened, what it means
 * for the load, and what to do about it.
 */
export type CsvProblemCode =
  | 'empty-file'
  | 'header-only'
  | 'blank-header'
  | 'duplicate-header'
  | 'header-too-long'
  | 'too-many-columns'
  | 'excel-workbook'
  | 'legacy-excel-workbook'
  | 'binary-file'
  | 'invalid-encoding'
  | 'record-too-long'
  | 'read-failed';

export type CsvProblemSeverity = 'error' | 'warning';

export interface CsvProblem {
  code: CsvProblemCode;
  /** An error stops the load; a warning is worth reading first. */
  severity: CsvProblemSeverity;
  what: string;
  meaning: string;
  action: string;
  /** 1-based physical line in the file, where it is known. */
  line?: number;
  /** Byte offset in the original file, where it is known. */
  byteOffset?: number;
  /** 1-based column numbers involved, where it applies. */
  columns?: number[];
}
