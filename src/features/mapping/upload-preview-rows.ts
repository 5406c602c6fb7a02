import { writeBulkCsvText } from '../../csv/write-bulk-csv';
import {
  applyBlankPolicy,
  bulkHeaderFor,
  mappedFieldName,
  type LoadMapping,
} from '../../load/column-mapping';
import { findField, type SObjectDescribe } from '../../load/describe-types';
import { OPERATION_RULES } from '../../load/operation-rules';
import { createValueNormaliser, type ColumnFormat } from '../../load/value-formats';
import type { ColumnValuePlan } from './column-values';

/** Rows shown in the preview of the upload CSV. */
export const PREVIEW_ROW_LIMIT = 5;

export interface HeldBackCell {
  /** 1-based data row (the header is row 0). */
  row: number;
  header: string;
  message: string;
}

export interface UploadPreview {
  /** Exactly what the load's writer produces for these rows. */
  csv: string;
  rows: number;
  heldBack: HeldBackCell[];
}

interface SentColumn {
  column: number;
  header: string;
  bulkHeader: string;
  policy: LoadMapping['columns'][number]['blankPolicy'];
  normalise: ReturnType<typeof createValueNormaliser>;
}

const TEXT: ColumnFormat = { kind: 'text' };

/**
 * The first rows as the load will send them: the mapped columns in file order (only Id for
 * delete and hard delete), each cell through the column's blank policy and value format, then
 * the constants; rows with a cell that cannot be written are held back, as in the load.
 */
export function buildUploadPreview(
  mapping: LoadMapping,
  describe: SObjectDescribe,
  plans: readonly ColumnValuePlan[],
  sampleRows: readonly (readonly string[])[],
  limit = PREVIEW_ROW_LIMIT,
): UploadPreview {
  const rule = OPERATION_RULES[mapping.operation];
  const formats = new Map(plans.map((p) => [p.column, p.format]));
  const sent = mapping.columns.flatMap((plan): SentColumn[] => {
    const bulkHeader = bulkHeaderFor(plan.mapping, describe);
    if (bulkHeader === null) return [];
    if (rule.idOnly && mappedFieldName(plan.mapping)?.toLowerCase() !== 'id') return [];
    return [
      {
        column: plan.column,
        header: plan.header,
        bulkHeader,
        policy: plan.blankPolicy,
        normalise: createValueNormaliser(formats.get(plan.column) ?? TEXT),
      },
    ];
  });
  const constants = rule.idOnly ? [] : mapping.constants;
  const headers = [
    ...sent.map((c) => c.bulkHeader),
    ...constants.map((c) => findField(describe, c.field)?.name ?? c.field),
  ];
  const heldBack: HeldBackCell[] = [];
  const rows: string[][] = [];
  sampleRows.slice(0, limit).forEach((source, index) => {
    const values: string[] = [];
    let usable = true;
    for (const c of sent) {
      const raw = source[c.column] ?? '';
      if (raw === '') {
        values.push(applyBlankPolicy(raw, c.policy));
        continue;
      }
      const result = c.normalise(raw);
      if (result.ok) values.push(result.value);
      else {
        usable = false;
        heldBack.push({ row: index + 1, header: c.header, message: result.problem.message });
      }
    }
    if (usable) rows.push([...values, ...constants.map((c) => c.value)]);
  });
  return { csv: writeBulkCsvText(headers, rows), rows: rows.length, heldBack };
}
