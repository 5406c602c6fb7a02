/**
 * How often to ask Salesforce about a job (design.md §4, docs/decisions/0023): about every second
 * while the job's `numberRecordsProcessed` moves, backing off by half again per quiet poll toward
 * 30 s while it does not, and never giving up until the job is terminal. While it moves and the
 * caller knows how many records the job holds (the load runner does; the org jobs page does not),
 * the next poll goes when the job should end by the rate of the last two answers, if that is
 * sooner than a second: a job is seen complete when it completes, not up to a second later. One
 * such early poll per job at most: if it finds the job still running, the plain schedule goes on.
 * Shaped for TanStack Query's function-valued `refetchInterval`, which stops polling on `false`.
 */
import { isTerminalJobState, type IngestJobState, type JobCounters } from './ingest-job-state';

export const JOB_POLL_MIN_INTERVAL_MS = 1_000;
export const JOB_POLL_MAX_INTERVAL_MS = 30_000;
export const JOB_POLL_BACKOFF_FACTOR = 1.5;
/**
 * The soonest an early poll (at the job's estimated end) may go. Every job info GET counts against
 * the org's daily API request allocation (`DailyApiRequests`, salesforce-api.md §4.5), shared with
 * every other integration of the org: a wrong estimate must not turn into a burst of requests.
 */
export const JOB_POLL_MIN_FAST_INTERVAL_MS = 250;
/** The estimate's slack: its share of the time left, plus a fixed part for the request itself. */
export const JOB_POLL_ETA_MARGIN_RATIO = 0.1;
export const JOB_POLL_ETA_MARGIN_MS = 50;

export interface PollTrack {
  /** The job's state at the last poll; undefined before the first answer. */
  state: IngestJobState | undefined;
  lastCounters: JobCounters | null;
  previousCounters: JobCounters | null;
  /** Polls in a row, the last included, in which neither the counters nor the state moved. */
  unchangedPolls: number;
  /** Records the job holds, when the caller knows (the load runner's planned rows). */
  expectedRecords?: number;
  /** When the last and the one-before-last answers came (ms timestamps), when the caller said. */
  lastAt?: number;
  previousAt?: number;
  /** An early poll found the job still running: no more early polls for this job. */
  earlyPollSpent?: boolean;
}

export const INITIAL_POLL_TRACK: PollTrack = {
  state: undefined,
  lastCounters: null,
  previousCounters: null,
  unchangedPolls: 0,
};

export interface PollAnswer {
  state: IngestJobState;
  counters: JobCounters;
  /** When the answer came (ms timestamp, e.g. `Date.now()`); without it no estimate is made. */
  at?: number;
}

function processedMoved(last: JobCounters | null, previous: JobCounters | null): boolean {
  return (
    last !== null &&
    previous !== null &&
    last.numberRecordsProcessed !== previous.numberRecordsProcessed
  );
}

/** The track after one poll's answer. A change of state (InProgress at last) counts as movement. */
export function trackPoll(track: PollTrack, answer: PollAnswer): PollTrack {
  const moved =
    processedMoved(answer.counters, track.lastCounters) ||
    (track.state !== undefined && answer.state !== track.state);
  const planned = nextPollDelay(track);
  const earlyPollMissed =
    planned !== false && planned < JOB_POLL_MIN_INTERVAL_MS && !isTerminalJobState(answer.state);
  return {
    state: answer.state,
    previousCounters: track.lastCounters,
    lastCounters: answer.counters,
    unchangedPolls: moved || track.state === undefined ? 0 : track.unchangedPolls + 1,
    expectedRecords: track.expectedRecords,
    previousAt: track.lastAt,
    lastAt: answer.at,
    earlyPollSpent: track.earlyPollSpent === true || earlyPollMissed,
  };
}

/**
 * Milliseconds until the job should end by the rate between the last two answers (with a margin),
 * within [JOB_POLL_MIN_FAST_INTERVAL_MS, JOB_POLL_MIN_INTERVAL_MS]; null when that cannot be told:
 * no record count or timestamps, no progress, the early poll already spent, or a failed poll since
 * (the load runner counts a failed poll as a quiet one).
 */
function estimatedEndDelay(track: PollTrack): number | null {
  const { expectedRecords, lastAt, previousAt, lastCounters, previousCounters } = track;
  if (track.unchangedPolls !== 0 || track.earlyPollSpent === true) return null;
  if (expectedRecords === undefined || !Number.isFinite(expectedRecords)) return null;
  if (lastAt === undefined || previousAt === undefined || !lastCounters || !previousCounters)
    return null;
  const elapsedMs = lastAt - previousAt;
  const processed = lastCounters.numberRecordsProcessed - previousCounters.numberRecordsProcessed;
  if (!(elapsedMs > 0) || !(processed > 0)) return null;
  const remaining = Math.max(0, expectedRecords - lastCounters.numberRecordsProcessed);
  const etaMs = (remaining * elapsedMs) / processed;
  const delay = etaMs * (1 + JOB_POLL_ETA_MARGIN_RATIO) + JOB_POLL_ETA_MARGIN_MS;
  if (!Number.isFinite(delay)) return null;
  return Math.round(
    Math.min(JOB_POLL_MIN_INTERVAL_MS, Math.max(JOB_POLL_MIN_FAST_INTERVAL_MS, delay)),
  );
}

/** Milliseconds until the next poll, or false once the job is terminal. */
export function nextPollDelay(track: PollTrack): number | false {
  if (track.state !== undefined && isTerminalJobState(track.state)) return false;
  if (processedMoved(track.lastCounters, track.previousCounters))
    return estimatedEndDelay(track) ?? JOB_POLL_MIN_INTERVAL_MS;
  const delay = JOB_POLL_MIN_INTERVAL_MS * JOB_POLL_BACKOFF_FACTOR ** track.unchangedPolls;
  return Math.round(Math.min(JOB_POLL_MAX_INTERVAL_MS, delay));
}
