import Papa from 'papaparse';
import { papaDialectOptions } from './papa-dialect';
import type { CsvDialect } from './sniff-dialect';

export interface CsvSample {
  header: string[];
  rows: string[][];
}

export const DEFAULT_SAMPLE_ROWS = 50;

/**
 * The header and first rows of a decoded sample, for the preview shown at once and for value
 * format detection. `truncated` means the sample was cut from a longer file, so its last row may
 * be incomplete and is dropped. Blank lines are skipped.
 */
export function parseCsvSample(
  text: string,
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>,
  options: { truncated: boolean; maxRows?: number },
): CsvSample {
  const maxRows = options.maxRows ?? DEFAULT_SAMPLE_ROWS;
  const result = Papa.parse<string[]>(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    ...papaDialectOptions(dialect),
    header: false,
    skipEmptyLines: true,
    // One row more than shown: the header, plus one that may be cut off.
    preview: maxRows + 2,
  });
  const records = result.data;
  const reachedEnd = !result.meta.truncated;
  if (options.truncated && reachedEnd) records.pop();
  const [header = [], ...rows] = records;
  return { header, rows: rows.slice(0, maxRows) };
}
