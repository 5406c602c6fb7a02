/**
 * Every record of a piece of CSV text, with the file's own dialect: for rows read again by byte
 * offset (the results page's table of a group's rows), where the text holds data rows only.
 * Blank lines are skipped, as the stream parse skips them, so record i is the i-th data row of
 * the slice.
 */
import Papa from 'papaparse';
import { papaDialectOptions } from './papa-dialect';
import type { CsvDialect } from './sniff-dialect';

export function parseCsvRecords(
  text: string,
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>,
): string[][] {
  return Papa.parse<string[]>(text, {
    ...papaDialectOptions(dialect),
    header: false,
    dynamicTyping: false,
    skipEmptyLines: true,
  }).data;
}
