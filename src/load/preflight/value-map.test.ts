import { describe, expect, it } from 'vitest';
import { indexValueMap, setValueMapEntry, valueMapFromSuggestions } from './value-map';

describe('value maps', () => {
  it('replaces the entry for the same column and value, and drops identity entries', () => {
    let entries = setValueMapEntry([], { column: 2, from: 'Emea', to: 'EMEA' });
    entries = setValueMapEntry(entries, { column: 3, from: 'Emea', to: 'x' });
    entries = setValueMapEntry(entries, { column: 2, from: 'Emea', to: 'APAC' });
    expect(entries).toEqual([
      { column: 3, from: 'Emea', to: 'x' },
      { column: 2, from: 'Emea', to: 'APAC' },
    ]);
    expect(setValueMapEntry(entries, { column: 3, from: 'Emea', to: 'Emea' })).toEqual([
      { column: 2, from: 'Emea', to: 'APAC' },
    ]);
  });

  it('indexes entries by column', () => {
    const index = indexValueMap([
      { column: 2, from: 'a', to: 'A' },
      { column: 2, from: 'b', to: 'B' },
      { column: 5, from: '', to: 'none' },
    ]);
    expect(index.get(2)?.get('b')).toBe('B');
    expect(index.get(5)?.get('')).toBe('none');
    expect(index.get(3)).toBeUndefined();
  });

  it('accepts every suggestion of a problem group', () => {
    expect(
      valueMapFromSuggestions(4, [
        { value: 'emea', suggestion: 'EMEA' },
        { value: 'Mars', suggestion: null },
      ]),
    ).toEqual([{ column: 4, from: 'emea', to: 'EMEA' }]);
  });
});
