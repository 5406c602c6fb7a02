/** Row sets and key matching for the org check: pure functions over the sampled key column. */
import { MAX_EXAMPLES, type RowSet } from './org-check-types';

export const emptyRowSet = (): RowSet => ({ count: 0, examples: [] });

/** Counts the row (0-based index in the sample) and keeps it as an example while there is room. */
export function addRow(set: RowSet, rowIndex: number, value: string): void {
  set.count += 1;
  if (set.examples.length < MAX_EXAMPLES) set.examples.push({ row: rowIndex + 1, value });
}

/** Distinct values in first-seen order, compared by `keyOf`. */
export function distinctBy(values: Iterable<string>, keyOf: (value: string) => string): string[] {
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const value of values) {
    const key = keyOf(value);
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(value);
  }
  return distinct;
}

/** A record's field value, whatever case the response spells the field name in. */
export function fieldValue(record: Readonly<Record<string, unknown>>, field: string): unknown {
  if (field in record) return record[field];
  const wanted = field.toLowerCase();
  const name = Object.keys(record).find((key) => key.toLowerCase() === wanted);
  return name === undefined ? undefined : record[name];
}

/**
 * How many records each key matches, keyed by `normalize(key)`: Salesforce's SOQL compares text
 * case-insensitively, so a case-sensitive key is counted only for records spelled exactly alike.
 */
export function countMatches(
  records: readonly Readonly<Record<string, unknown>>[],
  field: string,
  normalize: (value: string) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = fieldValue(record, field);
    if (value === null || value === undefined) continue;
    const key = normalize(String(value as string | number | boolean));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
