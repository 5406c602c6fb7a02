import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { LoadRecord, StoredJobRecord } from './load-store';
import type { RowMapChunk, RowMapHead } from './row-map-chunks';
import type { ResultFileRecord } from './result-files-store';
import type { RowEditsRecord } from './row-edits-store';
import type { SavedMappingRecord } from './saved-mappings-store';

/**
 * Forklift's one IndexedDB database (design.md §3): saved mappings now; loads, their jobs and
 * row maps, and history later. Everything in it is keyed by org id + user id, so two orgs or two
 * users in one browser never see each other's data.
 */
export const FORKLIFT_DB_NAME = 'forklift';

export interface ForkliftDb extends DBSchema {
  savedMappings: {
    key: [orgId: string, userId: string, object: string, name: string];
    value: SavedMappingRecord;
    indexes: { byUser: [orgId: string, userId: string] };
  };
  // Issue 5 (load-store.ts): loads, the write-ahead record of each job attempt, row maps.
  loads: {
    key: [orgId: string, userId: string, loadId: string];
    value: LoadRecord;
    indexes: { byUser: [orgId: string, userId: string]; byLoadId: string };
  };
  loadJobs: {
    key: [orgId: string, userId: string, loadId: string, planIndex: number, attempt: number];
    value: StoredJobRecord;
    indexes: { byLoad: [orgId: string, userId: string, loadId: string]; byJobId: string };
  };
  rowMaps: {
    key: [orgId: string, userId: string, loadId: string];
    value: RowMapHead;
  };
  // Version 3 (row-map-chunks.ts): a row map's rows, 65,536 a record.
  rowMapChunks: {
    key: [orgId: string, userId: string, loadId: string, chunk: number];
    value: RowMapChunk;
  };
  // Version 4 (issue 6, row-edits-store.ts): the results page's edits and value map, per load.
  rowEdits: {
    key: [orgId: string, userId: string, loadId: string];
    value: RowEditsRecord;
  };
  // Version 5 (issue 6, result-files-store.ts): Salesforce's result files, kept on request.
  resultFiles: {
    key: [orgId: string, userId: string, loadId: string, jobId: string, kind: string];
    value: ResultFileRecord;
  };
}

export type ForkliftDatabase = IDBPDatabase<ForkliftDb>;
export type UpgradeTransaction = IDBPTransaction<
  ForkliftDb,
  StoreNames<ForkliftDb>[],
  'versionchange'
>;
export type Migration = (db: ForkliftDatabase, transaction: UpgradeTransaction) => void;

/**
 * One step per database version, in order: step i upgrades version i to i + 1. A released step
 * is never edited; a later issue adds its stores by appending a step (and its type above), so a
 * browser that skipped versions runs every step it missed, in the same transaction.
 */
export const FORKLIFT_DB_MIGRATIONS: readonly Migration[] = [
  // Version 1 (issue 4): saved mappings, per org + user + object + name, listed per org + user.
  (db) => {
    const store = db.createObjectStore('savedMappings', {
      keyPath: ['orgId', 'userId', 'object', 'name'],
    });
    store.createIndex('byUser', ['orgId', 'userId']);
  },
  // Version 2 (issue 5, load-store.ts): loads and their jobs' write-ahead records, listed per
  // org + user and per load, found by Salesforce job id; row maps, one per load.
  (db) => {
    const loads = db.createObjectStore('loads', { keyPath: ['orgId', 'userId', 'loadId'] });
    loads.createIndex('byUser', ['orgId', 'userId']);
    loads.createIndex('byLoadId', 'loadId');
    const jobs = db.createObjectStore('loadJobs', {
      keyPath: ['orgId', 'userId', 'loadId', 'planIndex', 'attempt'],
    });
    jobs.createIndex('byLoad', ['orgId', 'userId', 'loadId']);
    jobs.createIndex('byJobId', 'jobId');
    db.createObjectStore('rowMaps', { keyPath: ['orgId', 'userId', 'loadId'] });
  },
  // Version 3 (issue 5): row maps in chunks, so saving one never freezes the tab. Heads saved
  // by version 2 held the whole map; they are dropped (a load then shows rows without offsets).
  (db, transaction) => {
    db.createObjectStore('rowMapChunks', { keyPath: ['orgId', 'userId', 'loadId', 'chunk'] });
    void transaction.objectStore('rowMaps').clear();
  },
  // Version 4 (issue 6, row-edits-store.ts): cells edited and values fixed on the results page,
  // one record per load (an overlay: the file is never changed).
  (db) => {
    db.createObjectStore('rowEdits', { keyPath: ['orgId', 'userId', 'loadId'] });
  },
  // Version 5 (issue 6, result-files-store.ts): each job's result files as Blobs, only for loads
  // whose user asked to keep them (they hold record data), by load then job and file.
  (db) => {
    db.createObjectStore('resultFiles', {
      keyPath: ['orgId', 'userId', 'loadId', 'jobId', 'kind'],
    });
  },
];

/**
 * Opens (and upgrades) the database. `onClosed` hears when the connection is gone: closed for a
 * newer version opened in another tab, or ended by the browser.
 */
export function openForkliftDb(
  name: string = FORKLIFT_DB_NAME,
  migrations: readonly Migration[] = FORKLIFT_DB_MIGRATIONS,
  onClosed: () => void = () => {},
): Promise<ForkliftDatabase> {
  return openDB<ForkliftDb>(name, migrations.length, {
    upgrade(db, oldVersion, newVersion, transaction) {
      const target = newVersion ?? migrations.length;
      for (let version = oldVersion; version < target; version++) {
        migrations[version]?.(db, transaction);
      }
    },
    // Another tab runs a newer Forklift and wants to upgrade: step aside instead of blocking it.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      onClosed();
    },
    terminated: onClosed,
  });
}

let shared: Promise<ForkliftDatabase> | null = null;

/** The page's one connection, opened on first use and opened again after it was closed. */
export function sharedForkliftDb(): Promise<ForkliftDatabase> {
  shared ??= openForkliftDb(FORKLIFT_DB_NAME, FORKLIFT_DB_MIGRATIONS, () => {
    shared = null;
  }).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
