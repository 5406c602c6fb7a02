/**
 * The daily allowances a load spends (issue 7, salesforce-api.md §1.13, §4.5): DailyApiRequests
 * and DailyBulkApiBatches from `/limits`, warned about when nearly spent. Pure.
 */
import {
  API_REQUESTS_LIMIT,
  BULK_BATCHES_LIMIT,
  isNearlySpent,
  readLimit,
  type LimitUsage,
  type OrgLimitsSnapshot,
} from './org-limits';
import {
  isReadProblem,
  type ReadinessCheck,
  type ReadinessCheckId,
  type ReadProblem,
} from './readiness-check';

const LIMIT_CHECKS: { id: ReadinessCheckId; name: string; title: string; why: string }[] = [
  {
    id: 'api-requests',
    name: API_REQUESTS_LIMIT,
    title: 'Daily API requests',
    why:
      'Each job costs several API calls (create, upload, close, status checks, results); when the ' +
      'org’s daily allowance runs out, Salesforce refuses every call with REQUEST_LIMIT_EXCEEDED.',
  },
  {
    id: 'bulk-batches',
    name: BULK_BATCHES_LIMIT,
    title: 'Daily Bulk API batches',
    why:
      'Salesforce spends one batch per 10,000 rows of a job, shared with every Bulk API client in ' +
      'the org; when none are left, new jobs fail.',
  },
];

export function limitChecks(limits: OrgLimitsSnapshot | ReadProblem): ReadinessCheck[] {
  const problem = isReadProblem(limits) ? limits : undefined;
  return LIMIT_CHECKS.map(({ name, ...base }) => {
    const usage = problem ? undefined : readLimit(limits, name);
    if (!usage) {
      return {
        ...base,
        status: 'unknown',
        detail: problem
          ? `The org’s limits could not be read: ${problem.message} (${problem.errorCode}).`
          : `The org’s limits do not list ${name}.`,
        ...(problem?.errorCode === 'INSUFFICIENT_ACCESS' || problem?.status === 403
          ? {
              fix: 'Reading limits needs "View Setup and Configuration"; your admin can check them in Setup → Company Information.',
            }
          : {}),
      };
    }
    return limitCheck(base, name, usage);
  });
}

function limitCheck(
  base: { id: ReadinessCheckId; title: string; why: string },
  name: string,
  usage: LimitUsage,
): ReadinessCheck {
  const left = `${usage.Remaining.toLocaleString('en-US')} of ${usage.Max.toLocaleString('en-US')} left today (${name})`;
  if (usage.Remaining <= 0) {
    return {
      ...base,
      status: 'fail',
      detail: `None left: 0 of ${usage.Max.toLocaleString('en-US')} (${name}).`,
      fix:
        'Wait until the 24-hour window frees some up (Setup → Company Information shows usage), ' +
        'or ask Salesforce for a higher allowance.',
    };
  }
  if (isNearlySpent(usage)) {
    return {
      ...base,
      status: 'warn',
      detail: `Nearly spent: ${left}.`,
      fix:
        'Load a small file only, or wait until the 24-hour window frees some up (Setup → ' +
        'Company Information shows usage); find which integration spends them before a big load.',
    };
  }
  return { ...base, status: 'pass', detail: `${left}.` };
}
