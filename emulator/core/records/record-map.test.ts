import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../contracts';
import { createIdSequence } from '../ids';
import { RecordMap } from './record-map';

const ids = createIdSequence(7);
const fresh = () => ({ Id: ids.next('003') });

describe('RecordMap', () => {
  it('keeps records by id in insertion order, holes left by deletions skipped', () => {
    const map = new RecordMap();
    const seeded = { Id: '0035f00000AbCdEAAZ' };
    const records = [fresh(), seeded, fresh(), fresh()];
    for (const record of records) map.set(record.Id, record);
    expect(map.size).toBe(4);
    expect(map.get(seeded.Id)).toBe(seeded);
    expect(map.get(records[2]?.Id ?? '')).toBe(records[2]);
    expect(map.delete(records[0]?.Id ?? '')).toBe(true);
    expect(map.delete(records[0]?.Id ?? '')).toBe(false);
    expect(map.delete(seeded.Id)).toBe(true);
    expect([...map.values()]).toEqual([records[2], records[3]]);
    expect(map.size).toBe(2);
    expect(map.has(seeded.Id)).toBe(false);
    expect(map.get('003')).toBeUndefined();
  });

  it('tells apart ids that share a counter, and visits records set while iterating', () => {
    const map = new RecordMap();
    const a = { Id: '003Hs000000001AAAA' };
    const b = { Id: '003Zz000000001AAAA' };
    map.set(a.Id, a);
    map.set(b.Id, b);
    expect(map.get(a.Id)).toBe(a);
    expect(map.get(b.Id)).toBe(b);
    const seen: StoredRecord[] = [];
    for (const record of map.values()) {
      seen.push(record);
      if (seen.length === 1) map.set('003Hs000000002AAAA', { Id: '003Hs000000002AAAA' });
    }
    expect(seen.map((r) => r.Id)).toEqual([a.Id, b.Id, '003Hs000000002AAAA']);
  });

  it('behaves as a Map under any sequence of sets and deletes', () => {
    const id = fc.oneof(
      fc.integer({ min: 1, max: 3000 }).map((n) => `003Hs${n.toString(36).padStart(10, '0')}AAA`),
      fc
        .integer({ min: 1, max: 50 })
        .map((n) => `003${n % 2 ? 'Ab' : 'Cd'}${String(n).padStart(10, '0')}AAA`),
      fc.constantFrom('003Hs00000000001AA', 'bad', '003Hs0000000~01AAA'),
    );
    const op = fc.record({ del: fc.boolean(), id });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const map = new RecordMap();
        const reference = new Map<string, StoredRecord>();
        for (const { del, id: key } of ops) {
          if (del) expect(map.delete(key)).toBe(reference.delete(key));
          else if (!reference.has(key)) {
            const record = { Id: key };
            map.set(key, record);
            reference.set(key, record);
          }
          expect(map.get(key)).toBe(reference.get(key));
        }
        expect(map.size).toBe(reference.size);
        expect([...map.values()]).toEqual([...reference.values()]);
      }),
      { numRuns: 200 },
    );
  });
});
