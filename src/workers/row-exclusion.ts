/**
 * Which rows the prepare pass leaves out, decided per row from that row's problems (found again
 * with the value map, so a value the map fixed no longer counts) and the user's choice on the
 * check screen. Whatever the choice, a row with a value that cannot be written as Salesforce
 * expects it (a date or number that could not be read, a spreadsheet error such as `#N/A`, which
 * Bulk API would read as "clear the field") is excluded too: the checker writes such cells as
 * read, so sending them would fail the row or, worse, clear a field (docs/decisions/0013).
 */
import { problemGroupKey, type PreflightChoice } from '../load/preflight/preflight-aggregator';
import type { PreflightProblem, PreflightRule } from '../load/preflight/preflight-problem';

/** `unwritable`: excluded whatever the choice; `excluded`: left out by the user's choice. */
export type RowVerdict = 'keep' | 'excluded' | 'unwritable';

/** Problems after which the checker's `values` hold the cell as read, not a value to send. */
export const UNWRITABLE_RULES: ReadonlySet<PreflightRule> = new Set<PreflightRule>([
  'invalid-value',
  'spreadsheet-error',
]);

export class RowExclusion {
  private readonly groups: ReadonlySet<string>;

  constructor(private readonly choice: PreflightChoice) {
    this.groups = new Set(choice.kind === 'exclude-groups' ? choice.groups : []);
  }

  /** The verdict on one row from its problems (the checker's reused array). */
  verdict(problems: readonly PreflightProblem[]): RowVerdict {
    if (problems.length === 0) return 'keep';
    let verdict: RowVerdict = 'keep';
    for (let i = 0; i < problems.length; i++) {
      const problem = problems[i] as PreflightProblem;
      if (UNWRITABLE_RULES.has(problem.rule)) return 'unwritable';
      if (verdict === 'keep' && this.excludes(problem)) verdict = 'excluded';
    }
    return verdict;
  }

  private excludes(problem: PreflightProblem): boolean {
    switch (this.choice.kind) {
      case 'exclude-error-rows':
        return problem.severity === 'error';
      case 'exclude-groups':
        return this.groups.has(problemGroupKey(problem.rule, problem.column));
      case 'go-on-anyway':
        return false;
    }
  }
}
