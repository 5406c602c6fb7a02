/**
 * Loads, the write-ahead record of each job attempt, and row maps, in IndexedDB (design.md §3,
 * §4), all keyed by org id + user id: another org or user in the same browser sees none of them.
 * History keeps metadata, never record data: no field here holds a value from the file (Salesforce's
 * result files are kept apart, in result-files-store.ts, and only when the user asks).
 */
import type { RowCounts } from '../load/reconcile/row-outcomes';
import { sharedForkliftDb, type ForkliftDatabase } from './idb-database';
import {
  putRowMap,
  readRowMap,
  removeRowMap,
  ROW_MAP_CHUNK_ROWS,
  rowMapChunksOf,
} from './row-map-chunks';

export interface Owner {
  orgId: string;
  userId: string;
}

/** Enough to know the same file when it is dropped again (issue 5, Resume). */
export interface SourceFileIdentity {
  name: string;
  size: number;
  lastModified: number;
  /** Hex SHA-256 of the file's first MB. */
  headHash: string;
}

/** preparing: jobs not all created yet; running: jobs being sent or watched; stopped: the
 * page went away or the user stopped before every job was uploaded; finished: every job ended. */
export type LoadStatus = 'preparing' | 'running' | 'stopped' | 'finished';

export interface LoadRecord extends Owner {
  loadId: string;
  /** Shown when a load is opened while signed in to another org or as another user. */
  orgName: string;
  username: string;
  object: string;
  /** Salesforce's operation name (`insert`, `upsert`, …). */
  operation: string;
  externalIdFieldName: string | null;
  /** Lead and Case assignment rule sent with every job, if any. */
  assignmentRuleId: string | null;
  file: SourceFileIdentity;
  rowCount: number;
  /** Rows left out by the user's preflight choice ("excluded before upload"). */
  excludedRows: number;
  plannedJobs: number;
  /** Rows of each planned job, by plan index: what the load page counts against after a reload. */
  rowsPerJob: number[];
  /** Rows in the trial job (plan index 0), or 0 for no trial run. */
  trialRows: number;
  /** Jobs Salesforce processes at once (the user's opt-in); absent = 1, one after another. */
  parallelJobs?: number;
  /**
   * How the jobs were prepared (mapping, describe, choices, value map: app/ knows the shape), so
   * the same file dropped again after a reload yields the same jobs. The value map holds values
   * the user typed as replacements; nothing else here comes from the file's rows.
   */
  recipe: unknown;
  status: LoadStatus;
  /**
   * A retry (issue 6) is a new load of the same file with chosen rows: the root load it retries
   * (never another retry) and its round (1, 2, …). Absent on root loads and on records saved
   * before issue 6.
   */
  parentLoadId?: string;
  round?: number;
  /** A retry started by itself (rows that failed on a row lock), not by the user's click. */
  automaticRetry?: boolean;
  /** The root load's last reconciliation, counts only (all rounds); absent until reconciled. */
  resultCounts?: ResultCounts;
  /** The user asked to keep Salesforce's result files in this browser (root loads; record data). */
  keepResultFiles?: boolean;
  /** The user asked that rows failing on a row lock be retried automatically (root loads). */
  autoRetryLockErrors?: boolean;
  /**
   * The user pressed Continue after the trial job: the other jobs may go, also after a reload
   * that came before any of them was created. Absent until then (and on loads with no trial).
   */
  trialContinued?: boolean;
  /** Epoch milliseconds, set by the store. */
  createdAt: number;
  updatedAt: number;
}

/** The invariant's counts of the last reconciliation (no groups or messages): metadata only. */
export interface ResultCounts extends RowCounts {
  /** Epoch milliseconds. */
  reconciledAt: number;
}

export type LoadInput = Omit<LoadRecord, 'createdAt' | 'updatedAt'>;

/**
 * What the store needs of a write-ahead record; the rest (src/load/run-state's JobAttempt) is
 * stored as given. `step.jobId` is Salesforce's job id once the job exists.
 */
export interface WriteAheadRecord {
  loadId: string;
  /** The planned job: the job index its rows carry in the load's row map. */
  planIndex: number;
  /** 0, then one more for each new Salesforce job sent for the same rows. */
  attempt: number;
  step: { state: string; jobId?: string | null };
}

export type StoredJobRecord<R extends WriteAheadRecord = WriteAheadRecord> = R &
  Owner & {
    /** `step.jobId`, kept at the top so the job can be found by its Salesforce id. */
    jobId: string | null;
    createdAt: number;
    updatedAt: number;
  };

/** Which job each source row went to, and where each row starts in the file (design.md §4). */
export interface RowMapRecord extends Owner {
  loadId: string;
  /** Source row → planned job index (src/load/job-plan/row-job-index.ts markers included). */
  jobOfRow: Uint32Array;
  /** Source row → byte offset in the file, when kept. */
  rowOffsets: Float64Array | null;
  savedAt: number;
}

export interface LoadStore {
  /** Adds or replaces a load; keeps its first `createdAt`. */
  saveLoad(load: LoadInput): Promise<LoadRecord>;
  getLoad(owner: Owner, loadId: string): Promise<LoadRecord | undefined>;
  /** This user's loads in this org, newest first. */
  listLoads(owner: Owner): Promise<LoadRecord[]>;
  /** Whose load this is, whoever asks: to refuse resuming it in another org, and say whose. */
  findLoadOwner(
    loadId: string,
  ): Promise<Pick<LoadRecord, 'orgId' | 'userId' | 'orgName' | 'username'> | undefined>;
  /** Removes the load with its job records, row map and row edits. */
  deleteLoad(owner: Owner, loadId: string): Promise<void>;
  /** Removes every load of this user in this org, as deleteLoad does; resolves to how many. */
  deleteLoadsOf(owner: Owner): Promise<number>;
  /** How many loads this browser holds, of every org and user. */
  countAllLoads(): Promise<number>;
  /** Removes every load of every org and user, with their jobs, row maps and edits. */
  deleteAllLoads(): Promise<void>;
  /**
   * Writes a job attempt's write-ahead record with strict durability and resolves once it is
   * committed: await it before the network step it announces (create, PUT, close).
   */
  saveJobRecord<R extends WriteAheadRecord>(owner: Owner, record: R): Promise<StoredJobRecord<R>>;
  /** Every attempt of the load, by planned job then attempt. */
  listJobRecords<R extends WriteAheadRecord = WriteAheadRecord>(
    owner: Owner,
    loadId: string,
  ): Promise<StoredJobRecord<R>[]>;
  findJobRecord(owner: Owner, jobId: string): Promise<StoredJobRecord | undefined>;
  saveRowMap(
    owner: Owner,
    loadId: string,
    map: { jobOfRow: Uint32Array; rowOffsets?: Float64Array },
  ): Promise<void>;
  getRowMap(owner: Owner, loadId: string): Promise<RowMapRecord | undefined>;
  /** Row maps are the bulkiest part; history can drop them and keep the rest. */
  deleteRowMap(owner: Owner, loadId: string): Promise<void>;
}

const loadKey = ({ orgId, userId }: Owner, loadId: string): [string, string, string] => [
  orgId,
  userId,
  loadId,
];

/** Only the declared metadata, whatever else the caller's object carries (rows stay out). */
function metadataOf(load: LoadInput): LoadInput {
  const { orgId, userId, loadId, orgName, username, object, operation } = load;
  const { externalIdFieldName, assignmentRuleId, rowCount, excludedRows, plannedJobs } = load;
  const { rowsPerJob, trialRows, recipe, status } = load;
  const { parallelJobs } = load;
  const { parentLoadId, round, automaticRetry, resultCounts, autoRetryLockErrors } = load;
  const { keepResultFiles, trialContinued } = load;
  const { name, size, lastModified, headHash } = load.file;
  return {
    ...(parentLoadId !== undefined ? { parentLoadId } : {}),
    ...(round !== undefined ? { round } : {}),
    ...(parallelJobs !== undefined ? { parallelJobs } : {}),
    ...(automaticRetry !== undefined ? { automaticRetry } : {}),
    ...(resultCounts !== undefined ? { resultCounts: { ...resultCounts } } : {}),
    ...(autoRetryLockErrors !== undefined ? { autoRetryLockErrors } : {}),
    ...(keepResultFiles !== undefined ? { keepResultFiles } : {}),
    ...(trialContinued !== undefined ? { trialContinued } : {}),
    orgId,
    userId,
    loadId,
    orgName,
    username,
    object,
    operation,
    externalIdFieldName,
    assignmentRuleId,
    file: { name, size, lastModified, headHash },
    rowCount,
    excludedRows,
    plannedJobs,
    rowsPerJob: [...rowsPerJob],
    trialRows,
    recipe,
    status,
  };
}

/** All job records of one load: its key prefix, from the lowest to the highest plan/attempt. */
const jobsOfLoad = (owner: Owner, loadId: string) =>
  IDBKeyRange.bound(
    [...loadKey(owner, loadId), -Infinity, -Infinity],
    [...loadKey(owner, loadId), Infinity, Infinity],
  );

/** Every result file kept for one load. */
const resultFilesOf = (owner: Owner, loadId: string) =>
  IDBKeyRange.bound(
    [...loadKey(owner, loadId), '', ''],
    [...loadKey(owner, loadId), '\uffff', '\uffff'],
  );

/** Every store that holds a part of a load. */
const LOAD_STORES = [
  'loads',
  'loadJobs',
  'rowMaps',
  'rowMapChunks',
  'rowEdits',
  'resultFiles',
] as const;

export function createLoadStore(
  database: () => Promise<ForkliftDatabase>,
  now: () => number = Date.now,
): LoadStore {
  return {
    async saveLoad(load) {
      const db = await database();
      const tx = db.transaction('loads', 'readwrite');
      const earlier = await tx.store.get(loadKey(load, load.loadId));
      const time = now();
      const record: LoadRecord = {
        ...metadataOf(load),
        createdAt: earlier?.createdAt ?? time,
        updatedAt: time,
      };
      await tx.store.put(record);
      await tx.done;
      return record;
    },

    async getLoad(owner, loadId) {
      return (await database()).get('loads', loadKey(owner, loadId));
    },

    async listLoads({ orgId, userId }) {
      const loads = await (await database()).getAllFromIndex('loads', 'byUser', [orgId, userId]);
      return loads.sort((a, b) => b.createdAt - a.createdAt);
    },

    async findLoadOwner(loadId) {
      const load = await (await database()).getFromIndex('loads', 'byLoadId', loadId);
      return (
        load && {
          orgId: load.orgId,
          userId: load.userId,
          orgName: load.orgName,
          username: load.username,
        }
      );
    },

    async deleteLoad(owner, loadId) {
      const db = await database();
      const tx = db.transaction(LOAD_STORES, 'readwrite');
      await Promise.all([
        tx.objectStore('loads').delete(loadKey(owner, loadId)),
        tx.objectStore('loadJobs').delete(jobsOfLoad(owner, loadId)),
        tx.objectStore('rowMaps').delete(loadKey(owner, loadId)),
        tx.objectStore('rowMapChunks').delete(rowMapChunksOf(owner, loadId)),
        tx.objectStore('rowEdits').delete(loadKey(owner, loadId)),
        tx.objectStore('resultFiles').delete(resultFilesOf(owner, loadId)),
        tx.done,
      ]);
    },

    async deleteLoadsOf(owner) {
      const db = await database();
      const ids = await db.getAllKeysFromIndex('loads', 'byUser', [owner.orgId, owner.userId]);
      for (const [, , loadId] of ids) await this.deleteLoad(owner, loadId);
      return ids.length;
    },

    async countAllLoads() {
      return (await database()).count('loads');
    },

    async deleteAllLoads() {
      const db = await database();
      const tx = db.transaction(LOAD_STORES, 'readwrite');
      await Promise.all([...LOAD_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
    },

    async saveJobRecord<R extends WriteAheadRecord>(owner: Owner, record: R) {
      const db = await database();
      // Strict: committed to disk before we tell Salesforce anything (design.md §4).
      const tx = db.transaction('loadJobs', 'readwrite', { durability: 'strict' });
      const key = [...loadKey(owner, record.loadId), record.planIndex, record.attempt] as const;
      const earlier = await tx.store.get([...key]);
      const time = now();
      const stored = {
        ...record,
        orgId: owner.orgId,
        userId: owner.userId,
        jobId: record.step.jobId ?? null,
        createdAt: earlier?.createdAt ?? time,
        updatedAt: time,
      } as StoredJobRecord<R>;
      await tx.store.put(stored);
      await tx.done;
      return stored;
    },

    async listJobRecords<R extends WriteAheadRecord = WriteAheadRecord>(
      owner: Owner,
      loadId: string,
    ) {
      const records = await (await database()).getAll('loadJobs', jobsOfLoad(owner, loadId));
      // Records come back exactly as saveJobRecord stored them.
      return records as StoredJobRecord<R>[];
    },

    async findJobRecord(owner, jobId) {
      const records = await (await database()).getAllFromIndex('loadJobs', 'byJobId', jobId);
      return records.find((r) => r.orgId === owner.orgId && r.userId === owner.userId);
    },

    async saveRowMap(owner, loadId, map) {
      const head = {
        ...owner,
        loadId,
        rows: map.jobOfRow.length,
        chunkRows: ROW_MAP_CHUNK_ROWS,
        hasOffsets: map.rowOffsets !== undefined,
        savedAt: now(),
      };
      await putRowMap(await database(), head, map);
    },

    async getRowMap(owner, loadId) {
      return readRowMap(await database(), owner, loadId);
    },

    async deleteRowMap(owner, loadId) {
      await removeRowMap(await database(), owner, loadId);
    },
  };
}

/** The store over the page's shared connection to the `forklift` database. */
export const browserLoadStore: LoadStore = createLoadStore(sharedForkliftDb);
