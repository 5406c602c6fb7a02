import { describe, expect, it } from 'vitest';
import { normalizeId, toId18 } from '../ids';
import {
  booleanField,
  currencyField,
  dateField,
  datetimeField,
  doubleField,
  emailField,
  intField,
  phoneField,
  picklistField,
  referenceField,
  textField,
} from '../schema/field-builders';
import type { DescribeField } from '../schema/types';
import { RowError } from './row-errors';
import { createValueParser } from './value-parsers';
import type { IdRules } from './value-parsers';

const PREFIXES: Record<string, string> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '00G': 'Group',
};
const ids: IdRules = {
  normalize: normalizeId,
  objectOfId: (id) => PREFIXES[id.slice(0, 3)],
};
const ACCOUNT_ID = toId18('001Hs0000000001');
const USER_ID = toId18('005Hs0000000001');

function parse(field: DescribeField, raw: string, column = 2) {
  const value = createValueParser(field, column, ids)(raw);
  return value instanceof RowError ? value.text : value;
}

describe('createValueParser', () => {
  const amount = currencyField('Amount__c', 'Amount', 16, 2);
  const revenue = currencyField('AnnualRevenue', 'Annual Revenue', 18, 0);
  const employees = intField('NumberOfEmployees', 'Employees', 8);
  const close = dateField('CloseDate', 'Close Date');
  const when = datetimeField('When__c', 'When');
  const status = picklistField('Status__c', 'Status', ['Draft', 'Sent', 'Paid'], {
    restrictedPicklist: true,
  });
  const source = picklistField('LeadSource', 'Lead Source', ['Web', 'Phone Inquiry']);
  const colours = picklistField('Colours__c', 'Colours', ['Red', 'Blue'], {
    type: 'multipicklist',
    restrictedPicklist: true,
  });

  it.each<[string, DescribeField, string, unknown]>([
    ['an int', employees, '2676', 2676],
    ['a negative int', employees, '-12', -12],
    ['a double in scientific notation', doubleField('Score__c', 'Score', 18, 2), '1.5e2', 150],
    ['currency rounded half-up to its scale', amount, '12.345', 12.35],
    ['currency with a scale of 0', revenue, '912260031.5', 912260032],
    ['true in any case', booleanField('Active__c', 'Active'), 'TRUE', true],
    ['0 as false', booleanField('Active__c', 'Active'), '0', false],
    ['a date', close, '2024-02-29', '2024-02-29'],
    ['a date with a trailing Z', close, '1940-06-07Z', '1940-06-07'],
    ['a dateTime in UTC', when, '2002-10-10T12:00:00Z', '2002-10-10T12:00:00.000Z'],
    ['a dateTime with an offset', when, '2002-10-10T12:00:00+05:00', '2002-10-10T07:00:00.000Z'],
    [
      'a dateTime with an old-style offset and millis',
      when,
      '2002-10-10T12:00:00.250-0130',
      '2002-10-10T13:30:00.250Z',
    ],
    ['a dateTime without a zone (UTC)', when, '2002-10-10T12:00:00', '2002-10-10T12:00:00.000Z'],
    ['an email', emailField('Email', 'Email'), 'ada@example.com', 'ada@example.com'],
    [
      'any phone text within length',
      phoneField('Phone', 'Phone'),
      '(415) 555-0100 ext. 7',
      '(415) 555-0100 ext. 7',
    ],
    ['a restricted picklist value', status, 'Paid', 'Paid'],
    ['a new value of an unrestricted picklist', source, 'Trade Show', 'Trade Show'],
    ['multi-select values separated by ;', colours, 'Red;Blue', 'Red;Blue'],
    [
      'a 15-character lookup id as 18',
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      ACCOUNT_ID.slice(0, 15),
      ACCOUNT_ID,
    ],
    [
      'a polymorphic owner id',
      referenceField('OwnerId', 'Owner ID', ['Group', 'User'], 'Owner'),
      USER_ID,
      USER_ID,
    ],
  ])('reads %s', (_name, field, raw, expected) => {
    expect(parse(field, raw)).toEqual(expected);
  });

  it.each<[string, DescribeField, string, string]>([
    [
      'a bad date',
      close,
      '2003-04-987654321987654321',
      "INVALID_FIELD:Failed to deserialize field at col 2. Due to, '2003-04-987654321987654321' is not a valid value for the type xsd:date:CloseDate --",
    ],
    [
      'February 30th',
      close,
      '2023-02-30',
      "INVALID_FIELD:Failed to deserialize field at col 2. Due to, '2023-02-30' is not a valid value for the type xsd:date:CloseDate --",
    ],
    [
      'a fractional int',
      employees,
      '1.5',
      "INVALID_FIELD:Failed to deserialize field at col 2. Due to, '1.5' is not a valid value for the type xsd:int:NumberOfEmployees --",
    ],
    [
      'yes as a boolean',
      booleanField('Active__c', 'Active'),
      'yes',
      "INVALID_FIELD:Failed to deserialize field at col 2. Due to, 'yes' is not a valid value for the type xsd:boolean:Active__c --",
    ],
    [
      'a number too large for its precision',
      amount,
      '1e20',
      'NUMBER_OUTSIDE_VALID_RANGE:Amount: value outside of valid range on numeric field: 1.0E20:Amount__c --',
    ],
    [
      'an int with too many digits',
      employees,
      '123456789',
      'NUMBER_OUTSIDE_VALID_RANGE:Employees: value outside of valid range on numeric field: 123456789:NumberOfEmployees --',
    ],
    [
      'a string over its length',
      textField('Title', 'Title', 5),
      'Director',
      'STRING_TOO_LONG:Title: data value too large: Director (max length=5):Title --',
    ],
    [
      'an address without a domain',
      emailField('Email', 'Email'),
      'ada@example',
      'INVALID_EMAIL_ADDRESS:Email: invalid email address: ada@example:Email --',
    ],
    [
      'a value outside a restricted picklist',
      status,
      'paid',
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: paid:Status__c --',
    ],
    [
      'one bad value of a restricted multi-select',
      colours,
      'Red;Green',
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Colours: bad value for restricted picklist field: Green:Colours__c --',
    ],
    [
      'a malformed id',
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      '001xyz',
      'MALFORMED_ID:Account ID: id value of incorrect type: 001xyz:AccountId --',
    ],
    [
      'an id of the wrong object',
      referenceField('AccountId', 'Account ID', ['Account'], 'Account'),
      USER_ID,
      `FIELD_INTEGRITY_EXCEPTION:Account ID: id value of incorrect type: ${USER_ID}:AccountId --`,
    ],
  ])('refuses %s', (_name, field, raw, error) => {
    expect(parse(field, raw)).toBe(error);
  });
});
