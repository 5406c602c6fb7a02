/**
 * The write-ahead records of a load as the run orchestrator reads them back (design.md §4): the
 * stored fields stripped to a JobAttempt, a re-plan interrupted between its two writes finished,
 * and the latest attempt of each planned job.
 */
import { applyEvent } from '../../load/run-state/apply-run-event';
import type { JobAttempt } from '../../load/run-state/job-attempt';
import { attemptsByPlanIndex } from '../../load/run-state/resume-actions';

/** Only the JobAttempt fields of a stored record (the store adds owner and timestamps). */
export function asJobAttempt(record: JobAttempt): JobAttempt {
  const { loadId, planIndex, attempt, step, counters } = record;
  return { loadId, planIndex, attempt, step, counters };
}

/**
 * A re-plan writes the new attempt first and then marks the old one `replanned` (the other order
 * could lose the rows if the page went away between the two). A store that holds the new attempt
 * but not the mark is finished here: these are the old attempts to store again, marked.
 */
export function unfinishedReplans(records: readonly JobAttempt[]): JobAttempt[] {
  const repaired: JobAttempt[] = [];
  for (const record of records) {
    const step = record.step;
    const hasNewer = records.some(
      (r) => r.planIndex === record.planIndex && r.attempt === record.attempt + 1,
    );
    if (
      hasNewer &&
      step.state === 'abandoned' &&
      step.reason === 'upload-uncertain' &&
      !step.replanned
    )
      repaired.push(applyEvent(record, { type: 'replanned' }));
  }
  return repaired;
}

/**
 * The latest attempt of each planned job 0 … plannedJobs-1; a job with no record gets a fresh
 * `planned` one (made by `plan`). Throws InconsistentRunStore for a store that breaks the rules.
 */
export function latestAttempts(
  records: readonly JobAttempt[],
  plannedJobs: number,
  plan: (planIndex: number) => JobAttempt,
): JobAttempt[] {
  const byPlan = attemptsByPlanIndex(records);
  return Array.from({ length: plannedJobs }, (_, planIndex) => {
    const list = byPlan.get(planIndex);
    return list?.[list.length - 1] ?? plan(planIndex);
  });
}

/** Counters equal (both missing, or the same two numbers). */
export function sameCounters(a: JobAttempt['counters'], b: JobAttempt['counters']): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.numberRecordsProcessed === b.numberRecordsProcessed &&
    a.numberRecordsFailed === b.numberRecordsFailed
  );
}

/** Whether `next` differs from `previous` in anything the store keeps. */
export function recordChanged(previous: JobAttempt, next: JobAttempt): boolean {
  if (next === previous) return false;
  return (
    JSON.stringify(previous.step) !== JSON.stringify(next.step) ||
    !sameCounters(previous.counters, next.counters)
  );
}

/** The `contentUrl` of a job (salesforce-api.md §1.2), for an upload resumed after a reload. */
export function contentUrlOf(apiVersion: string, jobId: string): string {
  return `services/data/v${apiVersion}/jobs/ingest/${jobId}/batches`;
}
