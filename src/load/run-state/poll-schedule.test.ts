import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestJobState } from './ingest-job-state';
import {
  INITIAL_POLL_TRACK,
  JOB_POLL_BACKOFF_FACTOR,
  JOB_POLL_MAX_INTERVAL_MS,
  JOB_POLL_MIN_FAST_INTERVAL_MS,
  JOB_POLL_MIN_INTERVAL_MS,
  nextPollDelay,
  trackPoll,
  type PollTrack,
} from './poll-schedule';

const counters = (processed: number) => ({
  numberRecordsProcessed: processed,
  numberRecordsFailed: 0,
});

/** The delays a job's successive answers lead to. */
function delays(answers: [IngestJobState, number][]): (number | false)[] {
  let track: PollTrack = INITIAL_POLL_TRACK;
  return answers.map(([state, processed]) => {
    track = trackPoll(track, { state, counters: counters(processed) });
    return nextPollDelay(track);
  });
}

describe('nextPollDelay', () => {
  it('polls at once-a-second before the first answer', () => {
    expect(nextPollDelay(INITIAL_POLL_TRACK)).toBe(JOB_POLL_MIN_INTERVAL_MS);
  });

  it('backs off by half again while nothing moves, then snaps back when rows are processed', () => {
    expect(
      delays([
        ['UploadComplete', 0],
        ['UploadComplete', 0],
        ['UploadComplete', 0],
        ['UploadComplete', 0],
        ['InProgress', 0],
        ['InProgress', 2000],
        ['InProgress', 4000],
        ['InProgress', 4000],
        ['JobComplete', 5000],
      ]),
    ).toEqual([1000, 1500, 2250, 3375, 1000, 1000, 1000, 1500, false]);
  });

  it('tops out at 30 s and never gives up while the job runs', () => {
    const quiet = delays(
      Array.from({ length: 40 }, () => ['InProgress', 10] as [IngestJobState, number]),
    );
    expect(quiet.at(-1)).toBe(JOB_POLL_MAX_INTERVAL_MS);
    expect(quiet.every((d) => d !== false)).toBe(true);
  });

  it.each<IngestJobState>(['JobComplete', 'Failed', 'Aborted'])('stops at %s', (state) => {
    expect(
      delays([
        ['InProgress', 1],
        [state, 1],
      ]),
    ).toEqual([1000, false]);
  });

  it('always answers between 1 s and 30 s, growing with quiet polls, until terminal', () => {
    const state = fc.constantFrom<IngestJobState>(
      'Open',
      'UploadComplete',
      'InProgress',
      'JobComplete',
      'Failed',
      'Aborted',
    );
    fc.assert(
      fc.property(
        state,
        fc.nat({ max: 100 }),
        fc.option(fc.nat({ max: 9 })),
        fc.option(fc.nat({ max: 9 })),
        (s, quiet, last, previous) => {
          const track: PollTrack = {
            state: s,
            lastCounters: last === null ? null : counters(last),
            previousCounters: previous === null ? null : counters(previous),
            unchangedPolls: quiet,
          };
          const delay = nextPollDelay(track);
          const terminal = s === 'JobComplete' || s === 'Failed' || s === 'Aborted';
          if (terminal) {
            expect(delay).toBe(false);
            return;
          }
          expect(delay).toBeGreaterThanOrEqual(JOB_POLL_MIN_INTERVAL_MS);
          expect(delay).toBeLessThanOrEqual(JOB_POLL_MAX_INTERVAL_MS);
          const moved = last !== null && previous !== null && last !== previous;
          if (!moved)
            expect(nextPollDelay({ ...track, unchangedPolls: quiet + 1 })).toBeGreaterThanOrEqual(
              delay as number,
            );
        },
      ),
    );
  });
});

/** The delays of answers `[state, processed, atMs]` for a job of `expectedRecords` rows. */
function timedDelays(
  expectedRecords: number | undefined,
  answers: [IngestJobState, number, number | undefined][],
): (number | false)[] {
  let track: PollTrack = { ...INITIAL_POLL_TRACK, expectedRecords };
  return answers.map(([state, processed, at]) => {
    track = trackPoll(track, { state, counters: counters(processed), at });
    return nextPollDelay(track);
  });
}

/** Today's schedule without an estimate: 1 s while moving, else the back-off. */
function plainDelay(track: PollTrack): number | false {
  const s = track.state;
  if (s === 'JobComplete' || s === 'Failed' || s === 'Aborted') return false;
  const { lastCounters: last, previousCounters: previous } = track;
  if (last && previous && last.numberRecordsProcessed !== previous.numberRecordsProcessed)
    return JOB_POLL_MIN_INTERVAL_MS;
  return Math.round(
    Math.min(
      JOB_POLL_MAX_INTERVAL_MS,
      JOB_POLL_MIN_INTERVAL_MS * JOB_POLL_BACKOFF_FACTOR ** track.unchangedPolls,
    ),
  );
}

describe('nextPollDelay at the estimated end of a job', () => {
  it('polls when the job should end, with a margin, once it is less than a second away', () => {
    // 10,000 rows; 4,000 a second: 2,000 left at the third answer = 500 ms, + 10 % + 50 ms.
    expect(
      timedDelays(10_000, [
        ['InProgress', 0, 0],
        ['InProgress', 4_000, 1_000],
        ['InProgress', 8_000, 2_000],
        ['JobComplete', 10_000, 2_600],
      ]),
    ).toEqual([1000, 1000, 600, false]);
  });

  it('keeps 1 s when the end is further than that', () => {
    expect(
      timedDelays(100_000, [
        ['InProgress', 0, 0],
        ['InProgress', 1_000, 1_000],
      ]),
    ).toEqual([1000, 1000]);
  });

  it('never polls sooner than 250 ms, even with the job about done or past its count', () => {
    expect(
      timedDelays(10_000, [
        ['InProgress', 0, 0],
        ['InProgress', 9_990, 1_000],
      ]),
    ).toEqual([1000, JOB_POLL_MIN_FAST_INTERVAL_MS]);
    expect(
      timedDelays(5_000, [
        ['InProgress', 0, 0],
        ['InProgress', 6_000, 1_000],
      ]),
    ).toEqual([1000, JOB_POLL_MIN_FAST_INTERVAL_MS]);
  });

  it('makes one early poll per job: if it finds the job running, today’s schedule goes on', () => {
    expect(
      timedDelays(10_000, [
        ['InProgress', 0, 0],
        ['InProgress', 8_000, 1_000],
        // The early poll (325 ms later) finds the job slower than estimated.
        ['InProgress', 9_000, 1_325],
        ['InProgress', 9_500, 2_325],
        ['InProgress', 10_000, 3_325],
        ['InProgress', 10_000, 4_825],
        ['JobComplete', 10_000, 7_075],
      ]),
    ).toEqual([1000, 325, 1000, 1000, 1000, 1500, false]);
  });

  it('keeps today’s schedule when the record count is unknown', () => {
    expect(
      timedDelays(undefined, [
        ['InProgress', 0, 0],
        ['InProgress', 8_000, 1_000],
        ['InProgress', 9_999, 2_000],
        ['InProgress', 9_999, 3_000],
      ]),
    ).toEqual([1000, 1000, 1000, 1500]);
  });

  it('keeps today’s schedule when the answers carry no time', () => {
    expect(
      timedDelays(10_000, [
        ['InProgress', 0, undefined],
        ['InProgress', 8_000, undefined],
        ['InProgress', 9_999, 2_000],
      ]),
    ).toEqual([1000, 1000, 1000]);
  });

  it('backs off as before while the job processes nothing (a rate of 0)', () => {
    expect(
      timedDelays(10_000, [
        ['InProgress', 500, 0],
        ['InProgress', 500, 1_000],
        ['InProgress', 500, 2_500],
        ['InProgress', 500, 4_750],
      ]),
    ).toEqual([1000, 1500, 2250, 3375]);
  });

  it('keeps 1 s on the change to InProgress with nothing processed yet', () => {
    expect(
      timedDelays(10_000, [
        ['UploadComplete', 0, 0],
        ['UploadComplete', 0, 1_000],
        ['InProgress', 0, 2_500],
      ]),
    ).toEqual([1000, 1500, 1000]);
  });

  it('keeps 1 s after a failed poll (counted as a quiet one), not the estimate', () => {
    let track: PollTrack = { ...INITIAL_POLL_TRACK, expectedRecords: 10_000 };
    track = trackPoll(track, { state: 'InProgress', counters: counters(0), at: 0 });
    track = trackPoll(track, { state: 'InProgress', counters: counters(8_000), at: 1_000 });
    expect(nextPollDelay(track)).toBe(325);
    expect(nextPollDelay({ ...track, unchangedPolls: track.unchangedPolls + 1 })).toBe(
      JOB_POLL_MIN_INTERVAL_MS,
    );
  });

  it('stays within 250 ms and 30 s until terminal, and is today’s without a record count', () => {
    const state = fc.constantFrom<IngestJobState>(
      'Open',
      'UploadComplete',
      'InProgress',
      'JobComplete',
      'Failed',
      'Aborted',
    );
    const stamp = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined });
    const count = fc.option(fc.nat({ max: 1_000_000 }), { nil: null });
    fc.assert(
      fc.property(
        state,
        fc.nat({ max: 100 }),
        count,
        count,
        fc.option(fc.nat({ max: 2_000_000 }), { nil: undefined }),
        stamp,
        stamp,
        fc.boolean(),
        (s, quiet, last, previous, expectedRecords, lastAt, previousAt, earlyPollSpent) => {
          const track: PollTrack = {
            state: s,
            lastCounters: last === null ? null : counters(last),
            previousCounters: previous === null ? null : counters(previous),
            unchangedPolls: quiet,
            expectedRecords,
            lastAt,
            previousAt,
            earlyPollSpent,
          };
          const delay = nextPollDelay(track);
          if (s === 'JobComplete' || s === 'Failed' || s === 'Aborted') {
            expect(delay).toBe(false);
            return;
          }
          expect(delay).toBeGreaterThanOrEqual(JOB_POLL_MIN_FAST_INTERVAL_MS);
          expect(delay).toBeLessThanOrEqual(JOB_POLL_MAX_INTERVAL_MS);
          expect(delay).toBeLessThanOrEqual(plainDelay(track) as number);
          if (expectedRecords === undefined) expect(delay).toBe(plainDelay(track));
        },
      ),
    );
  });
});
