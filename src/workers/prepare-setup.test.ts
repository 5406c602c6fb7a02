import { describe, expect, it } from 'vitest';
import type { LoadMapping } from '../load/column-mapping';
import { toCloneableSetup } from '../features/preflight/prepare-worker-client';
import { RowTooLargeError } from '../load/job-plan/job-cutter';
import { failureMessage, rowTooLargeMessage } from './prepare-failure';
import { parentKeyOutput } from '../load/job-plan/parent-key';
import { fromCloneableSetup } from './prepare-setup';
import { contactInsertMapping, demoOrgDescribe } from './test-support/prepare-fixture';

const contact = demoOrgDescribe('Contact');

function mapping(
  fields: (string | { relationship: string; to: string; field: string })[],
): LoadMapping {
  return {
    ...contactInsertMapping(),
    columns: fields.map((f, column) => ({
      column,
      header: `c${column}`,
      mapping:
        typeof f === 'string'
          ? { kind: 'field', field: f }
          : {
              kind: 'relationship',
              lookupField: f.relationship,
              targetObject: f.to,
              targetField: f.field,
            },
      blankPolicy: 'leave-unchanged',
    })),
  };
}

const setupFor = (m: LoadMapping) =>
  fromCloneableSetup(toCloneableSetup(contact, m, new Map(), new Map()));

describe('the setup posted to the prepare worker', () => {
  it('survives a structured clone and comes back with its Maps', () => {
    const formats = new Map([[3, { kind: 'date', order: 'ymd' } as const]]);
    const prefixes = new Map([['Account', '001']]);
    const valueMap = [{ column: 2, from: 'Website', to: 'Web' }];
    const posted = structuredClone(
      toCloneableSetup(contact, contactInsertMapping(), formats, prefixes, valueMap),
    );
    const setup = fromCloneableSetup(posted);
    expect(setup.formats).toEqual(formats);
    expect(setup.keyPrefixes).toEqual(prefixes);
    expect(setup.valueMap).toEqual(valueMap);
    expect(setup.mapping).toEqual(contactInsertMapping());
  });
});

describe('parentKeyOutput', () => {
  it('groups on the parent Account rather than the owner or record type', () => {
    expect(parentKeyOutput(setupFor(mapping(['LastName', 'OwnerId', 'AccountId'])))).toBe(2);
  });

  it('takes a relationship column by external id', () => {
    const m = mapping([
      'LastName',
      { relationship: 'AccountId', to: 'Account', field: 'External_Id__c' },
    ]);
    expect(parentKeyOutput(setupFor(m))).toBe(1);
  });

  it('falls back to the owner, and to nothing when no column points at a parent', () => {
    expect(parentKeyOutput(setupFor(mapping(['LastName', 'OwnerId'])))).toBe(1);
    expect(parentKeyOutput(setupFor(mapping(['LastName', 'Email'])))).toBeNull();
  });

  it('skips columns that are not written (the Bulk CSV positions count only mapped ones)', () => {
    const m = mapping(['LastName', 'Email', 'AccountId']);
    m.columns[1] = {
      column: 1,
      header: 'c1',
      mapping: { kind: 'skip' },
      blankPolicy: 'leave-unchanged',
    };
    expect(parentKeyOutput(setupFor(m))).toBe(1);
  });
});

describe('failure messages', () => {
  it('name the row (from 1) and the sizes for a row too large for a job', () => {
    expect(rowTooLargeMessage(new RowTooLargeError(2_500_000, 1_000_000), 41)).toMatch(
      /^Row 42 is 2\.5 MB once written for Salesforce, more than one job can take \(1\.0 MB besides the header\)/,
    );
    expect(failureMessage(new RowTooLargeError(150, 60), 0)).toMatch(/^Row 1 is 150 bytes/);
  });

  it('say nothing was sent for any other failure', () => {
    expect(failureMessage(new Error('Column X maps to Y.'), null)).toMatch(
      /Column X maps to Y\. Nothing was sent to Salesforce/,
    );
  });
});
