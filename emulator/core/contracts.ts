/**
 * The seams between the emulator's parts, written first so the schema, the record store, the
 * HTTP layer and the ingest engine could be built side by side. Implementations live next to
 * their names below; keep these signatures stable, widen them deliberately.
 */
import type { DescribeField, SObjectSchema } from './schema/types';

/** The org's schema: every sObject's describe, looked up case-insensitively. */
export interface OrgSchema {
  /** Case-insensitive object lookup (`account` → Account). */
  getObject(name: string): SObjectSchema | undefined;
  /** Case-insensitive field lookup on an object. */
  getField(objectName: string, fieldName: string): DescribeField | undefined;
  /** The object whose records have this 3-character key prefix (`001` → Account). */
  getObjectByKeyPrefix(prefix: string): SObjectSchema | undefined;
  /** All objects, in global-describe order (by name). */
  objects(): readonly SObjectSchema[];
}

/** A stored value: strings for text, dates (`2024-01-31`) and dateTimes (`…T…Z` ISO); numbers; booleans. */
export type FieldValue = string | number | boolean | null;

/** A stored record, keyed by each field's canonical API name (`Id`, `LastName`, `External_Id__c`). */
export interface StoredRecord {
  Id: string;
  [field: string]: FieldValue;
}

/** The org's records. Deterministic: ids come from a seeded sequence per key prefix. */
export interface RecordStore {
  /** A new 18-character id for the object (does not store anything). */
  newId(objectName: string): string;
  /** Stores a new record; fills Id, CreatedDate, LastModifiedDate, CreatedById, OwnerId… as Salesforce would. */
  insert(objectName: string, values: Record<string, FieldValue>, userId: string): StoredRecord;
  /**
   * insert for Bulk ingest, without insert's per-field copy: the record is built in one
   * allocation in a fixed shape (records/record-shapes.ts), or `values` itself becomes it. The
   * caller hands over a fresh object keyed by canonical field names, keeps no hold on it and
   * uses the returned record; with an Id or a null value it is copied as insert does.
   */
  adopt(objectName: string, values: Record<string, FieldValue>, userId: string): StoredRecord;
  /**
   * update of a live record the caller holds (just had from get/findBy/match), without the id
   * lookup; the caller guarantees the record is live (it is not checked).
   */
  updateRecord(
    objectName: string,
    record: StoredRecord,
    changes: Record<string, FieldValue>,
    userId: string,
  ): StoredRecord;
  /** Applies changes to an existing record (by 15- or 18-character id); undefined when absent or deleted. */
  update(
    objectName: string,
    id: string,
    changes: Record<string, FieldValue>,
    userId: string,
  ): StoredRecord | undefined;
  /** Removes a record (no cascade here: the caller decides what cascades); false when absent. */
  delete(objectName: string, id: string): boolean;
  /** A record by 15- or 18-character id. */
  get(objectName: string, id: string): StoredRecord | undefined;
  /** True when the id belonged to a record of this object that has since been deleted. */
  wasDeleted(objectName: string, id: string): boolean;
  /** Records whose field equals the value; case-insensitive when `caseSensitive` is false. Indexed. */
  findBy(
    objectName: string,
    fieldName: string,
    value: string,
    caseSensitive: boolean,
  ): StoredRecord[];
  /**
   * findBy without the array, for hot paths (Bulk ingest's unique and upsert-key checks): the
   * one matching record, undefined when none matches, or the matches (2 or more; read only).
   */
  match(
    objectName: string,
    fieldName: string,
    value: string,
    caseSensitive: boolean,
  ): StoredRecord | readonly StoredRecord[] | undefined;
  /** Every live record of an object, in insertion order. */
  all(objectName: string): Iterable<StoredRecord>;
  /** How many live records the object has. */
  count(objectName: string): number;
}
