import { describe, expect, it } from 'vitest';
import { javaDoubleToString } from './java-double';

describe('javaDoubleToString', () => {
  it.each([
    [912260031, '9.12260031E8'],
    [2676, '2676.0'],
    [1500.5, '1500.5'],
    [0, '0.0'],
    [-0, '-0.0'],
    [0.001, '0.001'],
    [0.0001, '1.0E-4'],
    [1.5e-5, '1.5E-5'],
    [9999999, '9999999.0'],
    [1e7, '1.0E7'],
    [-12345678.9, '-1.23456789E7'],
    [1e21, '1.0E21'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('renders %s as %s', (value, text) => {
    expect(javaDoubleToString(value)).toBe(text);
  });
});
