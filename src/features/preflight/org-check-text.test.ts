import { describe, expect, it } from 'vitest';
import { addRow, countMatches, emptyRowSet } from './org-check-rows';
import { exampleRowsText, orgCheckFindings, sampleHeadline } from './org-check-text';
import type { OrgCheckResult } from './org-check-types';

function result(changes: Partial<OrgCheckResult>): OrgCheckResult {
  return {
    object: 'Contact',
    operation: 'upsert',
    sampledRows: 2000,
    totalRows: 10000,
    queries: 10,
    ids: null,
    upsert: null,
    relationships: [],
    records: null,
    cascade: null,
    blockers: [],
    ...changes,
  };
}

describe('org check words', () => {
  it('says the result is a sample of the first rows', () => {
    expect(sampleHeadline(result({}))).toBe(
      'Of the first 2,000 rows of 10,000 (10 queries, nothing changed in the org; the rest of the file was not checked):',
    );
    expect(sampleHeadline(result({ sampledRows: 1, totalRows: 1, queries: 1 }))).toBe(
      'Of all 1 row (1 query, nothing changed in the org):',
    );
  });

  it('keeps five example rows and counts the rest', () => {
    const set = emptyRowSet();
    for (let i = 0; i < 7; i++) addRow(set, i * 10, `K${i}`);
    expect(set.count).toBe(7);
    expect(set.examples.map((e) => e.row)).toEqual([1, 11, 21, 31, 41]);
    expect(exampleRowsText(set)).toBe('rows 1, 11, 21, 31 and 41, …');
    const one = emptyRowSet();
    addRow(one, 2, 'x');
    expect(exampleRowsText(one)).toBe('row 3');
  });

  it('names the Salesforce error of several matches and agrees the verb with the count', () => {
    const several = emptyRowSet();
    addRow(several, 4, 'DUP');
    const updates = emptyRowSet();
    addRow(updates, 0, 'A');
    addRow(updates, 1, 'B');
    const findings = orgCheckFindings(
      result({
        upsert: {
          column: 'Key',
          matchingField: 'External_Id__c',
          updates,
          creates: emptyRowSet(),
          several,
          notFound: emptyRowSet(),
          blank: emptyRowSet(),
        },
      }),
    );
    expect(findings.map((f) => [f.tone, f.errorCode, f.text])).toEqual([
      ['info', null, '2 rows match one existing Contact by External_Id__c and would update it.'],
      [
        'error',
        'DUPLICATE_EXTERNAL_ID',
        '1 row has an External_Id__c value that matches more than one Contact: Salesforce cannot tell which to update and would fail such rows.',
      ],
    ]);
  });

  it('counts matches case-insensitively or exactly, as the field compares', () => {
    const records = [{ Key__c: 'ABC' }, { key__c: 'abc' }, { Key__c: null }];
    expect(countMatches(records, 'Key__c', (v) => v.toLowerCase())).toEqual(new Map([['abc', 2]]));
    expect(countMatches(records, 'Key__c', (v) => v)).toEqual(
      new Map([
        ['ABC', 1],
        ['abc', 1],
      ]),
    );
  });
});
