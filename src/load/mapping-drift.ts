/**
 * The mapping re-checked against the live describe just before jobs are created (issue 5, Run):
 * at Confirm, and again when a resumed load's file is dropped hours later. A field deleted,
 * renamed or made read-only since the mapping was made would fail every row (`InvalidBatch :
 * Field name not found`, or `INVALID_FIELD_FOR_INSERT_UPDATE`); a field made required on create
 * fails every row that creates a record (`REQUIRED_FIELD_MISSING`); a parent's External ID field
 * that is gone fails every row of a relationship column. So the load stops before it costs a job
 * and says which field changed.
 */
import { mappedFieldName, type LoadMapping } from './column-mapping';
import {
  findField,
  isIndexedLookupField,
  isRequiredOnCreate,
  type SObjectDescribe,
} from './describe-types';
import { OPERATION_RULES } from './operation-rules';

export interface DriftContext {
  /**
   * The object as it was when the mapping was made: a field required on create now but not then
   * is new. Without it every unmapped required field counts (the mapping step refuses those for
   * inserts, and warns of them for upserts).
   */
  mappedWith?: SObjectDescribe;
  /** Parent objects of relationship columns as they are now, by name; others are not checked. */
  parents?: ReadonlyMap<string, SObjectDescribe>;
}

/** The parent objects whose live describe mappingDrift can use: one per relationship column. */
export function relationshipTargets(mapping: LoadMapping): string[] {
  if (OPERATION_RULES[mapping.operation].idOnly) return [];
  const targets = new Set<string>();
  for (const column of mapping.columns)
    if (column.mapping.kind === 'relationship') targets.add(column.mapping.targetObject);
  return [...targets];
}

export function mappingDrift(
  mapping: LoadMapping,
  live: SObjectDescribe,
  context: DriftContext = {},
): string[] {
  const rule = OPERATION_RULES[mapping.operation];
  const problems: string[] = [];
  const check = (name: string, where: string, key: boolean) => {
    const field = findField(live, name);
    if (!field) {
      problems.push(
        `${live.label} has no field ${name} any more (${where}). Map the column again.`,
      );
      return;
    }
    if (key || rule.idOnly) return;
    const creates = mapping.operation === 'insert' || mapping.operation === 'upsert';
    const updates = mapping.operation === 'update' || mapping.operation === 'upsert';
    if ((creates && field.createable) || (updates && field.updateable)) return;
    problems.push(
      `${field.label} (${field.name}) can no longer be written by you (${where}): its field-level security or the field itself changed. Leave the column out or ask an admin.`,
    );
  };
  for (const column of mapping.columns) {
    const name = mappedFieldName(column.mapping);
    if (name === null) continue;
    const isKey =
      name.toLowerCase() === 'id' || name.toLowerCase() === mapping.matchingField?.toLowerCase();
    if (rule.idOnly && name.toLowerCase() !== 'id') continue;
    check(name, `column “${column.header}”`, isKey);
  }
  if (!rule.idOnly)
    for (const constant of mapping.constants) check(constant.field, 'a constant value', false);
  if (mapping.matchingField && rule.needsMatchingField) {
    const field = findField(live, mapping.matchingField);
    if (!field)
      problems.push(
        `${live.label} has no field ${mapping.matchingField} any more, so rows cannot be matched by it. Choose another matching field.`,
      );
  }
  if (rule.creates && !rule.idOnly) problems.push(...newlyRequired(mapping, live, context));
  if (!rule.idOnly) problems.push(...parentDrift(mapping, live, context));
  return problems;
}

/** Fields required on create now, supplied by no column or constant, and not required before. */
function newlyRequired(
  mapping: LoadMapping,
  live: SObjectDescribe,
  { mappedWith }: DriftContext,
): string[] {
  const supplied = new Set<string>();
  for (const column of mapping.columns) {
    const name = mappedFieldName(column.mapping);
    if (name !== null) supplied.add(name.toLowerCase());
  }
  for (const constant of mapping.constants) supplied.add(constant.field.toLowerCase());
  const wasRequired = (name: string) => {
    const before = mappedWith && findField(mappedWith, name);
    return before !== undefined && isRequiredOnCreate(before);
  };
  const rowsThatFail =
    mapping.operation === 'upsert' ? 'every row that creates a record' : 'every row';
  return live.fields
    .filter((f) => isRequiredOnCreate(f) && !supplied.has(f.name.toLowerCase()))
    .filter((f) => !wasRequired(f.name))
    .map(
      (f) =>
        `${f.label} (${f.name}) is now required to create a ${live.label}, and no column or constant fills it, so ${rowsThatFail} would fail. Map a column or a constant to it.`,
    );
}

/** Relationship columns whose lookup no longer points to the parent, or whose parent key is gone. */
function parentDrift(
  mapping: LoadMapping,
  live: SObjectDescribe,
  { parents }: DriftContext,
): string[] {
  const problems: string[] = [];
  for (const column of mapping.columns) {
    if (column.mapping.kind !== 'relationship') continue;
    const { lookupField, targetObject, targetField } = column.mapping;
    const where = `column “${column.header}”`;
    const lookup = findField(live, lookupField);
    if (!lookup) continue; // Already said: the lookup field itself is gone.
    const wanted = targetObject.toLowerCase();
    if (!lookup.referenceTo.some((name) => name.toLowerCase() === wanted)) {
      problems.push(
        `${lookup.label} (${lookup.name}) no longer points to ${targetObject} (${where}). Map the column again.`,
      );
      continue;
    }
    const parent = parents?.get(targetObject);
    if (!parent) continue;
    const key = findField(parent, targetField);
    if (!key || !isIndexedLookupField(key))
      problems.push(
        `${parent.label} has no External ID field ${targetField} any more (${where}), so rows cannot find their ${parent.label}. Map the column to another ${parent.label} field, or ask an admin.`,
      );
  }
  return problems;
}
