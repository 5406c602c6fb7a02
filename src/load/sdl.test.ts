import { describe, expect, it } from 'vitest';
import type { LoadMapping } from './column-mapping';
import { mappingFromJson, mappingToJson } from './mapping-json';
import { applySavedMapping, headerSimilarity, toSavedMapping } from './saved-mapping';
import { mappingToSdl, parseSdl, sdlToSavedMapping } from './sdl';
import {
  accountDescribe,
  contactDescribe,
  SHARED_DATA_MISSING_REASON,
} from './test-support/describe-fixtures';

describe('parseSdl reads Data Loader mapping files', () => {
  it('reads columns, one-to-many lines, constants and both lookup formats', () => {
    const text = [
      '#Mapping values',
      '#Tue Jun 20 18:59:17 PDT 2006',
      'ACCOUNT_NAME=Name',
      'NumEmployees = NumberOfEmployees',
      'State=BillingState, ShippingState',
      '"Aerospace"=Industry',
      '"Acme\\ Corp"=Description, Site',
      'PARENT=Parent\\:Account-External_Id__c',
      'OLD_PARENT=parent:external_id__c',
      'Who\\:Contact-Email=Who\\:Contact-Email',
      '=AnnualRevenue',
    ].join('\n');
    expect(parseSdl(text)).toEqual([
      { kind: 'column', header: 'ACCOUNT_NAME', targets: [{ kind: 'field', field: 'Name' }] },
      {
        kind: 'column',
        header: 'NumEmployees',
        targets: [{ kind: 'field', field: 'NumberOfEmployees' }],
      },
      {
        kind: 'column',
        header: 'State',
        targets: [
          { kind: 'field', field: 'BillingState' },
          { kind: 'field', field: 'ShippingState' },
        ],
      },
      { kind: 'constant', value: 'Aerospace', fields: ['Industry'] },
      { kind: 'constant', value: 'Acme Corp', fields: ['Description', 'Site'] },
      {
        kind: 'column',
        header: 'PARENT',
        targets: [
          {
            kind: 'relationship',
            relationshipName: 'Parent',
            targetObject: 'Account',
            targetField: 'External_Id__c',
          },
        ],
      },
      {
        kind: 'column',
        header: 'OLD_PARENT',
        targets: [
          {
            kind: 'relationship',
            relationshipName: 'parent',
            targetObject: null,
            targetField: 'external_id__c',
          },
        ],
      },
      {
        kind: 'column',
        header: 'Who:Contact-Email',
        targets: [
          {
            kind: 'relationship',
            relationshipName: 'Who',
            targetObject: 'Contact',
            targetField: 'Email',
          },
        ],
      },
    ]);
  });
});

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)(
  '.sdl and JSON mappings against the real describes',
  () => {
    const account = accountDescribe();
    const contact = contactDescribe();
    const mapping: LoadMapping = {
      object: 'Contact',
      operation: 'upsert',
      matchingField: 'External_Id__c',
      columns: [
        {
          column: 0,
          header: 'Ext Id',
          mapping: { kind: 'field', field: 'External_Id__c' },
          blankPolicy: 'leave-unchanged',
        },
        {
          column: 1,
          header: 'Last Name',
          mapping: { kind: 'field', field: 'LastName' },
          blankPolicy: 'leave-unchanged',
        },
        {
          column: 2,
          header: 'Account Key',
          mapping: {
            kind: 'relationship',
            lookupField: 'AccountId',
            targetObject: 'Account',
            targetField: 'External_Id__c',
          },
          blankPolicy: 'leave-unchanged',
        },
        {
          column: 3,
          header: 'Notes: #1',
          mapping: { kind: 'field', field: 'Description' },
          blankPolicy: 'clear',
        },
        {
          column: 4,
          header: 'Ignore me',
          mapping: { kind: 'skip' },
          blankPolicy: 'leave-unchanged',
        },
      ],
      constants: [
        { field: 'LeadSource', value: 'Web Import' },
        { field: 'Department', value: 'Web Import' },
        { field: 'Title', value: 'Buyer' },
      ],
    };

    it('writes an .sdl file Data Loader reads, and reads it back to the same mapping', () => {
      const exported = mappingToSdl(mapping, contact);
      expect(exported.text).toBe(
        [
          '#Mapping values',
          'Ext\\ Id=External_Id__c',
          'Last\\ Name=LastName',
          'Account\\ Key=Account\\:Account-External_Id__c',
          'Notes\\:\\ \\#1=Description',
          '"Web\\ Import"=LeadSource, Department',
          '"Buyer"=Title',
          '',
        ].join('\n'),
      );
      expect(exported.notes).toEqual([
        expect.stringContaining('"Notes: #1" clears fields on blank cells'),
      ]);
      const imported = sdlToSavedMapping(exported.text, contact, 'upsert');
      expect(imported.notes).toEqual([]);
      const expected = toSavedMapping({ ...mapping, matchingField: null });
      expect(imported.mapping).toEqual({
        ...expected,
        columns: expected.columns.map((c) => ({ ...c, blankPolicy: 'leave-unchanged' })),
      });
    });

    it('imports legacy lookups, one-to-many lines and unknown fields with notes', () => {
      const text =
        'NAME=Name\nPARENT=Parent:External_Id__c\nSTATE=BillingState, ShippingState\nSECRET=Hidden_Field__c\n"x"=Nope__c\n';
      const imported = sdlToSavedMapping(text, account, 'insert');
      expect(imported.mapping.columns.map((c) => [c.header, c.mapping])).toEqual([
        ['NAME', { kind: 'field', field: 'Name' }],
        [
          'PARENT',
          {
            kind: 'relationship',
            lookupField: 'ParentId',
            targetObject: 'Account',
            targetField: 'External_Id__c',
          },
        ],
        ['STATE', { kind: 'field', field: 'BillingState' }],
      ]);
      expect(imported.notes).toEqual([
        expect.stringContaining('"STATE" also fed ShippingState'),
        expect.stringContaining('"SECRET" is not mapped: Account has no field Hidden_Field__c'),
        expect.stringContaining('The constant "x" for Nope__c is dropped'),
      ]);
    });

    it('round-trips a mapping through JSON, value formats included', () => {
      const saved = toSavedMapping(mapping, [undefined, undefined, undefined, { kind: 'text' }]);
      const json = mappingToJson(saved);
      expect(JSON.parse(json)).toMatchObject({
        format: 'forklift-mapping',
        version: 1,
        object: 'Contact',
      });
      expect(mappingFromJson(json)).toEqual({ ok: true, mapping: saved });
    });

    it.each([
      ['not JSON', '{', 'not a JSON file'],
      ['another JSON file', '{"name":"x"}', 'not a Forklift mapping'],
      ['a newer version', '{"format":"forklift-mapping","version":2}', 'newer Forklift'],
      [
        'a bad operation',
        '{"format":"forklift-mapping","version":1,"object":"Contact","operation":"merge"}',
        'unknown operation',
      ],
      [
        'a bad column',
        '{"format":"forklift-mapping","version":1,"object":"Contact","operation":"insert","matchingField":null,"columns":[{"header":"A","mapping":{"kind":"field"},"blankPolicy":"clear"}],"constants":[]}',
        'column "A" has no valid mapping',
      ],
    ])('refuses %s with a clear error', (_name, text, error) => {
      const result = mappingFromJson(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(error);
    });

    it('applies a saved mapping to a new file by header, re-checked against describe', () => {
      const saved = toSavedMapping(mapping);
      const withHidden = {
        ...saved,
        columns: [
          ...saved.columns,
          {
            header: 'Secret',
            mapping: { kind: 'field' as const, field: 'Hidden__c' },
            blankPolicy: 'clear' as const,
          },
        ],
      };
      const applied = applySavedMapping(
        withHidden,
        ['last name', 'Secret', 'EXT ID', 'Extra'],
        contact,
      );
      expect(
        applied.columns.map((c) => [
          c.header,
          c.mapping.kind === 'field' ? c.mapping.field : c.mapping.kind,
        ]),
      ).toEqual([
        ['last name', 'LastName'],
        ['Secret', 'skip'],
        ['EXT ID', 'External_Id__c'],
        ['Extra', 'skip'],
      ]);
      expect(applied.notes).toEqual([
        expect.stringContaining('"Secret" was mapped to Hidden__c'),
        expect.stringContaining('"Account Key" that this file does not'),
        expect.stringContaining('"Notes: #1" that this file does not'),
      ]);
      expect(applied.constants).toHaveLength(3);
      expect(headerSimilarity(saved, ['Ext Id', 'last name', 'Other'])).toBe(0.5);
    });
  },
);
