import {
  fail,
  isSpreadsheetError,
  ok,
  spreadsheetErrorProblem,
  type NormalisedValue,
} from './value-problem';

/** How numbers in a column are written: which mark is the decimal point. */
export type DecimalMark = '.' | ',';

export interface NumberDetection {
  decimalMark: DecimalMark;
  /** True when no value shows which mark is the decimal point (e.g. only `1,234`): the user must choose. */
  ambiguous: boolean;
  /** Some values end in %. */
  percent: boolean;
  evidence: string[];
  unrecognised: number;
}

/** Digits with `.`, `,`, spaces, no-break spaces or apostrophes as separators, an optional sign, %, or currency. */
const NUMBER_SHAPE = /^[-+(]?\s*[$€£¥]?\s*\d[\d.,'\s\u00a0\u202f]*\s*[$€£¥]?\s*%?\)?$/;
const SCIENTIFIC = /^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;
const GROUPED_THOUSANDS = /^\d{1,3}([.,])\d{3}$/;
const STRIP = /[\s\u00a0\u202f'$€£¥%()+]/g;
const CANONICAL = /^-?\d+(?:\.\d+)?$/;
/** Thousands groups of three (or Indian lakh/crore groups of two), so `1,5` is never read as 15. */
const GROUPED: Readonly<Record<DecimalMark, RegExp>> = {
  '.': /^\d{1,3}(?:,\d{3})+$|^\d{1,2}(?:,\d{2})*,\d{3}$/,
  ',': /^\d{1,3}(?:\.\d{3})+$|^\d{1,2}(?:\.\d{2})*\.\d{3}$/,
};
const EXAMPLE_LIMIT = 3;
const LEADING_MINUS = /^-/;
const NON_ZERO_DIGIT = /[1-9]/;

type Vote = DecimalMark | 'either' | 'none';

/** What one value says about the decimal mark. */
function voteFor(value: string): Vote {
  const digits = value.replace(STRIP, '').replace(LEADING_MINUS, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return 'none';
  // Two of the same mark can only be grouping (1.234.567), so the other mark is the decimal.
  if (digits.indexOf(mark) !== digits.lastIndexOf(mark)) return mark === '.' ? ',' : '.';
  // 1,234 or 1.234 reads both ways; 1,5 or 12.75 can only be a decimal mark.
  return GROUPED_THOUSANDS.test(digits) ? 'either' : mark;
}

/** Detects the decimal mark of a number column from a sample, with the values that prove it. */
export function detectNumberFormat(values: readonly string[]): NumberDetection {
  const proofs: Record<DecimalMark, string[]> = { '.': [], ',': [] };
  let either = 0;
  let percent = false;
  let unrecognised = 0;
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    if (SCIENTIFIC.test(value)) continue;
    if (!NUMBER_SHAPE.test(value)) {
      unrecognised++;
      continue;
    }
    if (value.endsWith('%') || value.endsWith('%)')) percent = true;
    const vote = voteFor(value);
    if (vote === '.' || vote === ',') proofs[vote].push(value);
    else if (vote === 'either') either++;
  }
  const dots = proofs['.'].length;
  const commas = proofs[','].length;
  const shown = (list: string[]) =>
    list
      .slice(0, EXAMPLE_LIMIT)
      .map((v) => `"${v}"`)
      .join(', ');
  const percentEvidence = percent
    ? ['values end in %: the % is dropped and the number kept (12.5% → 12.5)']
    : [];
  if (dots > 0 && commas > 0) {
    const decimalMark: DecimalMark = dots >= commas ? '.' : ',';
    return {
      decimalMark,
      ambiguous: true,
      percent,
      unrecognised,
      evidence: [
        `${shown(proofs['.'])} use "." but ${shown(proofs[','])} use "," as the decimal mark: the column mixes both`,
        ...percentEvidence,
      ],
    };
  }
  if (dots > 0 || commas > 0) {
    const decimalMark: DecimalMark = dots > 0 ? '.' : ',';
    return {
      decimalMark,
      ambiguous: false,
      percent,
      unrecognised,
      evidence: [
        `${shown(proofs[decimalMark])}: "${decimalMark}" is the decimal mark`,
        ...percentEvidence,
      ],
    };
  }
  const evidence =
    either > 0
      ? [
          `${either} values like "1,234" read both as thousands and as decimals: choose the decimal mark`,
        ]
      : ['whole numbers only'];
  return {
    decimalMark: '.',
    ambiguous: either > 0,
    percent,
    unrecognised,
    evidence: [...evidence, ...percentEvidence],
  };
}

/**
 * A number cell as Salesforce reads it: digits, `.` as the decimal point, `-` for negatives;
 * grouping, currency symbols and % are dropped; `(1,234.00)` is negative. Scientific notation
 * stays as it is (valid for doubles, salesforce-api.md §2).
 */
export function normaliseNumber(raw: string, decimalMark: DecimalMark): NormalisedValue {
  const value = raw.trim();
  if (value === '') return ok('');
  if (isSpreadsheetError(value)) return spreadsheetErrorProblem(value);
  if (SCIENTIFIC.test(value)) return ok(value.startsWith('+') ? value.slice(1) : value);
  if (!NUMBER_SHAPE.test(value)) return fail('not-a-number', `"${value}" is not a number.`);
  const negative = value.startsWith('-') || (value.startsWith('(') && value.endsWith(')'));
  const groupMark = decimalMark === '.' ? ',' : '.';
  const stripped = value.replace(STRIP, '').replace(LEADING_MINUS, '');
  const decimalAt = stripped.lastIndexOf(decimalMark);
  let integer = decimalAt >= 0 ? stripped.slice(0, decimalAt) : stripped;
  const fraction = decimalAt >= 0 ? stripped.slice(decimalAt + 1) : '';
  if (integer.includes(groupMark)) {
    if (!GROUPED[decimalMark].test(integer))
      return fail(
        'not-a-number',
        `"${value}" does not group its digits in thousands: is "${groupMark}" the decimal mark?`,
      );
    integer = integer.split(groupMark).join('');
  }
  const digits = decimalAt >= 0 ? `${integer}.${fraction}` : integer;
  if (!CANONICAL.test(digits))
    return fail(
      'not-a-number',
      `"${value}" is not a number with "${decimalMark}" as the decimal mark.`,
    );
  return ok(negative && NON_ZERO_DIGIT.test(digits) ? `-${digits}` : digits);
}
