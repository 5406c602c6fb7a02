/**
 * A compact set of keys (Ids, external ids) that remembers the row each key first appeared in,
 * for finding duplicate keys across a whole file of a million rows. Keys are copied into one
 * UTF-16 pool and found through an open-addressing table of typed arrays, so the set holds no
 * JS string or Map entry per key (a Map<string, number> of a million 18-character keys costs
 * several times as much heap and keeps every row's strings alive).
 */

const INITIAL_SLOTS = 1024;
const INITIAL_POOL_CHARS = 16 * 1024;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const ASCII_UPPER_A = 0x41;
const ASCII_UPPER_Z = 0x5a;
const ASCII_CASE_BIT = 0x20;
const ASCII_MAX = 0x7f;
/** Grow the table before it is half full, so probes stay short. */
const MAX_LOAD = 0.5;
export const NOT_SEEN = -1;

function growUint32(array: Uint32Array, minLength: number): Uint32Array {
  let length = Math.max(array.length * 2, 16);
  while (length < minLength) length *= 2;
  const grown = new Uint32Array(length);
  grown.set(array);
  return grown;
}

export class KeySet {
  /** Entry number + 1 per slot; 0 is an empty slot. */
  private slots: Uint32Array = new Uint32Array(INITIAL_SLOTS);
  private hashes: Uint32Array = new Uint32Array(INITIAL_SLOTS / 2);
  private rows: Uint32Array = new Uint32Array(INITIAL_SLOTS / 2);
  private starts: Uint32Array = new Uint32Array(INITIAL_SLOTS / 2);
  private lengths: Uint32Array = new Uint32Array(INITIAL_SLOTS / 2);
  private pool: Uint16Array = new Uint16Array(INITIAL_POOL_CHARS);
  private poolUsed = 0;
  private count = 0;

  /** `foldCase`: `ABC` and `abc` are the same key. */
  constructor(readonly foldCase: boolean) {}

  get size(): number {
    return this.count;
  }

  /**
   * Adds the first `length` characters of `key` as seen in `rowIndex`; returns NOT_SEEN when the
   * key is new, otherwise the row where it was first seen.
   */
  addOrFind(key: string, rowIndex: number, length: number = key.length): number {
    if (this.foldCase && !isAsciiPrefix(key, length)) {
      // Rare: full Unicode case folding may change the length, so fold a copy.
      const folded = key.slice(0, length).toLowerCase();
      return this.addOrFindFolded(folded, rowIndex, folded.length);
    }
    return this.addOrFindFolded(key, rowIndex, length);
  }

  private addOrFindFolded(key: string, rowIndex: number, length: number): number {
    const hash = this.hash(key, length);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) break;
      const e = entry - 1;
      if (this.hashes[e] === hash && this.equals(e, key, length)) return this.rows[e] ?? NOT_SEEN;
      slot = (slot + 1) & mask;
    }
    this.insert(slot, hash, key, length, rowIndex);
    return NOT_SEEN;
  }

  private fold(c: number): number {
    return this.foldCase && c >= ASCII_UPPER_A && c <= ASCII_UPPER_Z ? c | ASCII_CASE_BIT : c;
  }

  private hash(key: string, length: number): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < length; i++) h = Math.imul(h ^ this.fold(key.charCodeAt(i)), FNV_PRIME);
    return h >>> 0;
  }

  private equals(entry: number, key: string, length: number): boolean {
    if (this.lengths[entry] !== length) return false;
    const start = this.starts[entry] ?? 0;
    for (let i = 0; i < length; i++) {
      if (this.pool[start + i] !== this.fold(key.charCodeAt(i))) return false;
    }
    return true;
  }

  private insert(slot: number, hash: number, key: string, length: number, row: number): void {
    const entry = this.count;
    if (entry >= this.hashes.length) {
      this.hashes = growUint32(this.hashes, entry + 1);
      this.rows = growUint32(this.rows, entry + 1);
      this.starts = growUint32(this.starts, entry + 1);
      this.lengths = growUint32(this.lengths, entry + 1);
    }
    if (this.poolUsed + length > this.pool.length) {
      let size = this.pool.length * 2;
      while (size < this.poolUsed + length) size *= 2;
      const pool = new Uint16Array(size);
      pool.set(this.pool.subarray(0, this.poolUsed));
      this.pool = pool;
    }
    for (let i = 0; i < length; i++) this.pool[this.poolUsed + i] = this.fold(key.charCodeAt(i));
    this.hashes[entry] = hash;
    this.rows[entry] = row;
    this.starts[entry] = this.poolUsed;
    this.lengths[entry] = length;
    this.poolUsed += length;
    this.slots[slot] = entry + 1;
    this.count++;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash();
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = (this.hashes[e] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
  }
}

function isAsciiPrefix(key: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (key.charCodeAt(i) > ASCII_MAX) return false;
  return true;
}
