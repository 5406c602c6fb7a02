/**
 * The load as a whole: one progress bar of rows processed, the counts, the speed, elapsed time
 * and the time left. Screen readers hear a short status line that changes only when the status
 * does or at every tenth of the rows, not at every poll.
 */
import type { LoadProgress } from '../../load/run-state/load-progress';
import type { LoadRunSnapshot } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';
import {
  formatDuration,
  loadWasAborted,
  percentOf,
  rateText,
  timeLeftText,
} from './load-run-words';

const ANNOUNCE_STEP_PERCENT = 10;

/** Rows of ended jobs that Salesforce never processed (an abort, a failed job). */
function notProcessed(snapshot: LoadRunSnapshot): number {
  let left = 0;
  for (const job of snapshot.jobs)
    if (job.jobState === 'Aborted' || job.jobState === 'Failed')
      left += Math.max(0, job.rows - job.processed);
  return left;
}

/** The status line: coarse on purpose, so that a polite live region is not chatty. */
export function loadStatusAnnouncement(snapshot: LoadRunSnapshot): string {
  const { progress } = snapshot;
  switch (snapshot.status) {
    case 'starting':
      return 'Reading where the load stands…';
    case 'running': {
      if (snapshot.abortRequested) return 'Aborting the load…';
      if (snapshot.needsAttention)
        return 'A job is stopped and needs you: read why below, then try again.';
      const step =
        Math.floor(percentOf(progress.fraction) / ANNOUNCE_STEP_PERCENT) * ANNOUNCE_STEP_PERCENT;
      return step === 0
        ? 'Loading: the first rows are on their way.'
        : `Loading: ${step}% or more of the rows processed.`;
    }
    case 'trial-review':
      return 'The trial job finished: look at its results, then continue or stop.';
    case 'needs-file':
      return 'Waiting for the same file, to send the jobs not uploaded yet.';
    case 'blocked':
      return 'The load is stopped until you act.';
    case 'finished': {
      const aborted = loadWasAborted(snapshot);
      const left = notProcessed(snapshot);
      const rest = left > 0 ? `, ${formatCount(left)} not processed` : '';
      return `The load ${aborted ? 'was aborted' : 'finished'}: ${formatCount(progress.succeeded)} succeeded, ${formatCount(progress.failed)} failed${rest}.`;
    }
  }
}

export function LoadRunSummary({ snapshot }: { snapshot: LoadRunSnapshot }) {
  const progress: LoadProgress = snapshot.progress;
  const percent = percentOf(progress.fraction);
  const finished = snapshot.status === 'finished';
  return (
    <div className="slds-m-vertical_small">
      <p role="status" aria-live="polite" className="slds-text-heading_small">
        {loadStatusAnnouncement(snapshot)}
      </p>
      <div
        className="slds-progress-bar slds-progress-bar_large slds-m-top_x-small"
        role="progressbar"
        aria-label="Rows processed"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${formatCount(progress.processed)} of ${formatCount(progress.totalRows)} rows processed`}
      >
        <span className="slds-progress-bar__value" style={{ width: `${percent}%` }} />
      </div>
      <dl className="slds-list_horizontal slds-wrap slds-m-top_x-small">
        <dt className="slds-item_label slds-text-color_weak">Processed</dt>
        <dd className="slds-item_detail">
          {formatCount(progress.processed)} of {formatCount(progress.totalRows)} rows ({percent}%)
        </dd>
        <dt className="slds-item_label slds-text-color_weak">Succeeded</dt>
        <dd className="slds-item_detail">{formatCount(progress.succeeded)}</dd>
        <dt className="slds-item_label slds-text-color_weak">Failed</dt>
        <dd className="slds-item_detail">{formatCount(progress.failed)}</dd>
        {!finished && (
          <>
            <dt className="slds-item_label slds-text-color_weak">Speed</dt>
            <dd className="slds-item_detail">{rateText(progress.recordsPerSecond)}</dd>
          </>
        )}
        <dt className="slds-item_label slds-text-color_weak">Elapsed</dt>
        <dd className="slds-item_detail">{formatDuration(progress.elapsedMs)}</dd>
        {!finished && (
          <>
            <dt className="slds-item_label slds-text-color_weak">Time left</dt>
            <dd className="slds-item_detail">{timeLeftText(progress.etaMs)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
