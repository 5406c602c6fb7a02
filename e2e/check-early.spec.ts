/**
 * Decision 0022 end to end: "Check every row" clicked while the drop step is still reading a big
 * file hands the reading over to the check pass, which reads the file once for both; the drop
 * step then shows the whole file as read (from the summary the check brought back), and the load
 * sends every row once.
 */
import { expect, test } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { demoOrgJobs, prepareLoad, writeContactsCsv } from './support/new-load';
import { signInToDemoOrg } from './support/sign-in';

/** About 140 MB (two jobs): the drop step needs seconds to read it, the clicks well under one. */
const ROWS = 2_000_000;
const PREFIX = 'EXTERNAL-ID-FOR-THE-EARLY-CHECK';

test.beforeEach(async () => {
  await resetDemoOrg();
});

test('Check every row clicked while the file is still being read reads it once, for both', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), ROWS, { prefix: PREFIX });
  const status = page.getByRole('status').filter({ hasText: /^Read|^Reading the whole file/ });
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, {
    operation: 'Insert',
    object: 'Contact',
    objectOption: 'Contact · Contact',
    mapWhileReading: true,
    aroundCheck: {
      before: () => expect(status).toHaveText('Reading the whole file…'),
      after: () => expect(status).toHaveText('Reading the whole file as part of the check below…'),
    },
  });
  await expect(status).toHaveText(/^Read 2,000,000 rows \(/);

  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Insert 2,000,000 Contacts' }).click();
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 120_000 });
  const jobs = await demoOrgJobs();
  expect(jobs).toHaveLength(2);
  expect(jobs.reduce((sum, job) => sum + job.numberRecordsProcessed, 0)).toBe(ROWS);
  for (const job of jobs)
    expect(job).toMatchObject({ state: 'JobComplete', uploads: 1, numberRecordsFailed: 0 });
});
