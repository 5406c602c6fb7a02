/**
 * How often to ask Salesforce about a job (design.md §4): about every second while the job's
 * `numberRecordsProcessed` moves, backing off by half again per quiet poll toward 30 s while it
 * does not, and never giving up until the job is terminal. Shaped for TanStack Query's
 * function-valued `refetchInterval`, which stops polling on `false`.
 */
import { isTerminalJobState, type IngestJobState, type JobCounters } from './ingest-job-state';

export const JOB_POLL_MIN_INTERVAL_MS = 1_000;
export const JOB_POLL_MAX_INTERVAL_MS = 30_000;
export const JOB_POLL_BACKOFF_FACTOR = 1.5;

export interface PollTrack {
  /** The job's state at the last poll; undefined before the first answer. */
  state: IngestJobState | undefined;
  lastCounters: JobCounters | null;
  previousCounters: JobCounters | null;
  /** Polls in a row, the last included, in which neither the counters nor the state moved. */
  unchangedPolls: number;
}

export const INITIAL_POLL_TRACK: PollTrack = {
  state: undefined,
  lastCounters: null,
  previousCounters: null,
  unchangedPolls: 0,
};

function processedMoved(last: JobCounters | null, previous: JobCounters | null): boolean {
  return (
    last !== null &&
    previous !== null &&
    last.numberRecordsProcessed !== previous.numberRecordsProcessed
  );
}

/** The track after one poll's answer. A change of state (InProgress at last) counts as movement. */
export function trackPoll(
  track: PollTrack,
  answer: { state: IngestJobState; counters: JobCounters },
): PollTrack {
  const moved =
    processedMoved(answer.counters, track.lastCounters) ||
    (track.state !== undefined && answer.state !== track.state);
  return {
    state: answer.state,
    previousCounters: track.lastCounters,
    lastCounters: answer.counters,
    unchangedPolls: moved || track.state === undefined ? 0 : track.unchangedPolls + 1,
  };
}

/** Milliseconds until the next poll, or false once the job is terminal. */
export function nextPollDelay(track: PollTrack): number | false {
  if (track.state !== undefined && isTerminalJobState(track.state)) return false;
  if (processedMoved(track.lastCounters, track.previousCounters)) return JOB_POLL_MIN_INTERVAL_MS;
  const delay = JOB_POLL_MIN_INTERVAL_MS * JOB_POLL_BACKOFF_FACTOR ** track.unchangedPolls;
  return Math.round(Math.min(JOB_POLL_MAX_INTERVAL_MS, delay));
}
