import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowBitSet } from './row-bit-set';

const rows = fc.array(fc.nat({ max: 5000 }), { maxLength: 200 });

describe('RowBitSet', () => {
  it('holds exactly the rows added, in ascending order', () => {
    fc.assert(
      fc.property(rows, (added) => {
        const set = new RowBitSet();
        for (const row of added) set.add(row);
        const model = [...new Set(added)].sort((a, b) => a - b);
        expect([...set.rows()]).toEqual(model);
        expect(set.size).toBe(model.length);
        for (const row of added) expect(set.has(row)).toBe(true);
        expect(set.has(5001)).toBe(false);
      }),
    );
  });

  it('unions another set and round-trips through its words', () => {
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const left = new RowBitSet();
        const right = new RowBitSet();
        a.forEach((row) => left.add(row));
        b.forEach((row) => right.add(row));
        left.addAll(right);
        const model = [...new Set([...a, ...b])].sort((x, y) => x - y);
        expect([...left.rows()]).toEqual(model);
        const copy = new RowBitSet(left.toWords());
        expect(copy.size).toBe(model.length);
        expect([...copy.rows()]).toEqual(model);
      }),
    );
  });

  it('handles bit 31 of a word and rows past 2^16', () => {
    const set = new RowBitSet(new Uint32Array(0));
    for (const row of [31, 63, 70_000]) set.add(row);
    expect([...set.rows()]).toEqual([31, 63, 70_000]);
    expect(set.size).toBe(3);
  });
});
