/**
 * An index of one field's values. Keys are the stored text, lower-cased when the field is
 * case-insensitive. A key held by one record maps to the record itself (the common case, and
 * the lean one at a million records); only shared keys pay for an array.
 */
import type { FieldValue, StoredRecord } from '../contracts';

type Entry = StoredRecord | StoredRecord[];

export interface FieldIndex {
  readonly caseSensitive: boolean;
  add(value: FieldValue | undefined, record: StoredRecord): void;
  remove(value: FieldValue | undefined, record: StoredRecord): void;
  /** Records whose value equals `text` under the index's case rule (a fresh array). */
  lookup(text: string): StoredRecord[];
  /** The same without a copy: the one record, the shared records (read only), or undefined. */
  entry(text: string): StoredRecord | readonly StoredRecord[] | undefined;
}

export function createFieldIndex(caseSensitive: boolean): FieldIndex {
  const entries = new Map<string, Entry>();
  // The last text folded and its key: an insert checks a unique value, then adds the same string.
  let lastText = '';
  let lastKey = '';
  const fold = (text: string): string => {
    if (caseSensitive) return text;
    if (text !== lastText) {
      lastText = text;
      lastKey = text.toLowerCase();
    }
    return lastKey;
  };
  const keyOf = (value: FieldValue | undefined): string | undefined => {
    if (value === null || value === undefined || value === '') return undefined;
    return fold(String(value));
  };
  return {
    caseSensitive,
    add(value, record) {
      const key = keyOf(value);
      if (key === undefined) return;
      const entry = entries.get(key);
      if (entry === undefined) entries.set(key, record);
      else if (Array.isArray(entry)) entry.push(record);
      else entries.set(key, [entry, record]);
    },
    remove(value, record) {
      const key = keyOf(value);
      if (key === undefined) return;
      const entry = entries.get(key);
      if (entry === record) {
        entries.delete(key);
      } else if (Array.isArray(entry)) {
        const rest = entry.filter((candidate) => candidate !== record);
        if (rest.length === 1 && rest[0] !== undefined) entries.set(key, rest[0]);
        else entries.set(key, rest);
      }
    },
    lookup(text) {
      const entry = entries.get(fold(text));
      if (entry === undefined) return [];
      return Array.isArray(entry) ? [...entry] : [entry];
    },
    entry: (text) => entries.get(fold(text)),
  };
}
