/**
 * Whether a planned load fits in what is left of the org's daily allowances (issue 7: "a warning
 * before a load that would exceed them"). Pure, for the Confirm step. Bulk API 2.0 spends one
 * batch per 10,000 rows of a job (salesforce-api.md §1.13), so a job of n rows costs
 * ceil(n / 10,000) batches; the API calls per job are an estimate (create, upload, close, status
 * checks, three result files).
 */
import {
  API_REQUESTS_LIMIT,
  BULK_BATCHES_LIMIT,
  readLimit,
  type OrgLimitsSnapshot,
} from './org-limits';

export const ROWS_PER_BATCH = 10_000;
/** create + PUT + close + ~10 status checks + 3 result downloads, rounded up. */
export const ESTIMATED_API_CALLS_PER_JOB = 16;

export interface LimitHeadroom {
  /** True when the load would spend more than is left of either allowance. */
  exceeds: boolean;
  /** Upper estimates for this load. */
  batchesNeeded: number;
  apiCallsNeeded: number;
  /** What is left, when the org told us. */
  batchesLeft?: number;
  apiCallsLeft?: number;
  /** What the user should know, or undefined when the load fits. */
  warning?: string;
}

export function wouldExceedLimits(
  limits: OrgLimitsSnapshot,
  plannedJobs: number,
  plannedRows: number,
): LimitHeadroom {
  const jobs = Math.max(0, Math.ceil(plannedJobs));
  const rows = Math.max(0, Math.ceil(plannedRows));
  // Σ ceil(rows_j / 10,000) < rows / 10,000 + jobs, so it is at most ceil(rows / 10,000) + jobs − 1.
  const batchesNeeded =
    jobs === 0 || rows === 0 ? 0 : Math.min(Math.ceil(rows / ROWS_PER_BATCH) + jobs - 1, rows);
  const apiCallsNeeded = jobs * ESTIMATED_API_CALLS_PER_JOB;
  const batches = readLimit(limits, BULK_BATCHES_LIMIT);
  const api = readLimit(limits, API_REQUESTS_LIMIT);
  const short: string[] = [];
  if (batches && batchesNeeded > batches.Remaining) {
    short.push(
      `up to ${batchesNeeded.toLocaleString('en-US')} Bulk API batches, and the org has ` +
        `${batches.Remaining.toLocaleString('en-US')} left today`,
    );
  }
  if (api && apiCallsNeeded > api.Remaining) {
    short.push(
      `about ${apiCallsNeeded.toLocaleString('en-US')} API requests, and the org has ` +
        `${api.Remaining.toLocaleString('en-US')} left today`,
    );
  }
  return {
    exceeds: short.length > 0,
    batchesNeeded,
    apiCallsNeeded,
    ...(batches ? { batchesLeft: batches.Remaining } : {}),
    ...(api ? { apiCallsLeft: api.Remaining } : {}),
    ...(short.length > 0
      ? {
          warning:
            `This load needs ${short.join('; it also needs ')}. Salesforce would refuse jobs part ` +
            'way through, leaving the load half done. Load fewer rows now, or wait until the ' +
            '24-hour window frees some up (Setup → Company Information shows usage).',
        }
      : {}),
  };
}
