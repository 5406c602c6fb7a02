/**
 * Row rules through jsforce's bulk2 against the running demo org (salesforce-api.md §2, §1.12):
 * insert, update, delete and hardDelete with Salesforce's exact `sf__Error` texts, headers that
 * fail the whole job, and SOQL to prove what landed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_QUEUE, DEMO_USERS } from '../core/seed/demo-org';
import { ANALYST, POLL, startTestOrg } from './ingest-test-org';
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

describe('insert', () => {
  it("answers each bad row with Salesforce's error text", async () => {
    const [deletedAccount] = (
      await load({ object: 'Account', operation: 'insert' }, 'Name\nSoon Gone\n')
    ).successfulResults;
    await load({ object: 'Account', operation: 'delete' }, `Id\n${deletedAccount?.sf__Id}\n`);
    const someContact = await idOf('Contact', "External_Id__c = 'CON-00002'");
    const csv = [
      'Title,LastName,Email,Birthdate,AccountId,Account.External_Id__c,External_Id__c,Name',
      'required,,,,,,,',
      'date,Doe,,1940-13-01,,,,',
      'email,Doe,nope,,,,,',
      `long,${'x'.repeat(81)},,,,,,`,
      'readonly,Doe,,,,,,Full Name',
      `wrongtype,Doe,,,${someContact},,,`,
      'malformed,Doe,,,001xyz,,,',
      `deleted,Doe,,,${deletedAccount?.sf__Id},,,`,
      'unique,Doe,,,,,CON-00003,',
      'parent,Doe,,,,ACC-99999,,',
      'good,Doe,,,,ACC-00002,QA-NEW,',
    ].join('\n');
    const result = await load({ object: 'Contact', operation: 'insert' }, `${csv}\n`);
    const clash = await idOf('Contact', "External_Id__c = 'CON-00003'");
    expect(errorsBy(result.failedResults, 'Title')).toEqual({
      required: 'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --',
      date: "INVALID_FIELD:Failed to deserialize field at col 3. Due to, '1940-13-01' is not a valid value for the type xsd:date:Birthdate --",
      email: 'INVALID_EMAIL_ADDRESS:Email: invalid email address: nope:Email --',
      long: `STRING_TOO_LONG:Last Name: data value too large: ${'x'.repeat(81)} (max length=80):LastName --`,
      readonly:
        'INVALID_FIELD_FOR_INSERT_UPDATE:Unable to create/update fields: Name. Please check the security settings of this field and verify that it is read/write for your profile or permission set.:Name --',
      wrongtype: `FIELD_INTEGRITY_EXCEPTION:Account ID: id value of incorrect type: ${someContact}:AccountId --`,
      malformed: 'MALFORMED_ID:Account ID: id value of incorrect type: 001xyz:AccountId --',
      deleted: 'ENTITY_IS_DELETED:entity is deleted:--',
      unique: `DUPLICATE_VALUE:duplicate value found: External_Id__c duplicates value on record with id: ${clash}:--`,
      parent:
        'INVALID_FIELD:Foreign key external ID: ACC-99999 not found for field External_Id__c in entity Account:--',
    });
    expect(result.failedResults.every((row) => row.sf__Id === '')).toBe(true);
    const account = await idOf('Account', "External_Id__c = 'ACC-00002'");
    expect(await query("SELECT AccountId FROM Contact WHERE External_Id__c = 'QA-NEW'")).toEqual([
      expect.objectContaining({ AccountId: account }),
    ]);
  });

  it('refuses an Id column value, rounds currency to its scale and takes custom relationship columns', async () => {
    const idRow = await load(
      { object: 'Contact', operation: 'insert' },
      'Id,LastName\n003000000000001AAA,Doe\n',
    );
    expect(idRow.failedResults[0]?.sf__Error).toBe(
      'INVALID_FIELD_FOR_INSERT_UPDATE:cannot specify Id in an insert call:Id --',
    );

    const result = await load(
      { object: 'Invoice__c', operation: 'insert' },
      'Invoice_Number__c,Amount__c,Status__c,Account__r.External_Id__c\nQA-INV-1,12.345,Draft,ACC-00003\nQA-INV-2,5,Lost,\n',
    );
    expect(result.failedResults[0]?.sf__Error).toBe(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Lost:Status__c --',
    );
    const account = await idOf('Account', "External_Id__c = 'ACC-00003'");
    expect(
      await query(
        "SELECT Amount__c, Account__c FROM Invoice__c WHERE Invoice_Number__c = 'QA-INV-1'",
      ),
    ).toEqual([expect.objectContaining({ Amount__c: 12.35, Account__c: account })]);
  });

  it('takes a polymorphic owner by type and relationship (User:Owner, Group:Owner)', async () => {
    const analyst = DEMO_USERS.find((u) => u.username === ANALYST);
    const result = await load(
      { object: 'Lead', operation: 'insert' },
      `LastName,Company,User:Owner.Username,Group:Owner.Id\nOwned,Acme,${ANALYST},\nQueued,Acme,,${DEMO_QUEUE.id}\n`,
    );
    expect(result.failedResults).toEqual([]);
    const leads = await query<{ LastName: string; OwnerId: string }>(
      "SELECT LastName, OwnerId FROM Lead WHERE Company = 'Acme' ORDER BY LastName",
    );
    expect(leads.map((l) => [l.LastName, l.OwnerId])).toEqual([
      ['Owned', analyst?.id],
      ['Queued', DEMO_QUEUE.id],
    ]);
  });
});

describe('update', () => {
  it('leaves empty values alone, clears #N/A, and refuses missing, malformed and gone Ids', async () => {
    const keep = await idOf('Contact', "External_Id__c = 'CON-00010'");
    const [before] = await query<{ FirstName: string; Title: string | null }>(
      `SELECT FirstName, Title FROM Contact WHERE Id = '${keep}'`,
    );
    const [gone] = (await load({ object: 'Contact', operation: 'insert' }, 'LastName\nTemporary\n'))
      .successfulResults;
    await load({ object: 'Contact', operation: 'delete' }, `Id\n${gone?.sf__Id}\n`);
    const result = await load(
      { object: 'Contact', operation: 'update' },
      [
        'Id,FirstName,Title,LastName',
        `${keep},,#N/A,Kept`,
        ',,,NoId',
        'abc,,,Malformed',
        `${gone?.sf__Id},,,Gone`,
        '003Hn00000zzzzz,,,Unknown',
        `${keep},,,#N/A`,
      ].join('\n'),
    );
    expect(result.successfulResults).toEqual([
      expect.objectContaining({ sf__Id: keep, sf__Created: 'false', LastName: 'Kept' }),
    ]);
    expect(errorsBy(result.failedResults, 'LastName')).toEqual({
      NoId: 'MISSING_ARGUMENT:Id not specified in an update call:--',
      Malformed: 'MALFORMED_ID:Contact ID: id value of incorrect type: abc:Id --',
      Gone: 'ENTITY_IS_DELETED:entity is deleted:--',
      Unknown: 'INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--',
      '#N/A': 'REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --',
    });
    expect(result.failedResults.find((r) => r.LastName === 'Gone')?.sf__Id).toBe(gone?.sf__Id);
    expect(
      await query(`SELECT FirstName, Title, LastName FROM Contact WHERE Id = '${keep}'`),
    ).toEqual([
      expect.objectContaining({ FirstName: before?.FirstName, Title: null, LastName: 'Kept' }),
    ]);
  });
});

describe('delete and hardDelete', () => {
  it("deletes an Account's Contacts and Opportunities with it", async () => {
    const account = await idOf('Account', "External_Id__c = 'ACC-00004'");
    const children = async () =>
      (await query(`SELECT Id FROM Contact WHERE AccountId = '${account}'`)).length +
      (await query(`SELECT Id FROM Opportunity WHERE AccountId = '${account}'`)).length;
    expect(await children()).toBeGreaterThan(0);
    const result = await load(
      { object: 'Account', operation: 'delete' },
      `Id\n${account}\n${account}\n`,
    );
    expect(result.successfulResults).toEqual([
      { sf__Id: account, sf__Created: 'false', Id: account },
    ]);
    expect(result.failedResults).toEqual([
      { sf__Id: account, sf__Error: 'ENTITY_IS_DELETED:entity is deleted:--', Id: account },
    ]);
    expect(await children()).toBe(0);
  });

  it('hard-deletes for the admin; the analyst cannot even create the job', async () => {
    const [made] = (await load({ object: 'Contact', operation: 'insert' }, 'LastName\nShredded\n'))
      .successfulResults;
    const result = await load(
      { object: 'Contact', operation: 'hardDelete' },
      `Id\n${made?.sf__Id}\n`,
    );
    expect(result.successfulResults).toEqual([
      { sf__Id: made?.sf__Id, sf__Created: 'false', Id: made?.sf__Id },
    ]);
    expect(await query(`SELECT Id FROM Contact WHERE Id = '${made?.sf__Id}'`)).toEqual([]);
    const analyst = org.connectionFor(await org.tokenFor(ANALYST));
    await expect(
      analyst.bulk2.loadAndWaitForResults({
        object: 'Contact',
        operation: 'hardDelete',
        input: 'Id\n',
        ...POLL,
      }),
    ).rejects.toMatchObject({ name: 'FEATURENOTENABLED' });
  });
});

describe('headers that fail the whole job', () => {
  it.each([
    [
      'Contact',
      'LastName,Shoe_Size__c\nDoe,42\n',
      'InvalidBatch : Field name not found : Shoe_Size__c',
    ],
    ['Contact', '\ufeffLastName\nDoe\n', 'InvalidBatch : Field name not found : \ufeffLastName'],
    [
      'Contact',
      'LastName,Parent:Account:External_Id__c\nDoe,x\n',
      'InvalidBatch : Field name not found : Parent:Account:External_Id__c',
    ],
    [
      'Contact',
      `LastName,User:Owner.Username\nDoe,${ANALYST}\n`,
      'InvalidBatch : type is not needed for non polymorphic foreign key references: Owner',
    ],
    [
      'Account',
      'Name,Account:Parent.External_Id__c\nDoe,x\n',
      'InvalidBatch : type is not needed for non polymorphic foreign key references: Parent',
    ],
    [
      'Account',
      'Name,Parent:Account.External_Id__c\nDoe,x\n',
      'InvalidBatch : Unable to find relationship: Account',
    ],
    [
      'Lead',
      `LastName,Company,Owner.Username\nDoe,Acme,${ANALYST}\n`,
      'InvalidBatch : type is required for polymorphic foreign key references: Owner',
    ],
  ])('fails a %s job whose header is %j', async (object, csv, message) => {
    const job = org.conn.bulk2.createJob({ object, operation: 'insert' });
    await job.open();
    await job.uploadData(csv);
    await job.close();
    await expect(job.poll(POLL.pollInterval, POLL.pollTimeout)).rejects.toThrow(
      `Ingest job failed to complete due to: ${message}`,
    );
    expect(await job.check()).toMatchObject({
      state: 'Failed',
      numberRecordsProcessed: 0,
      numberRecordsFailed: 0,
      errorMessage: message,
    });
    expect(await job.getFailedResults()).toEqual([]);
  });
});
