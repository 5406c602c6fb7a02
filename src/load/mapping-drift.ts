/**
 * The mapping re-checked against the live describe just before the jobs are created (issue 5,
 * Run): a field deleted, renamed or made read-only since the mapping was made would fail every
 * row (`InvalidBatch : Field name not found`, or `INVALID_FIELD_FOR_INSERT_UPDATE`), so the load
 * stops before it costs a job and says which field changed.
 */
import { mappedFieldName, type LoadMapping } from './column-mapping';
import { findField, type SObjectDescribe } from './describe-types';
import { OPERATION_RULES } from './operation-rules';

export function mappingDrift(mapping: LoadMapping, live: SObjectDescribe): string[] {
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
  return problems;
}
