import { describe, expect, it } from 'vitest';
import {
  addProgressSample,
  loadProgress,
  PROGRESS_WINDOW_MS,
  type ProgressSample,
} from './load-progress';

const counters = (processed: number, failed = 0) => ({
  numberRecordsProcessed: processed,
  numberRecordsFailed: failed,
});

describe('addProgressSample', () => {
  it('keeps the window plus the newest sample before it', () => {
    let samples: ProgressSample[] = [];
    for (const atMs of [0, 10_000, 20_000, 30_000, 40_000, 45_000])
      samples = addProgressSample(samples, { atMs, processed: atMs / 10 });
    expect(samples.map((s) => s.atMs)).toEqual([10_000, 20_000, 30_000, 40_000, 45_000]);
    expect(addProgressSample([], { atMs: 5, processed: 0 }, PROGRESS_WINDOW_MS)).toEqual([
      { atMs: 5, processed: 0 },
    ]);
  });
});

describe('loadProgress', () => {
  const timing = (samples: ProgressSample[], nowMs = 60_000) => ({
    samples,
    nowMs,
    startedAtMs: 10_000,
  });

  it('adds up jobs, measures records per second over the window and estimates the time left', () => {
    const progress = loadProgress(
      [
        { rows: 1000, state: 'JobComplete', counters: counters(1000, 10) },
        { rows: 1000, state: 'InProgress', counters: counters(400, 2) },
        { rows: 500, state: null, counters: null },
      ],
      timing([
        { atMs: 40_000, processed: 1000 },
        { atMs: 50_000, processed: 1200 },
        { atMs: 60_000, processed: 1400 },
      ]),
    );
    expect(progress).toEqual({
      totalRows: 2500,
      processed: 1400,
      failed: 12,
      succeeded: 1388,
      remaining: 1100,
      fraction: 1400 / 2500,
      recordsPerSecond: 20,
      etaMs: 55_000,
      elapsedMs: 50_000,
    });
  });

  it('counts nothing left for a failed or aborted job, whatever it did not process', () => {
    const progress = loadProgress(
      [
        { rows: 100, state: 'Aborted', counters: counters(30) },
        { rows: 100, state: 'Failed', counters: counters(0) },
      ],
      timing([]),
    );
    expect(progress).toMatchObject({ remaining: 0, fraction: 1, etaMs: 0, recordsPerSecond: null });
  });

  it('gives no estimate before two samples or while nothing moves', () => {
    const running = [{ rows: 10, state: 'InProgress' as const, counters: counters(0) }];
    expect(loadProgress(running, timing([{ atMs: 1, processed: 0 }])).etaMs).toBeNull();
    expect(
      loadProgress(
        running,
        timing([
          { atMs: 1, processed: 0 },
          { atMs: 2, processed: 0 },
        ]),
      ),
    ).toMatchObject({ recordsPerSecond: 0, etaMs: null });
  });
});
