/**
 * The two `/limits` entries a load spends (salesforce-api.md §1.13, §4.5) and how "nearly spent"
 * is judged. Shared by the readiness check and by the pre-run warning (limit-headroom.ts).
 */

export interface LimitUsage {
  Max: number;
  Remaining: number;
}

/** The `/limits` body: limit name → `{Max, Remaining}` (some entries nest per-app maps). */
export type OrgLimitsSnapshot = Record<string, LimitUsage | undefined>;

export const API_REQUESTS_LIMIT = 'DailyApiRequests';
export const BULK_BATCHES_LIMIT = 'DailyBulkApiBatches';

/** Below this share of the allowance left, the org is warned about as "nearly spent". */
export const NEARLY_SPENT_SHARE = 0.1;

export function readLimit(limits: unknown, name: string): LimitUsage | undefined {
  if (typeof limits !== 'object' || limits === null) return undefined;
  const entry = (limits as Record<string, unknown>)[name];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { Max, Remaining } = entry as { Max?: unknown; Remaining?: unknown };
  return typeof Max === 'number' && typeof Remaining === 'number' ? { Max, Remaining } : undefined;
}

export function isNearlySpent(usage: LimitUsage): boolean {
  return usage.Remaining < usage.Max * NEARLY_SPENT_SHARE;
}
