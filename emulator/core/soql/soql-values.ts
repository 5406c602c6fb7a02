/**
 * How SOQL compares values: text case-insensitively, ids in either length, numbers as numbers,
 * dateTimes as instants; `!=` and NOT IN keep nulls. Also which literal each field type takes.
 */
import type { FieldValue } from '../contracts';
import { normalizeId } from '../ids';
import type { FieldType } from '../schema/types';
import type { ComparisonOperator, Literal } from './soql-ast';
import { SOQL_REASONS } from './soql-error';
import type { SoqlField } from './soql-source';

type Category = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime' | 'other';

export function categoryOf(type: FieldType): Category {
  switch (type) {
    case 'string':
    case 'textarea':
    case 'picklist':
    case 'multipicklist':
    case 'combobox':
    case 'email':
    case 'phone':
    case 'url':
    case 'encryptedstring':
      return 'text';
    case 'id':
    case 'reference':
      return 'id';
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
    case 'long':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'time':
    case 'address':
    case 'location':
    case 'base64':
    case 'anyType':
    case 'complexvalue':
      return 'other';
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** The reason a literal does not fit the field, or undefined when it does. */
export function checkLiteral(field: SoqlField, literal: Literal): string | undefined {
  if (literal.kind === 'null') return undefined;
  const category = categoryOf(field.type);
  const wrongType = (typeName: string, quoted: boolean) =>
    SOQL_REASONS.filterType(field.name, typeName, quoted);
  switch (category) {
    case 'text':
      return literal.kind === 'string' ? undefined : wrongType('string', true);
    case 'id':
      if (literal.kind !== 'string') return wrongType('id', true);
      return literal.value === '' || normalizeId(literal.value)
        ? undefined
        : SOQL_REASONS.invalidId(literal.value);
    case 'number':
      return literal.kind === 'number' ? undefined : wrongType(numberTypeName(field.type), false);
    case 'boolean':
      return literal.kind === 'boolean' ? undefined : wrongType('boolean', false);
    case 'date':
      return literal.kind === 'date' ? undefined : wrongType('date', false);
    case 'datetime':
      return literal.kind === 'datetime' ? undefined : wrongType('dateTime', false);
    case 'other':
      return undefined;
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

function numberTypeName(type: FieldType): string {
  return type === 'int' || type === 'long' ? type : 'double';
}

const isNull = (value: FieldValue | undefined): value is null | undefined | '' =>
  value === null || value === undefined || value === '';

function literalValue(literal: Literal): FieldValue {
  return literal.kind === 'null' ? null : literal.value;
}

/** Orders two non-null values of one field; 0 when equal under SOQL's rules. */
export function compareFieldValues(type: FieldType, a: FieldValue, b: FieldValue): number {
  switch (categoryOf(type)) {
    case 'number':
      return Number(a) - Number(b);
    case 'boolean':
      return Number(a === true) - Number(b === true);
    case 'datetime':
      return Date.parse(String(a)) - Date.parse(String(b));
    case 'id': {
      const left = normalizeId(String(a)) ?? String(a);
      const right = normalizeId(String(b)) ?? String(b);
      return left < right ? -1 : left > right ? 1 : 0;
    }
    default: {
      const left = String(a).toLowerCase();
      const right = String(b).toLowerCase();
      return left < right ? -1 : left > right ? 1 : 0;
    }
  }
}

/** ORDER BY: nulls placed as asked whichever the direction (Salesforce's NULLS FIRST / LAST). */
export function sortCompare(
  type: FieldType,
  a: FieldValue | undefined,
  b: FieldValue | undefined,
  order: { descending: boolean; nullsFirst: boolean },
): number {
  if (isNull(a) || isNull(b)) {
    if (isNull(a) && isNull(b)) return 0;
    return isNull(a) === order.nullsFirst ? -1 : 1;
  }
  const compared = compareFieldValues(type, a, b);
  return order.descending ? -compared : compared;
}

export function matchesComparison(
  type: FieldType,
  value: FieldValue | undefined,
  operator: ComparisonOperator,
  literal: Literal,
): boolean {
  const expected = literalValue(literal);
  const equal = () =>
    isNull(value) || isNull(expected)
      ? isNull(value) && isNull(expected)
      : compareFieldValues(type, value, expected) === 0;
  switch (operator) {
    case '=':
      return equal();
    case '!=':
      return !equal();
    case 'LIKE':
      return !isNull(value) && typeof expected === 'string' && likeMatches(String(value), expected);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (isNull(value) || isNull(expected)) return false;
      const order = compareFieldValues(type, value, expected);
      if (operator === '<') return order < 0;
      if (operator === '<=') return order <= 0;
      if (operator === '>') return order > 0;
      return order >= 0;
    }
    default: {
      const unreachable: never = operator;
      return unreachable;
    }
  }
}

/** SOQL LIKE: `%` any run, `_` one character, `\%` / `\_` literal; case-insensitive. */
export function likeMatches(value: string, pattern: string): boolean {
  let regex = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\' && (pattern.charAt(i + 1) === '%' || pattern.charAt(i + 1) === '_')) {
      regex += `\\${pattern.charAt(i + 1)}`;
      i += 1;
    } else if (char === '%') regex += '[\\s\\S]*';
    else if (char === '_') regex += '[\\s\\S]';
    else regex += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${regex}$`, 'i').test(value);
}
