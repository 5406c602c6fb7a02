import type { FieldType } from './describe-types';
import { isSpreadsheetError } from './value-problem';

export type ExcelDamageCode =
  | 'scientific-notation'
  | 'leading-zeros-lost'
  | 'id-15-characters'
  | 'surrounding-spaces'
  | 'non-breaking-space'
  | 'spreadsheet-error';

export interface ExcelDamageFinding {
  code: ExcelDamageCode;
  /** Values in the sample affected. */
  count: number;
  examples: string[];
  message: string;
}

const EXAMPLE_LIMIT = 3;
const SCIENTIFIC = /^-?\d(?:\.\d+)?E[+-]?\d+$/i;
const DIGITS = /^\d+$/;
const ID_15 = /^[a-zA-Z0-9]{15}$/;
const SURROUNDING_SPACE = /^[ \t]|[ \t]$/;
const NO_BREAK_SPACE = /[\u00a0\u202f]/;
/** A column is "padded with zeros" when at least this share of its digit values start with 0. */
const LEADING_ZERO_SHARE = 0.5;
/** Field types where a number in scientific notation is a legitimate value. */
const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set([
  'double',
  'currency',
  'percent',
  'int',
  'long',
]);

function finding(code: ExcelDamageCode, hits: string[], message: string): ExcelDamageFinding[] {
  return hits.length === 0
    ? []
    : [{ code, count: hits.length, examples: hits.slice(0, EXAMPLE_LIMIT), message }];
}

function lostLeadingZeros(values: readonly string[]): string[] {
  const digitValues = values.filter((v) => DIGITS.test(v));
  const padded = digitValues.filter((v) => v.length > 1 && v.startsWith('0'));
  if (padded.length === 0 || padded.length / digitValues.length < LEADING_ZERO_SHARE) return [];
  const width = Math.max(...padded.map((v) => v.length));
  return digitValues.filter((v) => v.length < width && !v.startsWith('0'));
}

/**
 * What Excel does to data it opens and saves, found in a sample of one column. `isKey` marks a
 * column whose values identify records (Id, External ID, relationship keys), where a changed
 * value matches the wrong record or none.
 */
export function detectExcelDamage(
  values: readonly string[],
  options: { isKey: boolean; fieldType?: FieldType },
): ExcelDamageFinding[] {
  const nonBlank = values.filter((v) => v !== '');
  const numeric = options.fieldType !== undefined && NUMERIC_TYPES.has(options.fieldType);
  const idLike = options.fieldType === 'id' || options.fieldType === 'reference';
  const text = !numeric;
  return [
    ...finding(
      'spreadsheet-error',
      nonBlank.filter(isSpreadsheetError),
      'Spreadsheet errors such as #N/A (a failed lookup) are not data; #N/A would even clear the field in Salesforce. These rows are held back until fixed.',
    ),
    ...(text
      ? finding(
          'scientific-notation',
          nonBlank.filter((v) => SCIENTIFIC.test(v.trim())),
          'Excel shows long numbers as 1.23E+11 and saves them that way, losing digits. Format the column as Text in Excel and export again.',
        )
      : []),
    ...(text && options.isKey
      ? finding(
          'leading-zeros-lost',
          lostLeadingZeros(nonBlank),
          'Most values start with 0 but these are shorter: Excel probably dropped their leading zeros. Format the column as Text and export again.',
        )
      : []),
    ...(idLike
      ? finding(
          'id-15-characters',
          nonBlank.filter((v) => ID_15.test(v)),
          '15-character Ids are case-sensitive: Excel lookups and sorting can mix them up. Forklift can convert them to 18 characters.',
        )
      : []),
    ...finding(
      'surrounding-spaces',
      nonBlank.filter((v) => SURROUNDING_SPACE.test(v)),
      'Values start or end with spaces; Salesforce keeps them, so keys and picklist values may not match.',
    ),
    ...finding(
      'non-breaking-space',
      nonBlank.filter((v) => NO_BREAK_SPACE.test(v)),
      'Values contain no-break spaces (often pasted from the web or Excel); they look like spaces but do not match them.',
    ),
  ];
}

const ID_SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character, case-insensitive form of a 15-character Salesforce Id. */
export function toId18(id: string): string | null {
  if (id.length === 18 && ID_15.test(id.slice(0, 15))) return id;
  if (!ID_15.test(id)) return null;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charCodeAt(block * 5 + i);
      if (c >= 0x41 && c <= 0x5a) bits |= 1 << i;
    }
    suffix += ID_SUFFIX_ALPHABET[bits] ?? '';
  }
  return id + suffix;
}
