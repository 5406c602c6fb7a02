/**
 * The grouping step of the join: entries of two sides (sent rows, results) brought together by
 * their 128-bit hash (cell-hash.ts), each distinct hash of side A handed over once with every
 * entry of both sides that has it. An open-addressing table over side A in typed arrays (about
 * 16 bytes an entry, no Map of a million keys, no comparator sort), then one probe per B entry.
 */
import { HASH_LANES } from './cell-hash';

function sameHash(lanesA: Uint32Array, a: number, lanesB: Uint32Array, b: number): boolean {
  const x = a * HASH_LANES;
  const y = b * HASH_LANES;
  return (
    lanesA[x] === lanesB[y] &&
    lanesA[x + 1] === lanesB[y + 1] &&
    lanesA[x + 2] === lanesB[y + 2] &&
    lanesA[x + 3] === lanesB[y + 3]
  );
}

/** All entries `0…count-1`, for callers that group every entry of a side. */
export function allEntries(count: number): Uint32Array {
  const entries = new Uint32Array(count);
  for (let i = 0; i < count; i++) entries[i] = i;
  return entries;
}

/**
 * Calls `onGroup(aEntries, bEntries)` once per distinct hash among `aList` (with the B entries
 * of that hash, maybe none), then once with the B entries whose hash no A entry has (if any).
 * Entry numbers are the values of the lists (indices into the lanes).
 */
export function groupByHash(
  aList: Uint32Array,
  aLanes: Uint32Array,
  bList: Uint32Array,
  bLanes: Uint32Array,
  onGroup: (aEntries: number[], bEntries: number[]) => void,
): void {
  let size = 16;
  while (size < aList.length * 2) size *= 2;
  const mask = size - 1;
  // Slot → position in aList of the first entry of a hash; chains link the others.
  const slots = new Int32Array(size).fill(-1);
  const nextA = new Int32Array(aList.length).fill(-1);
  for (let i = 0; i < aList.length; i++) {
    const entry = aList[i] as number;
    let slot = (aLanes[entry * HASH_LANES] as number) & mask;
    for (;;) {
      const head = slots[slot] as number;
      if (head < 0) {
        slots[slot] = i;
        break;
      }
      if (sameHash(aLanes, aList[head] as number, aLanes, entry)) {
        nextA[i] = nextA[head] as number;
        nextA[head] = i;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const firstB = new Int32Array(aList.length).fill(-1);
  const nextB = new Int32Array(bList.length).fill(-1);
  const lonelyB: number[] = [];
  for (let j = 0; j < bList.length; j++) {
    const entry = bList[j] as number;
    let slot = (bLanes[entry * HASH_LANES] as number) & mask;
    for (;;) {
      const head = slots[slot] as number;
      if (head < 0) {
        lonelyB.push(entry);
        break;
      }
      if (sameHash(aLanes, aList[head] as number, bLanes, entry)) {
        nextB[j] = firstB[head] as number;
        firstB[head] = j;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  for (let slot = 0; slot < size; slot++) {
    const head = slots[slot] as number;
    if (head < 0) continue;
    const aEntries: number[] = [];
    for (let i = head; i >= 0; i = nextA[i] as number) aEntries.push(aList[i] as number);
    const bEntries: number[] = [];
    for (let j = firstB[head] as number; j >= 0; j = nextB[j] as number) {
      bEntries.push(bList[j] as number);
    }
    onGroup(aEntries, bEntries);
  }
  if (lonelyB.length > 0) onGroup([], lonelyB);
}
