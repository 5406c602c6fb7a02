import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IngestJob } from './ingest-job';
import type { IngestPace, IngestPort } from './ingest-port';
import type { JobProcessor, StepResult } from './job-processor';
import { DEMO_QUEUE_MS, DEMO_STEP_MS, DEMO_STEP_ROWS, JobScheduler } from './job-scheduler';
import { BATCH_ROWS } from './salesforce-choices';

/** A processor that records its steps and is done after `steps` of them. */
function countingProcessor(steps: number) {
  const calls: number[] = [];
  const processor = {
    step: (_job: IngestJob, maxRows: number): StepResult => {
      calls.push(maxRows);
      return calls.length >= steps ? 'done' : 'more';
    },
  } as unknown as JobProcessor;
  return { calls, processor };
}

function fakePort(pace: { value: IngestPace }) {
  const listeners = new Set<() => void>();
  const port = {
    pace: () => pace.value,
    onTick: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as IngestPort;
  return { port, tick: () => [...listeners].forEach((l) => l()), listeners };
}

const job = { id: '750Fk0000000001AAA' } as IngestJob;

describe('JobScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a demo-paced job after a queue wait, then in small steps on a timer', () => {
    const pace = { value: 'demo' as IngestPace };
    const { port } = fakePort(pace);
    const { calls, processor } = countingProcessor(3);
    new JobScheduler(port, processor, () => true).start(job);
    vi.advanceTimersByTime(DEMO_QUEUE_MS - 1);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([DEMO_STEP_ROWS]);
    vi.advanceTimersByTime(DEMO_STEP_MS);
    vi.advanceTimersByTime(DEMO_STEP_MS);
    expect(calls).toEqual([DEMO_STEP_ROWS, DEMO_STEP_ROWS, DEMO_STEP_ROWS]);
    vi.advanceTimersByTime(10 * DEMO_STEP_MS);
    expect(calls).toHaveLength(3);
  });

  it('runs a fast job one 10,000-row batch per turn of the event loop', () => {
    const { port } = fakePort({ value: 'fast' });
    const { calls, processor } = countingProcessor(2);
    new JobScheduler(port, processor, () => true).start(job);
    expect(calls).toEqual([]);
    vi.runAllTimers();
    expect(calls).toEqual([BATCH_ROWS, BATCH_ROWS]);
  });

  it('moves a manual job only on ticks, and resumes it when the pace changes', () => {
    const pace = { value: 'manual' as IngestPace };
    const { port, tick } = fakePort(pace);
    const { calls, processor } = countingProcessor(5);
    const scheduler = new JobScheduler(port, processor, () => true);
    scheduler.start(job);
    vi.runAllTimers();
    expect(calls).toEqual([]);
    tick();
    tick();
    expect(calls).toHaveLength(2);
    scheduler.resumeIfPaceChanged();
    expect(calls).toHaveLength(2);
    pace.value = 'fast';
    scheduler.resumeIfPaceChanged();
    vi.runAllTimers();
    expect(calls).toHaveLength(5);
  });

  it('drops the steps of deleted jobs and stops everything on dispose', () => {
    const { port, listeners } = fakePort({ value: 'demo' });
    const { calls, processor } = countingProcessor(10);
    let live = true;
    const scheduler = new JobScheduler(port, processor, () => live);
    scheduler.start(job);
    live = false;
    vi.runAllTimers();
    expect(calls).toEqual([]);
    live = true;
    scheduler.start(job);
    scheduler.dispose();
    vi.runAllTimers();
    expect(calls).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});
