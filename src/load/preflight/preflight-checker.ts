/**
 * The per-row preflight pass (issue 5): built once per load, then called for every row of the
 * file in order. For each row it writes the Bulk CSV values (mapped, value-mapped, normalised,
 * blank policy applied) into one reused array and reports what Salesforce would reject. A clean
 * row allocates nothing here: no closures, regular expressions or arrays are made per row.
 */
import { applyBlankPolicy, BULK_NULL_VALUE } from '../column-mapping';
import { isSpreadsheetError } from '../value-problem';
import { planCells, type CellRule, type PreflightSetup } from './cell-rules';
import { keyProblem } from './key-checks';
import { NOT_SEEN } from './key-set';
import { makeProblem } from './make-problem';
import type { PreflightProblem } from './preflight-problem';
import {
  blankKeyProblem,
  constantOnUniqueProblem,
  duplicateKeyProblem,
  requiredBlankProblem,
  requiredClearedProblem,
  requiredUnmappedProblem,
  spreadsheetErrorProblem,
  writabilityProblem,
  type Creates,
  type RowContext,
} from './row-problems';
import { ID_15_LENGTH, idShape, isWellFormedId, repairIdCase } from './salesforce-id';

const CHAR_HASH = 0x23;
/** Constants are checked once, not per row; -1 marks "no row" (and skips the duplicate check). */
const NO_ROW = -1;

export class PreflightChecker {
  /** The Bulk CSV header: API names and relationship headers, constants last. */
  readonly headers: readonly string[];
  /** The Bulk CSV values of the row last checked; overwritten by the next `check`. */
  readonly values: string[];
  /** Problems of the whole load: required fields no column supplies, bad constant values. */
  readonly loadProblems: readonly PreflightProblem[];
  private readonly cells: readonly CellRule[];
  private readonly rowKey: CellRule | null;
  private readonly ctx: RowContext;
  private readonly problems: PreflightProblem[] = [];

  constructor(setup: PreflightSetup) {
    const plan = planCells(setup);
    this.headers = plan.headers;
    this.cells = plan.cells;
    this.rowKey = plan.rowKey;
    this.ctx = { operation: setup.mapping.operation, objectLabel: setup.describe.label };
    this.values = plan.headers.map(() => '');
    const load = plan.missingRequired.map((f) =>
      requiredUnmappedProblem(this.ctx, { column: null, field: f.name, label: f.label }),
    );
    const constantCreates: Creates = this.ctx.operation === 'insert' ? 'yes' : 'maybe';
    for (const { cell, value } of plan.constants) {
      this.checkCell(cell, value, NO_ROW, constantCreates);
      if (cell.duplicates !== null && value !== '') load.push(constantOnUniqueProblem(cell.target));
      load.push(...this.problems);
      this.problems.length = 0;
    }
    this.loadProblems = load;
  }

  /**
   * Checks one source row (0-based `rowIndex` in the file) and fills `values`. The returned
   * array is reused: read it before the next call. Rows must come in file order for the
   * duplicate check to name the first copy.
   */
  check(row: readonly string[], rowIndex: number): readonly PreflightProblem[] {
    this.problems.length = 0;
    const creates = this.rowCreates(row);
    const cells = this.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as CellRule;
      this.checkCell(cell, row[cell.column] ?? '', rowIndex, creates);
    }
    return this.problems;
  }

  private rowCreates(row: readonly string[]): Creates {
    switch (this.ctx.operation) {
      case 'insert':
        return 'yes';
      case 'update':
      case 'delete':
      case 'hardDelete':
        return 'no';
      case 'upsert': {
        // A blank matching value inserts (salesforce-api.md §3; the demo org's choice C16).
        const key = this.rowKey;
        return key !== null && mapped(key, row[key.column] ?? '') === '' ? 'yes' : 'maybe';
      }
    }
  }

  private checkCell(cell: CellRule, cellValue: string, rowIndex: number, creates: Creates): void {
    const raw = mapped(cell, cellValue);
    if (raw === '') return this.blank(cell, creates);
    let value = raw;
    if (cell.normalise === null) {
      if (raw.charCodeAt(0) === CHAR_HASH && isSpreadsheetError(raw)) {
        this.values[cell.output] = raw;
        this.problems.push(spreadsheetErrorProblem(cell.target, raw));
        return;
      }
    } else {
      const normalised = cell.normalise(raw);
      if (!normalised.ok) {
        this.values[cell.output] = raw;
        this.problems.push(
          normalised.problem.code === 'spreadsheet-error'
            ? spreadsheetErrorProblem(cell.target, raw)
            : makeProblem('invalid-value', cell.target, raw, normalised.problem.message),
        );
        return;
      }
      value = normalised.value;
      if (value === '') return this.blank(cell, creates);
    }
    this.values[cell.output] = value;
    this.push(writabilityProblem(this.ctx, cell.writability, cell.target, value, creates));
    const problem = cell.valueCheck === null ? null : cell.valueCheck.check(value, cell.target);
    this.push(problem);
    if (cell.key !== 'none' && problem === null) this.push(keyProblem(raw, cell.target, cell.key));
    if (cell.duplicates !== null && problem === null && rowIndex !== NO_ROW)
      this.duplicate(cell, value, rowIndex);
  }

  private blank(cell: CellRule, creates: Creates): void {
    const written = applyBlankPolicy('', cell.blankPolicy);
    this.values[cell.output] = written;
    if (cell.key === 'row-key') {
      this.problems.push(blankKeyProblem(this.ctx, cell.target));
    } else if (written === BULK_NULL_VALUE) {
      this.push(writabilityProblem(this.ctx, cell.writability, cell.target, written, creates));
      if (cell.requiredOnCreate) this.problems.push(requiredClearedProblem(cell.target));
    } else if (cell.requiredOnCreate && creates !== 'no') {
      this.problems.push(requiredBlankProblem(this.ctx, cell.target, creates));
    }
  }

  /** Records the key; a key seen before (in file order) is a duplicate of its first row. */
  private duplicate(cell: CellRule, value: string, rowIndex: number): void {
    const keys = cell.duplicates;
    if (keys === null) return;
    let first: number;
    if (cell.idKeys) {
      // One record's Id in 15 and in 18 characters is one key: compare the 15 case-sensitive ones.
      const shape = idShape(value);
      if (!isWellFormedId(shape)) return;
      first =
        shape === 'id18-case-lost'
          ? keys.addOrFind(repairIdCase(value), rowIndex)
          : keys.addOrFind(value, rowIndex, ID_15_LENGTH);
    } else first = keys.addOrFind(value, rowIndex);
    if (first !== NOT_SEEN) this.problems.push(duplicateKeyProblem(cell.target, value, first));
  }

  private push(problem: PreflightProblem | null): void {
    if (problem !== null) this.problems.push(problem);
  }
}

function mapped(cell: CellRule, value: string): string {
  const map = cell.valueMap;
  if (map === null) return value;
  const to = map.get(value);
  return to === undefined ? value : to;
}
