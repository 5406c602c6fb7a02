import { describe, expect, it } from 'vitest';
import type { LoadMapping } from '../load/column-mapping';
import { fromCloneableSetup } from './prepare-setup';
import { joinColumnsFor } from './results-join-columns';
import { contactSetup, demoOrgDescribe, demoOrgKeyPrefixes } from './test-support/prepare-fixture';

function accountSetup(mapping: Partial<LoadMapping>) {
  return fromCloneableSetup({
    describe: demoOrgDescribe('Account'),
    mapping: {
      object: 'Account',
      operation: 'insert',
      matchingField: null,
      columns: [],
      constants: [],
      ...mapping,
    },
    formats: [],
    keyPrefixes: demoOrgKeyPrefixes(),
  });
}

describe('the join columns of a job', () => {
  it('types each Bulk CSV column by its field; relationship columns compare as text', () => {
    const columns = joinColumnsFor(fromCloneableSetup(contactSetup()), [
      'LastName',
      'Birthdate',
      'AccountId',
      'Account.External_Id__c',
    ]);
    expect(columns).toEqual({
      header: ['LastName', 'Birthdate', 'AccountId', 'Account.External_Id__c'],
      types: ['string', 'date', 'reference', null],
      keyColumn: null,
      keyCaseSensitive: true,
    });
  });

  it('keys an update on Id and an upsert on its matching field, with its case rule', () => {
    const header = ['Name', 'Id', 'external_id__c', 'AnnualRevenue'];
    expect(joinColumnsFor(accountSetup({ operation: 'update' }), header)).toMatchObject({
      keyColumn: 1,
      keyCaseSensitive: true,
      types: ['string', 'id', 'string', 'currency'],
    });
    const upsert = joinColumnsFor(
      accountSetup({ operation: 'upsert', matchingField: 'External_Id__c' }),
      header,
    );
    const field = demoOrgDescribe('Account').fields.find((f) => f.name === 'External_Id__c');
    expect(upsert).toMatchObject({ keyColumn: 2, keyCaseSensitive: field?.caseSensitive });
  });
});
