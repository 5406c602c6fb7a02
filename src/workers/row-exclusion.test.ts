import { describe, expect, it } from 'vitest';
import { problemGroupKey } from '../load/preflight/preflight-aggregator';
import {
  PREFLIGHT_RULES,
  type PreflightProblem,
  type PreflightRule,
} from '../load/preflight/preflight-problem';
import { RowExclusion } from './row-exclusion';

const problem = (rule: PreflightRule, column: number | null = 1): PreflightProblem => ({
  rule,
  severity: PREFLIGHT_RULES[rule].severity,
  salesforceCode: PREFLIGHT_RULES[rule].salesforceCode,
  column,
  field: 'Email',
  message: 'm',
  value: 'v',
  suggestion: null,
  relatedRow: null,
});

describe('RowExclusion', () => {
  const error = problem('invalid-email');
  const warning = problem('unknown-picklist-value', 2);

  it('keeps a row without problems whatever the choice', () => {
    for (const choice of [
      { kind: 'exclude-error-rows' },
      { kind: 'exclude-groups', groups: ['invalid-email@1'] },
      { kind: 'go-on-anyway' },
    ] as const)
      expect(new RowExclusion(choice).verdict([])).toBe('keep');
  });

  it('exclude-error-rows: any error, never a warning alone', () => {
    const exclusion = new RowExclusion({ kind: 'exclude-error-rows' });
    expect(exclusion.verdict([warning])).toBe('keep');
    expect(exclusion.verdict([warning, error])).toBe('excluded');
  });

  it('exclude-groups: only problems of the listed groups, warnings included', () => {
    const exclusion = new RowExclusion({
      kind: 'exclude-groups',
      groups: [problemGroupKey('unknown-picklist-value', 2)],
    });
    expect(exclusion.verdict([error])).toBe('keep');
    expect(exclusion.verdict([warning])).toBe('excluded');
    expect(exclusion.verdict([problem('unknown-picklist-value', 3)])).toBe('keep');
  });

  it('go-on-anyway keeps rows with errors', () => {
    expect(new RowExclusion({ kind: 'go-on-anyway' }).verdict([error, warning])).toBe('keep');
  });

  it('a value that cannot be written excludes the row whatever the choice', () => {
    for (const rule of ['invalid-value', 'spreadsheet-error'] as const) {
      expect(new RowExclusion({ kind: 'go-on-anyway' }).verdict([warning, problem(rule)])).toBe(
        'unwritable',
      );
      expect(
        new RowExclusion({ kind: 'exclude-groups', groups: [] }).verdict([problem(rule)]),
      ).toBe('unwritable');
      expect(new RowExclusion({ kind: 'exclude-error-rows' }).verdict([error, problem(rule)])).toBe(
        'unwritable',
      );
    }
  });
});
