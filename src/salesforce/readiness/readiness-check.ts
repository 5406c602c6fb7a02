/**
 * One item of the org readiness check (issue 7): what was checked, how it stands, why it matters
 * and — when it does not pass — what an admin changes, in Salesforce's own Setup words.
 */

export type ReadinessStatus = 'pass' | 'fail' | 'warn' | 'unknown';

export type ReadinessCheckId =
  | 'reachability'
  | 'oauth-cors'
  | 'api-version'
  | 'api-enabled'
  | 'hard-delete'
  | 'data-access'
  | 'object-access'
  | 'api-requests'
  | 'bulk-batches';

export interface ReadinessCheck {
  id: ReadinessCheckId;
  title: string;
  status: ReadinessStatus;
  /** What the check found, in one or two sentences. */
  detail: string;
  /** Why it matters for loading data. */
  why: string;
  /** What to change and where; absent when there is nothing to change. */
  fix?: string;
}

/** The worst status first, so a list can lead with what needs attention. */
const SEVERITY: Record<ReadinessStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };

export function worstStatus(checks: readonly ReadinessCheck[]): ReadinessStatus {
  return checks.reduce<ReadinessStatus>(
    (worst, check) => (SEVERITY[check.status] < SEVERITY[worst] ? check.status : worst),
    'pass',
  );
}

/** Plain words for a status, so no item relies on colour or an icon alone. */
export function statusLabel(status: ReadinessStatus): string {
  switch (status) {
    case 'pass':
      return 'Ready';
    case 'fail':
      return 'Needs a fix';
    case 'warn':
      return 'Warning';
    case 'unknown':
      return 'Could not check';
  }
}

/** What went wrong reading something, for an "unknown" item. */
export interface ReadProblem {
  errorCode: string;
  message: string;
  /** The HTTP status, when Salesforce answered. */
  status?: number;
}

export function isReadProblem(value: unknown): value is ReadProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { errorCode?: unknown }).errorCode === 'string'
  );
}

export function unknownCheck(
  base: { id: ReadinessCheckId; title: string; why: string },
  detail: string,
): ReadinessCheck {
  return { ...base, status: 'unknown', detail };
}
