/**
 * A retry's view of the file (issue 6): which source rows take part (`onlyRows`) and the cells
 * the user changed on the results page (`rowEdits`, an overlay: the file itself never changes).
 * An edit replaces the cell as read, before the value map and every check, so an edited row is
 * checked and sent exactly as if the file had said so.
 */
import type { RowEdit } from '../load/reconcile/row-outcomes';

export class RowOverlay {
  private readonly edits = new Map<number, RowEdit[]>();

  constructor(
    private readonly onlyRows: Uint8Array | undefined,
    rowEdits: readonly RowEdit[] | undefined,
  ) {
    for (const edit of rowEdits ?? []) {
      const list = this.edits.get(edit.row);
      if (list) list.push(edit);
      else this.edits.set(edit.row, [edit]);
    }
  }

  /** Whether the row is part of this pass (every row when no `onlyRows` was given). */
  takesPart(rowIndex: number): boolean {
    return this.onlyRows === undefined || this.onlyRows[rowIndex] === 1;
  }

  /** The row's cells with its edits applied (the same array when it has none). */
  cells(row: readonly string[], rowIndex: number): readonly string[] {
    const edits = this.edits.get(rowIndex);
    if (edits === undefined) return row;
    const edited = [...row];
    for (const edit of edits) {
      while (edited.length <= edit.column) edited.push('');
      edited[edit.column] = edit.value;
    }
    return edited;
  }
}
