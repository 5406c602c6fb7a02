/** The load store on Chromium's real IndexedDB (design.md §3, §7). */
import { ROW_MAP_CHUNK_ROWS } from './row-map-chunks';
import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { plannedAttempt, type JobAttempt } from '../load/run-state/job-attempt';
import { openForkliftDb, type ForkliftDatabase } from './idb-database';
import { createLoadStore, type LoadInput, type Owner } from './load-store';

const opened: IDBPDatabase<unknown>[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await deleteDB(name);
});

let counter = 0;
async function freshDatabase(name = `forklift-load-test-${Date.now()}-${counter++}`) {
  if (!names.includes(name)) names.push(name);
  const db = await openForkliftDb(name);
  opened.push(db as IDBPDatabase<unknown>);
  return { name, db };
}

/** A store over `db` whose clock the test moves. */
function storeOver(db: ForkliftDatabase) {
  const clock = { now: 1_000 };
  return {
    clock,
    store: createLoadStore(
      async () => db,
      () => clock.now,
    ),
  };
}

const ADMIN: Owner = { orgId: '00D000000000001AAA', userId: '005000000000001AAA' };
const ANALYST: Owner = { ...ADMIN, userId: '005000000000002AAA' };
const OTHER_ORG: Owner = { ...ADMIN, orgId: '00D000000000002AAA' };
const JOB_ID = '750000000000001AAA';

const load = (over: Partial<LoadInput> = {}): LoadInput => ({
  ...ADMIN,
  loadId: 'load-1',
  orgName: 'Forklift Demo',
  username: 'admin@forklift.demo',
  object: 'Contact',
  operation: 'upsert',
  externalIdFieldName: 'External_Id__c',
  assignmentRuleId: null,
  file: { name: 'contacts.csv', size: 1234, lastModified: 1_700_000_000_000, headHash: 'ab12' },
  rowCount: 10,
  excludedRows: 0,
  plannedJobs: 2,
  rowsPerJob: [6, 4],
  trialRows: 0,
  recipe: null,
  status: 'preparing',
  ...over,
});

const attempt = (planIndex: number, step: JobAttempt['step'], n = 0): JobAttempt => ({
  ...plannedAttempt('load-1', planIndex, n),
  step,
});

describe('loads', () => {
  it('keeps the first createdAt when a load is saved again, and moves updatedAt', async () => {
    const { store, clock } = storeOver((await freshDatabase()).db);
    await store.saveLoad(load());
    clock.now = 2_000;
    await store.saveLoad(load({ status: 'running' }));
    expect(await store.getLoad(ADMIN, 'load-1')).toMatchObject({
      status: 'running',
      createdAt: 1_000,
      updatedAt: 2_000,
    });
  });

  it('shows a user only their own loads in this org, newest first', async () => {
    const { store, clock } = storeOver((await freshDatabase()).db);
    await store.saveLoad(load({ loadId: 'older' }));
    clock.now = 5_000;
    await store.saveLoad(load({ loadId: 'newer' }));
    await store.saveLoad(load({ ...ANALYST, loadId: 'analyst' }));
    await store.saveLoad(load({ ...OTHER_ORG, loadId: 'elsewhere' }));
    expect((await store.listLoads(ADMIN)).map((l) => l.loadId)).toEqual(['newer', 'older']);
    expect(await store.getLoad(ADMIN, 'elsewhere')).toBeUndefined();
    expect(await store.findLoadOwner('elsewhere')).toEqual({
      ...OTHER_ORG,
      orgName: 'Forklift Demo',
      username: 'admin@forklift.demo',
    });
  });

  it('stores metadata only, whatever else the caller hands it', async () => {
    const { store } = storeOver((await freshDatabase()).db);
    const withRows = { ...load(), rows: [['Lovelace', 'ada@example.com']] } as LoadInput;
    await store.saveLoad(withRows);
    expect(Object.keys((await store.getLoad(ADMIN, 'load-1')) ?? {})).not.toContain('rows');
  });

  it('deletes a load with its job records and row map, and nothing of other loads', async () => {
    const { store } = storeOver((await freshDatabase()).db);
    await store.saveLoad(load());
    await store.saveLoad(load({ loadId: 'load-2' }));
    await store.saveJobRecord(ADMIN, attempt(0, { state: 'created', jobId: JOB_ID }));
    await store.saveJobRecord(ADMIN, { ...attempt(0, { state: 'planned' }), loadId: 'load-2' });
    await store.saveRowMap(ADMIN, 'load-1', { jobOfRow: new Uint32Array([0, 1]) });
    await store.deleteLoad(ADMIN, 'load-1');
    expect(await store.getLoad(ADMIN, 'load-1')).toBeUndefined();
    expect(await store.listJobRecords(ADMIN, 'load-1')).toEqual([]);
    expect(await store.getRowMap(ADMIN, 'load-1')).toBeUndefined();
    expect(await store.listJobRecords(ADMIN, 'load-2')).toHaveLength(1);
  });
});

describe('write-ahead job records', () => {
  it('is committed when saveJobRecord resolves: a second connection reads it at once', async () => {
    const { name, db } = await freshDatabase();
    const { store } = storeOver(db);
    await store.saveJobRecord(ADMIN, attempt(0, { state: 'uploading', jobId: JOB_ID }));
    const { store: reader } = storeOver((await freshDatabase(name)).db);
    expect(await reader.listJobRecords<JobAttempt>(ADMIN, 'load-1')).toMatchObject([
      { planIndex: 0, attempt: 0, jobId: JOB_ID, step: { state: 'uploading', jobId: JOB_ID } },
    ]);
  });

  it('follows one attempt through its steps, keeping when it was first written', async () => {
    const { store, clock } = storeOver((await freshDatabase()).db);
    await store.saveJobRecord(ADMIN, attempt(0, { state: 'creating' }));
    clock.now = 3_000;
    const stored = await store.saveJobRecord(
      ADMIN,
      attempt(0, { state: 'created', jobId: JOB_ID }),
    );
    expect(stored).toMatchObject({ jobId: JOB_ID, createdAt: 1_000, updatedAt: 3_000 });
    expect(await store.listJobRecords(ADMIN, 'load-1')).toHaveLength(1);
  });

  it('lists a load’s attempts by planned job, then attempt, and finds one by its job id', async () => {
    const { store } = storeOver((await freshDatabase()).db);
    const uncertain = {
      state: 'abandoned',
      jobId: JOB_ID,
      reason: 'upload-uncertain',
      replanned: true,
    } as const;
    await store.saveJobRecord(ADMIN, attempt(1, { state: 'planned' }));
    await store.saveJobRecord(
      ADMIN,
      attempt(0, { state: 'closed', jobId: '750000000000003AAA' }, 1),
    );
    await store.saveJobRecord(ADMIN, attempt(0, uncertain));
    await store.saveJobRecord(ANALYST, attempt(0, { state: 'planned' }));
    const records = await store.listJobRecords<JobAttempt>(ADMIN, 'load-1');
    expect(records.map((r) => [r.planIndex, r.attempt, r.step.state])).toEqual([
      [0, 0, 'abandoned'],
      [0, 1, 'closed'],
      [1, 0, 'planned'],
    ]);
    expect(await store.findJobRecord(ADMIN, JOB_ID)).toMatchObject({ planIndex: 0, attempt: 0 });
    expect(await store.findJobRecord(ANALYST, JOB_ID)).toBeUndefined();
  });

  it('survives the page going away: a new connection resumes from the same records', async () => {
    const { name, db } = await freshDatabase();
    await storeOver(db).store.saveJobRecord(ADMIN, attempt(0, { state: 'closing', jobId: JOB_ID }));
    db.close();
    const { store } = storeOver((await freshDatabase(name)).db);
    expect(await store.findJobRecord(ADMIN, JOB_ID)).toMatchObject({ step: { state: 'closing' } });
  });
});

describe('row maps', () => {
  it('round-trips typed arrays, and can be dropped while the load and its jobs stay', async () => {
    const { store } = storeOver((await freshDatabase()).db);
    await store.saveLoad(load());
    await store.saveJobRecord(ADMIN, attempt(0, { state: 'planned' }));
    const jobOfRow = new Uint32Array([0, 0, 1, 0xffff_fffe]);
    const rowOffsets = new Float64Array([15, 40, 61, 2 ** 40]);
    await store.saveRowMap(ADMIN, 'load-1', { jobOfRow, rowOffsets });
    const map = await store.getRowMap(ADMIN, 'load-1');
    expect(map?.jobOfRow).toBeInstanceOf(Uint32Array);
    expect(Array.from(map?.jobOfRow ?? [])).toEqual(Array.from(jobOfRow));
    expect(map?.rowOffsets).toBeInstanceOf(Float64Array);
    expect(Array.from(map?.rowOffsets ?? [])).toEqual(Array.from(rowOffsets));
    expect(await store.getRowMap(ANALYST, 'load-1')).toBeUndefined();
    await store.deleteRowMap(ADMIN, 'load-1');
    expect(await store.getRowMap(ADMIN, 'load-1')).toBeUndefined();
    expect(await store.getLoad(ADMIN, 'load-1')).toBeDefined();
    expect(await store.listJobRecords(ADMIN, 'load-1')).toHaveLength(1);
  });

  it('keeps a map of several chunks whole, saved again smaller, and drops it with its load', async () => {
    const { db } = await freshDatabase();
    const { store } = storeOver(db);
    await store.saveLoad(load());
    const rows = ROW_MAP_CHUNK_ROWS * 2 + 123;
    const jobOfRow = Uint32Array.from({ length: rows }, (_, i) => i % 7);
    const rowOffsets = Float64Array.from({ length: rows }, (_, i) => i * 31);
    await store.saveRowMap(ADMIN, 'load-1', { jobOfRow, rowOffsets });
    expect(await db.count('rowMapChunks')).toBe(3);
    const map = await store.getRowMap(ADMIN, 'load-1');
    expect(map?.jobOfRow).toEqual(jobOfRow);
    expect(map?.rowOffsets).toEqual(rowOffsets);
    await store.saveRowMap(ADMIN, 'load-1', { jobOfRow: new Uint32Array([5, 6]) });
    expect(await db.count('rowMapChunks')).toBe(1);
    expect(Array.from((await store.getRowMap(ADMIN, 'load-1'))?.jobOfRow ?? [])).toEqual([5, 6]);
    expect((await store.getRowMap(ADMIN, 'load-1'))?.rowOffsets).toBeNull();
    await store.deleteLoad(ADMIN, 'load-1');
    expect(await db.count('rowMapChunks')).toBe(0);
    expect(await store.getRowMap(ADMIN, 'load-1')).toBeUndefined();
  });
});
