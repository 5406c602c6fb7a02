/**
 * "Sort rows by parent" inside one pass: every kept row's Bulk CSV line (but the trial job's,
 * which go first in file order: prepare-passes.ts) is kept in memory with its parent key in a
 * ParentOrder, and once the file is read the lines go to the JobPlanner grouped by parent
 * (parents by first appearance, file order within a parent). This trades memory (about the size
 * of the Bulk CSV) for not reading the file a second time row by row; the option is off by
 * default (docs/decisions/0013).
 */
import { bulkCsvByteLength, encodeBulkCsvRow } from '../csv/write-bulk-csv';
import { ParentOrder } from '../load/job-plan/parent-order';

export class ParentSortBuffer {
  private readonly order = new ParentOrder();
  private lines: (string | undefined)[] = [];
  /** While `drain` runs: the row being placed (named in a RowTooLargeError's message). */
  currentRow: number | null = null;

  /** `keyOutput`: the position of the parent key in the Bulk CSV row (`parentKeyOutput`). */
  constructor(private readonly keyOutput: number) {}

  /** Records a kept row, in file order. */
  add(rowIndex: number, values: readonly string[]): void {
    this.order.add(rowIndex, values[this.keyOutput] ?? '');
    this.lines[rowIndex] = encodeBulkCsvRow(values);
  }

  /**
   * Hands every line to `place` in parent order, releasing each as it goes. `place` may throw
   * (a row too large for a job); the row it was placing is in `currentRow` then.
   */
  drain(place: (rowIndex: number, line: string, byteLength: number) => void): void {
    const ordered = this.order.order();
    for (let i = 0; i < ordered.length; i++) {
      const row = ordered[i] as number;
      const line = this.lines[row] ?? '';
      this.currentRow = row;
      place(row, line, bulkCsvByteLength(line));
      this.lines[row] = undefined;
    }
    this.lines = [];
    this.currentRow = null;
  }
}
