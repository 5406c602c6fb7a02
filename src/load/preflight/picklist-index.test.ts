import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, PicklistIndex } from './picklist-index';

function naiveDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('editDistance', () => {
  it('equals Levenshtein distance when within the bound, and max + 1 beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.nat({ max: 8 }), (a, b, max) => {
        const exact = naiveDistance(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
    );
  });
});

const values = ['EMEA', 'APAC', 'Americas', 'Retired'].map((value) => ({
  value,
  label: value,
  active: value !== 'Retired',
}));

describe('PicklistIndex', () => {
  const index = new PicklistIndex(values);

  it('matches active values exactly', () => {
    expect(index.has('EMEA')).toBe(true);
    expect(index.has('emea')).toBe(false);
    expect(index.has('Retired')).toBe(false);
  });

  it.each([
    ['the same letters in another case', 'emea', 'EMEA'],
    ['surrounding spaces', ' Apac ', 'APAC'],
    ['one typo', 'Amercas', 'Americas'],
    ['a transposition within the edit budget', 'Amreicas', 'Americas'],
    ['nothing close', 'Antarctica', null],
    ['an inactive value is never suggested', 'Retired', null],
  ])('suggests for %s', (_name, value, suggestion) => {
    expect(index.suggest(value)).toBe(suggestion);
    expect(index.suggest(value)).toBe(suggestion); // cached
  });
});
