import { describe, expect, it } from 'vitest';
import { makeProblem, type CellTarget } from '../../load/preflight/make-problem';
import { PreflightAggregator } from '../../load/preflight/preflight-aggregator';
import {
  DEFAULT_PREFLIGHT_DECISION,
  errorGroupKeys,
  excludedRowRange,
  PARALLEL_JOBS_MAX,
  parallelJobsFor,
  parseTrialRows,
  prepareOptionsOf,
  samePrepareOptions,
  toggleGroup,
} from './preflight-decision';
import { headlineText, placeText, rowNumber, valueText } from './preflight-text';

const email: CellTarget = { column: 3, field: 'Email', label: 'Email' };
const title: CellTarget = { column: 1, field: 'Title', label: 'Title' };
const salutation: CellTarget = { column: 2, field: 'Salutation', label: 'Salutation' };

/** Rows 0–9: bad emails in 0, 1, 2; long titles in 2, 3; unlisted salutations in 5. */
function summary() {
  const aggregator = new PreflightAggregator();
  for (let row = 0; row < 10; row++) {
    const problems = [];
    if (row <= 2) problems.push(makeProblem('invalid-email', email, 'x', 'Not an email.'));
    if (row === 2 || row === 3)
      problems.push(makeProblem('string-too-long', title, 'long', 'Too long.'));
    if (row === 5)
      problems.push(makeProblem('unknown-picklist-value', salutation, 'mr', 'Unlisted.'));
    aggregator.add(row, problems);
  }
  return aggregator.summary();
}

describe('what the choice on the check screen leaves out', () => {
  it('counts the rows with errors exactly, and nothing when going on anyway', () => {
    const s = summary();
    expect(excludedRowRange(s, { kind: 'exclude-error-rows' })).toEqual({ min: 4, max: 4 });
    expect(excludedRowRange(s, { kind: 'go-on-anyway' })).toEqual({ min: 0, max: 0 });
  });

  it('gives a range for chosen groups, since a row may be in several', () => {
    const s = summary();
    const groups = errorGroupKeys(s);
    expect(groups).toEqual(['invalid-email@3', 'string-too-long@1']);
    expect(excludedRowRange(s, { kind: 'exclude-groups', groups })).toEqual({ min: 3, max: 5 });
    expect(excludedRowRange(s, { kind: 'exclude-groups', groups: [] })).toEqual({
      min: 0,
      max: 0,
    });
  });

  it('keeps chosen groups in the order the report lists them', () => {
    const s = summary();
    expect(toggleGroup(s, ['string-too-long@1'], 'invalid-email@3', true)).toEqual([
      'invalid-email@3',
      'string-too-long@1',
    ]);
    expect(toggleGroup(s, errorGroupKeys(s), 'invalid-email@3', false)).toEqual([
      'string-too-long@1',
    ]);
  });

  it.each([
    ['10', 10],
    [' 3 ', 3],
    ['0', null],
    ['', null],
    ['2.5', null],
    ['-1', null],
    ['1e3', null],
  ])('reads the trial rows box %j as %j', (text, rows) => {
    expect(parseTrialRows(text)).toBe(rows);
  });
});

describe('the check screen’s words', () => {
  it('sums up rows with errors and warnings, or says nothing was found', () => {
    expect(headlineText(summary())).toBe(
      '10 rows checked: 4 rows with errors, 1 row with warnings.',
    );
    const clean = new PreflightAggregator();
    clean.add(0, []);
    expect(headlineText(clean.summary())).toBe('1 row checked. No problems found.');
  });

  it('numbers data rows from 1 and names the column by its header', () => {
    expect(rowNumber(0)).toBe(1);
    expect(valueText('')).toBe('blank');
    expect(valueText('Mr')).toBe('“Mr”');
    const group = summary().groups[0];
    if (!group) throw new Error('no group');
    expect(placeText(group, ['Name', 'Job', 'Sal', 'E-mail'])).toBe('Column “E-mail” (4) → Email');
    expect(placeText(group, undefined)).toBe('Column 4 → Email');
  });
});

describe('reusing the jobs the check wrote along (decision 0022)', () => {
  const checked = prepareOptionsOf(DEFAULT_PREFLIGHT_DECISION, null);

  it('the default decision with a blank rows-per-job box is what the check wrote', () => {
    expect(checked).toEqual({
      choice: { kind: 'exclude-error-rows' },
      trialRows: 0,
      sortByParent: false,
    });
    expect(
      samePrepareOptions(checked, prepareOptionsOf({ ...DEFAULT_PREFLIGHT_DECISION }, null)),
    ).toBe(true);
  });

  it('any other choice, trial, sort or rows per job needs its own pass', () => {
    const others = [
      prepareOptionsOf({ ...DEFAULT_PREFLIGHT_DECISION, choice: { kind: 'go-on-anyway' } }, null),
      prepareOptionsOf({ ...DEFAULT_PREFLIGHT_DECISION, trialRows: 10 }, null),
      prepareOptionsOf({ ...DEFAULT_PREFLIGHT_DECISION, sortByParent: true }, null),
      prepareOptionsOf(DEFAULT_PREFLIGHT_DECISION, 5000),
      prepareOptionsOf(
        { ...DEFAULT_PREFLIGHT_DECISION, choice: { kind: 'exclude-groups', groups: [] } },
        null,
      ),
    ];
    for (const other of others) expect(samePrepareOptions(checked, other)).toBe(false);
  });

  it('the same groups in another order, or limits written differently, are the same options', () => {
    const groups = (keys: string[]) =>
      prepareOptionsOf(
        { ...DEFAULT_PREFLIGHT_DECISION, choice: { kind: 'exclude-groups', groups: keys } },
        7,
      );
    expect(samePrepareOptions(groups(['a', 'b']), groups(['b', 'a']))).toBe(true);
    expect(samePrepareOptions(groups(['a']), groups(['a', 'b']))).toBe(false);
    expect(samePrepareOptions(checked, { ...checked, limits: {} })).toBe(true);
  });

  it('running jobs in parallel is a run option: the check’s jobs are still the ones sent', () => {
    const parallel = prepareOptionsOf({ ...DEFAULT_PREFLIGHT_DECISION, parallelJobs: 3 }, null);
    expect(parallel).not.toHaveProperty('parallelJobs');
    expect(samePrepareOptions(checked, parallel)).toBe(true);
  });
});

describe('how many jobs run at once', () => {
  it('is one after another by default (issue 5)', () => {
    expect(DEFAULT_PREFLIGHT_DECISION.parallelJobs).toBe(1);
    expect(parallelJobsFor(DEFAULT_PREFLIGHT_DECISION, 8)).toBe(1);
  });

  it('is what the user chose, but never more than the jobs there are or the most offered', () => {
    expect(parallelJobsFor({ parallelJobs: 3 }, 8)).toBe(3);
    expect(parallelJobsFor({ parallelJobs: 3 }, 2)).toBe(2);
    expect(parallelJobsFor({ parallelJobs: 3 }, 1)).toBe(1);
    expect(parallelJobsFor({ parallelJobs: 50 }, 80)).toBe(PARALLEL_JOBS_MAX);
    expect(parallelJobsFor({ parallelJobs: 0 }, 8)).toBe(1);
    expect(parallelJobsFor({ parallelJobs: 2.5 }, 8)).toBe(1);
  });
});
