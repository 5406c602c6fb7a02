/** "Run jobs in parallel" in the check screen's options (issue 5: one job at a time by default). */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PARALLEL_JOBS_MAX, PARALLEL_JOBS_MIN } from './preflight-decision';
import {
  checkRows,
  cleanUpPreflightReport,
  CONTACT_COLUMNS,
  CONTACT_ROWS,
  renderPreflightReport,
} from './test-support/render-preflight-report';

afterEach(cleanUpPreflightReport);

const contactSummary = () =>
  checkRows('upsert', CONTACT_COLUMNS, CONTACT_ROWS, { matchingField: 'External_Id__c' });
const parallel = () => page.getByRole('checkbox', { name: 'Run jobs in parallel' });
const atATime = () => page.getByRole('combobox', { name: 'Jobs processed at a time' });

describe('running the jobs of a load in parallel', () => {
  it('is off by default, and says what it costs before the admin turns it on', async () => {
    const rendered = renderPreflightReport(contactSummary());
    await expect.element(parallel()).not.toBeChecked();
    await expect.element(parallel()).toHaveAccessibleDescription(/finish sooner/);
    await expect.element(parallel()).toHaveAccessibleDescription(/UNABLE_TO_LOCK_ROW/);
    await expect.element(parallel()).toHaveAccessibleDescription(/retried|sent again/);
    expect(atATime().elements()).toHaveLength(0);
    expect(rendered.decisions).toEqual([]);
  });

  it('mentions sorting by parent where that option is offered', async () => {
    renderPreflightReport(contactSummary(), { canSortByParent: true });
    await expect.element(parallel()).toHaveAccessibleDescription(/Sorting rows by parent/);
    cleanUpPreflightReport();
    renderPreflightReport(contactSummary());
    await expect.element(parallel()).not.toHaveAccessibleDescription(/Sorting rows by parent/);
  });

  it('asks how many jobs at a time, from 2 to 5, and off again means one after another', async () => {
    const rendered = renderPreflightReport(contactSummary());
    await parallel().click();
    expect(rendered.decisions.at(-1)).toMatchObject({ parallelJobs: PARALLEL_JOBS_MIN });
    await expect.element(atATime()).toHaveValue(String(PARALLEL_JOBS_MIN));
    const offered = [...atATime().element().querySelectorAll('option')].map((o) => o.value);
    expect(offered).toEqual(['2', '3', '4', '5']);
    expect(Number(offered.at(-1))).toBe(PARALLEL_JOBS_MAX);
    await atATime().selectOptions('4');
    expect(rendered.decisions.at(-1)).toMatchObject({ parallelJobs: 4, trialRows: 0 });
    await parallel().click();
    expect(rendered.decisions.at(-1)).toMatchObject({ parallelJobs: 1 });
    expect(atATime().elements()).toHaveLength(0);
  });

  it('keeps the other options as they were, and works from the keyboard', async () => {
    const rendered = renderPreflightReport(contactSummary(), { canSortByParent: true });
    await page.getByRole('checkbox', { name: /^Sort rows by parent/ }).click();
    parallel().element().focus();
    await userEvent.keyboard(' ');
    expect(rendered.decisions.at(-1)).toMatchObject({ sortByParent: true, parallelJobs: 2 });
    await userEvent.tab();
    await expect.element(atATime()).toHaveFocus();
  });
});
