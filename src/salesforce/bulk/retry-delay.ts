/**
 * How long an idempotent ingest call waits before its next attempt (design.md §4: GETs and
 * PATCH Aborted retry on 429, 5xx and network errors). Exponential backoff with "equal jitter":
 * half the step is fixed so retries never bunch at zero, half is random so tabs and jobs that
 * failed together do not retry together.
 */

/** The first retry waits between half of this and this. */
export const RETRY_BASE_DELAY_MS = 500;
/** No single wait is longer than this. */
export const RETRY_MAX_DELAY_MS = 30_000;
/** Attempts in all, the first included; the last failure is reported to the caller. */
export const RETRY_MAX_ATTEMPTS = 6;

/**
 * The wait before retry number `attempt` (1 = the first retry). `random` returns [0, 1).
 * Always within [cap / 2, cap], where cap = min(RETRY_MAX_DELAY_MS, base · 2^(attempt − 1)).
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.max(0, Math.floor(attempt) - 1);
  // 2^step overflows to Infinity for huge steps; min() then keeps the cap.
  const cap = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** step);
  const half = cap / 2;
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.round(half + half * unit);
}
