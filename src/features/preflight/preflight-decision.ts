/**
 * What the user decides on the check screen, beside the value map: which rows with problems are
 * left out, whether a trial run goes first, whether rows are sorted by parent, and how many jobs
 * Salesforce processes at once. Plain data the app hands to the prepare pass (all but the last)
 * and to the run (the last: it changes no job, so the check's jobs are still reused).
 */
import type { PreflightChoice, PreflightSummary } from '../../load/preflight/preflight-aggregator';
import type { PrepareOptions } from './prepare-worker-client';

export interface PreflightDecision {
  choice: PreflightChoice;
  /** Rows in the trial job loaded first; 0 = no trial run. */
  trialRows: number;
  /** Send the children of one parent together (fewer UNABLE_TO_LOCK_ROW failures). */
  sortByParent: boolean;
  /**
   * Jobs of the load Salesforce processes at once: 1 (one after another, issue 5's default) or
   * PARALLEL_JOBS_MIN..PARALLEL_JOBS_MAX. A run option: it never changes the prepared jobs.
   */
  parallelJobs: number;
}

/** What "Run jobs in parallel" offers: a few jobs at once, not a flood of row locks. */
export const PARALLEL_JOBS_MIN = 2;
export const PARALLEL_JOBS_MAX = 5;

/** Rows with errors are left out; no trial run (it is opt-in); file order; one job at a time. */
export const DEFAULT_PREFLIGHT_DECISION: PreflightDecision = {
  choice: { kind: 'exclude-error-rows' },
  trialRows: 0,
  sortByParent: false,
  parallelJobs: 1,
};

/**
 * Jobs processed at once for a load of `jobs` jobs: 1 unless the user asked for more and there
 * is more than one job; never above PARALLEL_JOBS_MAX.
 */
export function parallelJobsFor(decision: Pick<PreflightDecision, 'parallelJobs'>, jobs: number) {
  if (jobs < 2 || !Number.isInteger(decision.parallelJobs)) return 1;
  return Math.min(Math.max(decision.parallelJobs, 1), PARALLEL_JOBS_MAX, jobs);
}

/** The groups of errors: what "leave out only the problems I choose" starts with. */
export function errorGroupKeys(summary: PreflightSummary): string[] {
  return summary.groups.filter((g) => g.severity === 'error').map((g) => g.key);
}

/** The chosen groups with `key` added or removed, in the order the summary lists them. */
export function toggleGroup(
  summary: PreflightSummary,
  chosen: readonly string[],
  key: string,
  on: boolean,
): string[] {
  const next = new Set(chosen);
  if (on) next.add(key);
  else next.delete(key);
  return summary.groups.filter((g) => next.has(g.key)).map((g) => g.key);
}

/**
 * How many rows the choice leaves out: exact for "rows with errors" and "go on", a range for
 * chosen groups (a row in two chosen groups is left out once, and the summary keeps no row sets).
 */
export function excludedRowRange(
  summary: PreflightSummary,
  choice: PreflightChoice,
): { min: number; max: number } {
  switch (choice.kind) {
    case 'exclude-error-rows':
      return { min: summary.rowsWithErrors, max: summary.rowsWithErrors };
    case 'go-on-anyway':
      return { min: 0, max: 0 };
    case 'exclude-groups': {
      const chosen = new Set(choice.groups);
      let min = 0;
      let sum = 0;
      for (const group of summary.groups)
        if (chosen.has(group.key)) {
          min = Math.max(min, group.rows);
          sum += group.rows;
        }
      return { min, max: Math.min(sum, summary.rowsChecked) };
    }
  }
}

/** The trial-rows box: a whole number of at least 1, or null. */
export function parseTrialRows(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const rows = Number(text);
  return Number.isSafeInteger(rows) && rows >= 1 ? rows : null;
}

/**
 * The prepare pass's options for a decision and the "rows per job" box (null: Salesforce's limit).
 * `parallelJobs` is left out on purpose: how many jobs run at once does not change the jobs.
 */
export function prepareOptionsOf(
  decision: PreflightDecision,
  rowsPerJob: number | null,
): PrepareOptions {
  return {
    choice: decision.choice,
    trialRows: decision.trialRows,
    sortByParent: decision.sortByParent,
    ...(rowsPerJob !== null ? { limits: { maxRows: rowsPerJob } } : {}),
  };
}

/** Whether two sets of options write the same jobs from the same file and setup (decision 0022). */
export function samePrepareOptions(a: PrepareOptions, b: PrepareOptions): boolean {
  return canonicalOptions(a) === canonicalOptions(b);
}

function canonicalOptions(options: PrepareOptions): string {
  const { choice, trialRows, sortByParent, limits = {} } = options;
  const limitEntries = Object.entries(limits)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    choice.kind,
    choice.kind === 'exclude-groups' ? [...choice.groups].sort() : [],
    trialRows,
    sortByParent,
    limitEntries,
  ]);
}
