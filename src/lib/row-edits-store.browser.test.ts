/** The results page's edits overlay on Chromium's real IndexedDB (issue 6). */
import { describe, expect, it } from 'vitest';
import { throwawayForkliftDb } from '../test/throwaway-db';
import { createLoadStore, type LoadInput, type Owner } from './load-store';
import { createRowEditsStore } from './row-edits-store';

const freshDatabase = () => throwawayForkliftDb('forklift-edits-test');

const ADMIN: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const ANALYST: Owner = { ...ADMIN, userId: '005000000000002AAA' };
const OTHER_ORG: Owner = { ...ADMIN, orgId: '00D000000000002AAA' };

const load = (owner: Owner, loadId: string): LoadInput => ({
  ...owner,
  loadId,
  orgName: 'Forklift Demo',
  username: 'admin@forklift.demo',
  object: 'Contact',
  operation: 'insert',
  externalIdFieldName: null,
  assignmentRuleId: null,
  file: { name: 'contacts.csv', size: 10, lastModified: 1, headHash: 'ab' },
  rowCount: 3,
  excludedRows: 0,
  plannedJobs: 1,
  rowsPerJob: [3],
  trialRows: 0,
  recipe: {},
  status: 'finished',
});

describe('row edits store', () => {
  it('keeps one edit per cell: a second edit of the same cell replaces the first', async () => {
    const db = await freshDatabase();
    const store = createRowEditsStore(async () => db);
    await store.setEdit(ADMIN, 'load-1', { row: 4, column: 2, value: 'Emea' });
    await store.setEdit(ADMIN, 'load-1', { row: 5, column: 2, value: 'APAC' });
    await store.setEdit(ADMIN, 'load-1', { row: 4, column: 2, value: 'EMEA' });
    const overlay = await store.get(ADMIN, 'load-1');
    expect(overlay.edits).toEqual([
      { row: 5, column: 2, value: 'APAC' },
      { row: 4, column: 2, value: 'EMEA' },
    ]);
    expect(overlay.valueMap).toEqual([]);

    const after = await store.removeEdit(ADMIN, 'load-1', 5, 2);
    expect(after.edits).toEqual([{ row: 4, column: 2, value: 'EMEA' }]);
    expect(await store.get(ADMIN, 'load-1')).toEqual(after);
  });

  it('keeps one value fix per column and value; a fix to the same value removes it', async () => {
    const db = await freshDatabase();
    const store = createRowEditsStore(async () => db);
    await store.setValue(ADMIN, 'load-1', { column: 3, from: 'Actve', to: 'Active' });
    await store.setValue(ADMIN, 'load-1', { column: 3, from: 'Inactve', to: 'Inactive' });
    await store.setValue(ADMIN, 'load-1', { column: 3, from: 'Actve', to: 'ACTIVE' });
    expect((await store.get(ADMIN, 'load-1')).valueMap).toEqual([
      { column: 3, from: 'Inactve', to: 'Inactive' },
      { column: 3, from: 'Actve', to: 'ACTIVE' },
    ]);
    await store.setValue(ADMIN, 'load-1', { column: 3, from: 'Inactve', to: 'Inactve' });
    expect((await store.get(ADMIN, 'load-1')).valueMap).toEqual([
      { column: 3, from: 'Actve', to: 'ACTIVE' },
    ]);
  });

  it('keeps edits apart per org, user and load', async () => {
    const db = await freshDatabase();
    const store = createRowEditsStore(async () => db);
    await store.setEdit(ADMIN, 'load-1', { row: 0, column: 0, value: 'a' });
    await store.setEdit(ANALYST, 'load-1', { row: 0, column: 0, value: 'b' });
    await store.setEdit(OTHER_ORG, 'load-1', { row: 0, column: 0, value: 'c' });
    await store.setEdit(ADMIN, 'load-2', { row: 0, column: 0, value: 'd' });
    expect((await store.get(ADMIN, 'load-1')).edits[0]?.value).toBe('a');
    expect((await store.get(ANALYST, 'load-1')).edits[0]?.value).toBe('b');
    expect((await store.get(OTHER_ORG, 'load-1')).edits[0]?.value).toBe('c');
    expect((await store.get(ADMIN, 'load-2')).edits[0]?.value).toBe('d');
    expect(await store.get(ADMIN, 'load-3')).toEqual({ edits: [], valueMap: [] });
  });

  it('loses no edit when several are saved at once', async () => {
    const db = await freshDatabase();
    const store = createRowEditsStore(async () => db);
    await Promise.all(
      Array.from({ length: 20 }, (_, row) =>
        store.setEdit(ADMIN, 'load-1', { row, column: 1, value: `v${row}` }),
      ),
    );
    expect((await store.get(ADMIN, 'load-1')).edits).toHaveLength(20);
  });
});

describe('history deletes', () => {
  it('deletes a load with its edits, and leaves other loads and their edits', async () => {
    const db = await freshDatabase();
    const loads = createLoadStore(async () => db);
    const edits = createRowEditsStore(async () => db);
    await loads.saveLoad(load(ADMIN, 'load-1'));
    await loads.saveLoad(load(ADMIN, 'load-2'));
    await edits.setEdit(ADMIN, 'load-1', { row: 0, column: 0, value: 'x' });
    await edits.setEdit(ADMIN, 'load-2', { row: 0, column: 0, value: 'y' });
    await loads.deleteLoad(ADMIN, 'load-1');
    expect(await loads.getLoad(ADMIN, 'load-1')).toBeUndefined();
    expect(await edits.get(ADMIN, 'load-1')).toEqual({ edits: [], valueMap: [] });
    expect((await edits.get(ADMIN, 'load-2')).edits).toHaveLength(1);
  });

  it('deletes all of one user’s loads in one org, or everything', async () => {
    const db = await freshDatabase();
    const loads = createLoadStore(async () => db);
    const edits = createRowEditsStore(async () => db);
    await loads.saveLoad(load(ADMIN, 'a1'));
    await loads.saveLoad(load(ADMIN, 'a2'));
    await loads.saveLoad(load(ANALYST, 'b1'));
    await loads.saveLoad(load(OTHER_ORG, 'c1'));
    await loads.saveRowMap(ADMIN, 'a1', { jobOfRow: Uint32Array.of(0, 0, 0) });
    await edits.setEdit(ADMIN, 'a2', { row: 1, column: 1, value: 'x' });
    expect(await loads.countAllLoads()).toBe(4);

    expect(await loads.deleteLoadsOf(ADMIN)).toBe(2);
    expect(await loads.listLoads(ADMIN)).toEqual([]);
    expect(await loads.getRowMap(ADMIN, 'a1')).toBeUndefined();
    expect(await edits.get(ADMIN, 'a2')).toEqual({ edits: [], valueMap: [] });
    expect((await loads.listLoads(ANALYST)).map((l) => l.loadId)).toEqual(['b1']);
    expect(await loads.countAllLoads()).toBe(2);

    await loads.deleteAllLoads();
    expect(await loads.countAllLoads()).toBe(0);
  });

  it('keeps the retry fields and result counts of a load, and reads records without them', async () => {
    const db = await freshDatabase();
    const loads = createLoadStore(async () => db);
    const counts = {
      rowCount: 3,
      succeeded: 2,
      created: 2,
      failed: 1,
      unprocessed: 0,
      excluded: 0,
      notSent: 0,
      unknown: 0,
      ambiguous: 0,
      reconciledAt: 5,
    };
    await loads.saveLoad({
      ...load(ADMIN, 'retry-1'),
      parentLoadId: 'root',
      round: 1,
      automaticRetry: true,
      resultCounts: counts,
      // Not a LoadRecord field: never stored.
      ...({ rows: [['secret']] } as object),
    });
    const saved = await loads.getLoad(ADMIN, 'retry-1');
    expect(saved).toMatchObject({ parentLoadId: 'root', round: 1, automaticRetry: true });
    expect(saved?.resultCounts).toEqual(counts);
    expect(saved).not.toHaveProperty('rows');
    await loads.saveLoad(load(ADMIN, 'old'));
    const old = await loads.getLoad(ADMIN, 'old');
    expect(old).not.toHaveProperty('parentLoadId');
    expect(old).not.toHaveProperty('resultCounts');
  });
});
