import { describe, expect, it } from 'vitest';
import type { DateOrder } from './date-formats';
import { detectDateTimeFormat, normaliseDateTime } from './datetime-formats';
import { isValidTimeZone, TimeZoneOffsets } from './time-zone-offset';

const zones = new Map<string, TimeZoneOffsets>();
const zone = (name: string) =>
  zones.get(name) ??
  zones.set(name, new TimeZoneOffsets(name)).get(name) ??
  new TimeZoneOffsets(name);

describe('normaliseDateTime always writes an offset', () => {
  it.each<[string, DateOrder, string, string]>([
    ['2024-07-01T09:30:00', 'ymd', 'Europe/London', '2024-07-01T09:30:00.000+01:00'],
    ['2024-01-15 09:30', 'ymd', 'Europe/London', '2024-01-15T09:30:00.000+00:00'],
    ['2024-01-15 09:30', 'ymd', 'America/Los_Angeles', '2024-01-15T09:30:00.000-08:00'],
    ['2024-07-15 09:30', 'ymd', 'America/Los_Angeles', '2024-07-15T09:30:00.000-07:00'],
    ['2024-01-15 09:30', 'ymd', 'Asia/Kolkata', '2024-01-15T09:30:00.000+05:30'],
    ['2024-01-15 09:30', 'ymd', 'Asia/Kathmandu', '2024-01-15T09:30:00.000+05:45'],
    ['31/12/2024 23:59:59', 'dmy', 'Europe/Paris', '2024-12-31T23:59:59.000+01:00'],
    ['12/31/2024 11:05 PM', 'mdy', 'America/New_York', '2024-12-31T23:05:00.000-05:00'],
    ['12/31/2024 12:05 AM', 'mdy', 'America/New_York', '2024-12-31T00:05:00.000-05:00'],
    ['2024-07-01', 'ymd', 'Asia/Tokyo', '2024-07-01T00:00:00.000+09:00'],
    ['2024-07-01T09:30:00.1234', 'ymd', 'UTC', '2024-07-01T09:30:00.123+00:00'],
    ['45292.75', 'excel-serial', 'Europe/Berlin', '2024-01-01T18:00:00.000+01:00'],
    ['2024-07-01T09:30:00Z', 'ymd', 'Asia/Tokyo', '2024-07-01T09:30:00.000Z'],
    ['2024-07-01T09:30:00+0530', 'ymd', 'UTC', '2024-07-01T09:30:00.000+05:30'],
    ['2024-07-01 09:30 -03', 'ymd', 'UTC', '2024-07-01T09:30:00.000-03:00'],
    // Clocks go back in London at 02:00 BST on 2024-10-27: 01:30 happens twice; the first is chosen.
    ['2024-10-27 01:30', 'ymd', 'Europe/London', '2024-10-27T01:30:00.000+01:00'],
  ])('%j (%s) in %s → %s', (value, order, timeZone, expected) => {
    expect(normaliseDateTime(value, order, zone(timeZone))).toEqual({ ok: true, value: expected });
  });

  it.each<[string, DateOrder, string, string]>([
    // Clocks go forward in London at 01:00 GMT on 2024-03-31: 01:30 never happened.
    ['2024-03-31 01:30', 'ymd', 'Europe/London', 'nonexistent-local-time'],
    ['2024-02-30 10:00', 'ymd', 'UTC', 'invalid-date'],
    ['2024-01-01 24:00', 'ymd', 'UTC', 'not-a-datetime'],
    ['2024-01-01 13:00 PM', 'ymd', 'UTC', 'not-a-datetime'],
    ['2024-01-01T10:00+15:00', 'ymd', 'UTC', 'not-a-datetime'],
    ['next week', 'ymd', 'UTC', 'not-a-datetime'],
    ['#N/A', 'ymd', 'UTC', 'spreadsheet-error'],
  ])('refuses %j (%s, %s): %s', (value, order, timeZone, code) => {
    expect(normaliseDateTime(value, order, zone(timeZone))).toMatchObject({
      ok: false,
      problem: { code },
    });
  });

  it('keeps a blank blank', () => {
    expect(normaliseDateTime(' ', 'ymd', zone('UTC'))).toEqual({ ok: true, value: '' });
  });
});

describe('detectDateTimeFormat', () => {
  it('finds the date order from the date part and counts offsets', () => {
    expect(detectDateTimeFormat(['31/01/2024 10:00', '01/02/2024 11:00+01:00', ''])).toMatchObject({
      order: 'dmy',
      proof: 'proven',
      withOffset: 1,
      withoutOffset: 1,
    });
  });

  it('says when every value already has an offset', () => {
    const detection = detectDateTimeFormat(['2024-01-01T10:00:00Z', '2024-01-02T10:00:00+02:00']);
    expect(detection).toMatchObject({ order: 'ymd', withOffset: 2, withoutOffset: 0 });
    expect(detection.evidence.at(-1)).toContain('carry a UTC offset');
  });

  it('recognises Excel serial date-times', () => {
    expect(detectDateTimeFormat(['45292.5', '45300.25'])).toMatchObject({ order: 'excel-serial' });
  });
});

describe('time zones', () => {
  it.each([
    ['Europe/London', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
  ])('%s valid: %s', (name, valid) => {
    expect(isValidTimeZone(name)).toBe(valid);
  });
});
