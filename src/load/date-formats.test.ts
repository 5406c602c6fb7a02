import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './civil-date';
import { detectDateOrder, normaliseDate, parseDateParts, type DateOrder } from './date-formats';

describe('detectDateOrder explains what the values prove', () => {
  it.each([
    ['ISO dates', ['2024-01-31', '2023-12-01', ''], 'ymd', 'proven', 'year first'],
    [
      'a day over 12 first',
      ['01/02/2024', '31/12/2024', '05/06/2024'],
      'dmy',
      'proven',
      '"31/12/2024": the first number is over 12',
    ],
    [
      'a day over 12 second',
      ['01/02/2024', '12/31/2024'],
      'mdy',
      'proven',
      '"12/31/2024": the second number is over 12',
    ],
    ['dotted dates', ['01.02.2024', '05.06.2024'], 'dmy', 'convention', 'DD.MM.YYYY'],
    ['dotted dates with proof', ['01.02.2024', '25.06.2024'], 'dmy', 'proven', 'over 12'],
    ['Excel serials', ['45292', '45300', '44000'], 'excel-serial', 'proven', 'Excel serial dates'],
  ] as const)('%s', (_name, values, order, proof, evidence) => {
    const detection = detectDateOrder(values);
    expect(detection).toMatchObject({ order, proof, unrecognised: 0 });
    expect(detection.evidence.join(' ')).toContain(evidence);
  });

  it('makes the user choose when every day is 12 or less', () => {
    expect(detectDateOrder(['01/02/2024', '03/04/2024', '12/11/2024'])).toMatchObject({
      order: null,
      proof: 'ambiguous',
      candidates: ['dmy', 'mdy'],
      evidence: [expect.stringContaining('choose the order')],
    });
  });

  it('refuses to pick when values prove both orders', () => {
    expect(detectDateOrder(['31/01/2024', '01/31/2024'])).toMatchObject({
      order: null,
      proof: 'ambiguous',
    });
  });

  it('counts values that fit no date shape', () => {
    expect(detectDateOrder(['2024-01-01', 'soon', '01/02/2024'])).toMatchObject({
      order: 'ymd',
      unrecognised: 2,
    });
    expect(detectDateOrder(['hello'])).toMatchObject({ order: null, proof: 'none' });
  });
});

describe('normaliseDate writes YYYY-MM-DD without JS Date', () => {
  it.each<[string, DateOrder, string]>([
    ['2024-01-31', 'ymd', '2024-01-31'],
    ['2024/1/5', 'ymd', '2024-01-05'],
    ['1940-06-07Z', 'ymd', '1940-06-07'],
    ['2024-03-05 00:00:00', 'ymd', '2024-03-05'],
    ['31/12/2024', 'dmy', '2024-12-31'],
    ['05.06.2024', 'dmy', '2024-06-05'],
    ['05-06-2024', 'mdy', '2024-05-06'],
    ['12/31/2024', 'mdy', '2024-12-31'],
    ['45292', 'excel-serial', '2024-01-01'],
    ['29/02/2024', 'dmy', '2024-02-29'],
    ['  ', 'dmy', ''],
    ['2024-01-31', 'dmy', '2024-01-31'],
  ])('%j (%s) → %s', (value, order, expected) => {
    expect(normaliseDate(value, order)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, DateOrder, string]>([
    ['29/02/2023', 'dmy', 'invalid-date'],
    ['31/12/2024', 'mdy', 'invalid-date'],
    ['01/02/24', 'dmy', 'two-digit-year'],
    ['2024-03-05 13:45', 'ymd', 'time-in-date'],
    ['tomorrow', 'ymd', 'not-a-date'],
    ['60', 'excel-serial', 'not-a-date'],
    ['#N/A', 'dmy', 'spreadsheet-error'],
  ])('refuses %j (%s): %s', (value, order, code) => {
    expect(normaliseDate(value, order)).toMatchObject({ ok: false, problem: { code } });
  });
});

describe('normaliseDate on values already written YYYY-MM-DD', () => {
  const digits = (n: number, max: number) =>
    fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));

  it('answers as parsing and formatting them again would', () => {
    fc.assert(
      fc.property(
        digits(4, 9999),
        digits(2, 99),
        digits(2, 99),
        fc.constantFrom<DateOrder>('ymd', 'dmy', 'mdy'),
        (year, month, day, order) => {
          const value = `${year}-${month}-${day}`;
          const parts = parseDateParts(value, order);
          const expected =
            'ok' in parts
              ? parts
              : { ok: true, value: formatIsoDate(parts.year, parts.month, parts.day) };
          expect(normaliseDate(value, order)).toEqual(expected);
        },
      ),
    );
  });
});
