import { detectBooleanFormat, normaliseBoolean } from './boolean-formats';
import { detectDateOrder, normaliseDate, type DateOrder } from './date-formats';
import { detectDateTimeFormat, normaliseDateTime } from './datetime-formats';
import type { FieldType } from './describe-types';
import { detectExcelDamage, type ExcelDamageFinding } from './excel-damage';
import { detectNumberFormat, normaliseNumber, type DecimalMark } from './number-formats';
import { TimeZoneOffsets } from './time-zone-offset';
import {
  isSpreadsheetError,
  ok,
  spreadsheetErrorProblem,
  type NormalisedValue,
} from './value-problem';

export type ValueKind = 'text' | 'date' | 'datetime' | 'number' | 'boolean';

/** How a column's values are read before they are written as Salesforce wire values. */
export type ColumnFormat =
  | { kind: 'text' }
  | { kind: 'date'; order: DateOrder }
  | { kind: 'datetime'; order: DateOrder; timeZone: string }
  | { kind: 'number'; decimalMark: DecimalMark }
  | { kind: 'boolean' };

export interface ColumnFormatDetection {
  /** The best reading; when `needsChoice` it is only a default the user must confirm. */
  format: ColumnFormat;
  needsChoice: boolean;
  /** The readings the user can choose between. */
  choices: ColumnFormat[];
  evidence: string[];
  /** Sample values that fit no reading of this kind. */
  unrecognised: number;
  damage: ExcelDamageFinding[];
}

export function valueKindFor(type: FieldType): ValueKind {
  switch (type) {
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'double':
    case 'currency':
    case 'percent':
    case 'int':
    case 'long':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/**
 * Detects the format of one column from a sample of its values, for the field it is mapped to
 * (`fieldType` undefined for a relationship key). `timeZone` is the default for dateTimes: the
 * Salesforce user's (from userinfo) unless the user picked another.
 */
export function detectColumnFormat(
  sample: readonly string[],
  options: { fieldType?: FieldType; timeZone: string; isKey: boolean },
): ColumnFormatDetection {
  const damage = detectExcelDamage(sample, {
    isKey: options.isKey,
    ...(options.fieldType ? { fieldType: options.fieldType } : {}),
  });
  const kind = options.fieldType ? valueKindFor(options.fieldType) : 'text';
  switch (kind) {
    case 'text':
      return {
        format: { kind: 'text' },
        needsChoice: false,
        choices: [{ kind: 'text' }],
        evidence: [],
        unrecognised: 0,
        damage,
      };
    case 'boolean': {
      const b = detectBooleanFormat(sample);
      return {
        format: { kind: 'boolean' },
        needsChoice: false,
        choices: [{ kind: 'boolean' }],
        evidence: b.evidence,
        unrecognised: b.unrecognised,
        damage,
      };
    }
    case 'number': {
      const n = detectNumberFormat(sample);
      const choices: ColumnFormat[] = n.ambiguous
        ? [
            { kind: 'number', decimalMark: '.' },
            { kind: 'number', decimalMark: ',' },
          ]
        : [{ kind: 'number', decimalMark: n.decimalMark }];
      return {
        format: { kind: 'number', decimalMark: n.decimalMark },
        needsChoice: n.ambiguous,
        choices,
        evidence: n.evidence,
        unrecognised: n.unrecognised,
        damage,
      };
    }
    case 'date': {
      const d = detectDateOrder(sample);
      const orders = d.candidates.length > 0 ? d.candidates : (['ymd'] as DateOrder[]);
      return {
        format: { kind: 'date', order: d.order ?? orders[0] ?? 'ymd' },
        needsChoice: d.order === null || d.proof === 'ambiguous',
        choices: orders.map((order) => ({ kind: 'date', order })),
        evidence: d.evidence,
        unrecognised: d.unrecognised,
        damage,
      };
    }
    case 'datetime': {
      const d = detectDateTimeFormat(sample);
      const orders = d.candidates.length > 0 ? d.candidates : (['ymd'] as DateOrder[]);
      const timeZone = options.timeZone;
      return {
        format: { kind: 'datetime', order: d.order ?? orders[0] ?? 'ymd', timeZone },
        needsChoice: d.order === null || d.proof === 'ambiguous',
        choices: orders.map((order) => ({ kind: 'datetime', order, timeZone })),
        evidence: d.evidence,
        unrecognised: d.unrecognised,
        damage,
      };
    }
  }
}

export type ValueNormaliser = (value: string) => NormalisedValue;

/** Text passes through as it is (spaces are data), but a spreadsheet error is never sent. */
function normaliseText(value: string): NormalisedValue {
  return isSpreadsheetError(value) ? spreadsheetErrorProblem(value) : ok(value);
}

/**
 * One normaliser per column, made once: per row it is a single call with no allocation on the
 * happy path beyond the result, and no closures or regular expressions are created per row.
 */
export function createValueNormaliser(format: ColumnFormat): ValueNormaliser {
  switch (format.kind) {
    case 'text':
      return normaliseText;
    case 'boolean':
      return normaliseBoolean;
    case 'number': {
      const mark = format.decimalMark;
      return (value) => normaliseNumber(value, mark);
    }
    case 'date': {
      const order = format.order;
      return (value) => normaliseDate(value, order);
    }
    case 'datetime': {
      const order = format.order;
      const zone = new TimeZoneOffsets(format.timeZone);
      return (value) => normaliseDateTime(value, order, zone);
    }
  }
}
