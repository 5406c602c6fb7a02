import {
  civilFromDays,
  daysFromCivil,
  excelSerialToCivil,
  formatIsoDate,
  isValidCivilDate,
  MS_PER_DAY,
} from './civil-date';
import { detectDateOrder, type DateDetection, type DateOrder } from './date-formats';
import type { TimeZoneOffsets } from './time-zone-offset';
import {
  fail,
  isSpreadsheetError,
  ok,
  spreadsheetErrorProblem,
  type NormalisedValue,
} from './value-problem';

export interface DateTimeDetection extends DateDetection {
  withOffset: number;
  withoutOffset: number;
}

const ZONE = '(Z|[+-]\\d{2}(?::?\\d{2})?)';
const TIME = '(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(AM|PM)?)?';
const YMD_DATETIME = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}\\s*${ZONE}?$`, 'i');
const DAY_MONTH_DATETIME = new RegExp(
  `^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${TIME}\\s*${ZONE}?$`,
  'i',
);
const EXCEL_SERIAL_DATETIME = /^(\d{1,7})(?:\.(\d+))?$/;
const HAS_ZONE = new RegExp(`(?:\\d)${ZONE}$`, 'i');
const DATE_PART = /^[^ T]+/;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MAX_OFFSET_MINUTES = 14 * 60;

/** Detects the date order (as for dates) and whether values carry a UTC offset. */
export function detectDateTimeFormat(values: readonly string[]): DateTimeDetection {
  const nonBlank = values.map((v) => v.trim()).filter((v) => v !== '');
  const withOffset = nonBlank.filter(
    (v) => HAS_ZONE.test(v) && !EXCEL_SERIAL_DATETIME.test(v),
  ).length;
  const datePart = nonBlank.map((v) =>
    EXCEL_SERIAL_DATETIME.test(v) ? (v.split('.')[0] ?? v) : (DATE_PART.exec(v)?.[0] ?? v),
  );
  const detection = detectDateOrder(datePart);
  const withoutOffset = nonBlank.length - withOffset;
  const offsetEvidence =
    withoutOffset === 0
      ? `all ${withOffset} values carry a UTC offset, which is kept`
      : `${withoutOffset} values have no UTC offset: they are read as wall-clock times in the chosen time zone`;
  return {
    ...detection,
    evidence: [...detection.evidence, offsetEvidence],
    withOffset,
    withoutOffset,
  };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number) => String(n).padStart(3, '0');

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Wall time `ms` (as if UTC) → `YYYY-MM-DDTHH:mm:ss.SSS` (salesforce-api.md §2). */
function formatWall(wallMs: number): string {
  const days = Math.floor(wallMs / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = wallMs - days * MS_PER_DAY;
  const hours = Math.floor(rest / MS_PER_HOUR);
  rest -= hours * MS_PER_HOUR;
  const minutes = Math.floor(rest / MS_PER_MINUTE);
  rest -= minutes * MS_PER_MINUTE;
  const seconds = Math.floor(rest / 1000);
  return `${formatIsoDate(year, month, day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(rest - seconds * 1000)}`;
}

function parseZone(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  if (Number(digits.slice(2) || '0') > 59 || minutes > MAX_OFFSET_MINUTES) return null;
  return zone.startsWith('-') ? -minutes : minutes;
}

interface WallTime {
  wallMs: number;
  zone: string | undefined;
}

function wallFromParts(
  year: number,
  month: number,
  day: number,
  m: RegExpExecArray,
  firstTimeGroup: number,
  value: string,
): WallTime | NormalisedValue {
  if (!isValidCivilDate(year, month, day))
    return fail('invalid-date', `"${value}" is not a real calendar date.`);
  let hour = Number(m[firstTimeGroup] ?? 0);
  const minute = Number(m[firstTimeGroup + 1] ?? 0);
  const second = Number(m[firstTimeGroup + 2] ?? 0);
  const millis = Number((m[firstTimeGroup + 3] ?? '').padEnd(3, '0').slice(0, 3));
  const meridiem = m[firstTimeGroup + 4]?.toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12)
      return fail('not-a-datetime', `"${value}" has an hour that does not fit ${meridiem}.`);
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59)
    return fail('not-a-datetime', `"${value}" has a time of day that does not exist.`);
  const wallMs =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * 1000 +
    millis;
  return { wallMs, zone: m[firstTimeGroup + 5] };
}

function parseWall(value: string, order: DateOrder): WallTime | NormalisedValue {
  if (order === 'excel-serial') {
    const m = EXCEL_SERIAL_DATETIME.exec(value);
    const civil = m ? excelSerialToCivil(Number(m[1])) : null;
    if (!m || !civil)
      return fail('not-a-datetime', `"${value}" is not an Excel serial date and time.`);
    const seconds = Math.round(Number(`0.${m[2] ?? '0'}`) * 86_400);
    return {
      wallMs: daysFromCivil(civil.year, civil.month, civil.day) * MS_PER_DAY + seconds * 1000,
      zone: undefined,
    };
  }
  const ymd = YMD_DATETIME.exec(value);
  if (ymd) return wallFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd, 4, value);
  const dm = order === 'ymd' ? null : DAY_MONTH_DATETIME.exec(value);
  if (!dm)
    return fail('not-a-datetime', `"${value}" is not a date and time in the column's format.`);
  const [first, second, year] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  return order === 'dmy'
    ? wallFromParts(year, second, first, dm, 4, value)
    : wallFromParts(year, first, second, dm, 4, value);
}

/**
 * A dateTime cell with an explicit offset, as Salesforce expects (`yyyy-MM-ddTHH:mm:ss.SSS+HH:mm`,
 * salesforce-api.md §2). A value with an offset keeps it; one without is read as wall-clock time
 * in `zone` (the user's Salesforce time zone unless they chose another). A date alone is midnight.
 */
export function normaliseDateTime(
  raw: string,
  order: DateOrder,
  zone: TimeZoneOffsets,
): NormalisedValue {
  const value = raw.trim();
  if (value === '') return ok('');
  if (isSpreadsheetError(value)) return spreadsheetErrorProblem(value);
  const parsed = parseWall(value, order);
  if ('ok' in parsed) return parsed;
  if (parsed.zone !== undefined) {
    const offsetMinutes = parseZone(parsed.zone);
    if (offsetMinutes === null)
      return fail('not-a-datetime', `"${value}" has a UTC offset that does not exist.`);
    return ok(
      `${formatWall(parsed.wallMs)}${parsed.zone.toUpperCase() === 'Z' ? 'Z' : formatOffset(offsetMinutes)}`,
    );
  }
  const resolved = zone.resolveLocal(parsed.wallMs);
  if (resolved.kind === 'nonexistent') {
    return fail(
      'nonexistent-local-time',
      `"${value}" never happened in ${zone.timeZone}: the clocks skipped that hour.`,
    );
  }
  // Offsets with seconds (local mean time before standard time) cannot be written as ±HH:mm: use UTC.
  if (resolved.offsetMs % MS_PER_MINUTE !== 0) return ok(`${formatWall(resolved.utcMs)}Z`);
  return ok(`${formatWall(parsed.wallMs)}${formatOffset(resolved.offsetMs / MS_PER_MINUTE)}`);
}
