/**
 * Issue 5's opt-in: "Run jobs in parallel" on the Check screen makes the demo org process two
 * jobs of one load at once (by default it is one after another), and every row is still sent
 * once. The manual clock holds closed jobs in UploadComplete, so the jobs processing side by
 * side can be counted on the server.
 */
import { expect, test } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { CONTACT_UPSERT } from './support/manual-run';
import { demoOrgJobs, prepareLoad, setPace, tick, writeContactsCsv } from './support/new-load';
import { signInToDemoOrg } from './support/sign-in';

test.beforeEach(async () => {
  await resetDemoOrg();
});

test.afterEach(async () => {
  await setPace('fast');
});

/** Jobs the org has been handed (closed) and has not finished. */
const processing = async () =>
  (await demoOrgJobs()).filter((j) => j.state === 'UploadComplete' || j.state === 'InProgress')
    .length;

test('jobs run two at a time when the admin asks, and each row is sent once', async ({
  page,
}, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 30);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, {
    ...CONTACT_UPSERT,
    rowsPerJob: 10,
    aroundCheck: {
      before: async () => {},
      after: async (p) => {
        await p.getByText('Run jobs in parallel', { exact: true }).click();
        await p.getByRole('combobox', { name: 'Jobs processed at a time' }).selectOption('2');
      },
    },
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('3, 2 processed at a time')).toBeVisible();
  await dialog.getByRole('button', { name: /^Upsert 30 Contacts$/ }).click();
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);

  // Two jobs are closed while neither has finished; the third waits for one of them.
  await expect.poll(processing, { timeout: 30_000 }).toBe(2);
  await expect
    .poll(async () => (await demoOrgJobs()).map((j) => j.state), { timeout: 30_000 })
    .toEqual(['UploadComplete', 'UploadComplete', 'Open']);

  // The manual clock finishes them; the third job follows.
  await expect
    .poll(
      async () => {
        await tick();
        return (await demoOrgJobs()).filter((j) => j.state === 'JobComplete').length;
      },
      { timeout: 60_000 },
    )
    .toBe(3);
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.state, j.numberRecordsProcessed, j.uploads])).toEqual([
    ['JobComplete', 10, 1],
    ['JobComplete', 10, 1],
    ['JobComplete', 10, 1],
  ]);
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(30);
});

test('by default the same load runs one job at a time', async ({ page }, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 30);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, rowsPerJob: 10 });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('processed at a time')).toHaveCount(0);
  await dialog.getByRole('button', { name: /^Upsert 30 Contacts$/ }).click();
  await expect.poll(processing, { timeout: 30_000 }).toBe(1);
  // The next job is uploaded meanwhile, but not handed over.
  await expect.poll(async () => (await demoOrgJobs()).length, { timeout: 30_000 }).toBe(2);
  expect(await processing()).toBe(1);
  await expect
    .poll(
      async () => {
        await tick();
        return (await demoOrgJobs()).filter((j) => j.state === 'JobComplete').length;
      },
      { timeout: 60_000 },
    )
    .toBe(3);
  const jobs = await demoOrgJobs();
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(30);
});

test('after a reload, the jobs left still run in parallel once the same file is dropped', async ({
  page,
}, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 60);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, {
    ...CONTACT_UPSERT,
    rowsPerJob: 10,
    aroundCheck: {
      before: async () => {},
      after: async (p) => {
        await p.getByText('Run jobs in parallel', { exact: true }).click();
      },
    },
  });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 60 Contacts$/ })
    .click();
  // Two jobs processing and two uploaded behind them; the last two are not created yet. The
  // reload waits until the page has recorded both uploads as done: one cut mid-PUT is (rightly)
  // aborted and sent again as a new job, which is the dropped-upload test's case, not this one's.
  await expect.poll(processing, { timeout: 30_000 }).toBe(2);
  await expect(page.getByText('Uploaded; closing the upload next', { exact: true })).toHaveCount(
    2,
    { timeout: 30_000 },
  );
  await expect.poll(async () => (await demoOrgJobs()).map((j) => j.uploads)).toEqual([1, 1, 1, 1]);
  await page.reload();
  // The object is read again before the jobs left are created: unchanged, so they go.
  await page.getByLabel('The same CSV file', { exact: true }).setInputFiles(csv);
  const complete = async () =>
    (await demoOrgJobs()).filter((j) => j.state === 'JobComplete').length;
  await expect
    .poll(
      async () => {
        await tick();
        return complete();
      },
      { timeout: 60_000 },
    )
    .toBe(2);
  // The two uploaded jobs are handed over together (the setting survived the reload), and the
  // two jobs made from the dropped file are uploaded behind them.
  await expect.poll(processing, { timeout: 30_000 }).toBe(2);
  await expect.poll(async () => (await demoOrgJobs()).length, { timeout: 30_000 }).toBe(6);
  await expect
    .poll(
      async () => {
        await tick();
        return (await demoOrgJobs()).filter((j) => j.state === 'JobComplete').length;
      },
      { timeout: 60_000 },
    )
    .toBe(6);
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.numberRecordsProcessed, j.uploads])).toEqual(
    Array.from({ length: 6 }, () => [10, 1]),
  );
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(60);
});
