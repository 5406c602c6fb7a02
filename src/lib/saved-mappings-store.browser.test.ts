import { deleteDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FORKLIFT_DB_MIGRATIONS,
  openForkliftDb,
  type ForkliftDatabase,
  type Migration,
} from './idb-database';
import { createSavedMappingsStore, type SavedMappingRecord } from './saved-mappings-store';

const opened: IDBPDatabase<unknown>[] = [];
const names: string[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await deleteDB(name);
});

let counter = 0;
function freshName() {
  const name = `forklift-test-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
}

async function open(name = freshName(), migrations = FORKLIFT_DB_MIGRATIONS) {
  const db = await openForkliftDb(name, migrations);
  opened.push(db as IDBPDatabase<unknown>);
  return db;
}

const record = (over: Partial<SavedMappingRecord>): SavedMappingRecord => ({
  orgId: '00D000000000001AAA',
  userId: '005000000000001AAA',
  object: 'Contact',
  name: 'Weekly contacts',
  savedAt: '2025-01-06T09:00:00.000Z',
  json: '{"format":"forklift-mapping"}',
  ...over,
});

describe('saved mappings in IndexedDB', () => {
  it('saves, reads, replaces and removes a mapping by org, user, object and name', async () => {
    const db = await open();
    const store = createSavedMappingsStore(async () => db);
    await store.save(record({}));
    await store.save(record({ json: '{"v":2}', savedAt: '2025-01-13T09:00:00.000Z' }));
    expect(await store.get(record({}))).toMatchObject({ json: '{"v":2}' });
    await store.remove(record({}));
    expect(await store.get(record({}))).toBeUndefined();
  });

  it('lists only this user’s mappings in this org, newest first', async () => {
    const db = await open();
    const store = createSavedMappingsStore(async () => db);
    await store.save(record({ name: 'old', savedAt: '2024-01-01T00:00:00.000Z' }));
    await store.save(record({ name: 'new', object: 'Lead', savedAt: '2025-01-01T00:00:00.000Z' }));
    await store.save(record({ name: 'other user', userId: '005000000000002AAA' }));
    await store.save(record({ name: 'other org', orgId: '00D000000000002AAA' }));
    const list = await store.listForUser('00D000000000001AAA', '005000000000001AAA');
    expect(list.map((r) => r.name)).toEqual(['new', 'old']);
  });

  it('keeps only the record’s own fields, not whatever else the caller passed', async () => {
    const db = await open();
    const store = createSavedMappingsStore(async () => db);
    await store.save({ ...record({}), extra: 'not stored' } as SavedMappingRecord);
    expect(Object.keys((await store.get(record({}))) ?? {}).sort()).toEqual(
      ['json', 'name', 'object', 'orgId', 'savedAt', 'userId'].sort(),
    );
  });

  it('upgrades a database from version 1 through every step it missed, keeping its data', async () => {
    const name = freshName();
    const v1 = await open(name, FORKLIFT_DB_MIGRATIONS.slice(0, 1));
    await createSavedMappingsStore(async () => v1).save(record({}));
    v1.close();
    // A later version appends a step; a browser still at version 1 runs all the steps after it.
    const ran: number[] = [];
    const nextStep: Migration = (db) => {
      ran.push(db.version);
      (db as unknown as IDBPDatabase<unknown>).createObjectStore('testOnly', { keyPath: 'id' });
    };
    const latest = await open(name, [...FORKLIFT_DB_MIGRATIONS, nextStep]);
    expect(latest.version).toBe(FORKLIFT_DB_MIGRATIONS.length + 1);
    expect(ran).toEqual([FORKLIFT_DB_MIGRATIONS.length + 1]);
    expect([...latest.objectStoreNames]).toEqual(
      expect.arrayContaining(['savedMappings', 'testOnly']),
    );
    expect(await createSavedMappingsStore(async () => latest).get(record({}))).toBeDefined();
  });

  it('closes its connection when another tab opens a newer version, so the upgrade is not blocked', async () => {
    const name = freshName();
    let closed = 0;
    const first: ForkliftDatabase = await openForkliftDb(name, FORKLIFT_DB_MIGRATIONS, () => {
      closed++;
    });
    opened.push(first as IDBPDatabase<unknown>);
    const newer = await open(name, [...FORKLIFT_DB_MIGRATIONS, () => {}]);
    expect(newer.version).toBe(FORKLIFT_DB_MIGRATIONS.length + 1);
    expect(closed).toBe(1);
  });
});
