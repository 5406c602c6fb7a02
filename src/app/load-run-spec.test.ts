import { describe, expect, it } from 'vitest';
import type { LoadRecord } from '../lib/load-store';
import { specOf } from './load-run-spec';

const OWNER = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };

const record = (over: Partial<LoadRecord> = {}): LoadRecord => ({
  ...OWNER,
  loadId: 'load-1',
  orgName: 'Forklift Demo',
  username: 'admin@forklift.demo',
  object: 'Contact',
  operation: 'upsert',
  externalIdFieldName: 'External_Id__c',
  assignmentRuleId: null,
  file: { name: 'contacts.csv', size: 10, lastModified: 1, headHash: 'ab' },
  rowCount: 9,
  excludedRows: 0,
  plannedJobs: 3,
  rowsPerJob: [3, 3, 3],
  trialRows: 0,
  recipe: null,
  status: 'running',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('the run spec of a stored load', () => {
  it('runs jobs one after another for a record without the option (older loads)', () => {
    expect(specOf(OWNER, record())).toMatchObject({ parallelJobs: 1, plannedJobs: 3 });
  });

  it('runs as many jobs at once as the admin chose', () => {
    expect(specOf(OWNER, record({ parallelJobs: 3 }))).toMatchObject({ parallelJobs: 3 });
  });

  it('carries the load’s sending choices', () => {
    expect(specOf(OWNER, record({ trialRows: 2 }))).toEqual({
      owner: OWNER,
      loadId: 'load-1',
      object: 'Contact',
      operation: 'upsert',
      externalIdFieldName: 'External_Id__c',
      assignmentRuleId: null,
      plannedJobs: 3,
      rowsPerJob: [3, 3, 3],
      trialRun: true,
      parallelJobs: 1,
    });
  });
});
