import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../column-mapping';
import type { FieldDescribe, SObjectDescribe } from '../describe-types';
import type { Operation } from '../operation-rules';
import { makeField } from '../test-support/shared-salesforce-data';
import { PreflightChecker } from './preflight-checker';

/** A small object of our own, so these properties run without the shared describe captures. */
function widgetDescribe(extra: FieldDescribe[] = []): SObjectDescribe {
  return {
    name: 'Widget__c',
    label: 'Widget',
    keyPrefix: 'a01',
    createable: true,
    updateable: true,
    deletable: true,
    recordTypeInfos: [],
    fields: [
      makeField({
        name: 'Id',
        type: 'id',
        createable: false,
        updateable: false,
        nillable: false,
        defaultedOnCreate: true,
        idLookup: true,
      }),
      makeField({ name: 'Name', length: 80, nillable: false }),
      makeField({ name: 'Ext__c', length: 40, externalId: true, unique: true }),
      makeField({ name: 'Serial__c', length: 40, createable: true, updateable: false }),
      makeField({ name: 'Approved__c', length: 40, createable: false, updateable: true }),
      ...extra,
    ],
  };
}

function upsertChecker(describe: SObjectDescribe, fields: string[]): PreflightChecker {
  return new PreflightChecker({
    describe,
    mapping: {
      object: describe.name,
      operation: 'upsert' as Operation,
      matchingField: 'Ext__c',
      constants: [],
      columns: fields.map((name, column) => ({
        column,
        header: name,
        mapping: { kind: 'field', field: name } satisfies ColumnMapping,
        blankPolicy: 'leave-unchanged',
      })),
    },
    formats: new Map(),
    keyPrefixes: new Map(),
  });
}

describe('duplicate keys across the whole file', () => {
  it('flags exactly the rows whose key appeared before, naming the first row', () => {
    const key = fc.string({
      unit: fc.constantFrom('a', 'A', 'b', '7'),
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.boolean(), (keys, caseSensitive) => {
        const base = widgetDescribe();
        const describe = {
          ...base,
          fields: base.fields.map((f) => (f.name === 'Ext__c' ? { ...f, caseSensitive } : f)),
        };
        const checker = upsertChecker(describe, ['Ext__c', 'Name']);
        const firstRow = new Map<string, number>();
        keys.forEach((k, row) => {
          const folded = caseSensitive ? k : k.toLowerCase();
          const expected = firstRow.get(folded);
          if (expected === undefined) firstRow.set(folded, row);
          const duplicates = checker.check([k, 'N'], row).filter((p) => p.rule === 'duplicate-key');
          expect(duplicates.map((p) => p.relatedRow)).toEqual(
            expected === undefined ? [] : [expected],
          );
        });
      }),
    );
  });
});

describe('clean text', () => {
  it('passes through unchanged and costs no problem', () => {
    const text = fc
      .string({ maxLength: 40 })
      .filter(
        (s) =>
          s.trim() === s &&
          !s.startsWith('#') &&
          !/[\u00a0\u202f]/.test(s) &&
          !/^-?\d(\.\d+)?e[+-]?\d+$/i.test(s),
      );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            text.filter((s) => s !== ''),
            text,
          ),
          { maxLength: 50 },
        ),
        (rows) => {
          const checker = upsertChecker(widgetDescribe(), ['Ext__c', 'Name']);
          const seen = new Set<string>();
          rows.forEach(([ext, name], row) => {
            const problems = checker.check([ext, name], row);
            const duplicate = seen.has(ext.toLowerCase());
            seen.add(ext.toLowerCase());
            expect(problems.map((p) => p.rule)).toEqual([
              ...(duplicate ? ['duplicate-key'] : []),
              ...(name === '' ? ['required-if-creates'] : []),
            ]);
            expect(checker.values).toEqual([ext, name]);
          });
        },
      ),
    );
  });
});

describe('fields only creating or only updating may set, on upsert', () => {
  it.each([
    ['create-only, the row may update', ['K-1', 'N', 'S', ''], ['read-only-on-upsert']],
    ['create-only, the row creates', ['', 'N', 'S', ''], ['blank-matching-value']],
    ['update-only, the row may create', ['K-1', 'N', '', 'yes'], ['read-only-on-upsert']],
    [
      'update-only, the row creates',
      ['', 'N', '', 'yes'],
      ['blank-matching-value', 'read-only-field'],
    ],
  ])('%s', (_name, row, rules) => {
    const checker = upsertChecker(widgetDescribe(), ['Ext__c', 'Name', 'Serial__c', 'Approved__c']);
    expect(checker.check(row, 0).map((p) => p.rule)).toEqual(rules);
  });
});

describe('multi-select picklists', () => {
  const colours = makeField({
    name: 'Colours__c',
    label: 'Colours',
    type: 'multipicklist',
    length: 4099,
    restrictedPicklist: true,
    picklistValues: ['Red', 'Green', 'Blue'].map((value) => ({
      value,
      label: value,
      active: true,
    })),
  });

  it.each([
    ['every value valid', 'Red;Blue', null],
    ['a trailing separator', 'Red;', null],
    ['one bad value among good ones', 'Red;Grene;Blue', 'Grene'],
  ])('%s', (_name, cell, bad) => {
    const checker = upsertChecker(widgetDescribe([colours]), ['Ext__c', 'Name', 'Colours__c']);
    const problems = checker.check(['K', 'N', cell], 0);
    expect(problems.map((p) => [p.rule, p.value, p.suggestion])).toEqual(
      bad === null ? [] : [['restricted-picklist', bad, 'Green']],
    );
  });
});

describe('constants', () => {
  it('refuse a single value for a unique field, which every row would share', () => {
    const checker = new PreflightChecker({
      describe: widgetDescribe(),
      mapping: {
        object: 'Widget__c',
        operation: 'insert',
        matchingField: null,
        constants: [{ field: 'Ext__c', value: 'SAME' }],
        columns: [
          {
            column: 0,
            header: 'Name',
            mapping: { kind: 'field', field: 'Name' },
            blankPolicy: 'leave-unchanged',
          },
        ],
      },
      formats: new Map(),
      keyPrefixes: new Map(),
    });
    expect(checker.loadProblems.map((p) => [p.rule, p.field])).toEqual([
      ['duplicate-key', 'Ext__c'],
    ]);
  });
});
