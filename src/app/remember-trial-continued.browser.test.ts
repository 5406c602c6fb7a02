/**
 * The user's Continue after the trial, on Chromium's real IndexedDB: stored on the load's record,
 * it is what a reload reads back (readRun) before any later job was created, and it stays through
 * the record's later writes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { LoadRunSpec } from '../features/run/load-run-types';
import { readRun, setLoadStatus } from '../features/run/run-resume';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { createLoadStore, type LoadStore, type Owner } from '../lib/load-store';
import { rememberTrialContinued } from './remember-trial-continued';

const OWNER: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
let store: LoadStore;

beforeEach(async () => {
  const db = await throwawayForkliftDb('forklift-trial-continued');
  store = createLoadStore(async () => db);
});

const spec: LoadRunSpec = {
  owner: OWNER,
  loadId: 'trial-load',
  object: 'Contact',
  operation: 'insert',
  externalIdFieldName: null,
  assignmentRuleId: null,
  plannedJobs: 2,
  rowsPerJob: [10, 990],
  trialRun: true,
};

async function saveTrialLoad() {
  await store.saveLoad({
    ...OWNER,
    loadId: spec.loadId,
    orgName: 'Forklift Demo',
    username: 'admin@forklift.demo',
    object: 'Contact',
    operation: 'insert',
    externalIdFieldName: null,
    assignmentRuleId: null,
    file: { name: 'contacts.csv', size: 1, lastModified: 1, headHash: 'ab' },
    recipe: null,
    rowCount: 1000,
    excludedRows: 0,
    plannedJobs: 2,
    rowsPerJob: [10, 990],
    trialRows: 10,
    status: 'running',
  });
}

describe('Continue after the trial, across a reload', () => {
  it('is read back before any later job was created', async () => {
    await saveTrialLoad();
    expect((await readRun(store, spec, Date.now())).trialContinued).toBe(false);

    await rememberTrialContinued(store, OWNER, spec.loadId);
    const resumed = await readRun(store, spec, Date.now());
    expect(resumed.trialContinued).toBe(true);
    // No job after the trial exists yet: the decision comes from the load's record alone.
    expect(resumed.latest.map((r) => [r.planIndex, r.step.state])).toEqual([
      [0, 'planned'],
      [1, 'planned'],
    ]);
  });

  it('stays through later writes of the load and changes nothing else', async () => {
    await saveTrialLoad();
    const before = await store.getLoad(OWNER, spec.loadId);
    await rememberTrialContinued(store, OWNER, spec.loadId);
    await rememberTrialContinued(store, OWNER, spec.loadId);
    await setLoadStatus(store, spec, 'finished');
    const after = await store.getLoad(OWNER, spec.loadId);
    expect(after).toEqual({
      ...before,
      trialContinued: true,
      status: 'finished',
      updatedAt: after?.updatedAt,
    });
  });

  it('writes nothing for a load this browser does not hold', async () => {
    await rememberTrialContinued(store, OWNER, 'no-such-load');
    expect(await store.listLoads(OWNER)).toEqual([]);
  });
});
