/**
 * The values of one source column among chosen rows, with their counts (issue 6): for "fix a
 * value for all rows of this group", where the user picks a value to map to another. One pass
 * over the File; the user's edits count as the value (a value map applies after them).
 */
import type { ColumnValue, ColumnValuesRequest } from './results-protocol';
import { RowOverlay } from './row-overlay';
import { streamRows, type RowStreamEnd } from './row-stream';

/** The most values answered: enough to pick from, small enough to show. */
export const MAX_COLUMN_VALUES = 200;

export type ColumnValuesEnd =
  { status: 'done'; values: ColumnValue[] } | Exclude<RowStreamEnd, { status: 'complete' }>;

export function runColumnValues(
  request: Omit<ColumnValuesRequest, 'type' | 'requestId'>,
  onProgress: (rows: number) => void,
): { done: Promise<ColumnValuesEnd>; abort(): void } {
  const { rows, column } = request;
  const overlay = new RowOverlay(undefined, request.rowEdits);
  const counts = new Map<string, number>();
  const stream = streamRows(
    { ...request.recipe, file: request.file },
    (row, rowIndex) => {
      if (rows[rowIndex] !== 1) return;
      const value = overlay.cells(row, rowIndex)[column] ?? '';
      counts.set(value, (counts.get(value) ?? 0) + 1);
    },
    onProgress,
  );
  const done = stream.done.then((end): ColumnValuesEnd => {
    if (end.status !== 'complete') return end;
    return { status: 'done', values: topValues(counts, MAX_COLUMN_VALUES) };
  });
  return { done, abort: stream.abort };
}

/** Most frequent first; equal counts in the order of the text, for a stable list. */
export function topValues(counts: ReadonlyMap<string, number>, limit: number): ColumnValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}
