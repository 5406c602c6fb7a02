import { describe, expect, it } from 'vitest';
import { plannedAttempt, type AttemptStep, type JobAttempt } from './job-attempt';
import { InconsistentRunStore, resumeActions } from './resume-actions';

const at = (planIndex: number, attempt: number, step: AttemptStep): JobAttempt => ({
  ...plannedAttempt('load-1', planIndex, attempt),
  step,
});
const replanned: AttemptStep = {
  state: 'abandoned',
  jobId: '750A',
  reason: 'upload-uncertain',
  replanned: true,
};

describe('resumeActions', () => {
  it('lists the work left per planned job, in plan order, from the newest attempt', () => {
    const pending = resumeActions([
      at(2, 0, { state: 'planned' }),
      at(0, 0, { state: 'terminal', jobId: '750B', outcome: 'JobComplete', errorMessage: null }),
      at(1, 1, { state: 'uploading', jobId: '750C' }),
      at(1, 0, replanned),
    ]);
    expect(pending.map((p) => [p.attempt.planIndex, p.attempt.attempt, p.action])).toEqual([
      [1, 1, { kind: 'abort-and-replan', jobId: '750C' }],
      [2, 0, { kind: 'create' }],
    ]);
  });

  it('is empty when every job has finished', () => {
    expect(
      resumeActions([
        at(0, 0, { state: 'abandoned', jobId: null, reason: 'cancelled', replanned: false }),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['a missing attempt', [at(0, 1, { state: 'planned' })]],
    [
      'a newer attempt after a live one',
      [at(0, 0, { state: 'closed', jobId: '750A' }), at(0, 1, { state: 'planned' })],
    ],
    [
      'a newer attempt before the old one is marked',
      [at(0, 0, { ...replanned, replanned: false }), at(0, 1, { state: 'planned' })],
    ],
  ])('refuses a store with %s', (_name, attempts) => {
    expect(() => resumeActions(attempts)).toThrow(InconsistentRunStore);
  });
});
