import { describe, expect, it } from 'vitest';
import type { FieldType } from './describe-types';
import {
  createValueNormaliser,
  detectColumnFormat,
  valueKindFor,
  type ColumnFormat,
} from './value-formats';

const detect = (sample: string[], fieldType?: FieldType, isKey = false) =>
  detectColumnFormat(sample, {
    timeZone: 'Europe/London',
    isKey,
    ...(fieldType ? { fieldType } : {}),
  });

describe('detectColumnFormat picks the reading by field type, with evidence', () => {
  it.each<[FieldType, string]>([
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['currency', 'number'],
    ['percent', 'number'],
    ['int', 'number'],
    ['boolean', 'boolean'],
    ['string', 'text'],
    ['reference', 'text'],
    ['picklist', 'text'],
  ])('%s columns are %s', (type, kind) => {
    expect(valueKindFor(type)).toBe(kind);
  });

  it.each<[string, string[], FieldType, ColumnFormat, boolean]>([
    [
      'proven day-first dates',
      ['31/12/2024', '01/02/2024'],
      'date',
      { kind: 'date', order: 'dmy' },
      false,
    ],
    ['ambiguous dates', ['01/02/2024', '03/04/2024'], 'date', { kind: 'date', order: 'dmy' }, true],
    [
      'dateTimes in the user time zone',
      ['2024-01-01 10:00'],
      'datetime',
      { kind: 'datetime', order: 'ymd', timeZone: 'Europe/London' },
      false,
    ],
    [
      'European numbers',
      ['1.234,50', '7,25'],
      'currency',
      { kind: 'number', decimalMark: ',' },
      false,
    ],
    ['ambiguous thousands', ['1,234'], 'double', { kind: 'number', decimalMark: '.' }, true],
    ['yes/no checkboxes', ['yes', 'no'], 'boolean', { kind: 'boolean' }, false],
  ])('%s', (_name, sample, type, format, needsChoice) => {
    const detection = detect(sample, type);
    expect(detection).toMatchObject({ format, needsChoice });
    expect(detection.evidence.length).toBeGreaterThan(0);
  });

  it('offers both orders when the user must choose', () => {
    expect(detect(['01/02/2024'], 'date').choices).toEqual([
      { kind: 'date', order: 'dmy' },
      { kind: 'date', order: 'mdy' },
    ]);
  });

  it('flags Excel damage on key columns', () => {
    expect(detect(['1.23E+11', '#N/A'], undefined, true).damage.map((d) => d.code)).toEqual([
      'spreadsheet-error',
      'scientific-notation',
    ]);
  });
});

describe('createValueNormaliser returns Salesforce wire values or typed problems', () => {
  it.each<[ColumnFormat, string, string]>([
    [{ kind: 'text' }, ' keep spaces ', ' keep spaces '],
    [{ kind: 'date', order: 'dmy' }, '31/12/2024', '2024-12-31'],
    [
      { kind: 'datetime', order: 'dmy', timeZone: 'Europe/London' },
      '01/07/2024 09:30',
      '2024-07-01T09:30:00.000+01:00',
    ],
    [{ kind: 'number', decimalMark: ',' }, '1.234,5', '1234.5'],
    [{ kind: 'boolean' }, 'Y', 'true'],
  ])('%o: %j → %j', (format, value, expected) => {
    expect(createValueNormaliser(format)(value)).toEqual({ ok: true, value: expected });
  });

  it.each<[ColumnFormat, string]>([
    [{ kind: 'text' }, '#N/A'],
    [{ kind: 'date', order: 'ymd' }, '#N/A'],
    [{ kind: 'number', decimalMark: '.' }, '#VALUE!'],
  ])('never passes a spreadsheet error through (%o)', (format, value) => {
    expect(createValueNormaliser(format)(value)).toMatchObject({
      ok: false,
      problem: { code: 'spreadsheet-error' },
    });
  });

  it('normalises a million dates quickly', () => {
    const normalise = createValueNormaliser({
      kind: 'datetime',
      order: 'dmy',
      timeZone: 'America/New_York',
    });
    const values = Array.from(
      { length: 1_000_000 },
      (_, i) =>
        `${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 15)} ${i % 24}:${String(i % 60).padStart(2, '0')}`,
    );
    const started = performance.now();
    const failures = new Set<string>();
    for (const value of values) {
      const result = normalise(value);
      if (!result.ok) failures.add(result.problem.code);
    }
    // The only failures are wall times inside New York's spring-forward gap.
    expect([...failures]).toEqual(['nonexistent-local-time']);
    // Generous bound for a shared CI machine; it takes about a second here.
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});
