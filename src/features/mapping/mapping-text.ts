import type { MatchSuggestion } from '../../load/auto-match';
import { bulkHeaderFor, type ColumnMapping } from '../../load/column-mapping';
import {
  findField,
  isRequiredOnCreate,
  type FieldDescribe,
  type SObjectDescribe,
} from '../../load/describe-types';
import type { DateOrder } from '../../load/date-formats';
import type { ColumnFormat } from '../../load/value-formats';

/** A header as shown: a blank one says so. */
export const headerText = (header: string) => (header.trim() === '' ? '(blank header)' : header);

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;
const squash = (text: string) => text.toLowerCase().replace(NOT_ALPHANUMERIC, '');

/** Why a suggestion was made, in words: "matches the field label 'Last Name'". */
export function suggestionReason(
  suggestion: MatchSuggestion,
  header: string,
  describe: SObjectDescribe,
): string {
  const { mapping } = suggestion;
  const target = mapping.kind === 'field' ? mapping.field : mapping.lookupField;
  const field = findField(describe, target);
  const label = field?.label ?? target;
  switch (suggestion.reason) {
    case 'exact':
      return `matches the API name ${target}`;
    case 'label':
      return `matches the field label '${label}'`;
    case 'normalised':
      return squash(target) === squash(header)
        ? `matches the API name ${target}, ignoring case, spaces and punctuation`
        : `matches the field label '${label}', ignoring case, spaces and punctuation`;
    case 'custom-suffix':
      return `matches the custom field ${target} without its __c`;
    case 'relationship':
      return mapping.kind === 'relationship'
        ? `finds the ${mapping.targetObject} by its ${mapping.targetField}, through the ${label} lookup`
        : `names the ${label} lookup`;
  }
}

/** `string(80)`, `date`, `reference → Account, User`. */
export function fieldTypeText(field: FieldDescribe): string {
  if (field.type === 'reference') return `reference → ${field.referenceTo.join(', ')}`;
  return field.length > 0 ? `${field.type}(${field.length})` : field.type;
}

/** The facts a field picker shows after the label: API name, type, length, required. */
export function fieldDetailText(field: FieldDescribe, creates: boolean): string {
  const parts = [field.name, fieldTypeText(field)];
  if (creates && isRequiredOnCreate(field)) parts.push('Required');
  return parts.join(' · ');
}

/** What a column is loaded into, as a person reads it. */
export function mappingText(mapping: ColumnMapping, describe: SObjectDescribe): string {
  switch (mapping.kind) {
    case 'skip':
      return 'Not loaded';
    case 'field': {
      const field = findField(describe, mapping.field);
      return field ? `${field.label} (${field.name})` : mapping.field;
    }
    case 'relationship':
      return `${bulkHeaderFor(mapping, describe) ?? mapping.lookupField} (${mapping.targetObject} by ${mapping.targetField})`;
  }
}

const DATE_ORDER_TEXT: Readonly<Record<DateOrder, string>> = {
  ymd: 'year-month-day (2024-12-31)',
  dmy: 'day/month/year (31/12/2024)',
  mdy: 'month/day/year (12/31/2024)',
  'excel-serial': 'Excel serial numbers (45657)',
};

/** A value format as a choice in a select. */
export function formatText(format: ColumnFormat): string {
  switch (format.kind) {
    case 'text':
      return 'Text, as it is';
    case 'boolean':
      return 'Checkbox values (true/false, yes/no, 1/0)';
    case 'number':
      return format.decimalMark === '.'
        ? 'Numbers with a decimal point (1,234.50)'
        : 'Numbers with a decimal comma (1.234,50)';
    case 'date':
      return `Dates as ${DATE_ORDER_TEXT[format.order]}`;
    case 'datetime':
      return `Dates and times as ${DATE_ORDER_TEXT[format.order]}`;
  }
}

/** A stable value for a format in a select. */
export function formatKey(format: ColumnFormat): string {
  switch (format.kind) {
    case 'text':
    case 'boolean':
      return format.kind;
    case 'number':
      return `number:${format.decimalMark}`;
    case 'date':
    case 'datetime':
      return `${format.kind}:${format.order}`;
  }
}
