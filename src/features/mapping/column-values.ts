import { countBlankCells, type ColumnMapping } from '../../load/column-mapping';
import { findField, type FieldDescribe, type SObjectDescribe } from '../../load/describe-types';
import type { DraftColumn } from '../../load/load-draft';
import {
  detectColumnFormat,
  type ColumnFormat,
  type ColumnFormatDetection,
} from '../../load/value-formats';

/** How one mapped column's values are read and written (issue 4, per-column value handling). */
export interface ColumnValuePlan {
  column: number;
  header: string;
  field: FieldDescribe | undefined;
  detection: ColumnFormatDetection;
  /** The format the load uses: the user's or the saved mapping's choice, else the detected one. */
  format: ColumnFormat;
  /** The sample does not prove the format and nobody has chosen one yet. */
  needsChoice: boolean;
  /** Blank cells in the sample: what "clear" would turn into #N/A there. */
  blanks: number;
  sampleSize: number;
}

/** A key column identifies records: a changed value matches the wrong record, or none. */
function isKeyColumn(
  mapping: ColumnMapping,
  field: FieldDescribe | undefined,
  matchingField: string | null,
): boolean {
  if (mapping.kind === 'relationship') return true;
  if (!field) return false;
  return (
    field.type === 'id' ||
    field.type === 'reference' ||
    field.externalId ||
    field.name.toLowerCase() === matchingField?.toLowerCase()
  );
}

/** A chosen format for another kind of field (a saved mapping from before a field changed type) is ignored. */
function effectiveFormat(
  chosen: ColumnFormat | undefined,
  detected: ColumnFormat,
  timeZone: string,
): ColumnFormat {
  const format = chosen && chosen.kind === detected.kind ? chosen : detected;
  // One time zone for the whole load: the one the user confirmed (design.md §4).
  return format.kind === 'datetime' ? { ...format, timeZone } : format;
}

export function columnValuePlans(
  columns: readonly DraftColumn[],
  describe: SObjectDescribe,
  sampleRows: readonly (readonly string[])[],
  options: { timeZone: string; matchingField: string | null },
): ColumnValuePlan[] {
  return columns.flatMap((c): ColumnValuePlan[] => {
    if (c.mapping.kind === 'skip') return [];
    const field = c.mapping.kind === 'field' ? findField(describe, c.mapping.field) : undefined;
    const sample = sampleRows.map((row) => row[c.column] ?? '');
    const detection = detectColumnFormat(sample, {
      ...(field ? { fieldType: field.type } : {}),
      timeZone: options.timeZone,
      isKey: isKeyColumn(c.mapping, field, options.matchingField),
    });
    const chosen = c.format && c.format.kind === detection.format.kind ? c.format : undefined;
    return [
      {
        column: c.column,
        header: c.header,
        field,
        detection,
        format: effectiveFormat(chosen, detection.format, options.timeZone),
        needsChoice: detection.needsChoice && chosen === undefined,
        blanks: countBlankCells(sampleRows, c.column),
        sampleSize: sampleRows.length,
      },
    ];
  });
}
