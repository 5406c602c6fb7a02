/**
 * Groups preflight problems by (problem, column) with counts, example rows and the distinct
 * values behind them (for value maps), and keeps the rows of each group as a bitset so the user
 * can exclude bad rows, exclude some groups, or go on anyway. Runs in the worker beside the
 * checker; `summary()` is plain data for the main thread.
 */
import {
  PREFLIGHT_RULES,
  type PreflightProblem,
  type PreflightRule,
  type PreflightSeverity,
  type SalesforceErrorCode,
} from './preflight-problem';
import { RowBitSet } from './row-bit-set';

export const DEFAULT_EXAMPLES_PER_GROUP = 5;
/** Distinct values counted per group; rows with further values are only counted together. */
export const DEFAULT_VALUES_PER_GROUP = 50;

export interface ProblemExample {
  /** 0-based data row index (the row number shown to the user is `rowIndex + 1`). */
  rowIndex: number;
  value: string;
  message: string;
  suggestion: string | null;
  relatedRow: number | null;
}

export interface ProblemValueCount {
  value: string;
  rows: number;
  suggestion: string | null;
}

export interface ProblemGroup {
  /** Stable id of the group, for `exclude-groups`. */
  key: string;
  rule: PreflightRule;
  severity: PreflightSeverity;
  salesforceCode: SalesforceErrorCode | null;
  title: string;
  column: number | null;
  field: string | null;
  /** Rows with this problem. */
  rows: number;
  examples: ProblemExample[];
  /** The most frequent values first. */
  values: ProblemValueCount[];
  /** Rows whose value was not among the counted distinct values. */
  rowsWithOtherValues: number;
}

export interface PreflightSummary {
  rowsChecked: number;
  rowsWithErrors: number;
  rowsWithWarnings: number;
  /** Errors first, then warnings; the most rows first. */
  groups: ProblemGroup[];
  loadProblems: PreflightProblem[];
}

/** What the user chose on the check screen. */
export type PreflightChoice =
  | { kind: 'exclude-error-rows' }
  | { kind: 'exclude-groups'; groups: readonly string[] }
  | { kind: 'go-on-anyway' };

interface GroupState {
  group: ProblemGroup;
  rowSet: RowBitSet;
  values: Map<string, ProblemValueCount>;
}

export function problemGroupKey(rule: PreflightRule, column: number | null): string {
  return `${rule}@${column ?? 'load'}`;
}

export class PreflightAggregator {
  private readonly groups = new Map<string, GroupState>();
  private readonly errorRows = new RowBitSet();
  private readonly warningRows = new RowBitSet();
  private readonly loadProblems: PreflightProblem[] = [];
  private rowsChecked = 0;
  private readonly examplesPerGroup: number;
  private readonly valuesPerGroup: number;

  constructor(options: { examplesPerGroup?: number; valuesPerGroup?: number } = {}) {
    this.examplesPerGroup = options.examplesPerGroup ?? DEFAULT_EXAMPLES_PER_GROUP;
    this.valuesPerGroup = options.valuesPerGroup ?? DEFAULT_VALUES_PER_GROUP;
  }

  addLoadProblems(problems: readonly PreflightProblem[]): void {
    this.loadProblems.push(...problems);
  }

  /** Records one checked row (clean rows too, for the count); `problems` is read, not kept. */
  add(rowIndex: number, problems: readonly PreflightProblem[]): void {
    this.rowsChecked++;
    for (let i = 0; i < problems.length; i++) {
      const problem = problems[i] as PreflightProblem;
      const state = this.stateFor(problem);
      if (state.rowSet.has(rowIndex)) continue;
      state.rowSet.add(rowIndex);
      const group = state.group;
      group.rows++;
      (problem.severity === 'error' ? this.errorRows : this.warningRows).add(rowIndex);
      if (group.examples.length < this.examplesPerGroup)
        group.examples.push({
          rowIndex,
          value: problem.value,
          message: problem.message,
          suggestion: problem.suggestion,
          relatedRow: problem.relatedRow,
        });
      const counted = state.values.get(problem.value);
      if (counted) counted.rows++;
      else if (state.values.size < this.valuesPerGroup)
        state.values.set(problem.value, {
          value: problem.value,
          rows: 1,
          suggestion: problem.suggestion,
        });
      else group.rowsWithOtherValues++;
    }
  }

  summary(): PreflightSummary {
    const groups = [...this.groups.values()].map(({ group, values }) => ({
      ...group,
      examples: [...group.examples],
      values: [...values.values()].map((v) => ({ ...v })).sort((a, b) => b.rows - a.rows),
    }));
    groups.sort(
      (a, b) =>
        severityOrder(a.severity) - severityOrder(b.severity) ||
        b.rows - a.rows ||
        (a.column ?? -1) - (b.column ?? -1),
    );
    return {
      rowsChecked: this.rowsChecked,
      rowsWithErrors: this.errorRows.size,
      rowsWithWarnings: this.warningRows.size,
      groups,
      loadProblems: [...this.loadProblems],
    };
  }

  /** The rows left out of the upload, reported as "excluded before upload". */
  excludedRows(choice: PreflightChoice): RowBitSet {
    const excluded = new RowBitSet();
    switch (choice.kind) {
      case 'exclude-error-rows':
        excluded.addAll(this.errorRows);
        return excluded;
      case 'exclude-groups':
        for (const key of choice.groups) {
          const state = this.groups.get(key);
          if (state) excluded.addAll(state.rowSet);
        }
        return excluded;
      case 'go-on-anyway':
        return excluded;
    }
  }

  /** The groups a row belongs to: why it was excluded. */
  groupsOfRow(rowIndex: number): string[] {
    const keys: string[] = [];
    for (const [key, state] of this.groups) if (state.rowSet.has(rowIndex)) keys.push(key);
    return keys;
  }

  private stateFor(problem: PreflightProblem): GroupState {
    const key = problemGroupKey(problem.rule, problem.column);
    let state = this.groups.get(key);
    if (!state) {
      const info = PREFLIGHT_RULES[problem.rule];
      state = {
        group: {
          key,
          rule: problem.rule,
          severity: problem.severity,
          salesforceCode: problem.salesforceCode,
          title: info.title,
          column: problem.column,
          field: problem.field,
          rows: 0,
          examples: [],
          values: [],
          rowsWithOtherValues: 0,
        },
        rowSet: new RowBitSet(),
        values: new Map(),
      };
      this.groups.set(key, state);
    }
    return state;
  }
}

function severityOrder(severity: PreflightSeverity): number {
  switch (severity) {
    case 'error':
      return 0;
    case 'warning':
      return 1;
  }
}
