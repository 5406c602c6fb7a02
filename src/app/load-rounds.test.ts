import { describe, expect, it } from 'vitest';
import type { StoredJobRecord } from '../lib/load-store';
import type { JobAttempt } from '../load/run-state/job-attempt';
import { roundJobsOf } from './load-rounds';
import { retryValueMap } from './start-retry';

const OWNER = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };

function record(planIndex: number, attempt: number, step: JobAttempt['step']) {
  const jobId = 'jobId' in step ? step.jobId : null;
  return {
    ...OWNER,
    loadId: 'load-1',
    planIndex,
    attempt,
    step,
    counters: null,
    jobId,
    createdAt: 1,
    updatedAt: 1,
  } satisfies StoredJobRecord<JobAttempt>;
}

describe('roundJobsOf', () => {
  it('takes the latest attempt of each planned job, with its final state', () => {
    const jobs = roundJobsOf([
      record(1, 0, { state: 'terminal', jobId: 'J-b', outcome: 'Failed', errorMessage: 'x' }),
      record(0, 0, {
        state: 'abandoned',
        jobId: 'J-a0',
        reason: 'upload-uncertain',
        replanned: true,
      }),
      record(0, 1, {
        state: 'terminal',
        jobId: 'J-a1',
        outcome: 'JobComplete',
        errorMessage: null,
      }),
      record(2, 0, { state: 'abandoned', jobId: null, reason: 'cancelled', replanned: false }),
      record(3, 0, { state: 'planned' }),
    ]);
    expect(jobs).toEqual([
      { planIndex: 0, jobId: 'J-a1', finalState: 'JobComplete' },
      { planIndex: 1, jobId: 'J-b', finalState: 'Failed' },
      { planIndex: 2, jobId: null, finalState: 'cancelled' },
      { planIndex: 3, jobId: null, finalState: null },
    ]);
  });
});

describe('retryValueMap', () => {
  it('adds the results page’s fixes to the load’s value map, a fix winning for its value', () => {
    expect(
      retryValueMap(
        [
          { column: 2, from: 'Emea', to: 'EMEA' },
          { column: 3, from: 'x', to: 'y' },
        ],
        [
          { column: 2, from: 'Emea', to: 'Europe' },
          { column: 4, from: 'Actve', to: 'Active' },
        ],
      ),
    ).toEqual([
      { column: 3, from: 'x', to: 'y' },
      { column: 2, from: 'Emea', to: 'Europe' },
      { column: 4, from: 'Actve', to: 'Active' },
    ]);
  });
});
