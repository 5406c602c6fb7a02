/**
 * startRetry on Chromium's real IndexedDB, Web Locks and prepare worker (issue 6): a retry is
 * chosen from the rounds a results page read once; when other retries were stored since (another
 * tab, or an automatic retry), it is refused with a message that says to reload, before anything
 * is prepared, saved or sent, so rows an earlier retry already sent never go twice.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StaleRoundsError } from '../features/results/results-service';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { createLoadStore, type LoadRecord, type LoadStore, type Owner } from '../lib/load-store';
import {
  resultsScenarioRows,
  scenarioFile,
  scenarioRecipe,
} from '../workers/test-support/results-load';
import { startRetry, type StartRetryInput } from './start-retry';

const OWNER: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const STALE =
  'The results changed since this page read them (another tab or an automatic retry sent a retry): reload the page to see them, then retry what is left.';
let store: LoadStore;
/** Each test's root load has its own id: the retry's Web Lock is named after it, page-wide. */
let counter = 0;

beforeEach(async () => {
  counter++;
  const db = await throwawayForkliftDb('forklift-start-retry');
  store = createLoadStore(async () => db);
});

const rows = resultsScenarioRows();
const file = scenarioFile(rows);

async function saveRoot(): Promise<LoadRecord> {
  return store.saveLoad({
    ...OWNER,
    loadId: `root-${counter}`,
    orgName: 'Forklift Demo',
    username: 'admin@forklift.demo',
    object: 'Contact',
    operation: 'insert',
    externalIdFieldName: null,
    assignmentRuleId: null,
    file: { name: file.name, size: file.size, lastModified: file.lastModified, headHash: 'ab' },
    recipe: scenarioRecipe(),
    rowCount: rows.length,
    excludedRows: 1,
    plannedJobs: 4,
    rowsPerJob: [12, 12, 12, 0],
    trialRows: 0,
    status: 'finished',
  });
}

/** Rows 1 and 2 (they failed on the root load) sent again, from a page that read `rounds`. */
function retryFrom(root: LoadRecord, rounds: readonly string[]): StartRetryInput {
  const chosen = new Uint8Array(rows.length);
  chosen[1] = 1;
  chosen[2] = 1;
  return {
    store,
    owner: OWNER,
    root,
    file,
    rowOffsets: null,
    rows: chosen,
    overlay: { edits: [], valueMap: [] },
    automatic: true,
    reconciledRounds: rounds,
    holdBeforeSave: vi.fn(async () => null),
  };
}

async function retriesIn(root: LoadRecord) {
  return (await store.listLoads(OWNER))
    .filter((load) => load.parentLoadId === root.loadId)
    .sort((a, b) => (a.round ?? 0) - (b.round ?? 0))
    .map((load) => [load.round, load.status]);
}

describe('a retry chosen from the rounds a page read', () => {
  it('starts while they are the stored rounds, and is refused once another retry joined them', async () => {
    const root = await saveRoot();
    const first = await startRetry(retryFrom(root, [root.loadId]));
    expect(first.kind).toBe('started');
    const firstId = first.kind === 'started' ? first.loadId : '';
    expect(await retriesIn(root)).toEqual([[1, 'running']]);

    // Another tab read the rounds before that retry: while it runs, it is told to wait.
    const whileRunning = retryFrom(root, [root.loadId]);
    await expect(startRetry(whileRunning)).rejects.toThrow(/still running.*reload the page/);

    // Once it ended, the other tab's rows are out of date: refused before anything is prepared.
    const latest = await store.getLoad(OWNER, firstId);
    await store.saveLoad({ ...(latest as LoadRecord), status: 'finished' });
    const stale = retryFrom(root, [root.loadId]);
    const refused = startRetry(stale);
    await expect(refused).rejects.toBeInstanceOf(StaleRoundsError);
    await expect(refused).rejects.toThrow(STALE);
    expect(stale.holdBeforeSave).not.toHaveBeenCalled();
    expect(await retriesIn(root)).toEqual([[1, 'finished']]);

    // A page that read the rounds again (the retry among them) starts the next round.
    const reloaded = retryFrom(root, [root.loadId, firstId]);
    const second = await startRetry(reloaded);
    expect(second.kind).toBe('started');
    expect(reloaded.holdBeforeSave).toHaveBeenCalledTimes(1);
    expect(await retriesIn(root)).toEqual([
      [1, 'finished'],
      [2, 'running'],
    ]);
  });

  it('lets only one of two tabs that read the same rounds start a retry at once', async () => {
    const root = await saveRoot();
    const [a, b] = await Promise.allSettled([
      startRetry(retryFrom(root, [root.loadId])),
      startRetry(retryFrom(root, [root.loadId])),
    ]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    expect(await retriesIn(root)).toEqual([[1, 'running']]);
  });

  it('refuses a page that read a retry no longer stored (its rounds are not the stored ones)', async () => {
    const root = await saveRoot();
    const gone = retryFrom(root, [root.loadId, 'deleted-retry']);
    await expect(startRetry(gone)).rejects.toBeInstanceOf(StaleRoundsError);
    expect(gone.holdBeforeSave).not.toHaveBeenCalled();
    expect(await retriesIn(root)).toEqual([]);
  });
});
