/**
 * Upsert through jsforce's bulk2 against the running demo org (salesforce-api.md §3): 0, 1 or
 * several matches, case rules, keys repeated in a batch, Id-keyed upserts, and SOQL to prove it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATED_INVOICE_NUMBERS } from '../core/seed/seed-counts';
import { POLL, startTestOrg } from './ingest-test-org';
import type { TestOrg } from './ingest-test-org';

type Row = Record<string, string>;
type Spec = {
  object: string;
  operation: 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';
  externalIdFieldName?: string;
};

let org: TestOrg;
beforeAll(async () => {
  org = await startTestOrg('fast');
});
afterAll(() => org.close());

async function load(spec: Spec, input: string) {
  const results = await org.conn.bulk2.loadAndWaitForResults({ ...spec, input, ...POLL });
  return results as unknown as {
    successfulResults: Row[];
    failedResults: Row[];
    unprocessedRecords: Row[];
  };
}

async function query<T = Record<string, unknown>>(soql: string): Promise<T[]> {
  return (await org.conn.query(soql)).records as T[];
}

/** The sf__Error of each failed row, keyed by the value of `keyColumn`. */
function errorsBy(failed: Row[], keyColumn: string): Record<string, string> {
  return Object.fromEntries(failed.map((row) => [row[keyColumn] ?? '', row.sf__Error ?? '']));
}

async function idOf(object: string, where: string): Promise<string> {
  const [record] = await query<{ Id: string }>(`SELECT Id FROM ${object} WHERE ${where}`);
  if (record === undefined) throw new Error(`no ${object} where ${where}`);
  return record.Id;
}

describe('upsert of Contacts keyed on External_Id__c', () => {
  const csv = (title: string) =>
    'External_Id__c,FirstName,LastName,Birthdate,Title,Description\n' +
    `QA-1,Ada,Lovelace,1940-06-07Z,${title},"She wrote ""the first program""\nand a note on it"\n`;

  it('creates the record the first time and updates it the second, quotes and line breaks intact', async () => {
    const first = await load(
      { object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      csv('Countess'),
    );
    expect(first.failedResults).toEqual([]);
    expect(first.successfulResults).toEqual([
      {
        sf__Id: expect.stringMatching(/^003\w{15}$/),
        sf__Created: 'true',
        External_Id__c: 'QA-1',
        FirstName: 'Ada',
        LastName: 'Lovelace',
        Birthdate: '1940-06-07Z',
        Title: 'Countess',
        Description: 'She wrote "the first program"\nand a note on it',
      },
    ]);
    const second = await load(
      { object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      csv('Analyst'),
    );
    expect(second.successfulResults).toEqual([
      expect.objectContaining({ sf__Id: first.successfulResults[0]?.sf__Id, sf__Created: 'false' }),
    ]);

    expect(
      await query(
        "SELECT Id, LastName, Birthdate, Title, Description FROM Contact WHERE External_Id__c = 'QA-1'",
      ),
    ).toEqual([
      {
        attributes: expect.anything(),
        Id: first.successfulResults[0]?.sf__Id,
        LastName: 'Lovelace',
        Birthdate: '1940-06-07',
        Title: 'Analyst',
        Description: 'She wrote "the first program"\nand a note on it',
      },
    ]);
  });

  it('matches keys case-insensitively on a case-insensitive unique field, and rejects a key repeated in one batch', async () => {
    const result = await load(
      { object: 'Contact', operation: 'upsert', externalIdFieldName: 'External_Id__c' },
      'External_Id__c,LastName\ncon-00001,Renamed\nQA-DUP,One\nqa-dup,Two\n',
    );
    expect(result.successfulResults).toEqual([
      expect.objectContaining({ External_Id__c: 'con-00001', sf__Created: 'false' }),
    ]);
    expect(errorsBy(result.failedResults, 'LastName')).toEqual({
      One: 'DUPLICATE_VALUE:Duplicate external id specified: QA-DUP:External_Id__c --',
      Two: 'DUPLICATE_VALUE:Duplicate external id specified: qa-dup:External_Id__c --',
    });
    expect(await query("SELECT LastName FROM Contact WHERE External_Id__c = 'CON-00001'")).toEqual([
      expect.objectContaining({ LastName: 'Renamed' }),
    ]);
  });

  it('fails a key that matches several records, on a non-unique case-sensitive External ID', async () => {
    const [number] = DUPLICATED_INVOICE_NUMBERS;
    const matches = await query<{ Id: string }>(
      `SELECT Id FROM Invoice__c WHERE Invoice_Number__c = '${number}'`,
    );
    const invoices = async () =>
      Object.fromEntries(
        (
          await query<{ Invoice_Number__c: string; Status__c: string }>(
            "SELECT Invoice_Number__c, Status__c FROM Invoice__c WHERE Invoice_Number__c = 'INV-2025-0006'",
          )
        ).map((i) => [i.Invoice_Number__c, i.Status__c]),
      );
    const before = await invoices();
    const result = await load(
      { object: 'Invoice__c', operation: 'upsert', externalIdFieldName: 'Invoice_Number__c' },
      `Invoice_Number__c,Status__c\n${number},Paid\ninv-2025-0006,Void\n`,
    );
    expect(result.failedResults).toEqual([
      expect.objectContaining({
        sf__Id: '',
        sf__Error: `DUPLICATE_EXTERNAL_ID:Invoice Number: more than one record found for external id field: [${matches.map((m) => m.Id).join(', ')}]:--`,
      }),
    ]);
    // Case-sensitive: only the lower-case invoice matches (SOQL's = is not, so it finds both).
    expect(result.successfulResults).toEqual([
      expect.objectContaining({ Invoice_Number__c: 'inv-2025-0006', sf__Created: 'false' }),
    ]);
    expect(await invoices()).toEqual({ ...before, 'inv-2025-0006': 'Void' });
  });

  it('inserts rows whose Id is blank on an Id-keyed upsert, even with no Id column', async () => {
    const existing = await idOf('Account', "External_Id__c = 'ACC-00001'");
    const result = await load(
      { object: 'Account', operation: 'upsert', externalIdFieldName: 'Id' },
      `Id,Name\n${existing},Renamed Account\n,Brand New Account\n`,
    );
    expect(result.successfulResults.map((r) => [r.Name, r.sf__Created]).sort()).toEqual([
      ['Brand New Account', 'true'],
      ['Renamed Account', 'false'],
    ]);
    const backquoted = await org.conn.bulk2.loadAndWaitForResults({
      object: 'Account',
      operation: 'upsert',
      externalIdFieldName: 'Id',
      columnDelimiter: 'BACKQUOTE',
      input: 'NAME`TYPE\nBackquote One`Customer\n',
      ...POLL,
    });
    expect(await backquoted.successfulResults).toBeDefined();
    expect(await query("SELECT Type FROM Account WHERE Name = 'Backquote One'")).toEqual([
      expect.objectContaining({ Type: 'Customer' }),
    ]);
  });
});
