import { describe, expect, it } from 'vitest';
import type { LoadMapping } from './column-mapping';
import type { SObjectDescribe } from './describe-types';
import { mappingDrift } from './mapping-drift';
import { contactDescribe, SHARED_DATA_MISSING_REASON } from './test-support/describe-fixtures';

const upsert = (extra: Partial<LoadMapping> = {}): LoadMapping => ({
  object: 'Contact',
  operation: 'upsert',
  matchingField: 'External_Id__c',
  columns: [
    {
      column: 0,
      header: 'Ext',
      mapping: { kind: 'field', field: 'External_Id__c' },
      blankPolicy: 'leave-unchanged',
    },
    {
      column: 1,
      header: 'Last',
      mapping: { kind: 'field', field: 'LastName' },
      blankPolicy: 'leave-unchanged',
    },
    { column: 2, header: 'Notes', mapping: { kind: 'skip' }, blankPolicy: 'leave-unchanged' },
  ],
  constants: [],
  ...extra,
});

const without = (d: SObjectDescribe, name: string): SObjectDescribe => ({
  ...d,
  fields: d.fields.filter((f) => f.name !== name),
});

const readOnly = (d: SObjectDescribe, name: string): SObjectDescribe => ({
  ...d,
  fields: d.fields.map((f) =>
    f.name === name ? { ...f, createable: false, updateable: false } : f,
  ),
});

// The real Contact describe capture lives in ../shared; without it there is nothing to check against.
describe.skipIf(SHARED_DATA_MISSING_REASON !== null)(
  'the mapping against the live describe',
  () => {
    it('finds nothing when the mapped fields are still there and writable', () => {
      expect(mappingDrift(upsert(), contactDescribe())).toEqual([]);
    });

    it('names a mapped field that was deleted, and the matching field', () => {
      const problems = mappingDrift(upsert(), without(contactDescribe(), 'External_Id__c'));
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/no field External_Id__c any more \(column “Ext”\)/);
      expect(problems[1]).toMatch(/cannot be matched by it/);
    });

    it('names a field made read-only, but not a key field', () => {
      const problems = mappingDrift(upsert(), readOnly(contactDescribe(), 'LastName'));
      expect(problems).toEqual([
        expect.stringMatching(/^Last Name \(LastName\) can no longer be written/),
      ]);
    });

    it('checks constants, and only Id for deletes', () => {
      const withConstant = upsert({ constants: [{ field: 'LeadSource', value: 'Web' }] });
      expect(mappingDrift(withConstant, without(contactDescribe(), 'LeadSource'))).toHaveLength(1);
      const del = upsert({ operation: 'delete', matchingField: null });
      expect(mappingDrift(del, readOnly(contactDescribe(), 'LastName'))).toEqual([]);
    });
  },
);
