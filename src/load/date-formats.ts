import { excelSerialToCivil, formatIsoDate, isValidCivilDate } from './civil-date';
import {
  fail,
  isSpreadsheetError,
  ok,
  spreadsheetErrorProblem,
  type NormalisedValue,
} from './value-problem';

/**
 * How the dates in a column are written. `dmy` covers DD/MM/YYYY, DD-MM-YYYY and DD.MM.YYYY;
 * `mdy` is the US order; `excel-serial` is Excel's day count (45292 = 2024-01-01).
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy' | 'excel-serial';

/** proven: a value shows it; convention: DD.MM.YYYY; ambiguous: the user must choose. */
export type DateProof = 'proven' | 'convention' | 'ambiguous' | 'none';

export interface DateDetection {
  order: DateOrder | null;
  proof: DateProof;
  /** Orders the values fit, best first, when the user must choose. */
  candidates: DateOrder[];
  evidence: string[];
  /** Non-blank values that fit no date shape. */
  unrecognised: number;
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:Z|[ T]00:00(?::00(?:\.0+)?)?)?$/;
const DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{2}|\d{4})$/;
const SERIAL = /^\d{1,7}$/;
const DATE_WITH_TIME = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d/;
/** Serials from 1927 to 2064: whole numbers in a date column outside this are unlikely to be Excel dates. */
const PLAUSIBLE_SERIAL_MIN = 10_000;
const PLAUSIBLE_SERIAL_MAX = 60_000;
const EXAMPLE_LIMIT = 3;

interface Tally {
  ymd: number;
  dayMonth: number;
  dotted: number;
  serial: number;
  firstOver12: string[];
  secondOver12: string[];
  other: number;
}

function tally(values: readonly string[]): Tally {
  const t: Tally = {
    ymd: 0,
    dayMonth: 0,
    dotted: 0,
    serial: 0,
    firstOver12: [],
    secondOver12: [],
    other: 0,
  };
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const dm = DAY_MONTH.exec(value);
    if (YMD.test(value)) t.ymd++;
    else if (dm) {
      t.dayMonth++;
      if (dm[2] === '.') t.dotted++;
      if (Number(dm[1]) > 12) t.firstOver12.push(value);
      if (Number(dm[3]) > 12) t.secondOver12.push(value);
    } else if (
      SERIAL.test(value) &&
      Number(value) >= PLAUSIBLE_SERIAL_MIN &&
      Number(value) <= PLAUSIBLE_SERIAL_MAX
    )
      t.serial++;
    else t.other++;
  }
  return t;
}

const examples = (values: string[]) =>
  values
    .slice(0, EXAMPLE_LIMIT)
    .map((v) => `"${v}"`)
    .join(', ');

function dayMonthDetection(t: Tally, unrecognised: number): DateDetection {
  const base = { unrecognised };
  if (t.firstOver12.length > 0 && t.secondOver12.length > 0) {
    return {
      ...base,
      order: null,
      proof: 'ambiguous',
      candidates: ['dmy', 'mdy'],
      evidence: [
        `${examples(t.firstOver12)} can only be day first, but ${examples(t.secondOver12)} can only be month first: the column mixes both orders`,
      ],
    };
  }
  if (t.firstOver12.length > 0) {
    return {
      ...base,
      order: 'dmy',
      proof: 'proven',
      candidates: ['dmy'],
      evidence: [
        `${examples(t.firstOver12)}: the first number is over 12, so it is the day (DD/MM/YYYY)`,
      ],
    };
  }
  if (t.secondOver12.length > 0) {
    return {
      ...base,
      order: 'mdy',
      proof: 'proven',
      candidates: ['mdy'],
      evidence: [
        `${examples(t.secondOver12)}: the second number is over 12, so it is the day (MM/DD/YYYY)`,
      ],
    };
  }
  if (t.dotted === t.dayMonth) {
    return {
      ...base,
      order: 'dmy',
      proof: 'convention',
      candidates: ['dmy', 'mdy'],
      evidence: [
        'dates written with dots (DD.MM.YYYY) put the day first; no value proves it, since every day is 12 or less',
      ],
    };
  }
  return {
    ...base,
    order: null,
    proof: 'ambiguous',
    candidates: ['dmy', 'mdy'],
    evidence: [
      `all ${t.dayMonth} dates have both numbers at 12 or less, so DD/MM and MM/DD read them differently: choose the order`,
    ],
  };
}

/** Detects the date order of a column from a sample of its values, with the evidence. */
export function detectDateOrder(values: readonly string[]): DateDetection {
  const t = tally(values);
  const counts: [DateOrder | 'day-month', number][] = [
    ['ymd', t.ymd],
    ['day-month', t.dayMonth],
    ['excel-serial', t.serial],
  ];
  const [best, count] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const unrecognised = t.other + t.ymd + t.dayMonth + t.serial - count;
  if (count === 0)
    return {
      order: null,
      proof: 'none',
      candidates: [],
      evidence: ['no value looks like a date'],
      unrecognised,
    };
  switch (best) {
    case 'ymd':
      return {
        order: 'ymd',
        proof: 'proven',
        candidates: ['ymd'],
        evidence: [`${count} values are written year first (YYYY-MM-DD)`],
        unrecognised,
      };
    case 'excel-serial':
      return {
        order: 'excel-serial',
        proof: 'proven',
        candidates: ['excel-serial'],
        evidence: [
          `${count} values are whole numbers between ${PLAUSIBLE_SERIAL_MIN} and ${PLAUSIBLE_SERIAL_MAX}: Excel serial dates (45292 = 2024-01-01)`,
        ],
        unrecognised,
      };
    default:
      return dayMonthDetection(t, unrecognised);
  }
}

/** Year, month and day of a date value in the given order, or a problem. */
export function parseDateParts(
  value: string,
  order: DateOrder,
): { year: number; month: number; day: number } | NormalisedValue {
  if (order === 'excel-serial') {
    const civil = SERIAL.test(value) ? excelSerialToCivil(Number(value)) : null;
    return civil ?? fail('not-a-date', `"${value}" is not an Excel serial date.`);
  }
  let year: number;
  let month: number;
  let day: number;
  const ymd = YMD.exec(value);
  const dm = ymd ? null : DAY_MONTH.exec(value);
  if (ymd) [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (dm && order !== 'ymd') {
    if ((dm[4] ?? '').length === 2)
      return fail(
        'two-digit-year',
        `"${value}" has a two-digit year: write the full year so the century is certain.`,
      );
    const [first, second] = [Number(dm[1]), Number(dm[3])];
    [year, month, day] =
      order === 'dmy' ? [Number(dm[4]), second, first] : [Number(dm[4]), first, second];
  } else if (DATE_WITH_TIME.test(value)) {
    return fail(
      'time-in-date',
      `"${value}" has a time of day; a date field keeps only the day, so map it to a date/time field or remove the time.`,
    );
  } else return fail('not-a-date', `"${value}" is not a date in the column's format.`);
  if (!isValidCivilDate(year, month, day))
    return fail('invalid-date', `"${value}" is not a real calendar date.`);
  return { year, month, day };
}

const CHAR_0 = 0x30;
const CHAR_DASH = 0x2d;

/** The digit at `i` of `text` as a number, or NaN when it is not a digit. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - CHAR_0;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Whether `value` is already a real date written `YYYY-MM-DD`: the per-row fast path of a
 * prepare pass, with no regular expression, match array or new string.
 */
function isIsoDate(value: string): boolean {
  if (value.length !== 10) return false;
  if (value.charCodeAt(4) !== CHAR_DASH || value.charCodeAt(7) !== CHAR_DASH) return false;
  const year =
    digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  return isValidCivilDate(year, month, day);
}

/** A date cell as Salesforce's `YYYY-MM-DD` (salesforce-api.md §2). Blank stays blank. */
export function normaliseDate(raw: string, order: DateOrder): NormalisedValue {
  // Already Salesforce's form: what parsing and formatting it again would write.
  if (order !== 'excel-serial' && isIsoDate(raw)) return ok(raw);
  const value = raw.trim();
  if (value === '') return ok('');
  if (isSpreadsheetError(value)) return spreadsheetErrorProblem(value);
  const parts = parseDateParts(value, order);
  if ('ok' in parts) return parts;
  return ok(formatIsoDate(parts.year, parts.month, parts.day));
}
