import { describe, expect, it } from 'vitest';
import { detectExcelDamage, toId18 } from './excel-damage';

describe('detectExcelDamage', () => {
  const codes = (values: string[], options: Parameters<typeof detectExcelDamage>[1]) =>
    detectExcelDamage(values, options).map((f) => [f.code, f.count]);

  it.each<[string, string[], Parameters<typeof detectExcelDamage>[1], [string, number][]]>([
    [
      'scientific notation on a key',
      ['1.23E+11', '123456789012', '4.5e+12'],
      { isKey: true, fieldType: 'string' },
      [['scientific-notation', 2]],
    ],
    [
      'scientific notation in a number field is fine',
      ['1.23E+11'],
      { isKey: false, fieldType: 'double' },
      [],
    ],
    [
      'leading zeros lost on a key',
      ['00123', '00456', '789', '01000'],
      { isKey: true, fieldType: 'string' },
      [['leading-zeros-lost', 1]],
    ],
    [
      'numbers without leading zeros',
      ['123', '4567', '89'],
      { isKey: true, fieldType: 'string' },
      [],
    ],
    [
      '15-character Ids in a lookup',
      ['001000000000001', '001000000000001AAA'],
      { isKey: true, fieldType: 'reference' },
      [['id-15-characters', 1]],
    ],
    [
      'surrounding and no-break spaces',
      ['Ada ', ' Bob', 'Cy\u00a0D', 'ok'],
      { isKey: false },
      [
        ['surrounding-spaces', 2],
        ['non-breaking-space', 1],
      ],
    ],
    ['a failed lookup', ['#N/A', 'ok', '#REF!'], { isKey: false }, [['spreadsheet-error', 2]]],
  ])('%s', (_name, values, options, expected) => {
    expect(codes(values, options)).toEqual(expected);
  });

  it('gives examples and a message an admin can act on', () => {
    const [f] = detectExcelDamage(['1.23E+11'], { isKey: true });
    expect(f).toMatchObject({
      examples: ['1.23E+11'],
      message: expect.stringContaining('Format the column as Text'),
    });
  });
});

describe('toId18', () => {
  it.each([
    ['001000000000001', '001000000000001AAA'],
    ['001A0000006Vm9r', '001A0000006Vm9rIAC'],
    ['003A0000005QB3A', '003A0000005QB3AIAW'],
    ['003A0000008qb1s', '003A0000008qb1sIAA'],
    ['001A0000006Vm9rIAC', '001A0000006Vm9rIAC'],
    ['not-an-id', null],
  ])('%s → %s', (id, expected) => {
    expect(toId18(id)).toBe(expected);
  });
});
