import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../contracts';
import { toId18 } from '../ids';
import type { FieldType } from '../schema/types';
import { SoqlError } from './soql-error';
import { executeSoql } from './soql-executor';
import type { SoqlDataSource, SoqlField, SoqlObject } from './soql-source';

const field = (name: string, type: FieldType, extra: Partial<SoqlField> = {}): SoqlField => ({
  name,
  type,
  referenceTo: [],
  relationshipName: null,
  ...extra,
});
const reference = (name: string, relationshipName: string, referenceTo: string[]) =>
  field(name, 'reference', { relationshipName, referenceTo });

const OBJECTS: SoqlObject[] = [
  {
    name: 'Account',
    fields: [
      field('Id', 'id'),
      field('Name', 'string'),
      field('Industry', 'picklist'),
      field('AnnualRevenue', 'currency'),
      field('IsActive__c', 'boolean'),
      field('CreatedDate', 'datetime'),
      field('Description', 'textarea', { filterable: false, sortable: false }),
      reference('OwnerId', 'Owner', ['User', 'Group']),
    ],
  },
  {
    name: 'Contact',
    fields: [
      field('Id', 'id'),
      field('LastName', 'string'),
      reference('AccountId', 'Account', ['Account']),
    ],
  },
  {
    name: 'User',
    fields: [field('Id', 'id'), field('Name', 'string'), field('Username', 'string')],
  },
  { name: 'Group', fields: [field('Id', 'id'), field('Name', 'string')] },
];
const PREFIXES: Record<string, string> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '00G': 'Group',
};
const id = (prefix: string, n: number) => toId18(`${prefix}${String(n).padStart(12, '0')}`);

const USER = { Id: id('005', 1), Name: 'Alex Admin', Username: 'admin@forklift.demo' };
const QUEUE = { Id: id('00G', 1), Name: 'Support Queue' };
const ACCOUNTS: StoredRecord[] = [
  {
    Id: id('001', 1),
    Name: 'Acme',
    Industry: 'Energy',
    AnnualRevenue: 500,
    IsActive__c: true,
    CreatedDate: '2024-01-02T10:00:00.000Z',
    OwnerId: USER.Id,
  },
  {
    Id: id('001', 2),
    Name: 'globex',
    Industry: null,
    AnnualRevenue: 1500,
    IsActive__c: false,
    CreatedDate: '2024-03-01T00:00:00.000Z',
    OwnerId: QUEUE.Id,
  },
  {
    Id: id('001', 3),
    Name: "O'Brien & Co",
    Industry: 'Banking',
    AnnualRevenue: null,
    IsActive__c: true,
    CreatedDate: '2023-12-31T23:59:59.000Z',
    OwnerId: USER.Id,
  },
];
const CONTACTS: StoredRecord[] = [
  { Id: id('003', 1), LastName: 'Lee', AccountId: ACCOUNTS[0]!.Id },
  { Id: id('003', 2), LastName: 'Orphan' },
];
const RECORDS: Record<string, StoredRecord[]> = {
  Account: ACCOUNTS,
  Contact: CONTACTS,
  User: [USER],
  Group: [QUEUE],
};

const source: SoqlDataSource = {
  getObject: (name) => OBJECTS.find((o) => o.name.toLowerCase() === name.toLowerCase()),
  records: (name) => RECORDS[name] ?? [],
  getById: (recordId) => {
    const objectName = PREFIXES[recordId.slice(0, 3)];
    const record = objectName
      ? RECORDS[objectName]?.find((r) => r.Id === toId18(recordId))
      : undefined;
    return objectName && record ? { objectName, record } : undefined;
  },
};

const run = (text: string) => executeSoql(text, source, '62.0');
const names = (text: string) => run(text).records.map((r) => r.Name);

describe('executeSoql: which rows', () => {
  it.each([
    ["SELECT Name FROM Account WHERE Name = 'ACME'", ['Acme']],
    ["SELECT Name FROM Account WHERE Name = 'O\\'Brien & Co'", ["O'Brien & Co"]],
    ["SELECT Name FROM Account WHERE Industry IN ('energy', 'Banking')", ['Acme', "O'Brien & Co"]],
    ["SELECT Name FROM Account WHERE Industry NOT IN ('Energy')", ['globex', "O'Brien & Co"]],
    ["SELECT Name FROM Account WHERE Industry != 'Energy'", ['globex', "O'Brien & Co"]],
    ['SELECT Name FROM Account WHERE Industry = null', ['globex']],
    ['SELECT Name FROM Account WHERE IsActive__c = false', ['globex']],
    ['SELECT Name FROM Account WHERE AnnualRevenue > 600', ['globex']],
    ['SELECT Name FROM Account WHERE AnnualRevenue <= 500', ['Acme']],
    ['SELECT Name FROM Account WHERE CreatedDate < 2024-01-01T00:00:00Z', ["O'Brien & Co"]],
    ["SELECT Name FROM Account WHERE Name LIKE '%E_'", ['globex']],
    ["SELECT Name FROM Account WHERE Name LIKE 'a%'", ['Acme']],
    [`SELECT Name FROM Account WHERE Id = '${ACCOUNTS[1]!.Id.slice(0, 15)}'`, ['globex']],
    [`SELECT Name FROM Account WHERE Id = '${ACCOUNTS[1]!.Id.toLowerCase()}'`, ['globex']],
    [
      "SELECT Name FROM Account WHERE IsActive__c = true AND (Industry = 'Energy' OR AnnualRevenue = null)",
      ['Acme', "O'Brien & Co"],
    ],
    ["SELECT Name FROM Account WHERE NOT Name = 'Acme'", ['globex', "O'Brien & Co"]],
    ["SELECT Name FROM Account WHERE Owner.Name = 'Support Queue'", ['globex']],
    ['SELECT Name FROM Account ORDER BY Name', ['Acme', 'globex', "O'Brien & Co"]],
    ['SELECT Name FROM Account ORDER BY AnnualRevenue DESC', ['globex', 'Acme', "O'Brien & Co"]],
    [
      'SELECT Name FROM Account ORDER BY AnnualRevenue ASC NULLS LAST',
      ['Acme', 'globex', "O'Brien & Co"],
    ],
    [
      'SELECT Name FROM Account ORDER BY AnnualRevenue DESC NULLS FIRST',
      ["O'Brien & Co", 'globex', 'Acme'],
    ],
    ['SELECT Name FROM Account ORDER BY Industry', ['globex', "O'Brien & Co", 'Acme']],
    ['SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1', ['globex', "O'Brien & Co"]],
    ['SELECT Name FROM Account LIMIT 0', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('counts with COUNT(): totalSize, no records', () => {
    expect(run('SELECT COUNT() FROM Account WHERE IsActive__c = true')).toEqual({
      totalSize: 2,
      records: [],
    });
    expect(run('SELECT COUNT() FROM Account LIMIT 1')).toEqual({ totalSize: 1, records: [] });
  });
});

describe('executeSoql: the shape of a row', () => {
  it('has attributes, canonical field names in select order, and REST dateTimes', () => {
    const [row] = run("SELECT name, ID, createddate FROM account WHERE Name = 'Acme'").records;
    expect(row).toEqual({
      attributes: {
        type: 'Account',
        url: `/services/data/v62.0/sobjects/Account/${ACCOUNTS[0]!.Id}`,
      },
      Name: 'Acme',
      Id: ACCOUNTS[0]!.Id,
      CreatedDate: '2024-01-02T10:00:00.000+0000',
    });
  });

  it('nests relationship fields under the relationship, null when the lookup is empty', () => {
    const rows = run(
      'SELECT LastName, Account.Name, Account.Owner.Username FROM Contact ORDER BY LastName',
    ).records;
    expect(rows.map((r) => r.Account)).toEqual([
      {
        attributes: {
          type: 'Account',
          url: `/services/data/v62.0/sobjects/Account/${ACCOUNTS[0]!.Id}`,
        },
        Name: 'Acme',
        Owner: {
          attributes: { type: 'User', url: `/services/data/v62.0/sobjects/User/${USER.Id}` },
          Username: 'admin@forklift.demo',
        },
      },
      null,
    ]);
  });

  it('follows a polymorphic lookup to whichever object the id names', () => {
    const rows = run('SELECT Owner.Name FROM Account ORDER BY Name').records;
    expect(rows.map((r) => (r.Owner as { attributes: { type: string } }).attributes.type)).toEqual([
      'User',
      'Group',
      'User',
    ]);
  });

  it('accepts the object name or its alias in front of a field', () => {
    expect(names("SELECT Account.Name FROM Account WHERE Account.Name = 'Acme'")).toEqual(['Acme']);
    expect(run("SELECT a.Name FROM Account a WHERE a.Name = 'Acme'").records[0]).toHaveProperty(
      'Name',
      'Acme',
    );
  });
});

describe('executeSoql: errors, as Salesforce words them', () => {
  it.each([
    [
      'SELECT Id FROM ScratchOrgInfo LIMIT 1',
      'INVALID_TYPE',
      "ERROR at Row:1:Column:16\nsObject type 'ScratchOrgInfo' is not supported.",
    ],
    [
      'SELECT Id, Nme FROM Account',
      'INVALID_FIELD',
      "ERROR at Row:1:Column:12\nNo such column 'Nme' on entity 'Account'.",
    ],
    [
      'SELECT Acount.Name FROM Contact',
      'INVALID_FIELD',
      "Didn't understand relationship 'Acount' in field path.",
    ],
    [
      'SELECT Account.Nme FROM Contact',
      'INVALID_FIELD',
      "No such column 'Nme' on entity 'Account'.",
    ],
    [
      "SELECT Id FROM Account WHERE Description = 'x'",
      'INVALID_FIELD',
      "field 'Description' can not be filtered in a query call",
    ],
    [
      'SELECT Id FROM Account ORDER BY Description',
      'INVALID_FIELD',
      "field 'Description' can not be sorted in a query call",
    ],
    [
      "SELECT Id FROM Account WHERE IsActive__c = 'true'",
      'INVALID_QUERY_FILTER_OPERATOR',
      "value of filter criterion for field 'IsActive__c' must be of type boolean and should not be enclosed in quotes",
    ],
    [
      'SELECT Id FROM Account WHERE Name = 5',
      'INVALID_QUERY_FILTER_OPERATOR',
      'must be of type string and should be enclosed in quotes',
    ],
    [
      "SELECT Id FROM Account WHERE AnnualRevenue = '5'",
      'INVALID_QUERY_FILTER_OPERATOR',
      'must be of type double and should not be enclosed in quotes',
    ],
    [
      "SELECT Id FROM Account WHERE Id = 'abc'",
      'INVALID_QUERY_FILTER_OPERATOR',
      'invalid ID field: abc',
    ],
  ])('%s', (text, errorCode, message) => {
    let caught: unknown;
    try {
      run(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SoqlError);
    expect((caught as SoqlError).errorCode).toBe(errorCode);
    expect((caught as SoqlError).message).toContain(message);
  });
});
