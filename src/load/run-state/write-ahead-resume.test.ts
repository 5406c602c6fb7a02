/**
 * The promise of the write-ahead record, as a property: whatever fails and whenever the page
 * dies, every planned job's rows are processed by Salesforce exactly once and no job gets two
 * PUTs. A fake org records every request; a stateless driver plays the orchestrator, reading
 * the store again at every step as a reloaded page would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, type RunEvent } from './apply-run-event';
import type { IngestJobState } from './ingest-job-state';
import { plannedAttempt, replanAttempt, type JobAttempt } from './job-attempt';
import { resumeActions } from './resume-actions';

type Fault = 'none' | 'crash-before' | 'lost-before' | 'lost-after' | 'crash-after' | 'refused';
const FAULTS: Fault[] = [
  'none',
  'crash-before',
  'lost-before',
  'lost-after',
  'crash-after',
  'refused',
];
const ROWS_PER_JOB = 7;
const MAX_STEPS = 400;

interface OrgJob {
  planIndex: number;
  state: IngestJobState;
  puts: number;
}

class FakeOrg {
  readonly jobs = new Map<string, OrgJob>();
  create(planIndex: number): string {
    const id = `750${String(this.jobs.size).padStart(12, '0')}`;
    this.jobs.set(id, { planIndex, state: 'Open', puts: 0 });
    return id;
  }
  put(id: string): void {
    this.job(id).puts++;
  }
  close(id: string): void {
    const job = this.job(id);
    if (job.state === 'Open') job.state = 'UploadComplete';
  }
  /** Each read moves a closed job one step on: UploadComplete → InProgress → JobComplete. */
  get(id: string): Extract<RunEvent, { type: 'polled' }> {
    const job = this.job(id);
    if (job.state === 'UploadComplete') job.state = 'InProgress';
    else if (job.state === 'InProgress') job.state = 'JobComplete';
    const processed = job.state === 'JobComplete' && job.puts > 0 ? ROWS_PER_JOB : 0;
    return {
      type: 'polled',
      jobState: job.state,
      counters: { numberRecordsProcessed: processed, numberRecordsFailed: 0 },
      errorMessage: null,
    };
  }
  abort(id: string): void {
    const job = this.job(id);
    if (job.state === 'Open' || job.state === 'UploadComplete' || job.state === 'InProgress')
      job.state = 'Aborted';
  }
  private job(id: string): OrgJob {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no job ${id}`);
    return job;
  }
}

class Store {
  readonly records = new Map<string, JobAttempt>();
  put(...attempts: JobAttempt[]): void {
    for (const a of attempts) this.records.set(`${a.planIndex}:${a.attempt}`, a);
  }
}

/** One step of the orchestrator: the first pending action, with `fault` striking its request. */
function step(store: Store, org: FakeOrg, fault: Fault): boolean {
  const [next] = resumeActions([...store.records.values()]);
  if (!next) return false;
  const { attempt, action } = next;
  const save = (record: JobAttempt, event: RunEvent) => {
    const after = applyEvent(record, event);
    store.put(after);
    return after;
  };
  const before = fault === 'crash-before' || fault === 'lost-before' || fault === 'refused';
  const after = fault === 'crash-after' || fault === 'lost-after';
  switch (action.kind) {
    case 'create': {
      const creating = save(attempt, { type: 'create-started' });
      if (fault === 'refused') save(creating, { type: 'create-failed' });
      if (before) return true;
      const jobId = org.create(attempt.planIndex);
      if (!after) save(creating, { type: 'created', jobId });
      return true;
    }
    case 'upload': {
      const uploading = save(attempt, { type: 'upload-started' });
      if (fault === 'crash-before') return true;
      if (fault !== 'lost-before' && fault !== 'refused') org.put(action.jobId);
      if (fault === 'crash-after') return true;
      save(uploading, { type: fault === 'none' ? 'upload-succeeded' : 'upload-failed' });
      return true;
    }
    case 'close': {
      if (attempt.step.state === 'closing') {
        const polled = org.get(action.jobId);
        if (polled.jobState !== 'Open') return (save(attempt, polled), true);
      }
      const closing = save(attempt, { type: 'close-started' });
      if (before) return true;
      org.close(action.jobId);
      if (!after) save(closing, { type: 'closed' });
      return true;
    }
    case 'poll':
      if (fault !== 'none') return true;
      save(attempt, org.get(action.jobId));
      return true;
    case 'abort-and-replan':
    case 'abort':
      if (before) return true;
      org.abort(action.jobId);
      if (!after) save(attempt, { type: 'aborted' });
      return true;
    case 'replan':
      // One IndexedDB transaction: the abandoned attempt marked, and its successor.
      store.put(applyEvent(attempt, { type: 'replanned' }), replanAttempt(attempt));
      return true;
  }
}

describe('write-ahead resume', () => {
  it('never uploads a job twice and processes every planned job exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.constantFrom(...FAULTS), { maxLength: 60 }),
        (jobs, faults) => {
          const store = new Store();
          const org = new FakeOrg();
          for (let i = 0; i < jobs; i++) store.put(plannedAttempt('load-1', i));
          let steps = 0;
          while (step(store, org, faults[steps] ?? 'none')) {
            steps++;
            expect(steps).toBeLessThan(MAX_STEPS);
          }
          for (const job of org.jobs.values()) expect(job.puts).toBeLessThanOrEqual(1);
          for (let i = 0; i < jobs; i++) {
            const sent = [...org.jobs.entries()].filter(([, j]) => j.planIndex === i && j.puts > 0);
            const processed = sent.filter(([, j]) => j.state === 'JobComplete');
            expect(processed).toHaveLength(1);
            // Every other job that received the rows was aborted before it could run them.
            for (const [, j] of sent)
              if (j.state !== 'JobComplete') expect(j.state).toBe('Aborted');
            const attempts = [...store.records.values()].filter((a) => a.planIndex === i);
            const latest = attempts.reduce((a, b) => (b.attempt > a.attempt ? b : a));
            expect(latest.step).toMatchObject({
              state: 'terminal',
              outcome: 'JobComplete',
              jobId: processed[0]?.[0],
            });
            expect(latest.counters?.numberRecordsProcessed).toBe(ROWS_PER_JOB);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
