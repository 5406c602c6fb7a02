/**
 * A retry (issue 6) is a new load of the same file: the root load's recipe (mapping, describe,
 * choices) with only the chosen rows (`onlyRows`), the user's cell edits (`rowEdits`) and value
 * fixes added to the value map. It is prepared by the same prepare worker, saved like any load
 * with `parentLoadId` (always the root) and its `round`, and run on its own `/loads/:id` page by
 * the unchanged run orchestrator. Once the rows are prepared, and before anything is saved or sent,
 * `holdBeforeSave` may hold the retry (the org's daily limits, read fresh): then nothing is kept.
 * The page reads the rounds once per visit: a retry chosen from rounds that are no longer the
 * stored ones (another tab or an automatic retry sent one since) is refused, so no row goes twice.
 */
import { createPrepareWorkerClient } from '../features/preflight/prepare-worker-client';
import {
  StaleRoundsError,
  type ResultsOverlay,
  type RetryHold,
} from '../features/results/results-service';
import type { RetryPlanSize } from '../features/results/retry-limit-hold';
import type { LoadRecord, LoadStore, Owner } from '../lib/load-store';
import { keepPreparedJobs } from '../lib/prepared-loads';
import { keepSourceFile } from '../lib/source-files';
import { setValueMapEntry, type ValueMapEntry } from '../load/preflight/value-map';
import type { LoadRecipe } from './load-page';
import { retriesOf } from './load-rounds';

export interface StartRetryInput {
  store: LoadStore;
  owner: Owner;
  root: LoadRecord;
  file: File;
  rowOffsets: Float64Array | null;
  rows: Uint8Array;
  overlay: ResultsOverlay;
  automatic: boolean;
  /**
   * The load ids of the rounds the page reconciled (root first, then the retries that had ended,
   * by round): the rows chosen come from them. Any other retry stored now refuses this one.
   */
  reconciledRounds: readonly string[];
  /** Asked once the rows are prepared, before anything is saved: a reason not to send, or null. */
  holdBeforeSave?: (plan: RetryPlanSize) => Promise<RetryHold | null>;
}

/** The retry was saved (its page runs it), or held before anything was saved or sent. */
export type StartedRetry = { kind: 'started'; loadId: string } | { kind: 'held'; hold: RetryHold };

/** The root's value map with the results page's fixes (a fix wins for its column and value). */
export function retryValueMap(
  base: readonly ValueMapEntry[],
  fixes: readonly ValueMapEntry[],
): ValueMapEntry[] {
  let entries = [...base];
  for (const fix of fixes) entries = setValueMapEntry(entries, fix);
  return entries;
}

/** Whether the retries stored now are exactly those among the rounds the page reconciled. */
export function sameRounds(
  rootId: string,
  reconciled: readonly string[],
  stored: readonly LoadRecord[],
): boolean {
  const seen = new Set(reconciled.filter((id) => id !== rootId));
  return seen.size === stored.length && stored.every((load) => seen.has(load.loadId));
}

/**
 * Prepares and saves the retry; resolves to its load id (the caller opens its page), or to why it
 * was held. One retry of a load at a time, in every tab: under a Web Lock per root load, a retry
 * still running (or one another tab or the automatic timer just started) refuses this one, and so
 * does any retry stored since the page read the rounds (StaleRoundsError), so no row goes twice.
 */
export async function startRetry(input: StartRetryInput): Promise<StartedRetry> {
  const { owner, root } = input;
  const name = `forklift-retry:${owner.orgId}/${owner.userId}/${root.loadId}`;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(name, () => startRetryAlone(input)) : startRetryAlone(input);
}

async function startRetryAlone(input: StartRetryInput): Promise<StartedRetry> {
  const { store, owner, root, file, overlay } = input;
  const recipe = root.recipe as LoadRecipe;
  const retry: LoadRecipe = {
    ...recipe,
    setup: {
      ...recipe.setup,
      valueMap: retryValueMap(recipe.setup.valueMap ?? [], overlay.valueMap),
    },
    trialRows: 0,
    onlyRows: input.rows,
    rowEdits: overlay.edits.map((edit) => ({ ...edit })),
  };
  const earlier = await retriesOf(store, owner, root.loadId);
  if (earlier.some((load) => load.status === 'running' || load.status === 'preparing'))
    throw new Error(
      'another retry of this load is still running (perhaps started in another tab or automatically): wait for it to end, then reload the page to see its results and retry what is still failed.',
    );
  if (!sameRounds(root.loadId, input.reconciledRounds, earlier)) throw new StaleRoundsError();
  const worker = createPrepareWorkerClient();
  let plan;
  try {
    plan = await worker.prepare({ ...retry, file });
  } finally {
    worker.dispose();
  }
  if (plan.jobs.length === 0)
    throw new Error(
      'none of the chosen rows can be sent (every one is excluded by the checks): fix them first.',
    );
  const rowsToSend = plan.jobs.reduce((sum, job) => sum + job.rows, 0);
  const hold = await input.holdBeforeSave?.({ jobs: plan.jobs.length, rows: rowsToSend });
  if (hold) return { kind: 'held', hold };
  const round = Math.max(0, ...earlier.map((load) => load.round ?? 0)) + 1;
  const loadId = crypto.randomUUID();
  await store.saveLoad({
    orgId: root.orgId,
    userId: root.userId,
    loadId,
    orgName: root.orgName,
    username: root.username,
    object: root.object,
    operation: root.operation,
    externalIdFieldName: root.externalIdFieldName,
    assignmentRuleId: root.assignmentRuleId,
    file: root.file,
    rowCount: plan.rowCount,
    excludedRows: plan.excludedRows,
    plannedJobs: plan.jobs.length,
    rowsPerJob: plan.jobs.map((job) => job.rows),
    trialRows: 0,
    recipe: retry,
    status: 'running',
    parentLoadId: root.loadId,
    round,
    automaticRetry: input.automatic,
  });
  await store.saveRowMap(owner, loadId, {
    jobOfRow: plan.rowJobs,
    ...(input.rowOffsets ? { rowOffsets: input.rowOffsets } : {}),
  });
  keepPreparedJobs(loadId, plan.jobs);
  keepSourceFile(loadId, file);
  return { kind: 'started', loadId };
}
