import { describe, expect, it } from 'vitest';
import { contactDescribe, SHARED_DATA_MISSING_REASON } from '../test-support/describe-fixtures';
import { PREFLIGHT_RULES } from './preflight-problem';
import {
  ACCOUNT_ID,
  checker,
  CONTACT_ID,
  field,
  seen,
  USER_ID,
  type Column,
  type Seen,
} from './test-support/preflight-fixture';

const columns: Column[] = [
  field('LastName'),
  field('Email'),
  field('Region__c'),
  field('LeadSource'),
  field('Legacy_Code__c'),
  field('Shoe_Size__c', { format: { kind: 'number', decimalMark: ',' } }),
  field('AccountId'),
  field('OwnerId'),
  field('Birthdate', { format: { kind: 'date', order: 'dmy' } }),
  field('MasterRecordId'),
  {
    header: 'Account.External_Id__c',
    mapping: {
      kind: 'relationship',
      lookupField: 'AccountId',
      targetObject: 'Account',
      targetField: 'External_Id__c',
    },
  },
  field('Description', { blank: 'clear' }),
];
// prettier-ignore
const clean = ['Lovelace', 'ada@example.com', 'EMEA', 'Web', 'A-1', '12,5', ACCOUNT_ID, USER_ID, '10/12/1815', '', 'ACME-1', ''];
const make = () =>
  checker(contactDescribe({ ownerReferenceTo: ['User', 'Group'] }), 'insert', columns);
const withCell = (column: number, value: string) => clean.map((v, i) => (i === column ? value : v));

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)('preflight of a Contact insert', () => {
  it('passes a clean row and writes its Bulk CSV values', () => {
    const c = make();
    expect(c.check(clean, 0)).toEqual([]);
    expect(c.headers).toEqual(columns.map((col) => col.header));
    // prettier-ignore
    expect(c.values).toEqual(['Lovelace', 'ada@example.com', 'EMEA', 'Web', 'A-1', '12.5', ACCOUNT_ID, USER_ID, '1815-12-10', '', 'ACME-1', '#N/A']);
    expect(c.loadProblems).toEqual([]);
  });

  // prettier-ignore
  it.each<[string, number, string, Seen[]]>([
    ['a blank required field', 0, '', [['required-missing', 0, 'REQUIRED_FIELD_MISSING']]],
    ['a spreadsheet error', 0, '#N/A', [['spreadsheet-error', 0, null]]],
    ['a bad email address', 1, 'ada at example', [['invalid-email', 1, 'INVALID_EMAIL_ADDRESS']]],
    ['a restricted value in the wrong case', 2, 'Emea', [['restricted-picklist', 2, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST']]],
    ['an unknown value of an open picklist', 3, 'Carrier pigeon', [['unknown-picklist-value', 3, null]]],
    ['text over the field length', 4, 'x'.repeat(21), [['string-too-long', 4, 'STRING_TOO_LONG']]],
    ['too many digits for precision 4, scale 1', 5, '1234', [['number-out-of-range', 5, 'NUMBER_OUTSIDE_VALID_RANGE']]],
    ['not a number', 5, 'twelve', [['invalid-value', 5, 'INVALID_FIELD']]],
    ['a malformed lookup Id', 6, '001-not-an-id', [['malformed-id', 6, 'MALFORMED_ID']]],
    ['a Contact Id in an Account lookup', 6, CONTACT_ID, [['id-wrong-object', 6, 'FIELD_INTEGRITY_EXCEPTION']]],
    ['an edited 18-character Id', 6, `${ACCOUNT_ID.slice(0, 15)}ZZZ`, [['malformed-id', 6, 'MALFORMED_ID']]],
    ['nothing in a lower-cased 18-character Id', 6, ACCOUNT_ID.toLowerCase(), []],
    ['nothing in a queue as owner (polymorphic)', 7, '00G5g00000Q1w2E', []],
    ['an impossible date', 8, '31/02/1815', [['invalid-value', 8, 'INVALID_FIELD']]],
    ['a read-only field with a value', 9, CONTACT_ID, [['read-only-field', 9, 'INVALID_FIELD_FOR_INSERT_UPDATE']]],
    ['a parent key in scientific notation', 10, '1.23457E+11', [['excel-damaged-key', 10, null]]],
    ['a parent key with a trailing space', 10, 'ACME-1 ', [['key-spaces', 10, null]]],
    ['a no-break space in a parent key', 10, 'ACME\u00a01', [['key-spaces', 10, null]]],
  ])('flags %s', (_name, column, value, expected) => {
    expect(seen(make().check(withCell(column, value), 0))).toEqual(expected);
  });

  it('suggests the closest valid value and says it in the admin’s words', () => {
    const [problem] = make().check(withCell(2, 'EMEAA'), 0);
    expect(problem).toMatchObject({
      field: 'Region__c',
      value: 'EMEAA',
      suggestion: 'EMEA',
      severity: PREFLIGHT_RULES['restricted-picklist'].severity,
      message:
        '"EMEAA" is not one of Region’s values, and Region accepts no others. Did you mean "EMEA"?',
    });
  });

  it('reports a required field that no column supplies as a problem of the whole load', () => {
    const c = checker(contactDescribe(), 'insert', [field('Email')]);
    expect(seen(c.loadProblems)).toEqual([['required-missing', null, 'REQUIRED_FIELD_MISSING']]);
    expect(c.loadProblems[0]?.field).toBe('LastName');
  });

  it('checks constants once and writes them on every row', () => {
    const c = checker(contactDescribe(), 'insert', [field('LastName')], {
      constants: [{ field: 'Region__c', value: 'Mars' }],
    });
    expect(c.loadProblems.map((p) => p.rule)).toEqual(['restricted-picklist']);
    expect(c.check(['Lovelace'], 0)).toEqual([]);
    expect(c.headers).toEqual(['LastName', 'Region__c']);
    expect(c.values).toEqual(['Lovelace', 'Mars']);
  });

  it('applies the value map before any check', () => {
    const c = checker(contactDescribe(), 'insert', [field('LastName'), field('Region__c')], {
      valueMap: [
        { column: 1, from: 'Emea', to: 'EMEA' },
        { column: 0, from: '', to: 'Unknown' },
      ],
    });
    expect(c.check(['', 'Emea'], 0)).toEqual([]);
    expect(c.values).toEqual(['Unknown', 'EMEA']);
  });
});

describe('the rule table', () => {
  it('makes an error of every problem that Salesforce rejects for sure', () => {
    const warnings = Object.entries(PREFLIGHT_RULES)
      .filter(([, info]) => info.severity === 'warning')
      .map(([rule]) => rule);
    // prettier-ignore
    expect(warnings).toEqual(['required-if-creates', 'unknown-picklist-value', 'blank-matching-value', 'key-spaces', 'read-only-on-upsert']);
  });
});
