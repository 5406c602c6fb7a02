/**
 * A deterministic Contact CSV of any size, written as a stream (a million rows never sit in
 * memory as one string). About 130 bytes a row: 1,000,000 rows make ~130 MB. One row in ten has a
 * quoted Description with a comma, a doubled quote and a line break; one in twenty has accented
 * or non-Latin letters, so byte offsets and decoding are exercised as real exports do.
 *
 * `npx tsx bench/generate-contacts-csv.ts [rows] [path]` writes one from the command line.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTACT_API_NAMES = [
  'FirstName',
  'LastName',
  'Email',
  'Phone',
  'Title',
  'MailingStreet',
  'MailingCity',
  'MailingPostalCode',
  'MailingCountry',
  'Birthdate',
  'Description',
] as const;

/** The labels an admin's export would carry (Contact's field labels in the shared describe). */
export const CONTACT_LABELS = [
  'First Name',
  'Last Name',
  'Email',
  'Business Phone',
  'Title',
  'Mailing Street',
  'Mailing City',
  'Mailing Zip/Postal Code',
  'Mailing Country',
  'Birthdate',
  'Contact Description',
] as const;

export interface ContactsCsvOptions {
  /** Where to write the file (its folder is created). */
  path: string;
  /** API names (default) or field labels in the header row. */
  header?: 'api-names' | 'labels';
  lineEnding?: '\n' | '\r\n';
  /** Starts the file with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does. */
  bom?: boolean;
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Tim', 'Barbara'];
const FIRST_ACCENTED = ['Zoë', 'José', 'Søren', 'Ана', '美咲'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Berners-Lee'];
const LAST_ACCENTED = ['Müller', 'Núñez', 'Ødegård', 'Иванова', '佐藤'];
const TITLES = ['Sales Manager', 'VP Operations', 'Buyer', 'Office Manager', 'CTO', 'Analyst'];
const CITIES: readonly [city: string, country: string][] = [
  ['London', 'United Kingdom'],
  ['Paris', 'France'],
  ['San Francisco', 'United States'],
  ['Zürich', 'Switzerland'],
  ['Tokyo', 'Japan'],
  ['São Paulo', 'Brazil'],
];
/** Rows written to the stream per write: ~1 MB, few enough writes to be fast. */
const ROWS_PER_WRITE = 8_000;

const pick = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;

/** The header row, without its line ending. */
export function contactsHeader(header: ContactsCsvOptions['header'] = 'api-names'): string {
  return (header === 'labels' ? CONTACT_LABELS : CONTACT_API_NAMES).join(',');
}

/** Row `i` (0-based) of the file, without its line ending; the same `i` always gives the same row. */
export function contactRow(i: number, lineEnding: '\n' | '\r\n' = '\n'): string {
  const accented = i % 20 === 7;
  const first = accented ? pick(FIRST_ACCENTED, i) : `${pick(FIRST, i)}${i % 97}`;
  const last = accented ? pick(LAST_ACCENTED, i) : pick(LAST, i >> 3);
  const [city, country] = pick(CITIES, i >> 2);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const description =
    i % 10 === 3
      ? `"Met at ""Dreamforce ${2010 + (i % 14)}"", keen on Bulk API${lineEnding}Call back in Q${1 + (i % 4)}"`
      : `Customer since ${2000 + (i % 24)}`;
  return [
    first,
    last,
    `c${i}@example.com`,
    `+1 555 ${String(i % 1000).padStart(3, '0')} ${String(i % 10_000).padStart(4, '0')}`,
    pick(TITLES, i >> 1),
    `${1 + (i % 9999)} Main St`,
    city,
    String(10_000 + ((i * 7919) % 89_999)),
    country,
    `19${50 + (i % 50)}-${month}-${day}`,
    description,
  ].join(',');
}

/** Writes `rows` Contact rows to `options.path` as a stream; resolves with the file's size in bytes. */
export async function generateContactsCsv(
  rows: number,
  options: ContactsCsvOptions,
): Promise<number> {
  const { path } = options;
  const lineEnding = options.lineEnding ?? '\n';
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${options.bom ? '\uFEFF' : ''}${contactsHeader(options.header)}${lineEnding}`);
  for (let start = 0; start < rows; start += ROWS_PER_WRITE) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + ROWS_PER_WRITE); i++)
      lines.push(contactRow(i, lineEnding));
    await write(`${lines.join(lineEnding)}${lineEnding}`);
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

/**
 * The file at `path`, generated unless an identical one is there already (a `.json` note beside
 * it records what it holds): a 130 MB file is made once, not on every bench run.
 */
export async function ensureContactsCsv(
  rows: number,
  options: ContactsCsvOptions,
): Promise<{ path: string; bytes: number; reused: boolean }> {
  const { path, ...shape } = options;
  const notePath = `${path}.json`;
  const wanted = JSON.stringify({ rows, ...shape, version: 1 });
  try {
    const [note, file] = await Promise.all([readFile(notePath, 'utf8'), stat(path)]);
    const { bytes, ...rest } = JSON.parse(note) as { bytes: number };
    if (JSON.stringify(rest) === wanted && file.size === bytes)
      return { path, bytes, reused: true };
  } catch {
    // No file or no note yet: generate it.
  }
  const bytes = await generateContactsCsv(rows, options);
  await writeFile(notePath, JSON.stringify({ ...JSON.parse(wanted), bytes }));
  return { path, bytes, reused: false };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const path = process.argv[3] ?? 'bench/out/contacts.csv';
  const bytes = await generateContactsCsv(rows, { path });
  console.info(`${path}: ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB`);
}
