/**
 * What the SOQL executor reads: objects and their fields (the org schema, plus virtual objects
 * such as UserPermissionAccess) and records. Describe data fits these shapes as it is.
 */
import type { StoredRecord } from '../contracts';
import type { FieldType } from '../schema/types';

export interface SoqlField {
  name: string;
  type: FieldType;
  referenceTo: string[];
  relationshipName: string | null;
  filterable?: boolean;
  sortable?: boolean;
}

export interface SoqlObject {
  name: string;
  fields: readonly SoqlField[];
}

export interface SoqlDataSource {
  /** Case-insensitive; undefined for an object the org does not have (INVALID_TYPE). */
  getObject(name: string): SoqlObject | undefined;
  records(objectName: string): Iterable<StoredRecord>;
  /** Any record by 15- or 18-character id, for walking relationship paths. */
  getById(id: string): { objectName: string; record: StoredRecord } | undefined;
}
