/**
 * One canonical string for a value as we uploaded it and as Salesforce echoed it in a results
 * file, so the two can be joined (design.md §4, salesforce-api.md §1.9). Salesforce re-renders
 * echoed values from what it parsed: a double `912260031` comes back `9.12260031E8` (the demo org
 * does exactly that, emulator/core/ingest/salesforce-choices.ts `echoValue`). Real orgs may go
 * further than the demo org, so every rule here is tolerant in the direction of "same parsed
 * value, same canonical string":
 * - numbers (int, long, double, currency, percent): by numeric value as a JS double, the same
 *   rounding Salesforce's own echo goes through (`912260031` ≡ `9.12260031E8` ≡ `912260031.0`);
 * - booleans: xsd:boolean's lexical space, case-insensitively (`TRUE` ≡ `true` ≡ `1`);
 * - Ids (id, reference): the 15-character case-sensitive form (an 18-character Id, even one
 *   whose case a tool lost, ≡ its 15-character form);
 * - dates: `yyyy-MM-dd` (a trailing `Z` or a midnight time part dropped);
 * - dateTimes: the instant, in UTC milliseconds (`2002-10-10T12:00:00+05:00` ≡
 *   `2002-10-10T07:00:00.000Z`);
 * - times: `HH:mm:ss.SSS` (a trailing `Z` dropped);
 * - `#N/A` (null, §2) ≡ blank, whatever the type: an org may echo a null either way;
 * - text (every other type, and columns of unknown type): line breaks as `\n` and surrounding
 *   white space dropped. The Bulk CSV reader does not trim (§2), but the record save may, and
 *   an echo "re-serialised from the parsed value" could carry either; two rows that differ only
 *   there join as identical rows, which costs at most an "ambiguous" flag, never a wrong match.
 * A value that does not parse as its type is kept as is: it failed, and was echoed as sent.
 */
import type { FieldType } from '../describe-types';
import { daysFromCivil, isValidCivilDate, MS_PER_DAY } from '../civil-date';
import { idShape, repairIdCase, ID_15_LENGTH } from '../preflight/salesforce-id';

/** §2: the text that sets a field to null. */
const NULL_TEXT = '#N/A';

export function canonicalValue(value: string, type: FieldType | null): string {
  if (value === '' || value === NULL_TEXT) return '';
  switch (type) {
    case 'int':
    case 'long':
    case 'double':
    case 'currency':
    case 'percent':
      return canonicalNumber(value);
    case 'boolean':
      return canonicalBoolean(value);
    case 'id':
    case 'reference':
      return canonicalId(value);
    case 'date':
      return canonicalDate(value);
    case 'datetime':
      return canonicalDateTime(value);
    case 'time':
      return canonicalTime(value);
    default:
      return canonicalText(value);
  }
}

const LINE_BREAK = /\r\n?/g;

function canonicalText(value: string): string {
  return (value.includes('\r') ? value.replace(LINE_BREAK, '\n') : value).trim();
}

function canonicalNumber(value: string): string {
  if (value.trim() === '') return value;
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  // -0 and 0 are the same value; String() gives the shortest round-trip digits.
  return n === 0 ? '0' : String(n);
}

function canonicalBoolean(value: string): string {
  switch (value.trim().toLowerCase()) {
    case 'true':
    case '1':
      return 'true';
    case 'false':
    case '0':
      return 'false';
    default:
      return value;
  }
}

function canonicalId(value: string): string {
  const shape = idShape(value);
  switch (shape) {
    case 'id15':
      return value;
    case 'id18':
      return value.slice(0, ID_15_LENGTH);
    case 'id18-case-lost':
      return repairIdCase(value);
    default:
      return value;
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:Z|T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;

function canonicalDate(value: string): string {
  const match = DATE_PATTERN.exec(value.trim());
  return match === null ? value : `${match[1]}-${match[2]}-${match[3]}`;
}

const DATETIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function canonicalDateTime(value: string): string {
  const match = DATETIME_PATTERN.exec(value.trim());
  if (match === null) return value;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!isValidCivilDate(year, month, day)) return value;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  let ms =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 +
    millis;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    ms -= (digits.startsWith('-') ? -minutes : minutes) * 60_000;
  }
  return `@${ms}`;
}

const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z?$/i;

function canonicalTime(value: string): string {
  const match = TIME_PATTERN.exec(value.trim());
  if (match === null) return value;
  const [, h, mi, s = '00', fraction = ''] = match;
  return `${h}:${mi}:${s}.${fraction.padEnd(3, '0').slice(0, 3)}`;
}
