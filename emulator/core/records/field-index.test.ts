import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../contracts';
import { createFieldIndex } from './field-index';

const record = (n: number, key: string | number | null): StoredRecord => ({
  Id: `003${String(n)}`,
  Key__c: key,
});

function indexed(caseSensitive: boolean, records: StoredRecord[]) {
  const index = createFieldIndex('Key__c', caseSensitive);
  for (const r of records) index.add(r.Key__c, r);
  return index;
}

describe('createFieldIndex', () => {
  it('folds case like toLowerCase, ASCII or not, without matching other keys', () => {
    const ascii = record(1, 'EXT-1');
    const accented = record(2, 'ÉCOLE-Ä');
    const index = indexed(false, [ascii, accented, record(3, 'EXT-10')]);
    expect(index.entry('ext-1')).toBe(ascii);
    expect(index.entry('école-ä')).toBe(accented);
    expect(index.entry('ext-2')).toBeUndefined();
    expect(index.lookup('EXT-1')).toEqual([ascii]);
  });

  it('keeps case when case-sensitive', () => {
    const upper = record(1, 'K1');
    const lower = record(2, 'k1');
    const index = indexed(true, [upper, lower]);
    expect(index.entry('K1')).toBe(upper);
    expect(index.entry('k1')).toBe(lower);
  });

  it('returns every record sharing a key, and never indexes null or empty', () => {
    const a = record(1, 'K1');
    const b = record(2, 'k1');
    const index = indexed(false, [a, b, record(3, null), record(4, '')]);
    expect(index.entry('K1')).toEqual([a, b]);
    expect(index.lookup('')).toEqual([]);
  });

  it('indexes numbers by their text', () => {
    const r = record(1, 42);
    expect(indexed(false, [r]).entry('42')).toBe(r);
  });

  it('stays right through growth, removals and reused slots', () => {
    const records = Array.from({ length: 5000 }, (_, i) => record(i, `Key-${String(i)}`));
    const index = indexed(false, records);
    for (let i = 0; i < 5000; i += 2)
      index.remove(records[i]?.Key__c ?? null, records[i] as StoredRecord);
    for (let i = 0; i < 5000; i++) {
      expect(index.entry(`KEY-${String(i)}`)).toBe(i % 2 === 0 ? undefined : records[i]);
    }
    const again = record(9, 'key-0');
    index.add(again.Key__c, again);
    expect(index.entry('Key-0')).toBe(again);
    expect(index.entry('Key-1')).toBe(records[1]);
  });
});
