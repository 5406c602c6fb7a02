import { describe, expect, it } from 'vitest';
import { detectNumberFormat, normaliseNumber, type DecimalMark } from './number-formats';

describe('detectNumberFormat', () => {
  it.each([
    [
      'US style',
      ['1,234.56', '12.5', '7'],
      '.',
      false,
      '"1,234.56", "12.5": "." is the decimal mark',
    ],
    ['European style', ['1.234,56', '12,5', '7'], ',', false, '"," is the decimal mark'],
    ['Swiss grouping', ["1'234.50", '3.25'], '.', false, '"." is the decimal mark'],
    ['grouping proves the other mark', ['1.234.567', '12'], ',', false, '"1.234.567"'],
    ['only thousands', ['1,234', '2,500'], '.', true, 'choose the decimal mark'],
    ['whole numbers', ['1', '22', '-3'], '.', false, 'whole numbers only'],
    ['mixed marks', ['1.5', '2,5'], '.', true, 'mixes both'],
  ] as const)('%s', (_name, values, decimalMark, ambiguous, evidence) => {
    const detection = detectNumberFormat(values);
    expect(detection).toMatchObject({ decimalMark, ambiguous });
    expect(detection.evidence.join(' ')).toContain(evidence);
  });

  it('spots percentages and counts values that are not numbers', () => {
    expect(detectNumberFormat(['12.5%', '3%', 'n/a'])).toMatchObject({
      percent: true,
      unrecognised: 1,
      decimalMark: '.',
    });
  });
});

describe('normaliseNumber', () => {
  it.each<[string, DecimalMark, string]>([
    ['1,234.56', '.', '1234.56'],
    ['1.234,56', ',', '1234.56'],
    ['1 234,5', ',', '1234.5'],
    ['1\u00a0234,5', ',', '1234.5'],
    ["1'234.50", '.', '1234.50'],
    ['-42', '.', '-42'],
    ['+42', '.', '42'],
    ['(1,234.00)', '.', '-1234.00'],
    ['$1,000', '.', '1000'],
    ['1.000 €', ',', '1000'],
    ['12.5%', '.', '12.5'],
    ['1.23E+11', '.', '1.23E+11'],
    ['-0', '.', '0'],
    ['', '.', ''],
  ])('%j (%s) → %s', (value, mark, expected) => {
    expect(normaliseNumber(value, mark)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, DecimalMark, string]>([
    ['twelve', '.', 'not-a-number'],
    ['1.2.3', ',', 'not-a-number'],
    ['1,5', '.', 'not-a-number'],
    ['#DIV/0!', '.', 'spreadsheet-error'],
  ])('refuses %j (%s): %s', (value, mark, code) => {
    expect(normaliseNumber(value, mark)).toMatchObject({ ok: false, problem: { code } });
  });
});
