import type { CsvProblem } from './csv-problem';

/** Bulk API 2.0 limits on the header row (salesforce-api.md §1.13). */
export const MAX_HEADER_CHARS = 32_000;
export const MAX_COLUMNS = 5_000;
const MAX_NAMED_COLUMNS = 10;

export const HEADER_ONLY_PROBLEM: CsvProblem = {
  code: 'header-only',
  severity: 'error',
  what: 'The file has a header row but no data rows.',
  meaning: 'There are no records to load.',
  action: 'Check that you exported the rows too, or pick the right file.',
};

function listColumns(columns: number[]): string {
  const shown = columns.slice(0, MAX_NAMED_COLUMNS).join(', ');
  return columns.length > MAX_NAMED_COLUMNS
    ? `${shown} and ${columns.length - MAX_NAMED_COLUMNS} more`
    : shown;
}

function blankHeaders(header: readonly string[]): CsvProblem[] {
  const columns = header.flatMap((name, i) => (name.trim() === '' ? [i + 1] : []));
  if (columns.length === 0) return [];
  return [
    {
      code: 'blank-header',
      severity: 'warning',
      what: `Column${columns.length > 1 ? 's' : ''} ${listColumns(columns)} ha${columns.length > 1 ? 've' : 's'} no name in the header row.`,
      meaning: 'A column without a name cannot be matched to a field automatically.',
      action: 'Map it to a field by hand, or choose "don\'t load this column".',
      columns,
    },
  ];
}

/** Salesforce matches header names case-insensitively (salesforce-api.md §2), so `Email` and `email` clash. */
function duplicateHeaders(header: readonly string[]): CsvProblem[] {
  const byName = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (key === '') return;
    byName.set(key, [...(byName.get(key) ?? []), i + 1]);
  });
  return [...byName.values()]
    .filter((columns) => columns.length > 1)
    .map((columns) => ({
      code: 'duplicate-header' as const,
      severity: 'warning' as const,
      what: `"${header[(columns[0] ?? 1) - 1]?.trim() ?? ''}" names columns ${listColumns(columns)}.`,
      meaning:
        'Two columns with the same name cannot both go to the same field, and Salesforce ignores letter case.',
      action:
        'Map each column to a different field, or choose "don\'t load this column" for the extra ones.',
      columns,
    }));
}

/** Problems with a parsed header row. `rawChars` is its length in the file, line break excluded. */
export function checkHeader(header: readonly string[], rawChars: number): CsvProblem[] {
  const problems: CsvProblem[] = [];
  if (rawChars > MAX_HEADER_CHARS) {
    problems.push({
      code: 'header-too-long',
      severity: 'error',
      what: `The header row is ${rawChars.toLocaleString('en-US')} characters long.`,
      meaning: `Salesforce accepts a header row of at most ${MAX_HEADER_CHARS.toLocaleString('en-US')} characters, so it would reject the whole job.`,
      action: 'Remove columns you do not load (or split the file by columns) and export it again.',
      line: 1,
    });
  }
  if (header.length > MAX_COLUMNS) {
    problems.push({
      code: 'too-many-columns',
      severity: 'error',
      what: `The file has ${header.length.toLocaleString('en-US')} columns.`,
      meaning: `Salesforce accepts at most ${MAX_COLUMNS.toLocaleString('en-US')} fields per record.`,
      action: 'Remove the columns you do not load and export the file again.',
      line: 1,
    });
  }
  return [...problems, ...blankHeaders(header), ...duplicateHeaders(header)];
}
