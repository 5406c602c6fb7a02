/**
 * Deleting records deletes the children their describe marks `cascadeDelete` (an Account takes
 * its Contacts and Opportunities with it), recursively, as Salesforce does. Lookups are not
 * indexed in the store, so children are found with one scan of each child object per set of
 * deleted parents (the ingest engine passes a whole step's deletions at once).
 */
import type { OrgSchema, RecordStore } from '../contracts';

/** Cascades ran deeper than any real schema nests; stops a cyclic schema from looping. */
const MAX_DEPTH = 10;

/** Deletes the cascade children of already-deleted parents; returns how many records went. */
export function deleteCascadeChildren(
  schema: OrgSchema,
  store: RecordStore,
  objectName: string,
  parentIds: ReadonlySet<string>,
  depth = 0,
): number {
  if (parentIds.size === 0 || depth >= MAX_DEPTH) return 0;
  let deleted = 0;
  for (const relationship of schema.getObject(objectName)?.childRelationships ?? []) {
    if (!relationship.cascadeDelete) continue;
    const child = schema.getObject(relationship.childSObject);
    const field = child && schema.getField(child.name, relationship.field);
    if (child === undefined || field === undefined) continue;
    const doomed: string[] = [];
    for (const record of store.all(child.name)) {
      const parent = record[field.name];
      if (typeof parent === 'string' && parentIds.has(parent)) doomed.push(record.Id);
    }
    for (const id of doomed) if (store.delete(child.name, id)) deleted++;
    deleted += deleteCascadeChildren(schema, store, child.name, new Set(doomed), depth + 1);
  }
  return deleted;
}
