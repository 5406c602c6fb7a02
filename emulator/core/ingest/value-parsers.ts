/**
 * One parser per column, compiled once per job from the field's describe: text in, stored value
 * or RowError out (salesforce-api.md §2 for the formats, §1.12 for the errors). Callers pass only
 * non-empty text other than `#N/A`. Reference ids are checked for shape and key prefix here;
 * whether the record exists is the row writer's business (it needs the store).
 */
import type { FieldValue } from '../contracts';
import type { DescribeField } from '../schema/types';
import { integerDigits, roundHalfUp } from './decimal-rounding';
import { javaDoubleToString } from './java-double';
import {
  badRestrictedPicklist,
  deserializeError,
  invalidEmail,
  malformedId,
  numberOutOfRange,
  wrongReferenceType,
} from './row-errors';
import type { RowError } from './row-errors';
import {
  DATE_ALLOWS_TRAILING_Z,
  parseBooleanText,
  PICKLIST_CASE_SENSITIVE,
  stringTooLong,
} from './salesforce-choices';

export type ParsedValue = FieldValue | RowError;
export type ValueParser = (raw: string) => ParsedValue;

/** What the parsers need to know about ids: the org's id rules, from emulator/core/ids.ts. */
export interface IdRules {
  /** The 18-character form of a well-formed 15- or 18-character id; undefined when malformed. */
  normalize(raw: string): string | undefined;
  /** The object whose key prefix starts the id, if any. */
  objectOfId(id18: string): string | undefined;
}

const INT_TEXT = /^[+-]?\d+$/;
const DOUBLE_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATETIME_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME_TEXT = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?Z?$/;
/** A pragmatic address check: local@domain.tld, no spaces. */
const EMAIL_TEXT =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const INT_MAX = 2_147_483_647;
const CHAR_Z = 90;
const CHAR_DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function createValueParser(field: DescribeField, column: number, ids: IdRules): ValueParser {
  switch (field.type) {
    case 'int':
    case 'long':
      return (raw) => parseInteger(raw, field, column);
    case 'double':
    case 'currency':
    case 'percent':
      return (raw) => parseDecimal(raw, field, column);
    case 'boolean':
      return (raw) => parseBooleanText(raw) ?? deserializeError(column, raw, field);
    case 'date':
      return (raw) => parseDate(raw) ?? deserializeError(column, raw, field);
    case 'datetime':
      return (raw) => parseDateTime(raw) ?? deserializeError(column, raw, field);
    case 'time':
      return (raw) => (TIME_TEXT.test(raw) ? raw : deserializeError(column, raw, field));
    case 'id':
    case 'reference':
      return (raw) => parseReference(raw, field, ids);
    case 'email':
      return (raw) =>
        checkLength(raw, field) ?? (EMAIL_TEXT.test(raw) ? raw : invalidEmail(field, raw));
    case 'picklist':
      return picklistParser(field, false);
    case 'multipicklist':
      return picklistParser(field, true);
    case 'string':
    case 'textarea':
    case 'phone':
    case 'url':
    case 'combobox':
    case 'encryptedstring':
    case 'base64':
    case 'address':
    case 'location':
    case 'anyType':
    case 'complexvalue':
      return (raw) => checkLength(raw, field) ?? raw;
  }
}

function checkLength(raw: string, field: DescribeField): RowError | undefined {
  return field.length > 0 && raw.length > field.length ? stringTooLong(field, raw) : undefined;
}

function parseInteger(raw: string, field: DescribeField, column: number): ParsedValue {
  if (!INT_TEXT.test(raw)) return deserializeError(column, raw, field);
  const value = Number(raw);
  if (field.type === 'int' && Math.abs(value) > INT_MAX)
    return deserializeError(column, raw, field);
  if (field.digits > 0 && integerDigits(value) > field.digits)
    return numberOutOfRange(field, String(value));
  return value;
}

function parseDecimal(raw: string, field: DescribeField, column: number): ParsedValue {
  if (!DOUBLE_TEXT.test(raw)) return deserializeError(column, raw, field);
  let value = Number(raw);
  if (!Number.isFinite(value)) return deserializeError(column, raw, field);
  // Extra decimals are rounded to the field's scale, half-up on the decimal digits.
  if (!Number.isInteger(value)) value = roundHalfUp(raw, field.scale);
  if (field.precision > 0 && integerDigits(value) > field.precision - field.scale) {
    return numberOutOfRange(field, javaDoubleToString(Number(raw)));
  }
  return value;
}

/** `yyyy-MM-dd` (or with a trailing `Z`), checked without allocating: dates are common and hot. */
function parseDate(raw: string): string | undefined {
  const length = raw.length;
  const zoned = length === 11 && raw.charCodeAt(10) === CHAR_Z && DATE_ALLOWS_TRAILING_Z;
  if (
    (length !== 10 && !zoned) ||
    raw.charCodeAt(4) !== CHAR_DASH ||
    raw.charCodeAt(7) !== CHAR_DASH
  )
    return undefined;
  const year = digitsAt(raw, 0, 4);
  const month = digitsAt(raw, 5, 2);
  const day = digitsAt(raw, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isCalendarDate(year, month, day)) return undefined;
  return zoned ? raw.slice(0, 10) : raw;
}

/** The number written by `count` digits at `start`, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Stored as ISO UTC with milliseconds, whatever offset the file used. */
function parseDateTime(raw: string): string | undefined {
  const m = DATETIME_TEXT.exec(raw);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m as unknown as string[];
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const millis = frac === '' ? 0 : Math.floor(Number(`0${frac}`) * 1000);
  let utc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    millis,
  );
  if (zone !== 'Z' && zone !== undefined) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    utc -= sign * offsetMinutes * 60_000;
  }
  return new Date(utc).toISOString();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

function parseReference(raw: string, field: DescribeField, ids: IdRules): ParsedValue {
  const id = ids.normalize(raw);
  if (id === undefined) return malformedId(field, raw);
  if (field.type === 'reference') {
    const target = ids.objectOfId(id);
    if (
      target === undefined ||
      !field.referenceTo.some((name) => name.toLowerCase() === target.toLowerCase())
    ) {
      return wrongReferenceType(field, raw);
    }
  }
  return id;
}

function picklistParser(field: DescribeField, multi: boolean): ValueParser {
  const allowed = new Set(
    field.picklistValues
      .filter((p) => p.active)
      .map((p) => (PICKLIST_CASE_SENSITIVE ? p.value : p.value.toLowerCase())),
  );
  const isAllowed = (value: string) =>
    allowed.has(PICKLIST_CASE_SENSITIVE ? value : value.toLowerCase());
  return (raw) => {
    const tooLong = checkLength(raw, field);
    if (tooLong !== undefined) return tooLong;
    if (!field.restrictedPicklist) return raw;
    const values = multi ? raw.split(';') : [raw];
    const bad = values.find((v) => !isAllowed(v));
    return bad === undefined ? raw : badRestrictedPicklist(field, bad);
  };
}
