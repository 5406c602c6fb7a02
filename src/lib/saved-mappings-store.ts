import { sharedForkliftDb, type ForkliftDatabase } from './idb-database';

/** A saved mapping is found by who saved it, for which object, under which name (design.md §3). */
export interface SavedMappingKey {
  orgId: string;
  userId: string;
  object: string;
  name: string;
}

/**
 * One saved mapping. `json` is the mapping in Forklift's versioned mapping-file format (the same
 * text "Export as JSON" writes), so an upgraded Forklift reads old saves through the one checked
 * reader, and a record it cannot read is reported, never half-used.
 */
export interface SavedMappingRecord extends SavedMappingKey {
  /** ISO 8601. */
  savedAt: string;
  json: string;
}

export interface SavedMappingsStore {
  /** Adds the mapping, or replaces the one with the same key. */
  save(record: SavedMappingRecord): Promise<void>;
  get(key: SavedMappingKey): Promise<SavedMappingRecord | undefined>;
  /** Every mapping this user saved in this org, newest first. */
  listForUser(orgId: string, userId: string): Promise<SavedMappingRecord[]>;
  remove(key: SavedMappingKey): Promise<void>;
}

const keyOf = (k: SavedMappingKey): [string, string, string, string] => [
  k.orgId,
  k.userId,
  k.object,
  k.name,
];

export function createSavedMappingsStore(
  database: () => Promise<ForkliftDatabase>,
): SavedMappingsStore {
  return {
    async save(record) {
      const { orgId, userId, object, name, savedAt, json } = record;
      await (await database()).put('savedMappings', { orgId, userId, object, name, savedAt, json });
    },
    async get(key) {
      return (await database()).get('savedMappings', keyOf(key));
    },
    async listForUser(orgId, userId) {
      const records = await (
        await database()
      ).getAllFromIndex('savedMappings', 'byUser', [orgId, userId]);
      return records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    },
    async remove(key) {
      await (await database()).delete('savedMappings', keyOf(key));
    },
  };
}

/** The store over the page's shared connection to the `forklift` database. */
export const browserSavedMappingsStore: SavedMappingsStore =
  createSavedMappingsStore(sharedForkliftDb);
