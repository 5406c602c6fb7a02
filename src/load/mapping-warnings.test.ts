import { describe, expect, it } from 'vitest';
import {
  applyBlankPolicy,
  bulkHeaderFor,
  countBlankCells,
  type ColumnMapping,
  type ColumnPlan,
  type LoadMapping,
} from './column-mapping';
import { mappingWarnings, type MappingWarningCode } from './mapping-warnings';
import {
  objectAllowsOperation,
  OPERATION_RULES,
  OPERATIONS,
  type Operation,
} from './operation-rules';
import { contactDescribe, SHARED_DATA_MISSING_REASON } from './test-support/describe-fixtures';

const field = (name: string): ColumnMapping => ({ kind: 'field', field: name });

function plan(mappings: ColumnMapping[], clear: number[] = []): ColumnPlan[] {
  return mappings.map((mapping, column) => ({
    column,
    header: `col${column}`,
    mapping,
    blankPolicy: clear.includes(column) ? 'clear' : 'leave-unchanged',
  }));
}

function loadMapping(
  operation: Operation,
  mappings: ColumnMapping[],
  extra: Partial<LoadMapping> = {},
): LoadMapping {
  return {
    object: 'Contact',
    operation,
    matchingField: null,
    columns: plan(mappings),
    constants: [],
    ...extra,
  };
}

describe('blank policy', () => {
  it.each([
    ['', 'leave-unchanged', ''],
    ['', 'clear', '#N/A'],
    ['Ada', 'clear', 'Ada'],
    [' ', 'clear', ' '],
  ] as const)('%j with %s becomes %j', (value, policy, expected) => {
    expect(applyBlankPolicy(value, policy)).toBe(expected);
  });

  it('counts the rows a clear would affect', () => {
    expect(countBlankCells([['a', ''], ['', ''], ['c']], 1)).toBe(3);
  });
});

describe('operation rules as data', () => {
  it('spells out every operation', () => {
    expect(
      OPERATIONS.map((op) => [
        op,
        OPERATION_RULES[op].needsId,
        OPERATION_RULES[op].idOnly,
        OPERATION_RULES[op].permanent,
      ]),
    ).toEqual([
      ['insert', false, false, false],
      ['update', true, false, false],
      ['upsert', false, false, false],
      ['delete', true, true, false],
      ['hardDelete', true, true, true],
    ]);
    expect(OPERATION_RULES.hardDelete.summary).toContain('Recycle Bin');
  });

  it.each([
    [{ createable: true, updateable: false, deletable: false }, ['insert']],
    [{ createable: true, updateable: true, deletable: false }, ['insert', 'update', 'upsert']],
    [{ createable: false, updateable: false, deletable: true }, ['delete', 'hardDelete']],
  ])('offers only the operations describe allows: %o', (flags, allowed) => {
    expect(OPERATIONS.filter((op) => objectAllowsOperation(flags, op))).toEqual(allowed);
  });
});

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)(
  'mapping warnings on the real Contact describe',
  () => {
    const contact = contactDescribe();
    const codes = (mapping: LoadMapping) => mappingWarnings(mapping, contact).map((w) => w.code);

    it.each<[string, LoadMapping, MappingWarningCode[]]>([
      ['a complete insert', loadMapping('insert', [field('LastName'), field('Email')]), []],
      [
        'an insert without the required LastName',
        loadMapping('insert', [field('Email')]),
        ['required-field-not-mapped'],
      ],
      [
        'a required field given as a constant',
        loadMapping('insert', [field('Email')], {
          constants: [{ field: 'LastName', value: 'Unknown' }],
        }),
        [],
      ],
      [
        'a read-only field on insert',
        loadMapping('insert', [field('LastName'), field('CreatedDate')]),
        ['read-only-field-mapped'],
      ],
      [
        'an Id on insert',
        loadMapping('insert', [field('LastName'), field('Id')]),
        ['id-mapped-on-insert'],
      ],
      ['an update without Id', loadMapping('update', [field('Email')]), ['id-not-mapped']],
      ['an update with Id', loadMapping('update', [field('Id'), field('Email')]), []],
      [
        'a field that does not exist',
        loadMapping('update', [field('Id'), field('Nope__c')]),
        ['unknown-field'],
      ],
      [
        'two columns to one field',
        loadMapping('update', [field('Id'), field('Email'), field('email')]),
        ['field-mapped-twice'],
      ],
      [
        'a constant clashing with a column',
        loadMapping('update', [field('Id'), field('Email')], {
          constants: [{ field: 'Email', value: 'x@y.z' }],
        }),
        ['constant-clashes-with-column'],
      ],
      [
        'an upsert without a matching field',
        loadMapping('upsert', [field('LastName')]),
        ['matching-field-not-chosen'],
      ],
      [
        'an upsert whose matching field is not mapped',
        loadMapping('upsert', [field('LastName')], { matchingField: 'External_Id__c' }),
        ['matching-field-not-mapped'],
      ],
      [
        'Id mapped on an external-id upsert',
        loadMapping('upsert', [field('External_Id__c'), field('LastName'), field('Id')], {
          matchingField: 'External_Id__c',
        }),
        ['id-mapped-on-external-id-upsert'],
      ],
      [
        'an upsert on Id',
        loadMapping('upsert', [field('Id'), field('LastName')], { matchingField: 'Id' }),
        [],
      ],
      [
        'an upsert without LastName',
        loadMapping('upsert', [field('External_Id__c')], { matchingField: 'External_Id__c' }),
        ['required-field-not-mapped'],
      ],
      [
        'a delete with extra columns',
        loadMapping('delete', [field('Id'), field('Email')]),
        ['only-id-used'],
      ],
      [
        'a delete without Id',
        loadMapping('delete', [field('Email')]),
        ['id-not-mapped', 'only-id-used'],
      ],
      ['a hard delete', loadMapping('hardDelete', [field('Id')]), ['permanent-delete']],
      [
        'a relationship column',
        loadMapping('insert', [
          field('LastName'),
          {
            kind: 'relationship',
            lookupField: 'AccountId',
            targetObject: 'Account',
            targetField: 'External_Id__c',
          },
        ]),
        [],
      ],
    ])('%s', (_name, mapping, expected) => {
      expect(codes(mapping)).toEqual(expected);
    });

    it('warns when "clear" would empty a field that cannot be empty', () => {
      const mapping: LoadMapping = {
        ...loadMapping('update', []),
        columns: plan([field('Id'), field('LastName')], [1]),
      };
      expect(mappingWarnings(mapping, contact)).toEqual([
        expect.objectContaining({
          code: 'clear-on-required-field',
          fields: ['LastName'],
          columns: [1],
        }),
      ]);
    });

    it('grades a missing required field as an error on insert', () => {
      expect(mappingWarnings(loadMapping('insert', [field('Email')]), contact)[0]).toMatchObject({
        severity: 'error',
        fields: ['LastName'],
      });
    });

    it.each<[ColumnMapping, string | null]>([
      [field('lastname'), 'LastName'],
      [
        {
          kind: 'relationship',
          lookupField: 'AccountId',
          targetObject: 'Account',
          targetField: 'External_Id__c',
        },
        'Account.External_Id__c',
      ],
      [{ kind: 'skip' }, null],
    ])('writes the Bulk header for %o', (mapping, header) => {
      expect(bulkHeaderFor(mapping, contact)).toBe(header);
    });
  },
);
