import type { SObjectDescribe } from './describe-types';

/** Bulk API 2.0 ingest operations (salesforce-api.md §1.2). */
export type Operation = 'insert' | 'update' | 'upsert' | 'delete' | 'hardDelete';

export const OPERATIONS: readonly Operation[] = [
  'insert',
  'update',
  'upsert',
  'delete',
  'hardDelete',
];

export interface OperationRule {
  label: string;
  /** Rows must carry a record Id. */
  needsId: boolean;
  /** Only the Id column is sent; every other column is dropped. */
  idOnly: boolean;
  /** A matching field (External ID, idLookup or Id) is chosen and must be mapped. */
  needsMatchingField: boolean;
  /** Records may be created, so schema-required fields must be supplied. */
  creates: boolean;
  /** Existing records may be changed. */
  updates: boolean;
  /** Skips the Recycle Bin: records cannot be restored. */
  permanent: boolean;
  summary: string;
}

/** The rules spelled out for the operation picker, as data (design.md §1, issue 4). */
export const OPERATION_RULES: Readonly<Record<Operation, OperationRule>> = {
  insert: {
    label: 'Insert',
    needsId: false,
    idOnly: false,
    needsMatchingField: false,
    creates: true,
    updates: false,
    permanent: false,
    summary: 'Creates a new record for every row. Required fields must be mapped.',
  },
  update: {
    label: 'Update',
    needsId: true,
    idOnly: false,
    needsMatchingField: false,
    creates: false,
    updates: true,
    permanent: false,
    summary:
      'Changes existing records found by their Id. Every row needs an Id; blank cells leave fields unchanged.',
  },
  upsert: {
    label: 'Upsert',
    needsId: false,
    idOnly: false,
    needsMatchingField: true,
    creates: true,
    updates: true,
    permanent: false,
    summary:
      "Updates the record whose matching field (an External ID, or Id) has the row's value, or creates one when none matches.",
  },
  delete: {
    label: 'Delete',
    needsId: true,
    idOnly: true,
    needsMatchingField: false,
    creates: false,
    updates: false,
    permanent: false,
    summary: 'Moves the records with these Ids to the Recycle Bin. Only the Id column is used.',
  },
  hardDelete: {
    label: 'Hard delete',
    needsId: true,
    idOnly: true,
    needsMatchingField: false,
    creates: false,
    updates: false,
    permanent: true,
    summary:
      'Deletes the records with these Ids permanently: they skip the Recycle Bin and cannot be restored. Only the Id column is used.',
  },
};

/**
 * Whether describe lets this user run the operation on the object at all. Upsert needs create
 * and update; hard delete also needs the "Bulk API Hard Delete" permission, which describe does
 * not show.
 */
export function objectAllowsOperation(
  describe: Pick<SObjectDescribe, 'createable' | 'updateable' | 'deletable'>,
  operation: Operation,
): boolean {
  switch (operation) {
    case 'insert':
      return describe.createable;
    case 'update':
      return describe.updateable;
    case 'upsert':
      return describe.createable && describe.updateable;
    case 'delete':
    case 'hardDelete':
      return describe.deletable;
  }
}
