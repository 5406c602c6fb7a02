/** Write-ahead records read back by the run orchestrator (design.md §4). */
import { describe, expect, it } from 'vitest';
import {
  plannedAttempt,
  type AttemptStep,
  type JobAttempt,
} from '../../load/run-state/job-attempt';
import { InconsistentRunStore } from '../../load/run-state/resume-actions';
import {
  asJobAttempt,
  contentUrlOf,
  latestAttempts,
  recordChanged,
  unfinishedReplans,
} from './run-records';

const at = (planIndex: number, step: AttemptStep, attempt = 0): JobAttempt => ({
  ...plannedAttempt('load', planIndex, attempt),
  step,
});
const uncertain = (replanned: boolean): AttemptStep => ({
  state: 'abandoned',
  jobId: '750A',
  reason: 'upload-uncertain',
  replanned,
});

describe('unfinishedReplans', () => {
  it('marks an abandoned attempt that already has its new attempt as replanned', () => {
    const records = [at(0, uncertain(false)), at(0, { state: 'planned' }, 1)];
    expect(unfinishedReplans(records)).toEqual([at(0, uncertain(true))]);
  });

  it('leaves a re-plan that has not stored its new attempt yet (the loop re-plans it)', () => {
    expect(unfinishedReplans([at(0, uncertain(false))])).toEqual([]);
    expect(unfinishedReplans([at(0, uncertain(true)), at(0, { state: 'planned' }, 1)])).toEqual([]);
  });
});

describe('latestAttempts', () => {
  it('gives the latest attempt of each planned job, and a planned one where none is stored', () => {
    const newer = at(0, { state: 'created', jobId: '750B' }, 1);
    const latest = latestAttempts([at(0, uncertain(true)), newer], 2, (i) =>
      plannedAttempt('load', i),
    );
    expect(latest[0]).toBe(newer);
    expect(latest[1]).toEqual(plannedAttempt('load', 1));
  });

  it('refuses a store that breaks the write-ahead rules', () => {
    const broken = [at(0, { state: 'closed', jobId: '750A' }), at(0, { state: 'planned' }, 1)];
    expect(() => latestAttempts(broken, 1, (i) => plannedAttempt('load', i))).toThrow(
      InconsistentRunStore,
    );
  });
});

describe('records', () => {
  it('strips what the store added', () => {
    const stored = { ...at(0, { state: 'planned' }), orgId: 'o', userId: 'u', createdAt: 1 };
    expect(asJobAttempt(stored)).toEqual(at(0, { state: 'planned' }));
  });

  it('counts a quiet poll as no change', () => {
    const counters = { numberRecordsProcessed: 5, numberRecordsFailed: 1 };
    const a = { ...at(0, { state: 'closed', jobId: 'j' }), counters };
    expect(
      recordChanged(a, { ...a, step: { state: 'closed', jobId: 'j' }, counters: { ...counters } }),
    ).toBe(false);
    expect(recordChanged(a, { ...a, counters: { ...counters, numberRecordsProcessed: 6 } })).toBe(
      true,
    );
    expect(recordChanged(a, { ...a, step: { state: 'closing', jobId: 'j' } })).toBe(true);
  });

  it('builds the contentUrl Salesforce gives at create (relative, with the v)', () => {
    expect(contentUrlOf('62.0', '750A')).toBe('services/data/v62.0/jobs/ingest/750A/batches');
  });
});
