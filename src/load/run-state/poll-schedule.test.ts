import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestJobState } from './ingest-job-state';
import {
  INITIAL_POLL_TRACK,
  JOB_POLL_MAX_INTERVAL_MS,
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
