import { describe, expect, it } from 'vitest';
import type { StoredJobRecord } from '../lib/load-store';
import type { JobAttempt } from '../load/run-state/job-attempt';
import { rootJobsFinal } from './load-results-service';
import { roundJobsOf } from './load-rounds';

const OWNER = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };

function record(planIndex: number, attempt: number, step: JobAttempt['step']) {
  return {
    ...OWNER,
    loadId: 'load-1',
    planIndex,
    attempt,
    step,
    counters: null,
    jobId: 'jobId' in step ? step.jobId : null,
    createdAt: 1,
    updatedAt: 1,
  } satisfies StoredJobRecord<JobAttempt>;
}

const complete = record(0, 0, {
  state: 'terminal',
  jobId: 'J-a',
  outcome: 'JobComplete',
  errorMessage: null,
});
const cancelled = record(1, 0, {
  state: 'abandoned',
  jobId: null,
  reason: 'cancelled',
  replanned: false,
});

describe('rootJobsFinal (rows not sent may be retried)', () => {
  it('is true once every planned job ended or was cancelled', () => {
    expect(rootJobsFinal(2, roundJobsOf([complete, cancelled]))).toBe(true);
  });

  it('is false while a job may still be sent by the load (resumed with the same file)', () => {
    const waiting = record(1, 0, { state: 'planned' });
    expect(rootJobsFinal(2, roundJobsOf([complete, waiting]))).toBe(false);
    const created = record(1, 0, { state: 'created', jobId: 'J-b' });
    expect(rootJobsFinal(2, roundJobsOf([complete, created]))).toBe(false);
  });

  it('is false when a planned job has no record at all, or its re-planned attempt is not sent yet', () => {
    expect(rootJobsFinal(3, roundJobsOf([complete, cancelled]))).toBe(false);
    const uncertain = record(1, 0, {
      state: 'abandoned',
      jobId: 'J-b0',
      reason: 'upload-uncertain',
      replanned: true,
    });
    const replanned = record(1, 1, { state: 'planned' });
    expect(rootJobsFinal(2, roundJobsOf([complete, uncertain, replanned]))).toBe(false);
  });
});
