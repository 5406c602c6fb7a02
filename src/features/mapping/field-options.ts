import type { FieldDescribe, SObjectDescribe } from '../../load/describe-types';
import { OPERATION_RULES, type Operation } from '../../load/operation-rules';
import { fieldDetailText } from './mapping-text';
import type { ComboboxOption } from './searchable-combobox';

/** The field picker's "Don't load this column" choice; field names never contain a colon. */
export const SKIP_OPTION = ':skip';

/** Compound address and location fields are read-only in the API; their parts are loaded. */
const isCompound = (f: FieldDescribe) => f.type === 'address' || f.type === 'location';

/**
 * The fields a column can be loaded into with this operation: only Id for the deletes; else Id
 * and every field this user can set, by label. Read-only fields are left out of the list (a
 * saved mapping that names one is still flagged by the warnings).
 */
export function loadableFields(describe: SObjectDescribe, operation: Operation): FieldDescribe[] {
  const rule = OPERATION_RULES[operation];
  const fields = describe.fields.filter((f) =>
    rule.idOnly
      ? f.name === 'Id'
      : !isCompound(f) && (f.name === 'Id' || f.createable || f.updateable),
  );
  return [...fields].sort((a, b) => a.label.localeCompare(b.label));
}

export function fieldOptions(describe: SObjectDescribe, operation: Operation): ComboboxOption[] {
  const creates = OPERATION_RULES[operation].creates;
  return [
    { value: SKIP_OPTION, text: 'Don’t load this column' },
    ...loadableFields(describe, operation).map((f) => ({
      value: f.name,
      text: f.label,
      detail: fieldDetailText(f, creates),
    })),
  ];
}
