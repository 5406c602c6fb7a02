import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdSequence, isValidId, keyPrefixOf, normalizeId, toId18 } from './ids';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const id15 = fc
  .array(fc.constantFrom(...ALNUM), { minLength: 15, maxLength: 15 })
  .map((chars) => chars.join(''));

describe('toId18', () => {
  it.each([
    // Salesforce's own example pair.
    ['001A0000006Vm9r', '001A0000006Vm9rIAC'],
    // Every Master record type id, as the captured describes show it.
    ['012000000000000', '012000000000000AAA'],
    ['0015000000Gv7qJ', '0015000000Gv7qJAAR'],
    ['ZZZZZZZZZZZZZZZ', 'ZZZZZZZZZZZZZZZ555'],
    ['aaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaAAA'],
    ['A0000B0000C0000', 'A0000B0000C0000BBB'],
  ])('adds the case-safe suffix: %s → %s', (short, long) => {
    expect(toId18(short)).toBe(long);
  });

  it('returns an 18-character id as it is', () => {
    expect(toId18('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
  });

  it.each(['001A0000006Vm9', '001A0000006Vm9-', ''])('refuses %j', (bad) => {
    expect(() => toId18(bad)).toThrow();
  });
});

describe('normalizeId', () => {
  it.each([
    ['001A0000006Vm9r', '001A0000006Vm9rIAC'],
    ['001A0000006Vm9rIAC', '001A0000006Vm9rIAC'],
    // 18-character ids are read case-insensitively: the suffix restores the case.
    ['001a0000006vm9riac', '001A0000006Vm9rIAC'],
    ['001A0000006VM9RIAC', '001A0000006Vm9rIAC'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeId(input)).toBe(expected);
  });

  it.each([
    ['a wrong checksum', '001A0000006Vm9rIAD'],
    ['a suffix marking a digit upper-case', '001A0000006Vm9rIBC'],
    ['a suffix character outside the alphabet', '001A0000006Vm9rIA9'],
    ['16 characters', '001A0000006Vm9rI'],
    ['14 characters', '001A0000006Vm9'],
    ['punctuation', '001A0000006Vm9!'],
    ['an empty string', ''],
  ])('refuses %s', (_reason, input) => {
    expect(normalizeId(input)).toBeUndefined();
    expect(isValidId(input)).toBe(false);
  });

  it('accepts every 15-character id and its 18-character form in any case', () => {
    fc.assert(
      fc.property(id15, (id) => {
        const long = toId18(id);
        expect(isValidId(id)).toBe(true);
        expect(normalizeId(long)).toBe(long);
        expect(normalizeId(long.toLowerCase())).toBe(long);
        expect(normalizeId(long.toUpperCase())).toBe(long);
      }),
    );
  });
});

describe('keyPrefixOf', () => {
  it('is the first three characters', () => {
    expect(keyPrefixOf('001A0000006Vm9rIAC')).toBe('001');
  });
});

describe('createIdSequence', () => {
  it('gives the same ids for the same seed', () => {
    const a = createIdSequence(42);
    const b = createIdSequence(42);
    const prefixes = ['001', '003', '001', 'a01', '001'];
    expect(prefixes.map((p) => a.next(p))).toEqual(prefixes.map((p) => b.next(p)));
  });

  it('gives different ids for different seeds', () => {
    expect(createIdSequence(1).next('001')).not.toBe(createIdSequence(2).next('001'));
  });

  it('makes valid, unique 18-character ids that start with the key prefix', () => {
    const sequence = createIdSequence(7);
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = sequence.next(i % 2 === 0 ? '003' : '001');
      expect(id).toHaveLength(18);
      expect(normalizeId(id)).toBe(id);
      ids.add(id);
    }
    expect(ids.size).toBe(20_000);
    expect([...ids].filter((id) => keyPrefixOf(id) === '003')).toHaveLength(10_000);
  });

  it('counts each key prefix on its own', () => {
    const sequence = createIdSequence(3);
    const first = sequence.next('001');
    sequence.next('003');
    expect(sequence.next('001').slice(5, 15)).toBe('0000000002');
    expect(first.slice(5, 15)).toBe('0000000001');
  });

  it('never uses a pod that starts with a digit, so it cannot collide with fixed seed ids', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const pod = createIdSequence(seed).next('001').slice(3, 5);
        expect(pod).toMatch(/^[A-Z][a-z]$/);
      }),
    );
  });

  it('refuses a key prefix that is not three characters, and a seed that is not a number', () => {
    expect(() => createIdSequence(1).next('01')).toThrow();
    expect(() => createIdSequence(Number.NaN)).toThrow();
  });
});
