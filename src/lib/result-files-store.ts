/**
 * Salesforce's result files of a load's jobs, kept in IndexedDB only when the user asks (issue 6):
 * they hold record data, so history keeps none by default. Kept files outlive Salesforce's 7-day
 * retention, so the load can still be reconciled and its files downloaded. Stored as Blobs (the
 * browser keeps them on disk, not in the page's memory), under the root load of a retry chain,
 * keyed by org id + user id like everything else (design.md §3).
 */
import { sharedForkliftDb, type ForkliftDatabase } from './idb-database';
import type { Owner } from './load-store';

export interface ResultFileRecord extends Owner {
  loadId: string;
  jobId: string;
  /** `successfulResults`, `failedResults` or `unprocessedrecords`. */
  kind: string;
  blob: Blob;
  /** Epoch milliseconds. */
  savedAt: number;
}

export interface ResultFilesStore {
  save(owner: Owner, loadId: string, jobId: string, kind: string, blob: Blob): Promise<void>;
  get(owner: Owner, loadId: string, jobId: string, kind: string): Promise<Blob | undefined>;
  /** Bytes kept for the load. */
  sizeOf(owner: Owner, loadId: string): Promise<number>;
  remove(owner: Owner, loadId: string): Promise<void>;
}

const filesOf = ({ orgId, userId }: Owner, loadId: string) =>
  IDBKeyRange.bound([orgId, userId, loadId, '', ''], [orgId, userId, loadId, '\uffff', '\uffff']);

export function createResultFilesStore(
  database: () => Promise<ForkliftDatabase>,
  now: () => number = Date.now,
): ResultFilesStore {
  return {
    async save(owner, loadId, jobId, kind, blob) {
      const { orgId, userId } = owner;
      await (
        await database()
      ).put('resultFiles', { orgId, userId, loadId, jobId, kind, blob, savedAt: now() });
    },
    async get(owner, loadId, jobId, kind) {
      const key: [string, string, string, string, string] = [
        owner.orgId,
        owner.userId,
        loadId,
        jobId,
        kind,
      ];
      return (await (await database()).get('resultFiles', key))?.blob;
    },
    async sizeOf(owner, loadId) {
      const records = await (await database()).getAll('resultFiles', filesOf(owner, loadId));
      return records.reduce((sum, record) => sum + record.blob.size, 0);
    },
    async remove(owner, loadId) {
      await (await database()).delete('resultFiles', filesOf(owner, loadId));
    },
  };
}

/** The store over the page's shared connection to the `forklift` database. */
export const browserResultFilesStore: ResultFilesStore = createResultFilesStore(sharedForkliftDb);
