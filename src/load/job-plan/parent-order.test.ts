import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParentOrder } from './parent-order';

describe('ParentOrder', () => {
  it('groups rows by parent in order of first appearance, stable within a parent', () => {
    const parent = fc.constantFrom('', 'A', 'a', 'B', 'C-1', 'ÿ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), parent), { maxLength: 200 }),
        fc.boolean(),
        (steps, foldCase) => {
          const order = new ParentOrder(foldCase);
          const added: [number, string][] = [];
          let row = -1;
          for (const [gap, key] of steps) {
            row += gap + 1;
            order.add(row, key);
            added.push([row, foldCase ? key.toLowerCase() : key]);
          }
          const parents = [...new Set(added.map(([, key]) => key))];
          const expected = parents.flatMap((p) =>
            added.filter(([, key]) => key === p).map(([r]) => r),
          );
          expect([...order.order()]).toEqual(expected);
        },
      ),
    );
  });

  it('wants rows in file order', () => {
    const order = new ParentOrder();
    order.add(5, 'A');
    expect(() => order.add(5, 'B')).toThrow(RangeError);
  });

  it('orders a large file in one linear pass', () => {
    const order = new ParentOrder();
    const rows = 100_000;
    for (let row = 0; row < rows; row++) order.add(row, `P${row % 7}`);
    const ordered = order.order();
    expect(ordered.length).toBe(rows);
    expect([...ordered.subarray(0, 3)]).toEqual([0, 7, 14]);
    expect(ordered[Math.ceil(rows / 7)]).toBe(1);
  });
});
