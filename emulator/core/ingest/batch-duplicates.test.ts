import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDuplicateFinder } from './batch-duplicates';

/** The rule the finder replaces: keys equal after folding, each duplicate once, folded. */
function reference(keys: readonly string[], caseSensitive: boolean): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const raw of keys) {
    if (raw === '') continue;
    const key = caseSensitive ? raw : raw.toLowerCase();
    if (seen.has(key)) duplicates.add(key);
    else seen.add(key);
  }
  return duplicates;
}

describe('createDuplicateFinder', () => {
  it('finds keys given twice, ignoring case unless the field is case-sensitive', () => {
    const keys = ['EXT-1', 'ext-1', 'EXT-2', '', '', 'Ünï', 'üNÏ', 'EXT-3', 'EXT-3'];
    expect(createDuplicateFinder(false)(keys)).toEqual(new Set(['ext-1', 'ünï', 'ext-3']));
    expect(createDuplicateFinder(true)(keys)).toEqual(new Set(['EXT-3']));
  });

  it('grows its table for a large batch and shrinks it for a small one', () => {
    const find = createDuplicateFinder(false);
    const large = Array.from({ length: 10_000 }, (_, i) => `Ext-${i % 9_990}`);
    expect(find(large)).toEqual(reference(large, false));
    expect(find(large).size).toBe(10);
    expect(find(['a', 'A'])).toEqual(new Set(['a']));
  });

  it('matches a Set of lower-cased keys, batch after batch with its table reused', () => {
    const alphabet = fc.constantFrom('a', 'A', 'b', 'B', 'é', 'É', 'K', '\u212a', '1', '-');
    const key = fc.string({ unit: alphabet, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(fc.array(key, { maxLength: 3000 }), { maxLength: 3 }), (batches) => {
        const folded = createDuplicateFinder(false);
        const exact = createDuplicateFinder(true);
        for (const keys of batches) {
          expect(folded(keys)).toEqual(reference(keys, false));
          expect(exact(keys)).toEqual(reference(keys, true));
        }
      }),
      { numRuns: 60 },
    );
  });
});
