/**
 * An index of one field's values: an open-addressed hash table whose slots hold the records
 * themselves (linear probing, a parallel Int32Array of hashes). Built for a million records:
 * no key strings are kept (a case-insensitive index hashes and compares folded characters on
 * the fly instead of storing lower-cased copies), and indexing a record allocates nothing.
 * Records sharing a key sit in the same probe run; a lookup collects them all.
 *
 * The index reads a record's value only to compare keys, so callers keep it in step with the
 * record: remove with the old value before the field changes, add with the new value.
 */
import type { FieldValue, StoredRecord } from '../contracts';
import { equalFolded, hashExact, hashFolded } from './text-hash';

export interface FieldIndex {
  readonly caseSensitive: boolean;
  add(value: FieldValue | undefined, record: StoredRecord): void;
  remove(value: FieldValue | undefined, record: StoredRecord): void;
  /** Records whose value equals `text` under the index's case rule (a fresh array). */
  lookup(text: string): StoredRecord[];
  /** The same without an array for one match: the one record, the matches (read only), or undefined. */
  entry(text: string): StoredRecord | readonly StoredRecord[] | undefined;
}

const INITIAL_CAPACITY = 1024;
/** A removed record's slot: lookups go past it, adds may reuse it. */
const TOMBSTONE: StoredRecord = { Id: '' };

/** The text a value is indexed under; undefined for null and empty (never indexed). */
function keyText(value: FieldValue | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'string' ? value : String(value);
}

export function createFieldIndex(field: string, caseSensitive: boolean): FieldIndex {
  const hashOf = caseSensitive ? hashExact : hashFolded;
  let slots: (StoredRecord | undefined)[] = new Array<StoredRecord | undefined>(INITIAL_CAPACITY);
  let hashes = new Int32Array(INITIAL_CAPACITY);
  let mask = INITIAL_CAPACITY - 1;
  /** Live records plus tombstones: what fills probe runs. */
  let used = 0;
  let live = 0;

  const matches = (record: StoredRecord, text: string): boolean => {
    const stored = keyText(record[field]);
    if (stored === undefined) return false;
    return caseSensitive ? stored === text : equalFolded(stored, text);
  };

  function resize(capacity: number): void {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Array<StoredRecord | undefined>(capacity);
    hashes = new Int32Array(capacity);
    mask = capacity - 1;
    used = live;
    for (let i = 0; i < oldSlots.length; i++) {
      const record = oldSlots[i];
      if (record === undefined || record === TOMBSTONE) continue;
      const hash = oldHashes[i] ?? 0;
      let slot = hash & mask;
      while (slots[slot] !== undefined) slot = (slot + 1) & mask;
      slots[slot] = record;
      hashes[slot] = hash;
    }
  }

  /** The records under `text`'s key, in probe order: one, several, or undefined. */
  function collect(text: string): StoredRecord | StoredRecord[] | undefined {
    const hash = hashOf(text);
    let first: StoredRecord | undefined;
    let many: StoredRecord[] | undefined;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const record = slots[slot];
      if (record === undefined) break;
      if (record === TOMBSTONE || hashes[slot] !== hash || !matches(record, text)) continue;
      if (first === undefined) first = record;
      else (many ??= [first]).push(record);
    }
    return many ?? first;
  }

  return {
    caseSensitive,
    add(value, record) {
      const text = keyText(value);
      if (text === undefined) return;
      if ((used + 1) * 2 > slots.length)
        resize(live * 4 > slots.length ? slots.length * 2 : slots.length);
      const hash = hashOf(text);
      let slot = hash & mask;
      while (slots[slot] !== undefined && slots[slot] !== TOMBSTONE) slot = (slot + 1) & mask;
      if (slots[slot] === undefined) used++;
      slots[slot] = record;
      hashes[slot] = hash;
      live++;
    },
    remove(value, record) {
      const text = keyText(value);
      if (text === undefined) return;
      const hash = hashOf(text);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const held = slots[slot];
        if (held === undefined) return;
        if (held === record) {
          slots[slot] = TOMBSTONE;
          live--;
          return;
        }
      }
    },
    lookup(text) {
      const found = collect(text);
      if (found === undefined) return [];
      return Array.isArray(found) ? found : [found];
    },
    entry: collect,
  };
}
