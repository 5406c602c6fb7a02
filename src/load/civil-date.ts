/**
 * Calendar dates as plain numbers. Date fields never go through JS `Date` (design.md §4): a
 * `Date` is an instant, and turning a calendar day into one shifts it in some time zones.
 * Day arithmetic follows Howard Hinnant's days_from_civil / civil_from_days algorithms.
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`, Salesforce's date format (salesforce-api.md §2). */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Excel's 1900 date system counts 1900-01-01 as day 1 and keeps Lotus's phantom 1900-02-29 (day 60). */
const EXCEL_EPOCH_DAYS = daysFromCivil(1899, 12, 30);
const EXCEL_PHANTOM_LEAP_DAY = 60;
export const EXCEL_SERIAL_MAX = 2_958_465; // 9999-12-31

export function excelSerialToCivil(serial: number): CivilDate | null {
  if (
    !Number.isInteger(serial) ||
    serial < 1 ||
    serial > EXCEL_SERIAL_MAX ||
    serial === EXCEL_PHANTOM_LEAP_DAY
  )
    return null;
  return civilFromDays(EXCEL_EPOCH_DAYS + (serial < EXCEL_PHANTOM_LEAP_DAY ? serial + 1 : serial));
}
