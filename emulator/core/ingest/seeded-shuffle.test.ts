import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText, shuffleInPlace } from './seeded-shuffle';

const range = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('shuffleInPlace', () => {
  it('gives the same order for the same seed and another for another seed', () => {
    expect([...shuffleInPlace(range(50), 7)]).toEqual([...shuffleInPlace(range(50), 7)]);
    expect([...shuffleInPlace(range(50), 7)]).not.toEqual([...shuffleInPlace(range(50), 8)]);
  });

  it('is a permutation that is never the upload order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer(), (n, seed) => {
        const shuffled = [...shuffleInPlace(range(n), seed)];
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...range(n)]);
        expect(shuffled).not.toEqual([...range(n)]);
      }),
    );
  });

  it('hashes texts to stable 32-bit seeds', () => {
    expect(hashText('750Fk0000000001AAA')).toBe(hashText('750Fk0000000001AAA'));
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
