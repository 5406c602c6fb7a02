import { describe, expect, it } from 'vitest';
import type { LoadMapping } from './column-mapping';
import type { SObjectDescribe } from './describe-types';
import { mappingDrift, relationshipTargets } from './mapping-drift';
import {
  accountDescribe,
  contactDescribe,
  SHARED_DATA_MISSING_REASON,
} from './test-support/describe-fixtures';

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

const required = (d: SObjectDescribe, name: string): SObjectDescribe => ({
  ...d,
  fields: d.fields.map((f) =>
    f.name === name ? { ...f, nillable: false, defaultedOnCreate: false } : f,
  ),
});

const notExternalId = (d: SObjectDescribe, name: string): SObjectDescribe => ({
  ...d,
  fields: d.fields.map((f) =>
    f.name === name ? { ...f, externalId: false, idLookup: false, unique: false } : f,
  ),
});

/** A column "Account" that finds the Contact's Account by its External_Id__c. */
const withAccount = (extra: Partial<LoadMapping> = {}): LoadMapping => {
  const base = upsert(extra);
  return {
    ...base,
    columns: [
      ...base.columns,
      {
        column: 3,
        header: 'Account',
        mapping: {
          kind: 'relationship',
          lookupField: 'AccountId',
          targetObject: 'Account',
          targetField: 'External_Id__c',
        },
        blankPolicy: 'leave-unchanged',
      },
    ],
  };
};

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

    it('names a field made required on create that nothing fills, for inserts and upserts', () => {
      const before = contactDescribe();
      const now = required(before, 'Department');
      const problems = mappingDrift(upsert(), now, { mappedWith: before });
      expect(problems).toEqual([
        expect.stringMatching(
          /^Department \(Department\) is now required to create a Contact.*every row that creates a record would fail/,
        ),
      ]);
      const insert = upsert({ operation: 'insert', matchingField: null });
      expect(mappingDrift(insert, now, { mappedWith: before })).toEqual([
        expect.stringMatching(/Department.*so every row would fail/),
      ]);
    });

    it('says nothing of a required field that is filled, was required already, or is not created', () => {
      const before = contactDescribe();
      const now = required(before, 'Department');
      const filled = upsert({ constants: [{ field: 'department', value: 'Sales' }] });
      expect(mappingDrift(filled, now, { mappedWith: before })).toEqual([]);
      expect(mappingDrift(upsert(), now, { mappedWith: now })).toEqual([]);
      const update = upsert({ operation: 'update', matchingField: null });
      expect(mappingDrift(update, now, { mappedWith: before })).toEqual([]);
    });

    it('names a relationship column whose parent External ID field is gone', () => {
      const parents = new Map([['Account', notExternalId(accountDescribe(), 'External_Id__c')]]);
      expect(mappingDrift(withAccount(), contactDescribe(), { parents })).toEqual([
        expect.stringMatching(
          /^Account has no External ID field External_Id__c any more \(column “Account”\)/,
        ),
      ]);
      const gone = new Map([['Account', without(accountDescribe(), 'External_Id__c')]]);
      expect(mappingDrift(withAccount(), contactDescribe(), { parents: gone })).toHaveLength(1);
      const same = new Map([['Account', accountDescribe()]]);
      expect(mappingDrift(withAccount(), contactDescribe(), { parents: same })).toEqual([]);
    });

    it('names a lookup that no longer points to the parent object', () => {
      const live = {
        ...contactDescribe(),
        fields: contactDescribe().fields.map((f) =>
          f.name === 'AccountId' ? { ...f, referenceTo: ['Lead'] } : f,
        ),
      };
      expect(mappingDrift(withAccount(), live)).toEqual([
        expect.stringMatching(/^Account ID \(AccountId\) no longer points to Account/),
      ]);
    });

    it('lists the parent objects to describe, none for deletes', () => {
      expect(relationshipTargets(withAccount())).toEqual(['Account']);
      expect(relationshipTargets(upsert())).toEqual([]);
      expect(
        relationshipTargets(withAccount({ operation: 'delete', matchingField: null })),
      ).toEqual([]);
    });
  },
);
