/** When jobs of a load may be created and closed (docs/decisions/0014-run-orchestrator.md). */
import { describe, expect, it } from 'vitest';
import { plannedAttempt, type AttemptStep } from '../../load/run-state/job-attempt';
import {
  DEFAULT_RETRY_POLICY,
  jobPhase,
  mayClose,
  mayStart,
  replanStop,
  retryDelayMs,
  type ScheduleSlot,
} from './run-schedule';

const slot = (
  planIndex: number,
  step: AttemptStep,
  attempt = 0,
  stepsAside = false,
): ScheduleSlot => ({
  record: { ...plannedAttempt('load', planIndex, attempt), step },
  stepsAside,
});
const PLANNED: AttemptStep = { state: 'planned' };
const SENDING: AttemptStep = { state: 'uploading', jobId: 'j' };
const UPLOADED: AttemptStep = { state: 'uploaded', jobId: 'j' };
const CLOSED: AttemptStep = { state: 'closed', jobId: 'j' };
const DONE: AttemptStep = {
  state: 'terminal',
  jobId: 'j',
  outcome: 'JobComplete',
  errorMessage: null,
};
const ONE = { parallelJobs: 1, trialHold: false };

describe('jobPhase', () => {
  it('puts every attempt state in a phase', () => {
    expect(jobPhase(slot(0, PLANNED).record)).toBe('waiting');
    expect(jobPhase(slot(0, PLANNED, 1).record)).toBe('sending');
    expect(jobPhase(slot(0, { state: 'creating' }).record)).toBe('sending');
    expect(jobPhase(slot(0, UPLOADED).record)).toBe('ready-to-close');
    expect(jobPhase(slot(0, { state: 'closing', jobId: 'j' }).record)).toBe('processing');
    expect(jobPhase(slot(0, { state: 'aborting', jobId: 'j', uploaded: true }).record)).toBe(
      'processing',
    );
    expect(jobPhase(slot(0, { state: 'aborting', jobId: 'j', uploaded: false }).record)).toBe(
      'sending',
    );
    expect(jobPhase(slot(0, DONE).record)).toBe('settled');
    const abandoned = (
      reason: 'cancelled' | 'upload-uncertain',
      replanned: boolean,
    ): AttemptStep => ({
      state: 'abandoned',
      jobId: 'j',
      reason,
      replanned,
    });
    expect(jobPhase(slot(0, abandoned('cancelled', false)).record)).toBe('settled');
    expect(jobPhase(slot(0, abandoned('upload-uncertain', false)).record)).toBe('sending');
    expect(jobPhase(slot(0, abandoned('upload-uncertain', true)).record)).toBe('settled');
  });
});

describe('one job at a time (the default)', () => {
  it('starts the first job, and the next only once the previous one left the upload', () => {
    expect(mayStart([slot(0, PLANNED), slot(1, PLANNED)], 0, ONE)).toBe(true);
    expect(mayStart([slot(0, PLANNED), slot(1, PLANNED)], 1, ONE)).toBe(false);
    expect(mayStart([slot(0, SENDING), slot(1, PLANNED)], 1, ONE)).toBe(false);
    expect(mayStart([slot(0, UPLOADED), slot(1, PLANNED)], 1, ONE)).toBe(false);
    expect(mayStart([slot(0, CLOSED), slot(1, PLANNED)], 1, ONE)).toBe(true);
  });

  it('uploads the next job while the previous processes, but holds a third', () => {
    const slots = [slot(0, CLOSED), slot(1, UPLOADED), slot(2, PLANNED)];
    expect(mayStart(slots, 2, ONE)).toBe(false);
    expect(mayClose(slots, 1, ONE)).toBe(false);
    const later = [slot(0, DONE), slot(1, UPLOADED), slot(2, PLANNED)];
    expect(mayClose(later, 1, ONE)).toBe(true);
    expect(mayStart(later, 2, ONE)).toBe(false);
    expect(mayStart([slot(0, DONE), slot(1, CLOSED), slot(2, PLANNED)], 2, ONE)).toBe(true);
  });

  it('sends a re-planned attempt at once', () => {
    expect(mayStart([slot(0, CLOSED), slot(1, SENDING), slot(2, PLANNED, 1)], 2, ONE)).toBe(true);
  });

  it('lets a job that stepped aside (failed, aborted) stop holding the queue', () => {
    expect(mayStart([slot(0, PLANNED, 0, true), slot(1, PLANNED)], 1, ONE)).toBe(true);
    expect(mayStart([slot(0, SENDING, 0, true), slot(1, PLANNED)], 1, ONE)).toBe(true);
  });

  it('closes jobs in plan order', () => {
    const slots = [slot(0, UPLOADED), slot(1, UPLOADED)];
    expect(mayClose(slots, 1, { parallelJobs: 2, trialHold: false })).toBe(false);
    expect(mayClose(slots, 0, { parallelJobs: 2, trialHold: false })).toBe(true);
  });
});

describe('parallel jobs', () => {
  it('sends and processes up to parallelJobs jobs at once', () => {
    const two = { parallelJobs: 2, trialHold: false };
    expect(mayStart([slot(0, SENDING), slot(1, PLANNED), slot(2, PLANNED)], 1, two)).toBe(true);
    expect(mayStart([slot(0, SENDING), slot(1, SENDING), slot(2, PLANNED)], 2, two)).toBe(false);
    expect(mayClose([slot(0, CLOSED), slot(1, UPLOADED)], 1, two)).toBe(true);
    expect(mayClose([slot(0, CLOSED), slot(1, CLOSED), slot(2, UPLOADED)], 2, two)).toBe(false);
  });
});

describe('a trial job', () => {
  it('holds every other job until the user continues', () => {
    const hold = { parallelJobs: 3, trialHold: true };
    expect(mayStart([slot(0, PLANNED), slot(1, PLANNED)], 0, hold)).toBe(true);
    expect(mayStart([slot(0, DONE), slot(1, PLANNED)], 1, hold)).toBe(false);
    expect(mayStart([slot(0, DONE), slot(1, PLANNED)], 1, { ...hold, trialHold: false })).toBe(
      true,
    );
  });
});

describe('re-sending after an uncertain upload', () => {
  const POLICY = { maxAttempts: 3, firstDelayMs: 2_000, maxDelayMs: 5_000 };
  const abandoned = (attempt: number, refused = false): ScheduleSlot['record'] => ({
    ...plannedAttempt('load', 0, attempt),
    step: {
      state: 'abandoned',
      jobId: 'j',
      reason: 'upload-uncertain',
      replanned: false,
      ...(refused ? { refused: true as const } : {}),
    },
  });

  it('waits longer before each new attempt, up to the cap', () => {
    expect([0, 1, 2, 3, 4].map((a) => retryDelayMs(a, POLICY))).toEqual([
      0, 2_000, 4_000, 5_000, 5_000,
    ]);
    expect(retryDelayMs(3, DEFAULT_RETRY_POLICY)).toBe(8_000);
  });

  it('stops a job once its attempts are used, counted from the last Try again', () => {
    expect(replanStop(abandoned(0), 0, POLICY)).toBeNull();
    expect(replanStop(abandoned(1), 0, POLICY)).toBeNull();
    expect(replanStop(abandoned(2), 0, POLICY)).toBe('attempts-used');
    // The user said Try again after attempt 2: attempts 3, 4 and 5 are allowed.
    expect(replanStop(abandoned(4), 3, POLICY)).toBeNull();
    expect(replanStop(abandoned(5), 3, POLICY)).toBe('attempts-used');
  });

  it('stops a refused upload at once, unless the user said Try again since', () => {
    expect(replanStop(abandoned(0, true), 0, POLICY)).toBe('refused');
    expect(replanStop(abandoned(0, true), 1, POLICY)).toBeNull();
    expect(replanStop(abandoned(1, true), 1, POLICY)).toBe('refused');
  });
});
