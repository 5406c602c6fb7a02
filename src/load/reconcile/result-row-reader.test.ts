import { describe, expect, it } from 'vitest';
import { readResultRows, ResultRowReader } from './result-row-reader';

describe('ResultRowReader', () => {
  it('reads successful rows into our header order', () => {
    const rows = readResultRows(
      'successful',
      [
        ['sf__Id', 'sf__Created', 'AnnualRevenue', 'Name'],
        ['001000000000001AAA', 'true', '9.12260031E8', 'Acme'],
        ['001000000000002AAA', 'false', '', 'Globex'],
        [''],
      ],
      ['Name', 'AnnualRevenue'],
    );
    expect(rows).toEqual([
      {
        kind: 'successful',
        sfId: '001000000000001AAA',
        created: true,
        error: '',
        cells: ['Acme', '9.12260031E8'],
      },
      {
        kind: 'successful',
        sfId: '001000000000002AAA',
        created: false,
        error: '',
        cells: ['Globex', ''],
      },
    ]);
  });

  it('reads failed and unprocessed rows, and a header-only file as no rows', () => {
    const failed = readResultRows(
      'failed',
      [
        ['sf__Id', 'sf__Error', 'Name'],
        ['', 'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --', ''],
      ],
      ['Name'],
    );
    expect(failed).toEqual([
      {
        kind: 'failed',
        sfId: '',
        created: false,
        error: 'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --',
        cells: [''],
      },
    ]);
    expect(readResultRows('unprocessed', [['Name'], ['Acme']], ['Name'])).toEqual([
      { kind: 'unprocessed', sfId: '', created: false, error: '', cells: ['Acme'] },
    ]);
    expect(readResultRows('unprocessed', [['Name']], ['Name'])).toEqual([]);
    expect(readResultRows('unprocessed', [], ['Name'])).toEqual([]);
  });

  it('counts the data rows it read and throws when the header lacks our column', () => {
    const reader = new ResultRowReader('successful', ['Name']);
    expect(reader.read(['sf__Id', 'sf__Created', 'Name'])).toBeNull();
    reader.read(['001000000000001AAA', 'true', 'Acme']);
    expect(reader.count).toBe(1);
    expect(() => new ResultRowReader('failed', ['Name']).read(['sf__Id', 'sf__Error'])).toThrow(
      /"Name"/,
    );
  });
});
