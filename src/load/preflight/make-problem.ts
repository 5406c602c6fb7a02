import {
  PREFLIGHT_RULES,
  type PreflightProblem,
  type PreflightRule,
  type SalesforceErrorCode,
} from './preflight-problem';

/** Where a cell's value goes: its CSV column, and the field it writes (for messages). */
export interface CellTarget {
  /** 0-based CSV column; null for a constant value or the whole load. */
  column: number | null;
  /** API name (the lookup field for a relationship column). */
  field: string;
  /** The field label, in the admin's words. */
  label: string;
}

/** Builds a problem; called only when something is wrong, never for a clean cell. */
export function makeProblem(
  rule: PreflightRule,
  target: CellTarget,
  value: string,
  message: string,
  extra: {
    suggestion?: string | null;
    relatedRow?: number | null;
    salesforceCode?: SalesforceErrorCode | null;
  } = {},
): PreflightProblem {
  const info = PREFLIGHT_RULES[rule];
  return {
    rule,
    severity: info.severity,
    salesforceCode: extra.salesforceCode === undefined ? info.salesforceCode : extra.salesforceCode,
    column: target.column,
    field: target.field,
    message,
    value,
    suggestion: extra.suggestion ?? null,
    relatedRow: extra.relatedRow ?? null,
  };
}

/** A value for a message: quoted, and cut short when it is long. */
const MESSAGE_VALUE_CHARS = 60;
export function quoted(value: string): string {
  return value.length > MESSAGE_VALUE_CHARS
    ? `"${value.slice(0, MESSAGE_VALUE_CHARS)}…"`
    : `"${value}"`;
}
