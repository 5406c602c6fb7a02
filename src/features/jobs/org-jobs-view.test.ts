import { describe, expect, it } from 'vitest';
import type { JobState, ListedJobInfo } from '../../salesforce/bulk/ingest-types';
import { INITIAL_FILTER, JOBS_PER_PAGE, jobObjects, orgJobsView } from './org-jobs-view';

function job(n: number, overrides: Partial<ListedJobInfo> = {}): ListedJobInfo {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: `750000000000${String(n).padStart(3, '0')}`,
    operation: 'insert',
    object: 'Contact',
    createdById: '005000000000001',
    createdDate: `2026-11-${day}T10:00:${String(n % 60).padStart(2, '0')}.000+0000`,
    systemModstamp: '2026-11-01T10:00:00.000+0000',
    state: 'JobComplete',
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: 62,
    ...overrides,
  };
}

describe('org jobs view', () => {
  const jobs = [
    job(1, { object: 'Account', state: 'Failed' }),
    job(3),
    job(2, { state: 'InProgress' }),
  ];

  it('sorts by created date, newest first by default, oldest first on request', () => {
    expect(orgJobsView(jobs, INITIAL_FILTER).rows.map((j) => j.id.slice(-1))).toEqual([
      '3',
      '2',
      '1',
    ]);
    const oldest = orgJobsView(jobs, { ...INITIAL_FILTER, order: 'oldest' });
    expect(oldest.rows.map((j) => j.id.slice(-1))).toEqual(['1', '2', '3']);
  });

  it('filters by state and by object', () => {
    const failed = orgJobsView(jobs, { ...INITIAL_FILTER, state: 'Failed' as JobState });
    expect(failed.rows.map((j) => j.object)).toEqual(['Account']);
    const contacts = orgJobsView(jobs, { ...INITIAL_FILTER, object: 'Contact' });
    expect(contacts.matching).toBe(2);
  });

  it('puts unreadable dates last', () => {
    const odd = [job(5, { createdDate: 'garbled' }), job(4)];
    expect(orgJobsView(odd, INITIAL_FILTER).rows[1]?.createdDate).toBe('garbled');
    expect(orgJobsView(odd, { ...INITIAL_FILTER, order: 'oldest' }).rows[1]?.createdDate).toBe(
      'garbled',
    );
  });

  it('cuts pages and clamps a page past the end', () => {
    const many = Array.from({ length: JOBS_PER_PAGE + 3 }, (_, i) => job(i));
    const first = orgJobsView(many, INITIAL_FILTER);
    expect([first.rows.length, first.pageCount, first.matching]).toEqual([
      JOBS_PER_PAGE,
      2,
      JOBS_PER_PAGE + 3,
    ]);
    const past = orgJobsView(many, { ...INITIAL_FILTER, page: 9 });
    expect([past.page, past.rows.length]).toEqual([1, 3]);
    expect(new Set([...first.rows, ...past.rows]).size).toBe(JOBS_PER_PAGE + 3);
  });

  it('offers each object once, sorted', () => {
    expect(jobObjects(jobs)).toEqual(['Account', 'Contact']);
  });
});
