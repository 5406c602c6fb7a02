import { describe, expect, it } from 'vitest';
import { toId18 } from '../excel-damage';
import { contactDescribe, SHARED_DATA_MISSING_REASON } from '../test-support/describe-fixtures';
import {
  ACCOUNT_ID,
  checker,
  CONTACT_ID,
  field,
  seen,
  type Seen,
} from './test-support/preflight-fixture';

const skip = SHARED_DATA_MISSING_REASON !== null;

describe.skipIf(skip)('preflight of a Contact update', () => {
  const make = () =>
    checker(contactDescribe(), 'update', [
      field('Id'),
      field('LastName', { blank: 'clear' }),
      field('Email'),
    ]);

  // prettier-ignore
  it.each<[string, string[], Seen[]]>([
    ['a row without an Id', ['', 'Lovelace', ''], [['missing-id', 0, 'MISSING_ARGUMENT']]],
    ['an Account Id', [ACCOUNT_ID, 'Lovelace', ''], [['id-wrong-object', 0, 'MALFORMED_ID']]],
    ['a required field cleared with #N/A', [CONTACT_ID, '', ''], [['required-cleared', 1, 'REQUIRED_FIELD_MISSING']]],
    ['nothing in a blank field left unchanged', [CONTACT_ID, 'Lovelace', ''], []],
  ])('flags %s', (_name, row, expected) => {
    expect(seen(make().check(row, 0))).toEqual(expected);
  });

  it('finds one record twice across the file, in its 15- and 18-character forms', () => {
    const c = make();
    const id18 = toId18(CONTACT_ID) ?? '';
    expect(c.check([CONTACT_ID, 'A', ''], 0)).toEqual([]);
    expect(c.check(['0035g00000XyZaC', 'B', ''], 1)).toEqual([]);
    const problems = c.check([id18, 'C', ''], 7);
    expect(seen(problems)).toEqual([['duplicate-key', 0, 'DUPLICATE_VALUE']]);
    expect(problems[0]?.relatedRow).toBe(0);
    expect(c.check([id18.toUpperCase(), 'D', ''], 8)[0]?.relatedRow).toBe(0);
  });
});

describe.skipIf(skip)('preflight of a Contact upsert by External_Id__c', () => {
  const make = (describe = contactDescribe(), fields = ['External_Id__c', 'LastName']) =>
    checker(
      describe,
      'upsert',
      fields.map((f) => field(f)),
      { matchingField: 'External_Id__c' },
    );

  // prettier-ignore
  it.each<[string, string[], Seen[]]>([
    ['a blank key creates', ['', 'Lovelace'], [['blank-matching-value', 0, null]]],
    ['a blank key without the required field fails', ['', ''], [['blank-matching-value', 0, null], ['required-missing', 1, 'REQUIRED_FIELD_MISSING']]],
    ['a key without the required field fails only if it creates', ['C-1', ''], [['required-if-creates', 1, 'REQUIRED_FIELD_MISSING']]],
    ['a key Excel turned into scientific notation', ['4.5E+15', 'Lovelace'], [['excel-damaged-key', 0, null]]],
  ])('%s', (_name, row, expected) => {
    expect(seen(make().check(row, 0))).toEqual(expected);
  });

  it('treats keys that differ only in case as one unless the field is case-sensitive', () => {
    const c = make();
    c.check(['abc-1', 'A'], 0);
    expect(c.check(['ABC-1', 'B'], 1)[0]).toMatchObject({ rule: 'duplicate-key', relatedRow: 0 });
    const base = contactDescribe();
    const fields = base.fields.map((f) =>
      f.name === 'External_Id__c' ? { ...f, caseSensitive: true } : f,
    );
    const sensitive = make({ ...base, fields });
    sensitive.check(['abc-1', 'A'], 0);
    expect(sensitive.check(['ABC-1', 'B'], 1)).toEqual([]);
  });

  it('warns about an unmapped required field for rows that create', () => {
    const c = make(contactDescribe(), ['External_Id__c']);
    expect(c.loadProblems.map((p) => [p.rule, p.field])).toEqual([
      ['required-if-creates', 'LastName'],
    ]);
  });
});

describe.skipIf(skip)('preflight of a hard delete', () => {
  it('sends and checks only the Id column', () => {
    const c = checker(contactDescribe(), 'hardDelete', [
      field('LastName'),
      field('Id'),
      field('Email'),
    ]);
    expect(c.headers).toEqual(['Id']);
    expect(c.loadProblems).toEqual([]);
    expect(c.check(['', CONTACT_ID, 'not an email'], 0)).toEqual([]);
    expect(c.values).toEqual([CONTACT_ID]);
    expect(seen(c.check(['x', '', ''], 1))).toEqual([['missing-id', 1, 'MISSING_ARGUMENT']]);
  });
});
