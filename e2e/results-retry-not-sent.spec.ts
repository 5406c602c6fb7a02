/**
 * Issue 6's retry of rows never sent, held by the org's daily limits (issue 7's warning), against
 * the demo org (reset for the test): a trial run stopped after its first 10 rows leaves 30 rows
 * "not sent" (their job cancelled before upload, so the load never sends them); the results page
 * offers them for retry, ticked. With the org's Bulk API batches spent, the retry reads the
 * limits fresh, says so and sends nothing until "Retry anyway"; then every row is in the org
 * exactly once.
 */
import { expect, test } from '@playwright/test';
import { controlDemoOrg, resetDemoOrg } from './support/demo-org';
import { CONTACT_UPSERT } from './support/manual-run';
import { demoOrgJobs, prepareLoad, writeContactsCsv } from './support/new-load';
import { signInToDemoOrg } from './support/sign-in';

test.beforeEach(async () => {
  await resetDemoOrg();
});

test('rows not sent after a stopped trial run are retried once the user accepts the limit warning', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 40);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, trialRows: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 40 Contacts$/ })
    .click();
  await page.getByRole('button', { name: 'Stop here' }).click({ timeout: 30_000 });
  const invariant = page.getByTestId('invariant');
  await expect(invariant).toHaveText(
    '40 rows = 10 succeeded (10 created, 0 updated) + 0 failed + 0 unprocessed + 0 excluded before upload + 30 not sent + 0 unknown',
    { timeout: 30_000 },
  );
  expect((await demoOrgJobs()).map((job) => job.numberRecordsProcessed)).toEqual([10]);

  // The org has no Bulk API batch left today: the retry is held, and nothing is sent.
  await controlDemoOrg('limits', { DailyBulkApiBatches: { Remaining: 0 } }, 'PATCH');
  const retry = page.getByRole('form', { name: 'Retry rows' });
  await expect(retry.getByRole('checkbox', { name: 'Retry rows not sent (30)' })).toBeChecked();
  await retry.getByRole('button', { name: 'Retry 30 rows' }).click();
  const warning = retry.getByRole('alert');
  await expect(
    warning.getByRole('heading', { name: 'The org may run out of API allowance' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(warning).toContainText('Bulk API batches, and the org has 0 left today');
  await expect(warning).toContainText('Nothing was sent');
  expect(await demoOrgJobs()).toHaveLength(1);

  await retry.getByRole('button', { name: 'Retry 30 rows anyway' }).click();
  await expect(page.getByText(/This is retry 1 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(invariant).toHaveText(
    '40 rows = 40 succeeded (40 created, 0 updated) + 0 failed + 0 unprocessed + 0 excluded before upload + 0 not sent + 0 unknown',
    { timeout: 30_000 },
  );
  const jobs = await demoOrgJobs();
  expect(jobs.map((job) => job.numberRecordsProcessed)).toEqual([10, 30]);
  expect(jobs.reduce((sum, job) => sum + job.rows.created, 0)).toBe(40);
});
