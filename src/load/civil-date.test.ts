import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  excelSerialToCivil,
  formatIsoDate,
  isValidCivilDate,
} from './civil-date';

describe('civil dates without JS Date', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 3, 1, 11_017],
    [1969, 12, 31, -1],
    [2024, 2, 29, 19_782],
  ])('%i-%i-%i is day %i', (y, m, d, days) => {
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(civilFromDays(days)).toEqual({ year: y, month: m, day: d });
  });

  it('round-trips every day between years 1 and 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) }),
        (days) => {
          const { year, month, day } = civilFromDays(days);
          expect(isValidCivilDate(year, month, day)).toBe(true);
          expect(daysFromCivil(year, month, day)).toBe(days);
        },
      ),
    );
  });

  it.each([
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
  ])('%i-%i-%i valid: %s', (y, m, d, valid) => {
    expect(isValidCivilDate(y, m, d)).toBe(valid);
  });

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45_292, '2024-01-01'],
    [2_958_465, '9999-12-31'],
  ])('Excel serial %i is %s', (serial, iso) => {
    const civil = excelSerialToCivil(serial);
    expect(civil && formatIsoDate(civil.year, civil.month, civil.day)).toBe(iso);
  });

  it.each([0, 60, 1.5, 2_958_466])('Excel serial %s is not a date', (serial) => {
    expect(excelSerialToCivil(serial)).toBeNull();
  });
});
