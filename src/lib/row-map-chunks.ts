/**
 * Row maps in IndexedDB, cut into chunks (design.md §4): a 1M-row map is 12 MB of typed arrays,
 * and IndexedDB copies a value on the page's main thread when it is put — about 200 ms in one
 * piece, a frozen tab. Chunks of 65,536 rows, each put in its own transaction, keep every step
 * near 30 ms. The head record is written last, so a head always means every chunk is there.
 */
import type { ForkliftDatabase } from './idb-database';
import type { Owner, RowMapRecord } from './load-store';

export const ROW_MAP_CHUNK_ROWS = 65_536;

/** What the `rowMaps` store holds: the row map's size; its rows are in `rowMapChunks`. */
export interface RowMapHead extends Owner {
  loadId: string;
  rows: number;
  chunkRows: number;
  hasOffsets: boolean;
  savedAt: number;
}

export interface RowMapChunk extends Owner {
  loadId: string;
  chunk: number;
  jobOfRow: Uint32Array;
  rowOffsets: Float64Array | null;
}

const chunksOf = ({ orgId, userId }: Owner, loadId: string) =>
  IDBKeyRange.bound([orgId, userId, loadId, -Infinity], [orgId, userId, loadId, Infinity]);

export async function putRowMap(
  db: ForkliftDatabase,
  head: RowMapHead,
  map: { jobOfRow: Uint32Array; rowOffsets?: Float64Array },
): Promise<void> {
  const { orgId, userId, loadId } = head;
  await db.delete('rowMapChunks', chunksOf(head, loadId));
  for (let start = 0, chunk = 0; start < map.jobOfRow.length; start += head.chunkRows, chunk++) {
    const end = start + head.chunkRows;
    await db.put('rowMapChunks', {
      orgId,
      userId,
      loadId,
      chunk,
      jobOfRow: map.jobOfRow.slice(start, end),
      rowOffsets: map.rowOffsets ? map.rowOffsets.slice(start, end) : null,
    });
  }
  await db.put('rowMaps', head);
}

export async function readRowMap(
  db: ForkliftDatabase,
  owner: Owner,
  loadId: string,
): Promise<RowMapRecord | undefined> {
  const head = await db.get('rowMaps', [owner.orgId, owner.userId, loadId]);
  if (!head) return undefined;
  const chunks = await db.getAll('rowMapChunks', chunksOf(owner, loadId));
  const jobOfRow = new Uint32Array(head.rows);
  const rowOffsets = head.hasOffsets ? new Float64Array(head.rows) : null;
  for (const chunk of chunks) {
    jobOfRow.set(chunk.jobOfRow, chunk.chunk * head.chunkRows);
    if (rowOffsets && chunk.rowOffsets)
      rowOffsets.set(chunk.rowOffsets, chunk.chunk * head.chunkRows);
  }
  return {
    orgId: owner.orgId,
    userId: owner.userId,
    loadId,
    jobOfRow,
    rowOffsets,
    savedAt: head.savedAt,
  };
}

export async function removeRowMap(db: ForkliftDatabase, owner: Owner, loadId: string) {
  const tx = db.transaction(['rowMaps', 'rowMapChunks'], 'readwrite');
  await Promise.all([
    tx.objectStore('rowMaps').delete([owner.orgId, owner.userId, loadId]),
    tx.objectStore('rowMapChunks').delete(chunksOf(owner, loadId)),
    tx.done,
  ]);
}

export { chunksOf as rowMapChunksOf };
