import { describe, expect, it } from 'vitest';
import { makeProblem } from './make-problem';
import { PreflightAggregator, problemGroupKey } from './preflight-aggregator';
import type { PreflightProblem, PreflightRule } from './preflight-problem';

const region = { column: 2, field: 'Region__c', label: 'Region' };
const email = { column: 1, field: 'Email', label: 'Email' };
const picklist = (value: string, suggestion: string | null = 'EMEA'): PreflightProblem =>
  makeProblem('restricted-picklist', region, value, `"${value}" is not a Region.`, { suggestion });
const unknownSource = (value: string): PreflightProblem =>
  makeProblem(
    'unknown-picklist-value',
    { column: 3, field: 'LeadSource', label: 'Lead Source' },
    value,
    'unknown',
  );
const badEmail = (value: string): PreflightProblem =>
  makeProblem('invalid-email', email, value, 'bad email');

/** Rows 0..9: 0-5 bad Region ("Emea" ×4, "emea" ×2), 4 and 7 bad Email, 8 a warning only, 9 clean. */
function aggregate(options: { examplesPerGroup?: number; valuesPerGroup?: number } = {}) {
  const aggregator = new PreflightAggregator(options);
  const rows: PreflightProblem[][] = [
    [picklist('Emea')],
    [picklist('Emea')],
    [picklist('emea')],
    [picklist('Emea')],
    [picklist('Emea'), badEmail('x@')],
    [picklist('emea')],
    [],
    [badEmail('y')],
    [unknownSource('Fax')],
    [],
  ];
  rows.forEach((problems, row) => aggregator.add(row, problems));
  return aggregator;
}

const key = (rule: PreflightRule, column: number) => problemGroupKey(rule, column);

describe('PreflightAggregator', () => {
  it('groups by problem and column, errors first, most rows first', () => {
    const summary = aggregate().summary();
    expect(summary).toMatchObject({ rowsChecked: 10, rowsWithErrors: 7, rowsWithWarnings: 1 });
    expect(summary.groups.map((g) => [g.key, g.severity, g.rows, g.salesforceCode])).toEqual([
      [key('restricted-picklist', 2), 'error', 6, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
      [key('invalid-email', 1), 'error', 2, 'INVALID_EMAIL_ADDRESS'],
      [key('unknown-picklist-value', 3), 'warning', 1, null],
    ]);
    expect(summary.groups[0]?.title).toBe('Not one of the picklist’s values');
  });

  it('keeps the first example rows and counts distinct values with their suggestion', () => {
    const [regionGroup] = aggregate({ examplesPerGroup: 2, valuesPerGroup: 1 }).summary().groups;
    expect(regionGroup?.examples.map((e) => [e.rowIndex, e.value])).toEqual([
      [0, 'Emea'],
      [1, 'Emea'],
    ]);
    expect(regionGroup?.values).toEqual([{ value: 'Emea', rows: 4, suggestion: 'EMEA' }]);
    expect(regionGroup?.rowsWithOtherValues).toBe(2);
  });

  it.each([
    [
      'excludes every row with an error by default',
      { kind: 'exclude-error-rows' } as const,
      [0, 1, 2, 3, 4, 5, 7],
    ],
    [
      'excludes only the chosen groups',
      { kind: 'exclude-groups', groups: [key('invalid-email', 1)] } as const,
      [4, 7],
    ],
    ['goes on anyway', { kind: 'go-on-anyway' } as const, []],
  ])('%s', (_name, choice, rows) => {
    expect([...aggregate().excludedRows(choice).rows()]).toEqual(rows);
  });

  it('says why a row is excluded', () => {
    const aggregator = aggregate();
    expect(aggregator.groupsOfRow(4)).toEqual([
      key('restricted-picklist', 2),
      key('invalid-email', 1),
    ]);
    expect(aggregator.groupsOfRow(9)).toEqual([]);
  });

  it('counts a row once per group and keeps whole-load problems apart', () => {
    const aggregator = new PreflightAggregator();
    aggregator.add(0, [picklist('a'), picklist('b')]);
    aggregator.addLoadProblems([
      makeProblem(
        'required-missing',
        { column: null, field: 'LastName', label: 'Last Name' },
        '',
        'no column',
      ),
    ]);
    const summary = aggregator.summary();
    expect(summary.groups[0]?.rows).toBe(1);
    expect(summary.loadProblems.map((p) => p.rule)).toEqual(['required-missing']);
  });

  it('hands out a summary the aggregator no longer changes', () => {
    const aggregator = aggregate();
    const before = aggregator.summary();
    aggregator.add(10, [picklist('Emea')]);
    expect(before.groups[0]?.rows).toBe(6);
    expect(before.groups[0]?.values[0]?.rows).toBe(4);
  });
});
