import { describe, expect, it } from 'vitest';
import {
  deriveMapping,
  EMPTY_LOAD_DRAFT,
  loadDraftReducer,
  pendingSuggestions,
  type DraftSource,
  type LoadDraft,
  type LoadDraftAction,
} from './load-draft';
import type { SavedMapping } from './saved-mapping';
import { contactDescribe, SHARED_DATA_MISSING_REASON } from './test-support/describe-fixtures';

const source = (header: string[], rows: string[][] = []): DraftSource => ({
  fileName: 'contacts.csv',
  header,
  sampleRows: rows,
  rowCount: null,
});

const run = (...actions: LoadDraftAction[]): LoadDraft =>
  actions.reduce(loadDraftReducer, EMPTY_LOAD_DRAFT);

const HEADER = ['LastName', 'First Name', 'Email Address', 'Legacy_Code'];

describe('loadDraftReducer', () => {
  it('keeps column choices when a file with the same header replaces the first', () => {
    const draft = run(
      { type: 'source-changed', source: source(HEADER) },
      { type: 'column-mapped', column: 1, mapping: { kind: 'field', field: 'FirstName' } },
      { type: 'source-changed', source: null },
      { type: 'source-changed', source: { ...source(HEADER), rowCount: 12 } },
    );
    expect(draft.choices[1]?.mapping).toEqual({ kind: 'field', field: 'FirstName' });
    expect(draft.source?.rowCount).toBe(12);
  });

  it('forgets column choices when the header changes, but keeps object and operation', () => {
    const draft = run(
      { type: 'source-changed', source: source(HEADER) },
      { type: 'object-chosen', object: 'Contact' },
      { type: 'operation-chosen', operation: 'update' },
      { type: 'column-mapped', column: 1, mapping: { kind: 'skip' } },
      { type: 'source-changed', source: source(['Id', 'Email']) },
    );
    expect(draft).toMatchObject({ object: 'Contact', operation: 'update', choices: {} });
  });

  it('starts the mapping over when another object is chosen', () => {
    const draft = run(
      { type: 'source-changed', source: source(HEADER) },
      { type: 'object-chosen', object: 'Contact' },
      { type: 'matching-field-chosen', field: 'External_Id__c' },
      { type: 'record-type-chosen', recordTypeId: '012000000000001AAA' },
      { type: 'column-mapped', column: 0, mapping: { kind: 'skip' } },
      { type: 'constant-added', constant: { field: 'LeadSource', value: 'Web' } },
      { type: 'object-chosen', object: 'Lead' },
    );
    expect(draft).toMatchObject({
      object: 'Lead',
      matchingField: null,
      recordTypeId: null,
      choices: {},
      constants: [],
    });
  });

  it('forgets a chosen format when the column is mapped to another field', () => {
    const draft = run(
      { type: 'source-changed', source: source(['Birthday']) },
      { type: 'format-chosen', column: 0, format: { kind: 'date', order: 'dmy' } },
      { type: 'blank-policy-chosen', column: 0, policy: 'clear' },
      { type: 'column-mapped', column: 0, mapping: { kind: 'field', field: 'Birthdate' } },
    );
    expect(draft.choices[0]).toEqual({
      mapping: { kind: 'field', field: 'Birthdate' },
      blankPolicy: 'clear',
    });
  });

  it('edits and removes constants by position', () => {
    const draft = run(
      { type: 'constant-added', constant: { field: 'LeadSource', value: 'Web' } },
      { type: 'constant-added', constant: { field: 'Title', value: 'CEO' } },
      { type: 'constant-changed', index: 0, constant: { field: 'LeadSource', value: 'Phone' } },
      { type: 'constant-removed', index: 1 },
    );
    expect(draft.constants).toEqual([{ field: 'LeadSource', value: 'Phone' }]);
  });

  it('applies a saved mapping: object, operation, key, constants and its time zone', () => {
    const saved: SavedMapping = {
      object: 'Contact',
      operation: 'upsert',
      matchingField: 'External_Id__c',
      columns: [
        {
          header: 'Seen',
          mapping: { kind: 'field', field: 'LastCURequestDate' },
          blankPolicy: 'leave-unchanged',
          format: { kind: 'datetime', order: 'dmy', timeZone: 'Asia/Tokyo' },
        },
      ],
      constants: [{ field: 'LeadSource', value: 'Web' }],
    };
    const draft = run(
      { type: 'column-mapped', column: 0, mapping: { kind: 'skip' } },
      { type: 'saved-mapping-applied', saved: { name: 'Weekly', mapping: saved } },
    );
    expect(draft).toMatchObject({
      object: 'Contact',
      operation: 'upsert',
      matchingField: 'External_Id__c',
      timeZone: 'Asia/Tokyo',
      choices: {},
      constants: [{ field: 'LeadSource', value: 'Web' }],
      saved: { name: 'Weekly' },
    });
  });
});

describe.skipIf(SHARED_DATA_MISSING_REASON !== null)('deriveMapping on Contact', () => {
  const contact = contactDescribe();
  const base = run(
    { type: 'source-changed', source: source(HEADER, [['Lovelace', 'Ada', 'a@x.org', '7']]) },
    { type: 'object-chosen', object: 'Contact' },
  );

  it('takes exact API names, and holds other matches back as suggestions', () => {
    const derived = deriveMapping(base, contact);
    expect(derived?.columns.map((c) => [c.header, c.origin, c.pending?.mapping ?? null])).toEqual([
      ['LastName', 'exact-match', null],
      ['First Name', 'none', { kind: 'field', field: 'FirstName' }],
      ['Email Address', 'none', null],
      ['Legacy_Code', 'none', { kind: 'field', field: 'Legacy_Code__c' }],
    ]);
    expect(derived?.undecided).toEqual([1, 2, 3]);
  });

  it('accepting all suggestions leaves only the column with none undecided', () => {
    const first = deriveMapping(base, contact);
    const accepted = loadDraftReducer(base, {
      type: 'suggestions-accepted',
      accepted: pendingSuggestions(first?.columns ?? []),
    });
    const derived = deriveMapping(accepted, contact);
    expect(derived?.undecided).toEqual([2]);
    expect(derived?.mapping.columns.map((c) => c.mapping)).toEqual([
      { kind: 'field', field: 'LastName' },
      { kind: 'field', field: 'FirstName' },
      { kind: 'skip' },
      { kind: 'field', field: 'Legacy_Code__c' },
    ]);
  });

  it('a column the user leaves out is decided', () => {
    const draft = loadDraftReducer(base, {
      type: 'column-mapped',
      column: 2,
      mapping: { kind: 'skip' },
    });
    expect(deriveMapping(draft, contact)?.columns[2]).toMatchObject({
      origin: 'chosen',
      pending: null,
    });
  });

  it.each([
    ['insert', null, [{ field: 'RecordTypeId', value: '012A' }]],
    ['upsert', 'External_Id__c', [{ field: 'RecordTypeId', value: '012A' }]],
    ['delete', null, []],
  ] as const)(
    '%s writes the record type as a constant where it applies, and the key only for upsert',
    (operation, matchingField, constants) => {
      const draft = run(
        { type: 'source-changed', source: source(HEADER) },
        { type: 'object-chosen', object: 'Contact' },
        { type: 'matching-field-chosen', field: 'External_Id__c' },
        { type: 'record-type-chosen', recordTypeId: '012A' },
        { type: 'operation-chosen', operation },
      );
      expect(deriveMapping(draft, contact)?.mapping).toMatchObject({ matchingField, constants });
    },
  );

  it('a saved mapping sits under the user choices and notes what it could not carry over', () => {
    const saved: SavedMapping = {
      object: 'Contact',
      operation: 'insert',
      matchingField: null,
      columns: [
        {
          header: 'First Name',
          mapping: { kind: 'field', field: 'FirstName' },
          blankPolicy: 'clear',
        },
        {
          header: 'Email Address',
          mapping: { kind: 'field', field: 'Gone__c' },
          blankPolicy: 'clear',
        },
      ],
      constants: [],
    };
    const draft = run(
      { type: 'source-changed', source: source(HEADER) },
      { type: 'saved-mapping-applied', saved: { name: 'Weekly', mapping: saved } },
      { type: 'blank-policy-chosen', column: 1, policy: 'leave-unchanged' },
    );
    const derived = deriveMapping(draft, contact);
    expect(derived?.columns[1]).toMatchObject({ origin: 'saved', blankPolicy: 'leave-unchanged' });
    expect(derived?.columns[2]).toMatchObject({ origin: 'none' });
    expect(derived?.savedNotes.join(' ')).toContain('Gone__c');
  });

  it('needs no decision on other columns for a delete', () => {
    const draft = loadDraftReducer(base, { type: 'operation-chosen', operation: 'delete' });
    expect(deriveMapping(draft, contact)?.undecided).toEqual([]);
  });

  it('derives nothing before a file is dropped', () => {
    expect(deriveMapping(EMPTY_LOAD_DRAFT, contact)).toBeNull();
  });
});
