/** The check screen's words: counts, row numbers and values as an admin reads them. */
import { formatCount } from '../../lib/format-numbers';
import type { PreflightSummary, ProblemGroup } from '../../load/preflight/preflight-aggregator';

/** "1 row", "2,000 rows". */
export const rowsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

/**
 * The row number the user sees: data rows count from 1 and the header is not counted (as the
 * drop step numbers rows; a quoted line break makes a row's line differ from row + 1).
 */
export const rowNumber = (rowIndex: number) => rowIndex + 1;

/** A cell value in a sentence: quoted, or "blank". */
export const valueText = (value: string) => (value === '' ? 'blank' : `“${value}”`);

/** "12 rows checked: 3 rows with errors, 1 row with warnings." or "No problems found". */
export function headlineText(summary: PreflightSummary): string {
  const { rowsChecked, rowsWithErrors, rowsWithWarnings } = summary;
  const checked = `${rowsText(rowsChecked)} checked`;
  if (rowsWithErrors === 0 && rowsWithWarnings === 0 && summary.loadProblems.length === 0)
    return `${checked}. No problems found.`;
  return `${checked}: ${rowsText(rowsWithErrors)} with errors, ${rowsText(rowsWithWarnings)} with warnings.`;
}

/** Where a group's problem is: the CSV column (by header when known) and the field. */
export function placeText(group: ProblemGroup, headers: readonly string[] | undefined): string {
  if (group.column === null) return group.field ?? 'The whole load';
  const header = headers?.[group.column];
  const column =
    header === undefined
      ? `Column ${formatCount(group.column + 1)}`
      : `Column “${header}” (${formatCount(group.column + 1)})`;
  return group.field === null ? column : `${column} → ${group.field}`;
}

/** The field (or column) a value fix applies to, for labels: "Salutation". */
export function fieldText(group: ProblemGroup, headers: readonly string[] | undefined): string {
  if (group.field !== null) return group.field;
  const header = group.column === null ? undefined : headers?.[group.column];
  return header ?? `column ${formatCount((group.column ?? 0) + 1)}`;
}
