/** The load page's view of a running load (load-run-types.ts). */
import { describe, expect, it } from 'vitest';
import { plannedAttempt, type AttemptStep } from '../../load/run-state/job-attempt';
import { INITIAL_POLL_TRACK } from '../../load/run-state/poll-schedule';
import type { LoadRunSpec } from './load-run-types';
import {
  isSettled,
  jobView,
  needsFile,
  snapshotOf,
  type JobSlot,
  type RunState,
} from './run-views';

const slot = (planIndex: number, step: AttemptStep, extra: Partial<JobSlot> = {}): JobSlot => ({
  planIndex,
  record: { ...plannedAttempt('load', planIndex), step },
  track: INITIAL_POLL_TRACK,
  jobState: null,
  upload: null,
  failure: null,
  halted: false,
  abortWanted: false,
  pollDue: false,
  firstCounted: 0,
  retryAt: null,
  ...extra,
});
const DONE: AttemptStep = {
  state: 'terminal',
  jobId: 'j0',
  outcome: 'JobComplete',
  errorMessage: null,
};
const spec: LoadRunSpec = {
  owner: { orgId: 'o', userId: 'u' },
  loadId: 'load',
  object: 'Contact',
  operation: 'insert',
  externalIdFieldName: null,
  assignmentRuleId: null,
  plannedJobs: 2,
  rowsPerJob: [10, 90],
};
const run = (over: Partial<RunState>): RunState => ({
  spec,
  started: true,
  slots: [],
  blocked: null,
  abortRequested: false,
  trialRun: false,
  trialContinued: false,
  blobs: new Map(),
  timing: { samples: [], nowMs: 5_000, startedAtMs: 1_000 },
  ...over,
});

describe('jobView', () => {
  it('shows the attempt, the counters, the upload and a Failed job message', () => {
    const failed = slot(
      0,
      { state: 'terminal', jobId: 'j0', outcome: 'Failed', errorMessage: 'InvalidBatch : x' },
      { upload: { loaded: 5, total: 5 } },
    );
    failed.record = {
      ...failed.record,
      counters: { numberRecordsProcessed: 4, numberRecordsFailed: 4 },
    };
    expect(jobView(failed, true, 10)).toEqual({
      planIndex: 0,
      trial: true,
      attempt: 0,
      jobId: 'j0',
      attemptState: 'terminal',
      jobState: 'Failed',
      rows: 10,
      processed: 4,
      failed: 4,
      uploadedBytes: 5,
      totalBytes: 5,
      errorMessage: 'InvalidBatch : x',
      failure: null,
      stopped: false,
    });
  });

  it('shows a cancelled job as ended (its rows will never be processed)', () => {
    const cancelled = slot(1, {
      state: 'abandoned',
      jobId: null,
      reason: 'cancelled',
      replanned: false,
    });
    expect(isSettled(cancelled)).toBe(true);
    expect(jobView(cancelled, false, 90).jobState).toBe('Aborted');
  });
});

describe('status', () => {
  it('is starting, then running, then finished', () => {
    expect(snapshotOf(run({ started: false })).status).toBe('starting');
    const running = snapshotOf(
      run({ slots: [slot(0, DONE), slot(1, { state: 'closed', jobId: 'j1' })] }),
    );
    expect(running.status).toBe('running');
    expect(running.progress).toMatchObject({ totalRows: 100, remaining: 90, elapsedMs: 4_000 });
    expect(snapshotOf(run({ slots: [slot(0, DONE), slot(1, DONE)] })).status).toBe('finished');
  });

  it('waits for the user after a trial job, unless the load was stopped', () => {
    const slots = [slot(0, DONE), slot(1, { state: 'planned' })];
    const blobs = new Map([[1, new Blob(['x'])]]);
    expect(snapshotOf(run({ slots, trialRun: true, blobs })).status).toBe('trial-review');
    expect(snapshotOf(run({ slots, trialRun: true, blobs, trialContinued: true })).status).toBe(
      'running',
    );
  });

  it('needs the file when a job still to send has no Blob', () => {
    const slots = [
      slot(0, { state: 'closed', jobId: 'j0' }),
      slot(1, { state: 'created', jobId: 'j1' }),
    ];
    expect(needsFile(slots, new Map())).toBe(true);
    expect(needsFile(slots, new Map([[1, new Blob(['x'])]]))).toBe(false);
    expect(snapshotOf(run({ slots })).status).toBe('needs-file');
  });

  it('is blocked with the failure when the session ended', () => {
    const failure = {
      errorCode: undefined,
      message: 'Not signed in.',
      explanation: 'e',
      whatToDo: 'w',
    };
    const snapshot = snapshotOf(
      run({ slots: [slot(0, { state: 'closed', jobId: 'j0' })], blocked: failure }),
    );
    expect(snapshot).toMatchObject({ status: 'blocked', failure });
  });
});

describe('a job stopped for the user', () => {
  const failure = { errorCode: 'HTTP_413', message: 'Too large', explanation: 'e', whatToDo: 'w' };
  const refused = (extra: Partial<JobSlot> = {}) =>
    slot(
      0,
      {
        state: 'abandoned',
        jobId: 'j0',
        reason: 'upload-uncertain',
        replanned: false,
        refused: true,
      },
      { halted: true, failure, ...extra },
    );

  it('makes the load need attention while the other jobs go on', () => {
    const snapshot = snapshotOf(
      run({
        slots: [refused(), slot(1, { state: 'closed', jobId: 'j1' })],
        blobs: new Map([[0, new Blob(['x'])]]),
      }),
    );
    expect(snapshot).toMatchObject({ status: 'running', needsAttention: true, elsewhere: false });
    expect(snapshot.jobs[0]).toMatchObject({ stopped: true, failure });
    expect(snapshot.jobs[1]?.stopped).toBe(false);
  });

  it('needs no attention once the user aborted it, nor while the run is blocked', () => {
    expect(snapshotOf(run({ slots: [refused({ abortWanted: true })] })).needsAttention).toBe(false);
    expect(snapshotOf(run({ slots: [refused()], blocked: failure })).needsAttention).toBe(false);
  });
});

describe('a load another tab runs', () => {
  it('shows the records without asking for the file or the trial decision', () => {
    const slots = [slot(0, DONE), slot(1, { state: 'planned' })];
    const snapshot = snapshotOf(run({ slots, trialRun: true, elsewhere: true }));
    expect(snapshot).toMatchObject({ status: 'running', elsewhere: true });
    const mine = snapshotOf(run({ slots: [slot(0, { state: 'created', jobId: 'j' })] }));
    expect(mine.status).toBe('needs-file');
    const theirs = snapshotOf(
      run({ slots: [slot(0, { state: 'created', jobId: 'j' })], elsewhere: true }),
    );
    expect(theirs.status).toBe('running');
  });
});
