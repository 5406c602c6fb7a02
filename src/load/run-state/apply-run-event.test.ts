import { describe, expect, it } from 'vitest';
import { applyEvent, IllegalRunTransition, type RunEvent } from './apply-run-event';
import {
  attemptJobId,
  nextAction,
  plannedAttempt,
  replanAttempt,
  type AttemptState,
  type AttemptStep,
  type JobAttempt,
  type NextAction,
} from './job-attempt';

const JOB = '750000000000001AAA';
const counters = { numberRecordsProcessed: 5, numberRecordsFailed: 1 };
const polled = (jobState: Extract<RunEvent, { type: 'polled' }>['jobState']): RunEvent => ({
  type: 'polled',
  jobState,
  counters,
  errorMessage: jobState === 'Failed' ? 'InvalidBatch : Field name not found : Foo' : null,
});

const STEPS: Record<string, AttemptStep> = {
  planned: { state: 'planned' },
  creating: { state: 'creating' },
  created: { state: 'created', jobId: JOB },
  uploading: { state: 'uploading', jobId: JOB },
  uploaded: { state: 'uploaded', jobId: JOB },
  closing: { state: 'closing', jobId: JOB },
  closed: { state: 'closed', jobId: JOB },
  'upload-uncertain': { state: 'upload-uncertain', jobId: JOB },
  'aborting (not uploaded)': { state: 'aborting', jobId: JOB, uploaded: false },
  'aborting (uploaded)': { state: 'aborting', jobId: JOB, uploaded: true },
  terminal: { state: 'terminal', jobId: JOB, outcome: 'JobComplete', errorMessage: null },
  'abandoned (uncertain)': {
    state: 'abandoned',
    jobId: JOB,
    reason: 'upload-uncertain',
    replanned: false,
  },
  'abandoned (replanned)': {
    state: 'abandoned',
    jobId: JOB,
    reason: 'upload-uncertain',
    replanned: true,
  },
  'abandoned (cancelled)': {
    state: 'abandoned',
    jobId: null,
    reason: 'cancelled',
    replanned: false,
  },
};

const EVENTS: Record<string, RunEvent> = {
  'create-started': { type: 'create-started' },
  created: { type: 'created', jobId: JOB },
  'create-failed': { type: 'create-failed' },
  'upload-started': { type: 'upload-started' },
  'upload-succeeded': { type: 'upload-succeeded' },
  'upload-failed': { type: 'upload-failed' },
  'close-started': { type: 'close-started' },
  closed: { type: 'closed' },
  'polled Open': polled('Open'),
  'polled InProgress': polled('InProgress'),
  'polled JobComplete': polled('JobComplete'),
  'polled Failed': polled('Failed'),
  'abort-requested': { type: 'abort-requested' },
  aborted: { type: 'aborted' },
  replanned: { type: 'replanned' },
};

/** Every legal move: [from, event] → the state after. Every other pair must throw. */
const LEGAL: Record<string, AttemptState> = {
  'planned|create-started': 'creating',
  'planned|abort-requested': 'abandoned',
  'creating|create-started': 'creating',
  'creating|created': 'created',
  'creating|create-failed': 'planned',
  'creating|abort-requested': 'abandoned',
  'created|upload-started': 'uploading',
  'created|abort-requested': 'aborting',
  'uploading|upload-succeeded': 'uploaded',
  'uploading|upload-failed': 'upload-uncertain',
  'uploading|aborted': 'abandoned',
  'uploading|abort-requested': 'aborting',
  'upload-uncertain|aborted': 'abandoned',
  'upload-uncertain|abort-requested': 'aborting',
  'uploaded|close-started': 'closing',
  'uploaded|abort-requested': 'aborting',
  'closing|close-started': 'closing',
  'closing|closed': 'closed',
  'closing|polled Open': 'closing',
  'closing|polled InProgress': 'closed',
  'closing|polled JobComplete': 'terminal',
  'closing|polled Failed': 'terminal',
  'closing|abort-requested': 'aborting',
  'closed|polled Open': 'closing',
  'closed|polled InProgress': 'closed',
  'closed|polled JobComplete': 'terminal',
  'closed|polled Failed': 'terminal',
  'closed|abort-requested': 'aborting',
  'aborting (not uploaded)|aborted': 'abandoned',
  'aborting (uploaded)|aborted': 'terminal',
  'terminal|polled JobComplete': 'terminal',
  'terminal|abort-requested': 'terminal',
  'abandoned (uncertain)|replanned': 'abandoned',
  'abandoned (uncertain)|abort-requested': 'abandoned',
  'abandoned (replanned)|abort-requested': 'abandoned',
  'abandoned (cancelled)|abort-requested': 'abandoned',
};
for (const aborting of ['aborting (not uploaded)', 'aborting (uploaded)']) {
  Object.assign(LEGAL, {
    [`${aborting}|polled Open`]: 'aborting',
    [`${aborting}|polled InProgress`]: 'aborting',
    [`${aborting}|polled JobComplete`]: 'terminal',
    [`${aborting}|polled Failed`]: 'terminal',
    [`${aborting}|abort-requested`]: 'aborting',
  });
}

const record = (step: AttemptStep): JobAttempt => ({ ...plannedAttempt('load-1', 2), step });
const pairs = Object.keys(STEPS).flatMap((from) =>
  Object.keys(EVENTS).map((event) => [from, event] as const),
);

describe('applyEvent', () => {
  it.each(pairs)('%s + %s', (from, event) => {
    const before = record(STEPS[from] as AttemptStep);
    const apply = () => applyEvent(before, EVENTS[event] as RunEvent);
    const expected = LEGAL[`${from}|${event}`];
    if (expected === undefined) expect(apply).toThrow(IllegalRunTransition);
    else expect(apply().step.state).toBe(expected);
  });

  it('keeps the job id, the outcome, the error message and the counters', () => {
    const closed = record(STEPS.closed as AttemptStep);
    const failed = applyEvent(closed, polled('Failed'));
    expect(failed.step).toEqual({
      state: 'terminal',
      jobId: JOB,
      outcome: 'Failed',
      errorMessage: 'InvalidBatch : Field name not found : Foo',
    });
    expect(failed.counters).toEqual(counters);
    expect(attemptJobId(failed)).toBe(JOB);
    const created = applyEvent(record({ state: 'creating' }), { type: 'created', jobId: 'x' });
    expect(created.step).toEqual({ state: 'created', jobId: 'x' });
  });

  it('reports an abort as Aborted only when Salesforce may hold the rows', () => {
    const notSent = applyEvent(record(STEPS['aborting (not uploaded)'] as AttemptStep), {
      type: 'aborted',
    });
    expect(notSent.step).toEqual({
      state: 'abandoned',
      jobId: JOB,
      reason: 'cancelled',
      replanned: false,
    });
    const sent = applyEvent(record(STEPS['aborting (uploaded)'] as AttemptStep), {
      type: 'aborted',
    });
    expect(sent.step).toMatchObject({ state: 'terminal', outcome: 'Aborted' });
  });

  it('keeps a refused upload refused through the abort, so its rows wait for the user', () => {
    const uploading = record(STEPS.uploading as AttemptStep);
    const refused = applyEvent(uploading, { type: 'upload-failed', refused: true });
    expect(refused.step).toEqual({ state: 'upload-uncertain', jobId: JOB, refused: true });
    expect(nextAction(refused).kind).toBe('abort-and-replan');
    const aborted = applyEvent(refused, { type: 'aborted' });
    expect(aborted.step).toEqual({
      state: 'abandoned',
      jobId: JOB,
      reason: 'upload-uncertain',
      replanned: false,
      refused: true,
    });
    expect(applyEvent(uploading, { type: 'upload-failed' }).step).toEqual({
      state: 'upload-uncertain',
      jobId: JOB,
    });
  });

  it('cancels for good the rows of an abandoned upload the user aborts, so no reload sends them', () => {
    const waiting = record(STEPS['abandoned (uncertain)'] as AttemptStep);
    expect(nextAction(waiting).kind).toBe('replan');
    const cancelled = applyEvent(waiting, { type: 'abort-requested' });
    expect(cancelled.step).toEqual({
      state: 'abandoned',
      jobId: JOB,
      reason: 'cancelled',
      replanned: false,
    });
    expect(nextAction(cancelled).kind).toBe('nothing');
    const replanned = record(STEPS['abandoned (replanned)'] as AttemptStep);
    expect(applyEvent(replanned, { type: 'abort-requested' })).toBe(replanned);
  });

  it('returns the same record when nothing changes', () => {
    const terminal = record(STEPS.terminal as AttemptStep);
    expect(applyEvent(terminal, { type: 'abort-requested' })).toBe(terminal);
  });
});

describe('nextAction', () => {
  it.each<[string, NextAction['kind']]>([
    ['planned', 'create'],
    ['creating', 'create'],
    ['created', 'upload'],
    ['uploading', 'abort-and-replan'],
    ['upload-uncertain', 'abort-and-replan'],
    ['uploaded', 'close'],
    ['closing', 'close'],
    ['closed', 'poll'],
    ['aborting (uploaded)', 'abort'],
    ['terminal', 'nothing'],
    ['abandoned (uncertain)', 'replan'],
    ['abandoned (replanned)', 'nothing'],
    ['abandoned (cancelled)', 'nothing'],
  ])('%s → %s', (from, kind) => {
    expect(nextAction(record(STEPS[from] as AttemptStep)).kind).toBe(kind);
  });

  it('never uploads again once an upload has started', () => {
    for (const from of ['uploading', 'upload-uncertain', 'uploaded', 'closing', 'closed'])
      expect(nextAction(record(STEPS[from] as AttemptStep)).kind).not.toBe('upload');
  });
});

describe('replanAttempt', () => {
  it('opens the next attempt of the same planned job', () => {
    const abandoned = record(STEPS['abandoned (uncertain)'] as AttemptStep);
    expect(replanAttempt(abandoned)).toEqual({
      loadId: 'load-1',
      planIndex: 2,
      attempt: 1,
      step: { state: 'planned' },
      counters: null,
    });
    expect(() => replanAttempt(record(STEPS['abandoned (cancelled)'] as AttemptStep))).toThrow();
  });
});
