/** LoadRecord.parallelJobs on Chromium's real IndexedDB: kept when set, absent on older records. */
import { describe, expect, it } from 'vitest';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { createLoadStore, type LoadInput, type Owner } from './load-store';

async function freshStore() {
  const db = await throwawayForkliftDb('forklift-parallel-test');
  return createLoadStore(async () => db);
}

const ADMIN: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };

const load = (over: Partial<LoadInput> = {}): LoadInput => ({
  ...ADMIN,
  loadId: 'load-1',
  orgName: 'Forklift Demo',
  username: 'admin@forklift.demo',
  object: 'Contact',
  operation: 'insert',
  externalIdFieldName: null,
  assignmentRuleId: null,
  file: { name: 'contacts.csv', size: 1234, lastModified: 1_700_000_000_000, headHash: 'ab12' },
  rowCount: 10,
  excludedRows: 0,
  plannedJobs: 3,
  rowsPerJob: [4, 4, 2],
  trialRows: 0,
  recipe: null,
  status: 'running',
  ...over,
});

describe('how many jobs of a load run at once, as stored', () => {
  it('keeps the number the admin chose, also when the load is saved again', async () => {
    const store = await freshStore();
    await store.saveLoad(load({ parallelJobs: 3 }));
    expect((await store.getLoad(ADMIN, 'load-1'))?.parallelJobs).toBe(3);
    const saved = await store.getLoad(ADMIN, 'load-1');
    await store.saveLoad({ ...saved!, status: 'finished' });
    expect(await store.getLoad(ADMIN, 'load-1')).toMatchObject({
      parallelJobs: 3,
      status: 'finished',
    });
  });

  it('writes nothing for a load without the option (one job after another)', async () => {
    const store = await freshStore();
    await store.saveLoad(load());
    expect(Object.keys((await store.getLoad(ADMIN, 'load-1')) ?? {})).not.toContain('parallelJobs');
  });
});
