/**
 * The problems of a row that depend on the operation (required fields, keys, read-only fields,
 * duplicates), in the admin's words. Built only when something is wrong.
 */
import { BULK_NULL_VALUE } from '../column-mapping';
import { OPERATION_RULES, type Operation } from '../operation-rules';
import type { Writability } from './cell-rules';
import { makeProblem, quoted, type CellTarget } from './make-problem';
import type { PreflightProblem } from './preflight-problem';

/** Whether a row creates a record: always (insert), never (update), or unknown (upsert). */
export type Creates = 'yes' | 'no' | 'maybe';

export interface RowContext {
  operation: Operation;
  objectLabel: string;
}

const verb = (operation: Operation) => OPERATION_RULES[operation].label.toLowerCase();

export function blankKeyProblem(ctx: RowContext, target: CellTarget): PreflightProblem {
  return ctx.operation === 'upsert'
    ? makeProblem(
        'blank-matching-value',
        target,
        '',
        `${target.label} is blank, so this row creates a new ${ctx.objectLabel} instead of updating one.`,
      )
    : makeProblem(
        'missing-id',
        target,
        '',
        `This row has no Id, so Salesforce cannot tell which ${ctx.objectLabel} to ${verb(ctx.operation)}.`,
      );
}

export function requiredClearedProblem(target: CellTarget): PreflightProblem {
  return makeProblem(
    'required-cleared',
    target,
    '',
    `${target.label} is required, so the column’s “clear” setting (#N/A) fails this row; choose “leave unchanged” for blanks.`,
  );
}

export function requiredBlankProblem(
  ctx: RowContext,
  target: CellTarget,
  creates: 'yes' | 'maybe',
): PreflightProblem {
  return creates === 'yes'
    ? makeProblem(
        'required-missing',
        target,
        '',
        `${target.label} is required to create a ${ctx.objectLabel}, and this row leaves it blank.`,
      )
    : makeProblem(
        'required-if-creates',
        target,
        '',
        `${target.label} is blank: the row fails if no existing ${ctx.objectLabel} matches it and it creates one.`,
      );
}

/** A required field that no column or constant supplies: every creating row fails. */
export function requiredUnmappedProblem(ctx: RowContext, target: CellTarget): PreflightProblem {
  return makeProblem(
    ctx.operation === 'insert' ? 'required-missing' : 'required-if-creates',
    target,
    '',
    `${target.label} is required to create a ${ctx.objectLabel}, and no column or constant supplies it.`,
  );
}

/** Whether the operation may write a non-blank value (or #N/A) to the field in this row. */
export function writabilityProblem(
  ctx: RowContext,
  writability: Writability,
  target: CellTarget,
  value: string,
  creates: Creates,
): PreflightProblem | null {
  switch (writability) {
    case 'any':
      return null;
    case 'never':
      return makeProblem(
        'read-only-field',
        target,
        value,
        `${target.label} cannot be set by ${verb(ctx.operation)}; Salesforce rejects the row. Skip the column or leave its cells blank.`,
      );
    case 'create-only':
      return creates === 'yes'
        ? null
        : makeProblem(
            'read-only-on-upsert',
            target,
            value,
            `${target.label} can only be set when a record is created: this row fails if it updates an existing ${ctx.objectLabel}.`,
          );
    case 'update-only':
      return creates === 'yes'
        ? makeProblem(
            'read-only-field',
            target,
            value,
            `${target.label} cannot be set when a record is created, and this row creates one.`,
          )
        : makeProblem(
            'read-only-on-upsert',
            target,
            value,
            `${target.label} can only be set on an existing record: this row fails if it creates a new ${ctx.objectLabel}.`,
          );
  }
}

export function duplicateKeyProblem(
  target: CellTarget,
  value: string,
  firstRow: number,
): PreflightProblem {
  return makeProblem(
    'duplicate-key',
    target,
    value,
    `${target.label} ${quoted(value)} is also in row ${firstRow + 1}. Salesforce fails rows that share a key in one batch, and in separate jobs they would race; keep one.`,
    { relatedRow: firstRow },
  );
}

/** A constant on a unique field gives every row the same value: all but one row would clash. */
export function constantOnUniqueProblem(target: CellTarget): PreflightProblem {
  return makeProblem(
    'duplicate-key',
    target,
    '',
    `${target.label} must be unique, so one constant value on every row fails all rows but the first.`,
  );
}

export function spreadsheetErrorProblem(target: CellTarget, raw: string): PreflightProblem {
  const shown = raw.trim();
  const clears = shown.toUpperCase() === BULK_NULL_VALUE;
  return makeProblem(
    'spreadsheet-error',
    target,
    raw,
    `${quoted(shown)} is a spreadsheet error (a failed formula or lookup), not data${clears ? '; Salesforce would read #N/A as “clear this field”' : ''}.`,
  );
}
