/**
 * A Forklift database of its own for one browser test (real IndexedDB), closed and deleted when
 * the test has finished (after its afterEach hooks, so a page still mounted is unmounted first).
 */
import { deleteDB, type IDBPDatabase } from 'idb';
import { onTestFinished } from 'vitest';
import { openForkliftDb, type ForkliftDatabase } from '../lib/idb-database';

let counter = 0;

export async function throwawayForkliftDb(prefix: string): Promise<ForkliftDatabase> {
  const name = `${prefix}-${Date.now()}-${counter++}`;
  const db = await openForkliftDb(name);
  onTestFinished(async () => {
    (db as IDBPDatabase<unknown>).close();
    await deleteDB(name);
  });
  return db;
}
