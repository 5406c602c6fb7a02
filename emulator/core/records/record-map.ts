/**
 * One object's live records by Id, in insertion order: what a `Map<string, StoredRecord>` gave,
 * for less per record. A Bulk insert stores a million records under fresh ids whose 10
 * counter characters (positions 5–14, base 62) count up from 1; keying a Map by those 18-character
 * strings cost a string hash, a hash-table entry and the table's rehashing as it grew — the
 * largest single cost of storing a record after building it (docs/decisions/0015). Here a record
 * whose id's counter is free sits in a plain array at that counter, checked against `record.Id`
 * on the way out; any other id (seed data's fixed ids, a counter already taken by another pod's
 * id, counters far ahead) goes to a Map. Insertion order is an append-only list; a deletion
 * leaves a hole there (8 bytes, not the record).
 */
import type { StoredRecord } from '../contracts';

const BASE62_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 62; i++) {
  BASE62_VALUE['0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.charCodeAt(i)] = i;
}
const COUNTER_START = 5;
const COUNTER_END = 15;
/** How far past the end of the array a counter may land (a small gap keeps the array dense). */
const MAX_GAP = 512;
/** Counters at or beyond this are never kept in the array. */
const MAX_COUNTER = 1 << 30;

/** The id's counter when it could index the array, else -1. */
function counterOf(id: string): number {
  if (id.length !== 18) return -1;
  let value = 0;
  for (let i = COUNTER_START; i < COUNTER_END; i++) {
    const code = id.charCodeAt(i);
    const digit = code < 128 ? (BASE62_VALUE[code] as number) : -1;
    if (digit < 0) return -1;
    value = value * 62 + digit;
    if (value >= MAX_COUNTER) return -1;
  }
  return value;
}

export class RecordMap {
  /** Records at their id's counter. */
  private readonly byCounter: (StoredRecord | undefined)[] = [];
  /** Each byCounter record's place in `order`. */
  private readonly counterPlace: number[] = [];
  private readonly others = new Map<string, StoredRecord>();
  private readonly otherPlace = new Map<string, number>();
  /** Every record ever set, in order; undefined where one was deleted. */
  private readonly order: (StoredRecord | undefined)[] = [];
  private live = 0;

  get size(): number {
    return this.live;
  }

  get(id: string): StoredRecord | undefined {
    const counter = counterOf(id);
    if (counter >= 0) {
      const record = this.byCounter[counter];
      if (record !== undefined && record.Id === id) return record;
    }
    return this.others.size === 0 ? undefined : this.others.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Stores a record under its Id, which must not be stored yet (the store checks). */
  set(id: string, record: StoredRecord): void {
    const place = this.order.length;
    this.order.push(record);
    this.live++;
    const counter = counterOf(id);
    const byCounter = this.byCounter;
    if (
      counter >= 0 &&
      counter < byCounter.length + MAX_GAP &&
      (counter >= byCounter.length || byCounter[counter] === undefined)
    ) {
      byCounter[counter] = record;
      this.counterPlace[counter] = place;
      return;
    }
    this.others.set(id, record);
    this.otherPlace.set(id, place);
  }

  delete(id: string): boolean {
    const counter = counterOf(id);
    if (counter >= 0) {
      const record = this.byCounter[counter];
      if (record !== undefined && record.Id === id) {
        this.byCounter[counter] = undefined;
        this.order[this.counterPlace[counter] as number] = undefined;
        this.live--;
        return true;
      }
    }
    const place = this.otherPlace.get(id);
    if (place === undefined) return false;
    this.others.delete(id);
    this.otherPlace.delete(id);
    this.order[place] = undefined;
    this.live--;
    return true;
  }

  /** The live records in insertion order; records set while iterating are visited too. */
  *values(): IterableIterator<StoredRecord> {
    const order = this.order;
    for (let i = 0; i < order.length; i++) {
      const record = order[i];
      if (record !== undefined) yield record;
    }
  }
}
