import { daysFromCivil, MS_PER_DAY } from './civil-date';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
/** Zone transitions are months apart; looking 12 hours either side finds both offsets of a gap or overlap. */
const TRANSITION_WINDOW_MS = 12 * MS_PER_HOUR;
const MAX_CACHED_HOURS = 100_000;

export type LocalTimeResolution =
  | { kind: 'unique'; utcMs: number; offsetMs: number }
  /** Clocks went back: the wall time happened twice. The earlier instant is chosen. */
  | { kind: 'ambiguous'; utcMs: number; offsetMs: number; laterOffsetMs: number }
  /** Clocks went forward: the wall time never happened. */
  | { kind: 'nonexistent' };

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * UTC offsets of one IANA time zone, looked up with `Intl.DateTimeFormat` (design.md §4) and
 * cached per UTC hour where the offset is the same at both ends of the hour. One instance per
 * zone per load; nothing is allocated per row on a cache hit.
 */
export class TimeZoneOffsets {
  private readonly format: Intl.DateTimeFormat;
  private readonly byHour = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  }

  /** Offset (local minus UTC) in ms at an instant. */
  offsetAt(utcMs: number): number {
    const hour = Math.floor(utcMs / MS_PER_HOUR);
    const cached = this.byHour.get(hour);
    if (cached !== undefined) return cached;
    const atStart = this.lookup(hour * MS_PER_HOUR);
    const atEnd = this.lookup((hour + 1) * MS_PER_HOUR - 1);
    if (atStart !== atEnd) return this.lookup(utcMs);
    if (this.byHour.size >= MAX_CACHED_HOURS) this.byHour.clear();
    this.byHour.set(hour, atStart);
    return atStart;
  }

  /** The instant a wall-clock time (given as if it were UTC) names in this zone. */
  resolveLocal(wallMs: number): LocalTimeResolution {
    const before = this.offsetAt(wallMs - TRANSITION_WINDOW_MS);
    const after = this.offsetAt(wallMs + TRANSITION_WINDOW_MS);
    const fitsBefore = this.offsetAt(wallMs - before) === before;
    const fitsAfter = this.offsetAt(wallMs - after) === after;
    if (fitsBefore && fitsAfter && before !== after) {
      return { kind: 'ambiguous', utcMs: wallMs - before, offsetMs: before, laterOffsetMs: after };
    }
    if (fitsBefore) return { kind: 'unique', utcMs: wallMs - before, offsetMs: before };
    if (fitsAfter) return { kind: 'unique', utcMs: wallMs - after, offsetMs: after };
    return { kind: 'nonexistent' };
  }

  private lookup(utcMs: number): number {
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let bc = false;
    for (const part of this.format.formatToParts(utcMs)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        case 'era':
          bc = part.value.startsWith('B');
          break;
        default:
          break;
      }
    }
    const wallMs =
      daysFromCivil(bc ? 1 - year : year, month, day) * MS_PER_DAY +
      hour * MS_PER_HOUR +
      minute * MS_PER_MINUTE +
      second * 1000;
    const utcSeconds = Math.floor(utcMs / 1000) * 1000;
    return wallMs - utcSeconds;
  }
}
