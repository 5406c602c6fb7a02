/**
 * A job's `failedResults` CSV (salesforce-api.md §1.12: `sf__Id`, `sf__Error`, then the columns as
 * sent) grouped by Salesforce error code, in the admin's words (`explainError`), with a few
 * example rows each. For a small job read whole on the page — the trial run's review, before the
 * rest of the load is sent — where the full reconciliation (rows joined back to the file) only
 * comes once the load has ended.
 */
import { parseCsvRecords } from '../../csv/parse-records';
import { explainError, type ErrorExplanation } from './error-explanations';
import { parseSfError } from './sf-error-text';

/** Bulk API 2.0 result files: comma, double quote, LF (salesforce-api.md §1.12). */
const RESULT_DIALECT = { delimiter: ',', quoteChar: '"', newline: '\n' } as const;
const ERROR_COLUMN = 'sf__Error';

export interface FailedRowExample {
  message: string;
  /** Fields the error names. */
  fields: string[];
  /** The row's values as sent, in `columns` order. */
  values: string[];
}

export interface FailedResultsGroup {
  /** '' when the error text carries no code. */
  code: string;
  explanation: ErrorExplanation;
  rows: number;
  examples: FailedRowExample[];
}

export interface FailedResultsDigest {
  rows: number;
  /** The columns as sent (the `sf__` columns left out). */
  columns: string[];
  /** Most rows first. */
  groups: FailedResultsGroup[];
}

export function digestFailedResults(csvText: string, examplesPerGroup = 5): FailedResultsDigest {
  const [header = [], ...records] = parseCsvRecords(csvText, RESULT_DIALECT);
  const errorAt = header.indexOf(ERROR_COLUMN);
  const sent = header.flatMap((name, i) => (name.startsWith('sf__') ? [] : [i]));
  const groups = new Map<string, FailedResultsGroup>();
  for (const record of records) {
    const { code, message, fields } = parseSfError(errorAt < 0 ? '' : (record[errorAt] ?? ''));
    let group = groups.get(code);
    if (group === undefined) {
      group = { code, explanation: explainError(code, message), rows: 0, examples: [] };
      groups.set(code, group);
    }
    group.rows++;
    if (group.examples.length < examplesPerGroup)
      group.examples.push({ message, fields, values: sent.map((i) => record[i] ?? '') });
  }
  return {
    rows: records.length,
    columns: sent.map((i) => header[i] ?? ''),
    groups: [...groups.values()].sort((a, b) => b.rows - a.rows),
  };
}
