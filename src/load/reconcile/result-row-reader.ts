/**
 * Turns the parsed rows of one results CSV (salesforce-api.md §1.9: header row first, then data
 * rows, as string arrays from src/csv/parse-stream.ts) into ParsedResultRow for the join, cells
 * in OUR header order. Pure: the CSV text itself is parsed elsewhere.
 */
import type { ParsedResultRow, ResultKindName } from './job-result-join';
import { resultColumnOrder, type ResultColumnOrder } from './result-column-order';

export class ResultRowReader {
  private order: ResultColumnOrder | null = null;
  private rowsRead = 0;

  constructor(
    private readonly kind: ResultKindName,
    private readonly ourHeader: readonly string[],
  ) {}

  /** Data rows read so far (the header not counted). */
  get count(): number {
    return this.rowsRead;
  }

  /**
   * The first call takes the header (and returns null); later calls return one result each, or
   * null for a blank line. Throws when the header lacks a column we uploaded.
   */
  read(row: readonly string[]): ParsedResultRow | null {
    if (this.order === null) {
      if (isBlank(row)) return null;
      this.order = resultColumnOrder(row, this.ourHeader);
      return null;
    }
    if (isBlank(row)) return null;
    const order = this.order;
    const cells = new Array<string>(order.cells.length);
    for (let c = 0; c < order.cells.length; c++) cells[c] = row[order.cells[c] as number] ?? '';
    this.rowsRead++;
    return {
      kind: this.kind,
      sfId: order.sfId >= 0 ? (row[order.sfId] ?? '') : '',
      created: order.sfCreated >= 0 && row[order.sfCreated] === 'true',
      error: order.sfError >= 0 ? (row[order.sfError] ?? '') : '',
      cells,
    };
  }
}

/** Every result of a whole file's rows (header first): for tests and small files. */
export function readResultRows(
  kind: ResultKindName,
  rows: Iterable<readonly string[]>,
  ourHeader: readonly string[],
): ParsedResultRow[] {
  const reader = new ResultRowReader(kind, ourHeader);
  const results: ParsedResultRow[] = [];
  for (const row of rows) {
    const result = reader.read(row);
    if (result !== null) results.push(result);
  }
  return results;
}

/** A blank line as a CSV parser hands it over: no cells, or one empty cell. */
function isBlank(row: readonly string[]): boolean {
  return row.length === 0 || (row.length === 1 && row[0] === '');
}
