/**
 * Applies one CSV row to the org for a job's operation (salesforce-api.md §2, §3) and says what
 * became of it: created, succeeded (updated/deleted) or failed with an `sf__Error`.
 */
import type { OrgSchema, RecordStore, StoredRecord } from '../contracts';
import type { DescribeField } from '../schema/types';
import { createDuplicateFinder } from './batch-duplicates';
import { deleteCascadeChildren } from './cascade-delete';
import type { ColumnPlan } from './header-plan';
import type { IngestOperation, RowOutcome } from './ingest-types';
import { ROW_OUTCOME } from './ingest-types';
import {
  duplicateValue,
  idOnInsert,
  invalidCrossReference,
  malformedId,
  missingId,
  RowError,
  unableToLockRow,
} from './row-errors';
import { buildRowValues, NULL_TEXT } from './row-values';
import type { RowValues, ValueContext } from './row-values';
import {
  BLANK_UPSERT_KEY_INSERTS,
  duplicateExternalId,
  duplicateKeyInBatch,
  entityIsDeleted,
} from './salesforce-choices';
import type { IdRules } from './value-parsers';

export interface RowResult {
  outcome: RowOutcome;
  id: string | undefined;
  error: string | undefined;
}

export interface RowWriterSetup {
  schema: OrgSchema;
  store: RecordStore;
  ids: IdRules;
  userId: string;
  objectName: string;
  operation: IngestOperation;
  columns: readonly ColumnPlan[];
  /** The upsert key (an External ID / idLookup field, or Id). */
  externalIdField?: DescribeField;
  /** Fault injection: true when this row should hit a lock error. */
  lockFails?: (rowIndex: number) => boolean;
}

export interface RowWriter {
  /** The column whose values must be unique within a batch (the upsert key), if any. */
  readonly batchKeyColumn: number | undefined;
  /** Called with the batch's values of `batchKeyColumn` before its rows are written. */
  startBatch(keys: readonly string[]): void;
  write(row: readonly string[], rowIndex: number, out: RowResult): void;
  /** Called after each processing step: deletes the cascade children of the step's deletions. */
  endStep(): void;
}

export function createRowWriter(setup: RowWriterSetup): RowWriter {
  const { schema, store, ids, userId, objectName, operation, columns } = setup;
  const fields = schema.getObject(objectName)?.fields ?? [];
  const idField = fields.find((f) => f.type === 'id') as DescribeField;
  const idColumn = columns.find((c) => c.kind === 'field' && c.field.type === 'id')?.column;
  const keyField = setup.externalIdField;
  const keyIsId = keyField?.type === 'id';
  const keyColumn =
    keyField && columns.find((c) => c.kind === 'field' && c.field.name === keyField.name)?.column;
  const uniqueFields = fields.filter((f) => f.unique);
  const referenceFields = columns
    .filter((c) => c.kind === 'field' && c.field.type === 'reference')
    .map((c) => c.field);
  const skip = new Set<number>(idColumn === undefined || operation === 'insert' ? [] : [idColumn]);
  const ctx: ValueContext = {
    store,
    ids,
    columns,
    requiredOnCreate: fields.filter((f) => f.createable && !f.nillable && !f.defaultedOnCreate),
    skipColumns: skip,
  };
  let duplicateKeys = new Set<string>();
  let deletedIds = new Set<string>();

  // An Id key is normalised (15 → 18 characters) before comparing; other keys are hashed as is.
  const findDuplicates =
    keyField === undefined || keyIsId ? undefined : createDuplicateFinder(keyField.caseSensitive);
  const keyOf = (raw: string) =>
    keyIsId ? (ids.normalize(raw) ?? raw) : keyField?.caseSensitive ? raw : raw.toLowerCase();

  const fail = (out: RowResult, error: RowError, id?: string) => {
    out.outcome = ROW_OUTCOME.Failed;
    out.id = id;
    out.error = error.text;
  };
  const succeed = (out: RowResult, outcome: RowOutcome, id: string) => {
    out.outcome = outcome;
    out.id = id;
    out.error = undefined;
  };

  /** Lookups must point at live records; unique fields must not clash with another record. */
  function saveChecks(
    values: RowValues,
    selfId: string | undefined,
    skipUnique?: string,
  ): RowError | undefined {
    for (const field of referenceFields) {
      const value = values[field.name];
      if (typeof value !== 'string') continue;
      const target = ids.objectOfId(value);
      if (target === undefined || store.get(target, value) === undefined) {
        return target !== undefined && store.wasDeleted(target, value)
          ? entityIsDeleted()
          : invalidCrossReference();
      }
    }
    for (const field of uniqueFields) {
      const value = values[field.name];
      if (value === undefined || value === null || field.name === skipUnique) continue;
      const clash = otherThan(
        store.match(objectName, field.name, String(value), field.caseSensitive),
        selfId,
      );
      if (clash !== undefined) return duplicateValue(field.name, clash.Id);
    }
    return undefined;
  }

  function insert(
    row: readonly string[],
    rowIndex: number,
    out: RowResult,
    skipUnique?: string,
  ): void {
    const idText = idColumn === undefined || keyIsId ? '' : (row[idColumn] ?? '');
    if (operation === 'insert' && idText !== '') return fail(out, idOnInsert());
    const values = buildRowValues(ctx, row);
    if (values instanceof RowError) return fail(out, values);
    const error =
      saveChecks(values, undefined, skipUnique) ??
      (setup.lockFails?.(rowIndex) ? unableToLockRow() : undefined);
    if (error !== undefined) return fail(out, error);
    // The row's values object is fresh and nothing else holds it: the store may adopt it.
    succeed(out, ROW_OUTCOME.Created, store.adopt(objectName, values, userId).Id);
  }

  function update(
    row: readonly string[],
    rowIndex: number,
    out: RowResult,
    record: StoredRecord,
    skipUnique?: string,
  ): void {
    const values = buildRowValues(ctx, row, record);
    if (values instanceof RowError) return fail(out, values, record.Id);
    const error =
      saveChecks(values, record.Id, skipUnique) ??
      (setup.lockFails?.(rowIndex) ? unableToLockRow() : undefined);
    if (error !== undefined) return fail(out, error, record.Id);
    store.updateRecord(objectName, record, values, userId);
    succeed(out, ROW_OUTCOME.Succeeded, record.Id);
  }

  /** The live record an Id column names, or the row's error. */
  function recordById(raw: string, call: 'update' | 'delete'): StoredRecord | RowError {
    if (raw === '' || raw === NULL_TEXT) return missingId(call);
    const id = ids.normalize(raw);
    if (id === undefined || ids.objectOfId(id)?.toLowerCase() !== objectName.toLowerCase())
      return malformedId(idField, raw);
    return (
      store.get(objectName, id) ??
      (store.wasDeleted(objectName, id) ? entityIsDeleted() : invalidCrossReference())
    );
  }

  function upsert(row: readonly string[], rowIndex: number, out: RowResult): void {
    const raw = keyColumn === undefined ? '' : (row[keyColumn] ?? '');
    if (raw === '' && BLANK_UPSERT_KEY_INSERTS) return insert(row, rowIndex, out);
    // Most batches hold no duplicate key: then no row pays for folding its key.
    if (duplicateKeys.size > 0 && duplicateKeys.has(keyOf(raw)))
      return fail(out, duplicateKeyInBatch(keyField as DescribeField, raw));
    if (keyIsId) {
      const record = recordById(raw, 'update');
      return record instanceof RowError
        ? fail(out, record, ids.normalize(raw))
        : update(row, rowIndex, out, record);
    }
    const field = keyField as DescribeField;
    const match = store.match(objectName, field.name, raw, field.caseSensitive);
    if (match === undefined) return insert(row, rowIndex, out, field.name);
    if (isMany(match))
      return fail(
        out,
        duplicateExternalId(
          field,
          match.map((r) => r.Id),
        ),
      );
    update(row, rowIndex, out, match, field.name);
  }

  function remove(row: readonly string[], rowIndex: number, out: RowResult): void {
    const raw = idColumn === undefined ? '' : (row[idColumn] ?? '');
    const record = recordById(raw, 'delete');
    if (record instanceof RowError) return fail(out, record, ids.normalize(raw));
    if (setup.lockFails?.(rowIndex)) return fail(out, unableToLockRow(), record.Id);
    store.delete(objectName, record.Id);
    deletedIds.add(record.Id);
    succeed(out, ROW_OUTCOME.Succeeded, record.Id);
  }

  return {
    batchKeyColumn: operation === 'upsert' ? keyColumn : undefined,
    startBatch(keys) {
      if (findDuplicates !== undefined) {
        duplicateKeys = findDuplicates(keys);
        return;
      }
      duplicateKeys = new Set();
      const seen = new Set<string>();
      for (const raw of keys) {
        if (raw === '') continue;
        const key = keyOf(raw);
        if (seen.has(key)) duplicateKeys.add(key);
        else seen.add(key);
      }
    },
    endStep() {
      if (deletedIds.size === 0) return;
      deleteCascadeChildren(schema, store, objectName, deletedIds);
      deletedIds = new Set();
    },
    write(row, rowIndex, out) {
      switch (operation) {
        case 'insert':
          return insert(row, rowIndex, out);
        case 'update': {
          const raw = idColumn === undefined ? '' : (row[idColumn] ?? '');
          const record = recordById(raw, 'update');
          return record instanceof RowError
            ? fail(out, record, ids.normalize(raw))
            : update(row, rowIndex, out, record);
        }
        case 'upsert':
          return upsert(row, rowIndex, out);
        case 'delete':
        case 'hardDelete':
          return remove(row, rowIndex, out);
      }
    },
  };
}

function isMany(match: StoredRecord | readonly StoredRecord[]): match is readonly StoredRecord[] {
  return Array.isArray(match);
}

/** The first matching record that is not `selfId` (a record never clashes with itself). */
function otherThan(
  match: StoredRecord | readonly StoredRecord[] | undefined,
  selfId: string | undefined,
): StoredRecord | undefined {
  if (match === undefined) return undefined;
  if (isMany(match)) return match.find((r) => r.Id !== selfId);
  return match.Id === selfId ? undefined : match;
}
