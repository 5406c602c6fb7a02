import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet, NOT_SEEN } from './key-set';

/** The model: a Map from the (folded) key to the first row it was seen in. */
function modelRun(keys: readonly string[], foldCase: boolean): number[] {
  const first = new Map<string, number>();
  return keys.map((key, row) => {
    const k = foldCase ? key.toLowerCase() : key;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, row);
    return seen ?? NOT_SEEN;
  });
}

const key = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', '1'), maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

describe('KeySet', () => {
  it.each([false, true])('answers like a Map of first rows (foldCase %s)', (foldCase) => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const set = new KeySet(foldCase);
        expect(keys.map((k, row) => set.addOrFind(k, row))).toEqual(modelRun(keys, foldCase));
        expect(set.size).toBe(new Set(keys.map((k) => (foldCase ? k.toLowerCase() : k))).size);
      }),
    );
  });

  it('keeps every key through many rehashes and pool growths', () => {
    const set = new KeySet(false);
    const count = 50_000;
    for (let row = 0; row < count; row++)
      expect(set.addOrFind(`key-${row}-xxxxxxxx`, row)).toBe(NOT_SEEN);
    for (let row = 0; row < count; row += 997)
      expect(set.addOrFind(`key-${row}-xxxxxxxx`, count)).toBe(row);
    expect(set.size).toBe(count);
  });

  it('folds case beyond ASCII when asked', () => {
    const set = new KeySet(true);
    expect(set.addOrFind('ÉCOLE-1', 3)).toBe(NOT_SEEN);
    expect(set.addOrFind('école-1', 9)).toBe(3);
    expect(set.addOrFind('Ecole-1', 10)).toBe(NOT_SEEN);
  });

  it('can key on a prefix of the string without slicing it', () => {
    const set = new KeySet(false);
    expect(set.addOrFind('003000000000001AAA', 0, 15)).toBe(NOT_SEEN);
    expect(set.addOrFind('003000000000001', 1)).toBe(0);
  });
});
