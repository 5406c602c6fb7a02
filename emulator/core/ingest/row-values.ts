/**
 * Builds the field values one CSV row writes (salesforce-api.md §2): empty leaves a field alone,
 * `#N/A` sets it to null, read-only fields refuse values, relationship columns resolve to the
 * parent's Id, and required-on-create fields must end up with a value. A row keeps its first
 * error in Salesforce's order (ERROR_STAGE), then the first column.
 */
import type { FieldValue, RecordStore, StoredRecord } from '../contracts';
import type { DescribeField } from '../schema/types';
import type { ColumnPlan, RelationshipColumn } from './header-plan';
import { ERROR_STAGE, readOnlyField, requiredFieldsMissing, RowError } from './row-errors';
import { foreignKeyAmbiguous, foreignKeyNotFound } from './salesforce-choices';
import type { IdRules } from './value-parsers';

/** §2: the text that sets a field to null. */
export const NULL_TEXT = '#N/A';

export type RowValues = Record<string, FieldValue>;

export interface ValueContext {
  store: RecordStore;
  ids: IdRules;
  columns: readonly ColumnPlan[];
  /** createable && !nillable && !defaultedOnCreate (§4.4), in describe order. */
  requiredOnCreate: readonly DescribeField[];
  /** Columns the operation reads as its key rather than as values (the Id column of an update). */
  skipColumns: ReadonlySet<number>;
}

/**
 * The values of a row for a create, or for an update of `current` (then only what changes:
 * rewriting a field with its own value would cost the store index work for nothing); or the
 * row's first error.
 */
export function buildRowValues(
  ctx: ValueContext,
  row: readonly string[],
  current?: StoredRecord,
): RowValues | RowError {
  const creating = current === undefined;
  const values: RowValues = {};
  let error: RowError | undefined;
  const columns = ctx.columns;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as ColumnPlan;
    if (ctx.skipColumns.has(col.column)) continue;
    const raw = row[col.column] ?? '';
    if (raw === '') continue;
    const field = col.field;
    let value: FieldValue | RowError;
    if (!(creating ? field.createable : field.updateable)) {
      value = readOnlyField(field.name);
    } else if (raw === NULL_TEXT) {
      // A checkbox cannot be null: clearing it unchecks it.
      value = field.type === 'boolean' ? false : null;
    } else if (col.kind === 'field') {
      value = col.parse(raw);
    } else {
      value = resolveParent(ctx, col, raw);
    }
    if (value instanceof RowError) {
      if (error === undefined || value.stage < error.stage) error = value;
      // The row did give this field a value, if a bad one: it is not "missing".
      if (raw !== NULL_TEXT) values[field.name] = raw;
      continue;
    }
    if (
      current !== undefined &&
      (current[field.name] === value || (value === null && current[field.name] === undefined))
    ) {
      continue;
    }
    values[field.name] = value;
  }
  if (error !== undefined && error.stage < ERROR_STAGE.Required) return error;
  const missing = missingRequired(ctx.requiredOnCreate, values, creating);
  if (missing !== undefined) return requiredFieldsMissing(missing);
  return error ?? values;
}

/**
 * On create every required field needs a value; on update none may be set to null. Undefined
 * when none is missing (no array for the rows that pass).
 */
function missingRequired(
  required: readonly DescribeField[],
  values: RowValues,
  creating: boolean,
): string[] | undefined {
  let missing: string[] | undefined;
  for (let i = 0; i < required.length; i++) {
    const name = (required[i] as DescribeField).name;
    const value = values[name];
    if (creating ? value === undefined || value === null : value === null)
      (missing ??= []).push(name);
  }
  return missing;
}

function resolveParent(ctx: ValueContext, col: RelationshipColumn, raw: string): string | RowError {
  const { targetObject, targetField } = col;
  if (targetField.type === 'id') {
    const id = ctx.ids.normalize(raw);
    const parent = id === undefined ? undefined : ctx.store.get(targetObject, id);
    return parent?.Id ?? foreignKeyNotFound(raw, targetField.name, targetObject);
  }
  const match = ctx.store.match(targetObject, targetField.name, raw, targetField.caseSensitive);
  if (match === undefined) return foreignKeyNotFound(raw, targetField.name, targetObject);
  return Array.isArray(match)
    ? foreignKeyAmbiguous(raw, targetField.name, targetObject)
    : (match as StoredRecord).Id;
}
