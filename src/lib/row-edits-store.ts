/**
 * The results page's fixes, as an overlay in IndexedDB (issue 6): cells edited one by one and
 * values fixed for every row of an error group (value-map entries). The source file is never
 * changed; a retry applies the overlay as it reads the file. One record per load (the root load
 * of a retry chain), keyed by org id + user id like everything else (design.md §3). It holds
 * values the user typed, nothing read from the file.
 */
import { sharedForkliftDb, type ForkliftDatabase } from './idb-database';
import type { Owner } from './load-store';

/** One cell changed (the shape of src/load's RowEdit: lib/ does not import load/). */
export interface RowEdit {
  row: number;
  column: number;
  value: string;
}

/** One value fixed in a column for every row (the shape of src/load's ValueMapEntry). */
export interface ValueMapEntry {
  column: number;
  from: string;
  to: string;
}

export interface RowEditsOverlay {
  /** At most one edit per row and column. */
  edits: RowEdit[];
  /** At most one entry per column and `from` value. */
  valueMap: ValueMapEntry[];
}

export interface RowEditsRecord extends Owner, RowEditsOverlay {
  loadId: string;
  /** Epoch milliseconds. */
  updatedAt: number;
}

export const EMPTY_OVERLAY: RowEditsOverlay = { edits: [], valueMap: [] };

export interface RowEditsStore {
  get(owner: Owner, loadId: string): Promise<RowEditsOverlay>;
  /** Sets one cell; an edit of the same row and column is replaced. */
  setEdit(owner: Owner, loadId: string, edit: RowEdit): Promise<RowEditsOverlay>;
  removeEdit(owner: Owner, loadId: string, row: number, column: number): Promise<RowEditsOverlay>;
  /** Sets a value for every row (same column and `from` replaced; `from === to` removes it). */
  setValue(owner: Owner, loadId: string, entry: ValueMapEntry): Promise<RowEditsOverlay>;
  clear(owner: Owner, loadId: string): Promise<void>;
}

const keyOf = ({ orgId, userId }: Owner, loadId: string): [string, string, string] => [
  orgId,
  userId,
  loadId,
];

export function createRowEditsStore(
  database: () => Promise<ForkliftDatabase>,
  now: () => number = Date.now,
): RowEditsStore {
  /** Read, change and write in one transaction, so two quick edits never lose one another. */
  async function update(
    owner: Owner,
    loadId: string,
    change: (overlay: RowEditsOverlay) => RowEditsOverlay,
  ): Promise<RowEditsOverlay> {
    const tx = (await database()).transaction('rowEdits', 'readwrite');
    const earlier = await tx.store.get(keyOf(owner, loadId));
    const next = change(
      earlier ? { edits: earlier.edits, valueMap: earlier.valueMap } : EMPTY_OVERLAY,
    );
    await tx.store.put({
      orgId: owner.orgId,
      userId: owner.userId,
      loadId,
      edits: next.edits,
      valueMap: next.valueMap,
      updatedAt: now(),
    });
    await tx.done;
    return next;
  }

  return {
    async get(owner, loadId) {
      const record = await (await database()).get('rowEdits', keyOf(owner, loadId));
      return record ? { edits: record.edits, valueMap: record.valueMap } : EMPTY_OVERLAY;
    },
    setEdit(owner, loadId, edit) {
      return update(owner, loadId, (o) => ({
        ...o,
        edits: [
          ...o.edits.filter((e) => !(e.row === edit.row && e.column === edit.column)),
          { row: edit.row, column: edit.column, value: edit.value },
        ],
      }));
    },
    removeEdit(owner, loadId, row, column) {
      return update(owner, loadId, (o) => ({
        ...o,
        edits: o.edits.filter((e) => !(e.row === row && e.column === column)),
      }));
    },
    setValue(owner, loadId, entry) {
      return update(owner, loadId, (o) => {
        const others = o.valueMap.filter(
          (e) => !(e.column === entry.column && e.from === entry.from),
        );
        const { column, from, to } = entry;
        return { ...o, valueMap: from === to ? others : [...others, { column, from, to }] };
      });
    },
    async clear(owner, loadId) {
      await (await database()).delete('rowEdits', keyOf(owner, loadId));
    },
  };
}

/** The store over the page's shared connection to the `forklift` database. */
export const browserRowEditsStore: RowEditsStore = createRowEditsStore(sharedForkliftDb);
