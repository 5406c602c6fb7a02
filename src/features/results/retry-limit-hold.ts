/**
 * Whether a prepared retry may be sent without asking (issue 6, with issue 7's limit warning): a
 * retry spends the org's daily Bulk API batches and API requests like any load, so it is checked
 * with the Confirm step's own rule and words (`wouldExceedLimits`), against limits read fresh.
 * Pure: the app reads the limits and hands the answer in.
 *
 * - Limits that would run out part way hold the retry: the user decides, and an automatic retry
 *   stops (it never spends the last of the allowance on its own).
 * - Limits that could not be read never block: a retry by hand is held only so the user knows
 *   (they may send anyway); an automatic retry goes on, as a first load's Confirm does.
 */
import { wouldExceedLimits } from '../../salesforce/readiness/limit-headroom';
import type { OrgLimitsSnapshot } from '../../salesforce/readiness/org-limits';
import type { RetryHold } from './results-service';

/** The org's `/limits`, read fresh, or why they could not be read. */
export type LimitsRead = { ok: true; limits: OrgLimitsSnapshot } | { ok: false; reason: string };

/** What the prepared retry would send. */
export interface RetryPlanSize {
  jobs: number;
  rows: number;
}

export function retryLimitHold(
  read: LimitsRead,
  plan: RetryPlanSize,
  automatic: boolean,
): RetryHold | null {
  if (read.ok) {
    const { warning } = wouldExceedLimits(read.limits, plan.jobs, plan.rows);
    return warning ? { reason: 'limits', warning } : null;
  }
  if (automatic) return null;
  return {
    reason: 'limits-unread',
    message:
      `The org’s daily API allowances could not be read (${read.reason.replace(/\.$/, '')}), so ` +
      'Forklift cannot tell whether this retry fits in what is left today. Nothing was sent. ' +
      'Retry anyway to send the rows now, or wait a moment and retry to check the allowances again.',
  };
}
