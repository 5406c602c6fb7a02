import { mappedFieldName, type LoadMapping } from './column-mapping';
import {
  findField,
  isRequiredOnCreate,
  type FieldDescribe,
  type SObjectDescribe,
} from './describe-types';
import { OPERATION_RULES } from './operation-rules';

export type MappingWarningCode =
  | 'unknown-field'
  | 'field-mapped-twice'
  | 'constant-clashes-with-column'
  | 'required-field-not-mapped'
  | 'read-only-field-mapped'
  | 'create-only-field-on-upsert'
  | 'id-not-mapped'
  | 'id-mapped-on-insert'
  | 'matching-field-not-chosen'
  | 'matching-field-not-mapped'
  | 'id-mapped-on-external-id-upsert'
  | 'only-id-used'
  | 'permanent-delete'
  | 'clear-on-required-field';

export interface MappingWarning {
  code: MappingWarningCode;
  /** An error makes the load fail (wholly or row by row); a warning may; info explains. */
  severity: 'error' | 'warning' | 'info';
  message: string;
  fields: string[];
  /** 0-based CSV columns involved. */
  columns: number[];
}

interface Target {
  name: string;
  field: FieldDescribe | undefined;
  columns: number[];
}

const warn = (
  code: MappingWarningCode,
  severity: MappingWarning['severity'],
  message: string,
  fields: string[] = [],
  columns: number[] = [],
): MappingWarning => ({
  code,
  severity,
  message,
  fields,
  columns,
});

function collectTargets(mapping: LoadMapping, describe: SObjectDescribe): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const plan of mapping.columns) {
    const name = mappedFieldName(plan.mapping);
    if (name === null) continue;
    const key = name.toLowerCase();
    const existing = targets.get(key);
    if (existing) existing.columns.push(plan.column);
    else targets.set(key, { name, field: findField(describe, name), columns: [plan.column] });
  }
  return targets;
}

function structureWarnings(
  mapping: LoadMapping,
  describe: SObjectDescribe,
  targets: Map<string, Target>,
): MappingWarning[] {
  const out: MappingWarning[] = [];
  for (const t of targets.values()) {
    if (!t.field)
      out.push(
        warn(
          'unknown-field',
          'error',
          `${describe.name} has no field ${t.name}; Salesforce would fail the whole job.`,
          [t.name],
          t.columns,
        ),
      );
    if (t.columns.length > 1)
      out.push(
        warn(
          'field-mapped-twice',
          'error',
          `${t.columns.length} columns are mapped to ${t.name}; keep one.`,
          [t.name],
          t.columns,
        ),
      );
  }
  for (const constant of mapping.constants) {
    if (!findField(describe, constant.field))
      out.push(
        warn(
          'unknown-field',
          'error',
          `${describe.name} has no field ${constant.field} for the constant value.`,
          [constant.field],
        ),
      );
    const column = targets.get(constant.field.toLowerCase());
    if (column)
      out.push(
        warn(
          'constant-clashes-with-column',
          'error',
          `${constant.field} has both a constant value and a column; keep one.`,
          [constant.field],
          column.columns,
        ),
      );
  }
  return out;
}

function operationWarnings(
  mapping: LoadMapping,
  describe: SObjectDescribe,
  targets: Map<string, Target>,
): MappingWarning[] {
  const rule = OPERATION_RULES[mapping.operation];
  const out: MappingWarning[] = [];
  const idColumn = targets.get('id');
  if (rule.needsId && !idColumn)
    out.push(
      warn('id-not-mapped', 'error', `${rule.label} finds records by Id: map a column to Id.`, [
        'Id',
      ]),
    );
  if (mapping.operation === 'insert' && idColumn) {
    out.push(
      warn(
        'id-mapped-on-insert',
        'warning',
        'Insert creates new records, so Ids cannot be supplied: skip the Id column or choose update or upsert.',
        ['Id'],
        idColumn.columns,
      ),
    );
  }
  if (rule.idOnly) {
    const others = [...targets.values()].filter((t) => t.name.toLowerCase() !== 'id');
    if (others.length > 0 || mapping.constants.length > 0) {
      out.push(
        warn(
          'only-id-used',
          'info',
          `${rule.label} uses only the Id column; the other mapped columns are not sent.`,
          others.map((t) => t.name),
          others.flatMap((t) => t.columns),
        ),
      );
    }
  }
  if (rule.permanent)
    out.push(
      warn(
        'permanent-delete',
        'warning',
        'Hard delete skips the Recycle Bin: deleted records cannot be restored.',
      ),
    );
  if (rule.needsMatchingField) {
    const matching = mapping.matchingField;
    if (matching === null)
      out.push(
        warn(
          'matching-field-not-chosen',
          'error',
          'Upsert needs a matching field: an External ID field, or Id.',
        ),
      );
    else if (!targets.has(matching.toLowerCase())) {
      out.push(
        warn(
          'matching-field-not-mapped',
          'error',
          `Upsert matches rows on ${matching}: map a column to it.`,
          [matching],
        ),
      );
    }
    if (matching !== null && matching.toLowerCase() !== 'id' && idColumn) {
      out.push(
        warn(
          'id-mapped-on-external-id-upsert',
          'warning',
          `Upsert matches on ${matching}, so the Id column is not needed; skip it to avoid a mismatch between the two.`,
          ['Id'],
          idColumn.columns,
        ),
      );
    }
  }
  return out;
}

function fieldLevelWarnings(
  mapping: LoadMapping,
  describe: SObjectDescribe,
  targets: Map<string, Target>,
): MappingWarning[] {
  const rule = OPERATION_RULES[mapping.operation];
  if (rule.idOnly) return [];
  const out: MappingWarning[] = [];
  const supplied = new Set([
    ...targets.keys(),
    ...mapping.constants.map((c) => c.field.toLowerCase()),
  ]);
  if (rule.creates) {
    const missing = describe.fields
      .filter((f) => isRequiredOnCreate(f) && !supplied.has(f.name.toLowerCase()))
      .map((f) => f.name);
    if (missing.length > 0) {
      const severity = mapping.operation === 'insert' ? 'error' : 'warning';
      out.push(
        warn(
          'required-field-not-mapped',
          severity,
          `Required to create a ${describe.name}: ${missing.join(', ')}. Rows without them fail.`,
          missing,
        ),
      );
    }
  }
  for (const t of targets.values()) {
    const f = t.field;
    if (!f || f.name === 'Id') continue;
    const writable = (rule.creates && f.createable) || (rule.updates && f.updateable);
    if (!writable)
      out.push(
        warn(
          'read-only-field-mapped',
          'error',
          `${f.name} is read-only for ${rule.label.toLowerCase()}; Salesforce would reject every row.`,
          [f.name],
          t.columns,
        ),
      );
    else if (mapping.operation === 'upsert' && !f.updateable) {
      out.push(
        warn(
          'create-only-field-on-upsert',
          'info',
          `${f.name} can only be set when a record is created; rows that update keep the old value.`,
          [f.name],
          t.columns,
        ),
      );
    }
  }
  for (const plan of mapping.columns) {
    const name = mappedFieldName(plan.mapping);
    const f = name === null ? undefined : findField(describe, name);
    if (plan.blankPolicy === 'clear' && f && !f.nillable && rule.updates) {
      out.push(
        warn(
          'clear-on-required-field',
          'warning',
          `${f.name} cannot be empty, so clearing it with #N/A fails those rows.`,
          [f.name],
          [plan.column],
        ),
      );
    }
  }
  return out;
}

/** Everything about a mapping an admin should see before loading (issue 4, design.md §1). */
export function mappingWarnings(mapping: LoadMapping, describe: SObjectDescribe): MappingWarning[] {
  const targets = collectTargets(mapping, describe);
  return [
    ...structureWarnings(mapping, describe, targets),
    ...operationWarnings(mapping, describe, targets),
    ...fieldLevelWarnings(mapping, describe, targets),
  ];
}
