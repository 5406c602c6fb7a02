/**
 * "Sort rows by parent": children of the same parent record sent next to each other land in the
 * same Salesforce batch, so they do not fight over the parent's lock (UNABLE_TO_LOCK_ROW;
 * salesforce-api.md §3, the docs' AccountTeamMember advice).
 *
 * This needs two passes over the file. Pass 1 (the preflight pass) feeds every included row's
 * parent key to a ParentOrder; `order()` then gives the row indices grouped by parent — parents
 * in order of first appearance, rows in file order within a parent (stable). Pass 2 reads the
 * rows in that order (by the row byte-offset index, one job's worth at a time) and hands them to
 * the JobPlanner, which keeps the order it is given.
 */
import { KeySet } from '../preflight/key-set';

const INITIAL_ROWS = 1024;

function grow(array: Uint32Array, minLength: number): Uint32Array {
  let length = array.length * 2;
  while (length < minLength) length *= 2;
  const grown = new Uint32Array(length);
  grown.set(array);
  return grown;
}

export class ParentOrder {
  private readonly parents: KeySet;
  private rows: Uint32Array = new Uint32Array(INITIAL_ROWS);
  /** Per added row: the first row with the same parent, which stands for the parent's group. */
  private groups: Uint32Array = new Uint32Array(INITIAL_ROWS);
  private count = 0;
  private maxRow = -1;

  /** `foldCase`: parent keys that differ only in case are one parent (a case-insensitive key). */
  constructor(foldCase = false) {
    this.parents = new KeySet(foldCase);
  }

  /** Records an included row, in file order; rows with a blank parent key form one group. */
  add(rowIndex: number, parentKey: string): void {
    if (rowIndex <= this.maxRow) throw new RangeError('Rows must be added in file order.');
    this.maxRow = rowIndex;
    const first = this.parents.addOrFind(parentKey, rowIndex);
    if (this.count >= this.rows.length) {
      this.rows = grow(this.rows, this.count + 1);
      this.groups = grow(this.groups, this.count + 1);
    }
    this.rows[this.count] = rowIndex;
    this.groups[this.count] = first < 0 ? rowIndex : first;
    this.count++;
  }

  /** Row indices grouped by parent: a stable counting sort on each group's first row. */
  order(): Uint32Array {
    const starts = new Uint32Array(this.maxRow + 2);
    for (let i = 0; i < this.count; i++) {
      const next = (this.groups[i] ?? 0) + 1;
      starts[next] = (starts[next] ?? 0) + 1;
    }
    for (let g = 1; g < starts.length; g++) starts[g] = (starts[g] ?? 0) + (starts[g - 1] ?? 0);
    const ordered = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const group = this.groups[i] ?? 0;
      const at = starts[group] ?? 0;
      ordered[at] = this.rows[i] ?? 0;
      starts[group] = at + 1;
    }
    return ordered;
  }
}
