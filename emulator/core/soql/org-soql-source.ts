/**
 * The org as SOQL sees it for one user: the schema's objects and the store's records, except
 * UserPermissionAccess, which answers for the context user only (one row, salesforce-api.md §10).
 */
import type { OrgSchema, RecordStore, StoredRecord } from '../contracts';
import { keyPrefixOf } from '../ids';
import { userPermissionAccessId } from '../seed/user-permissions';
import type { SoqlDataSource } from './soql-source';

const CONTEXT_USER_OBJECTS = new Set(['userpermissionaccess']);

export interface OrgRecords {
  readonly schema: OrgSchema;
  readonly store: RecordStore;
}

export function createOrgSoqlSource(org: OrgRecords, userId: string): SoqlDataSource {
  return {
    getObject: (name) => org.schema.getObject(name),
    records(objectName): Iterable<StoredRecord> {
      if (CONTEXT_USER_OBJECTS.has(objectName.toLowerCase())) {
        const row = org.store.get(objectName, userPermissionAccessId(userId));
        return row ? [row] : [];
      }
      return org.store.all(objectName);
    },
    getById(id) {
      const object = org.schema.getObjectByKeyPrefix(keyPrefixOf(id));
      const record = object && org.store.get(object.name, id);
      return object && record ? { objectName: object.name, record } : undefined;
    },
  };
}
