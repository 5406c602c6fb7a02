/**
 * One source row through preflight exactly as the prepare pass sends it: the retry overlay
 * (rows taking part, the user's edits), the PreflightChecker with the value map, and the user's
 * choice (RowExclusion). Shared by the prepare pass, which writes the kept rows into jobs, and
 * the results worker, which re-runs it to learn what each row sent without writing anything.
 */
import { PreflightChecker } from '../load/preflight/preflight-checker';
import type { PreflightSetup } from '../load/preflight/cell-rules';
import type { PreflightProblem } from '../load/preflight/preflight-problem';
import type { PrepareRequest } from './prepare-protocol';
import { fromCloneableSetup } from './prepare-setup';
import { RowExclusion, type RowVerdict } from './row-exclusion';
import { RowOverlay } from './row-overlay';

/** `skip`: the row takes no part in this pass (a retry of other rows). */
export type PreparedRowVerdict = RowVerdict | 'skip';

export type PrepareRowRecipe = Pick<PrepareRequest, 'setup' | 'choice' | 'onlyRows' | 'rowEdits'>;

/** Sees each checked row's problems (the checker's reused array: read it, do not keep it). */
export type OnRowChecked = (rowIndex: number, problems: readonly PreflightProblem[]) => void;

export class PrepareRowChecker {
  readonly setup: PreflightSetup;
  readonly checker: PreflightChecker;
  private readonly exclusion: RowExclusion;
  private readonly overlay: RowOverlay;

  constructor(
    recipe: PrepareRowRecipe,
    private readonly onChecked: OnRowChecked | null = null,
  ) {
    this.setup = fromCloneableSetup(recipe.setup);
    this.checker = new PreflightChecker(this.setup);
    this.exclusion = new RowExclusion(recipe.choice);
    this.overlay = new RowOverlay(recipe.onlyRows, recipe.rowEdits);
  }

  /** The Bulk CSV header. */
  get headers(): readonly string[] {
    return this.checker.headers;
  }

  /** The Bulk CSV values of the row last checked (reused: read before the next call). */
  get values(): readonly string[] {
    return this.checker.values;
  }

  /** Checks one row in file order; for `keep`, `values` holds what is sent. */
  verdict(row: readonly string[], rowIndex: number): PreparedRowVerdict {
    if (!this.overlay.takesPart(rowIndex)) return 'skip';
    const problems = this.checker.check(this.overlay.cells(row, rowIndex), rowIndex);
    this.onChecked?.(rowIndex, problems);
    return this.exclusion.verdict(problems);
  }
}
