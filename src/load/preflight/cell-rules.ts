/**
 * Everything preflight needs to know about one column, worked out once per load from describe,
 * the mapping and the column formats, so the per-row loop only reads precomputed fields.
 */
import {
  bulkHeaderFor,
  mappedFieldName,
  type BlankPolicy,
  type ColumnPlan,
  type LoadMapping,
} from '../column-mapping';
import {
  findField,
  isRequiredOnCreate,
  type FieldDescribe,
  type SObjectDescribe,
} from '../describe-types';
import { OPERATION_RULES, type Operation } from '../operation-rules';
import { createValueNormaliser, type ColumnFormat, type ValueNormaliser } from '../value-formats';
import { KeySet } from './key-set';
import type { CellTarget } from './make-problem';
import { valueCheckFor, type IdTargets, type ValueCheck } from './value-checks';
import { indexValueMap, type ValueMapEntry } from './value-map';

export interface PreflightSetup {
  describe: SObjectDescribe;
  /** Carries the operation and, for upsert, the matching field (`externalIdFieldName`). */
  mapping: LoadMapping;
  /** Confirmed format per 0-based CSV column; a column without one is read as text. */
  formats: ReadonlyMap<number, ColumnFormat>;
  /** Key prefix per object API name (`Account` → `001`), from global describe. */
  keyPrefixes: ReadonlyMap<string, string>;
  valueMap?: readonly ValueMapEntry[];
}

/** Whether the operation may write the field: upsert rows may create or update. */
export type Writability = 'any' | 'never' | 'create-only' | 'update-only';
/** `row-key` finds the record (Id, or the upsert matching field); `parent-key` finds a parent. */
export type KeyRole = 'row-key' | 'parent-key' | 'none';

export interface CellRule {
  /** 0-based CSV column; -1 for a constant. */
  column: number;
  /** Position in the Bulk CSV row. */
  output: number;
  target: CellTarget;
  /** Null for text: the raw value is written, checked only for spreadsheet errors. */
  normalise: ValueNormaliser | null;
  blankPolicy: BlankPolicy;
  valueMap: ReadonlyMap<string, string> | null;
  valueCheck: ValueCheck | null;
  /** Required on create (describe): a blank fails a creating row, `#N/A` fails any row. */
  requiredOnCreate: boolean;
  writability: Writability;
  key: KeyRole;
  /** Values seen so far in the whole file, when a repeat would clash. */
  duplicates: KeySet | null;
  /** Duplicates compare Ids (15 and 18 characters of one record are the same key). */
  idKeys: boolean;
}

export interface CellPlan {
  headers: string[];
  cells: CellRule[];
  constants: { cell: CellRule; value: string }[];
  rowKey: CellRule | null;
  /** Fields required on create that no column or constant supplies. */
  missingRequired: FieldDescribe[];
}

export function writabilityFor(
  field: FieldDescribe | undefined,
  operation: Operation,
): Writability {
  if (!field) return 'any'; // an unknown field is a mapping error, reported before preflight
  if (field.name === 'Id') return operation === 'insert' ? 'never' : 'any';
  switch (operation) {
    case 'insert':
      return field.createable ? 'any' : 'never';
    case 'update':
      return field.updateable ? 'any' : 'never';
    case 'upsert':
      if (field.createable && field.updateable) return 'any';
      return field.createable ? 'create-only' : field.updateable ? 'update-only' : 'never';
    case 'delete':
    case 'hardDelete':
      return 'any';
  }
}

function idTargetsFor(
  field: FieldDescribe,
  describe: SObjectDescribe,
  keyPrefixes: ReadonlyMap<string, string>,
): IdTargets {
  const objects = field.type === 'id' ? [describe.name] : [...field.referenceTo];
  const prefixes: string[] = [];
  for (const object of objects) {
    const own = object.toLowerCase() === describe.name.toLowerCase() ? describe.keyPrefix : null;
    const prefix = own ?? keyPrefixes.get(object.toLowerCase());
    if (!prefix) return { objects, prefixes: null };
    prefixes.push(prefix);
  }
  return { objects, prefixes };
}

function isRowKey(plan: ColumnPlan, mapping: LoadMapping): boolean {
  if (plan.mapping.kind !== 'field') return false;
  const field = plan.mapping.field.toLowerCase();
  const rule = OPERATION_RULES[mapping.operation];
  if (rule.needsMatchingField) return field === mapping.matchingField?.toLowerCase();
  return rule.needsId && field === 'id';
}

export function planCells(setup: PreflightSetup): CellPlan {
  const { describe, mapping } = setup;
  const rule = OPERATION_RULES[mapping.operation];
  const keyPrefixes = new Map<string, string>();
  for (const [object, prefix] of setup.keyPrefixes) keyPrefixes.set(object.toLowerCase(), prefix);
  const valueMaps = indexValueMap(setup.valueMap ?? []);
  const headers: string[] = [];
  const cells: CellRule[] = [];
  const supplied = new Set<string>();
  let rowKey: CellRule | null = null;

  const makeCell = (plan: ColumnPlan | null, fieldName: string, header: string): CellRule => {
    const field = findField(describe, fieldName);
    const key: KeyRole =
      plan === null
        ? 'none'
        : isRowKey(plan, mapping)
          ? 'row-key'
          : plan.mapping.kind === 'relationship'
            ? 'parent-key'
            : 'none';
    const format =
      plan && plan.mapping.kind === 'field' ? setup.formats.get(plan.column) : undefined;
    const idKeys = field?.type === 'id';
    const uniqueClash = field !== undefined && field.unique && !idKeys && !rule.idOnly;
    const cell: CellRule = {
      column: plan?.column ?? -1,
      output: headers.length,
      target: {
        column: plan?.column ?? null,
        field: field?.name ?? fieldName,
        label: field?.label ?? fieldName,
      },
      normalise: format && format.kind !== 'text' ? createValueNormaliser(format) : null,
      blankPolicy: plan?.blankPolicy ?? 'leave-unchanged',
      valueMap: plan ? (valueMaps.get(plan.column) ?? null) : null,
      valueCheck:
        field && plan?.mapping.kind !== 'relationship'
          ? valueCheckFor(field, idTargetsFor(field, describe, keyPrefixes))
          : null,
      requiredOnCreate: field !== undefined && isRequiredOnCreate(field),
      writability: writabilityFor(field, mapping.operation),
      key,
      duplicates:
        key === 'row-key' || uniqueClash
          ? new KeySet(!idKeys && !(field?.caseSensitive ?? false))
          : null,
      idKeys,
    };
    headers.push(header);
    supplied.add((field?.name ?? fieldName).toLowerCase());
    return cell;
  };

  for (const plan of mapping.columns) {
    const fieldName = mappedFieldName(plan.mapping);
    if (fieldName === null) continue;
    if (rule.idOnly && fieldName.toLowerCase() !== 'id') continue;
    if (rule.idOnly && cells.length > 0) continue; // delete sends one Id column
    const header = bulkHeaderFor(plan.mapping, describe);
    if (header === null)
      throw new Error(
        `Column ${plan.header} maps to ${fieldName}, which is not a lookup: fix the mapping before preflight.`,
      );
    const cell = makeCell(plan, fieldName, header);
    if (cell.key === 'row-key' && rowKey === null) rowKey = cell;
    cells.push(cell);
  }
  const constants = rule.idOnly
    ? []
    : mapping.constants.map((c) => ({
        cell: makeCell(null, c.field, findField(describe, c.field)?.name ?? c.field),
        value: c.value,
      }));
  const missingRequired =
    rule.creates && !rule.idOnly
      ? describe.fields.filter((f) => isRequiredOnCreate(f) && !supplied.has(f.name.toLowerCase()))
      : [];
  return { headers, cells, constants, rowKey, missingRequired };
}
