import { describe, expect, it } from 'vitest';
import type { ColumnMapping, LoadMapping } from '../../load/column-mapping';
import { deriveMapping, EMPTY_LOAD_DRAFT, type LoadDraft } from '../../load/load-draft';
import type { Operation } from '../../load/operation-rules';
import {
  contactDescribe,
  SHARED_DATA_MISSING_REASON,
} from '../../load/test-support/describe-fixtures';
import { columnValuePlans } from './column-values';
import { buildUploadPreview } from './upload-preview-rows';

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)('the upload preview', () => {
  const contact = contactDescribe();

  function preview(
    header: string[],
    mappings: ColumnMapping[],
    rows: string[][],
    extra: Partial<LoadDraft> = {},
    operation: Operation = 'insert',
  ) {
    const draft: LoadDraft = {
      ...EMPTY_LOAD_DRAFT,
      source: { fileName: 'x.csv', header, sampleRows: rows, rowCount: null },
      choicesHeader: header,
      object: 'Contact',
      operation,
      choices: Object.fromEntries(mappings.map((mapping, i) => [i, { mapping }])),
      ...extra,
    };
    const derived = deriveMapping(draft, contact);
    if (!derived) throw new Error('no mapping');
    const plans = columnValuePlans(derived.columns, contact, rows, {
      timeZone: 'Europe/London',
      matchingField: null,
    });
    return buildUploadPreview(derived.mapping as LoadMapping, contact, plans, rows);
  }

  const field = (name: string): ColumnMapping => ({ kind: 'field', field: name });

  it('writes API-name headers, RFC 4180 quoting and LF, leaving out skipped columns', () => {
    const result = preview(
      ['Surname', 'Notes', 'Street'],
      [field('LastName'), { kind: 'skip' }, field('MailingStreet')],
      [['Ng, Jr.', 'x', '1 Main St\r\nFlat 2']],
    );
    expect(result.csv).toBe('LastName,MailingStreet\n"Ng, Jr.","1 Main St\r\nFlat 2"\n');
  });

  it('applies each column’s blank policy and appends constants', () => {
    const result = preview(
      ['LastName', 'Title', 'Department'],
      [field('LastName'), field('Title'), field('Department')],
      [['Ng', '', '']],
      {
        choices: {
          0: { mapping: field('LastName') },
          1: { mapping: field('Title'), blankPolicy: 'clear' },
          2: { mapping: field('Department') },
        },
        constants: [{ field: 'leadsource', value: 'Web' }],
      },
    );
    expect(result.csv).toBe('LastName,Title,Department,LeadSource\nNg,#N/A,,Web\n');
  });

  it('sends only Id for a delete', () => {
    const result = preview(
      ['Id', 'LastName'],
      [field('Id'), field('LastName')],
      [['003000000000001AAA', 'Ng']],
      { constants: [{ field: 'LeadSource', value: 'Web' }] },
      'delete',
    );
    expect(result.csv).toBe('Id\n003000000000001AAA\n');
  });

  it('holds back a row whose value cannot be written, saying why', () => {
    const result = preview(
      ['LastName', 'Birthdate'],
      [field('LastName'), field('Birthdate')],
      [
        ['Ng', '2024-02-30'],
        ['Li', '2024-02-28'],
      ],
    );
    expect(result.csv).toBe('LastName,Birthdate\nLi,2024-02-28\n');
    expect(result.heldBack).toEqual([{ row: 1, header: 'Birthdate', message: expect.any(String) }]);
  });
});
