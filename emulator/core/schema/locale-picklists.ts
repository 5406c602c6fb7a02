/**
 * The time zone, locale, language and email-encoding picklists of User and Organization. A real
 * org lists hundreds of entries; these are the common ones, with Salesforce's labels.
 */
import type { PicklistSpec } from './field-builders';

export const TIME_ZONES: readonly PicklistSpec[] = [
  ['Pacific/Honolulu', '(GMT-10:00) Hawaii-Aleutian Standard Time (Pacific/Honolulu)'],
  ['America/Anchorage', '(GMT-09:00) Alaska Standard Time (America/Anchorage)'],
  ['America/Los_Angeles', '(GMT-08:00) Pacific Standard Time (America/Los_Angeles)'],
  ['America/Denver', '(GMT-07:00) Mountain Standard Time (America/Denver)'],
  ['America/Chicago', '(GMT-06:00) Central Standard Time (America/Chicago)'],
  ['America/New_York', '(GMT-05:00) Eastern Standard Time (America/New_York)'],
  ['America/Sao_Paulo', '(GMT-03:00) Brasilia Standard Time (America/Sao_Paulo)'],
  ['GMT', '(GMT+00:00) Greenwich Mean Time (GMT)'],
  ['Europe/London', '(GMT+00:00) Greenwich Mean Time (Europe/London)'],
  ['Europe/Paris', '(GMT+01:00) Central European Standard Time (Europe/Paris)'],
  ['Europe/Berlin', '(GMT+01:00) Central European Standard Time (Europe/Berlin)'],
  ['Asia/Kolkata', '(GMT+05:30) India Standard Time (Asia/Kolkata)'],
  ['Asia/Singapore', '(GMT+08:00) Singapore Standard Time (Asia/Singapore)'],
  ['Asia/Tokyo', '(GMT+09:00) Japan Standard Time (Asia/Tokyo)'],
  ['Australia/Sydney', '(GMT+11:00) Australian Eastern Daylight Time (Australia/Sydney)'],
];

export const LOCALES: readonly PicklistSpec[] = [
  ['en_US', 'English (United States)'],
  ['en_GB', 'English (United Kingdom)'],
  ['en_AU', 'English (Australia)'],
  ['fr_FR', 'French (France)'],
  ['de_DE', 'German (Germany)'],
  ['es_ES', 'Spanish (Spain)'],
  ['ja_JP', 'Japanese (Japan)'],
  ['pt_BR', 'Portuguese (Brazil)'],
];

export const LANGUAGES: readonly PicklistSpec[] = [
  ['en_US', 'English'],
  ['fr', 'French'],
  ['de', 'German'],
  ['es', 'Spanish'],
  ['ja', 'Japanese'],
  ['pt_BR', 'Portuguese (Brazil)'],
];

export const EMAIL_ENCODINGS: readonly PicklistSpec[] = [
  ['UTF-8', 'Unicode (UTF-8)'],
  ['ISO-8859-1', 'General US & Western Europe (ISO-8859-1, ISO-LATIN-1)'],
  ['Shift_JIS', 'Japanese (Shift-JIS)'],
];
