import { describe, expect, it } from 'vitest';
import { integerDigits, roundHalfUp } from './decimal-rounding';

describe('roundHalfUp', () => {
  it.each([
    ['1.005', 2, 1.01],
    ['1.004', 2, 1],
    ['-1.005', 2, -1.01],
    ['9.995', 2, 10],
    ['0.5', 0, 1],
    ['.5', 0, 1],
    ['2.5', 0, 3],
    ['1234.5678', 1, 1234.6],
    ['1.23456e2', 2, 123.46],
    ['5e-3', 2, 0.01],
    ['12.3', 2, 12.3],
    ['abc', 2, Number.NaN],
  ])('rounds %s to scale %i as %s', (text, scale, expected) => {
    expect(roundHalfUp(text, scale)).toBe(expected);
  });
});

describe('integerDigits', () => {
  it.each([
    [0.5, 0],
    [1, 1],
    [99.99, 2],
    [-12345, 5],
    [1e20, 21],
  ])('counts %s as %i', (value, digits) => {
    expect(integerDigits(value)).toBe(digits);
  });
});
