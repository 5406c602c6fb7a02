/**
 * Issue 5 end to end against the demo org (each test resets it): check, prepare, confirm, run,
 * watch, trial run, reload, a dropped upload, abort, and the typed confirmation for production.
 */
import { expect, test, type Page } from '@playwright/test';
import { controlDemoOrg, resetDemoOrg } from './support/demo-org';
import { E2E_EMULATOR_URL } from './support/ports';
import {
  demoOrgJobs,
  prepareLoad,
  processedRows,
  setPace,
  tick,
  writeContactsCsv,
} from './support/new-load';
import { CONTACT_UPSERT, startProcessing, stepTo } from './support/manual-run';
import { signInToDemoOrg } from './support/sign-in';

const BIG = 25_000;
const BAD_ROWS = [3, 777, 24_000];

test.beforeEach(async () => {
  await resetDemoOrg();
});

test.afterEach(async () => {
  await fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, { method: 'DELETE' });
  await setPace('fast');
});

const finished = (page: Page) =>
  expect(page.getByText(/^The load (finished|was aborted):/)).toBeVisible({ timeout: 30_000 });

test('an upsert by External_Id__c with bad rows runs to JobComplete, showing its progress', async ({
  page,
}, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), BIG, { bad: BAD_ROWS });
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/24,997/).first()).toBeVisible();
  await dialog.getByRole('button', { name: /^Upsert 24,997 Contacts$/ }).click();
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);

  // The page shows each intermediate count the demo org reaches, one 10,000-row batch per tick.
  await startProcessing();
  await stepTo(page, 10_000);
  await stepTo(page, 20_000);
  await stepTo(page, BIG - BAD_ROWS.length);
  await finished(page);
  const jobs = await demoOrgJobs();
  expect(jobs).toHaveLength(1);
  expect(jobs[0]).toMatchObject({ state: 'JobComplete', uploads: 1 });
  expect(jobs[0]?.numberRecordsProcessed).toBe(BIG - BAD_ROWS.length);
  expect(jobs[0]?.rows.created).toBe(BIG - BAD_ROWS.length);
});

test('a load over the job size limit runs as several jobs, each row once', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 30);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, rowsPerJob: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 30 Contacts$/ })
    .click();
  await finished(page);
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.state, j.numberRecordsProcessed, j.uploads])).toEqual([
    ['JobComplete', 10, 1],
    ['JobComplete', 10, 1],
    ['JobComplete', 10, 1],
  ]);
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(30);
});

test('a trial run of 10 rows, then the rest, sends every row exactly once', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 40);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, trialRows: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 40 Contacts$/ })
    .click();
  await page.getByRole('button', { name: 'Continue' }).click({ timeout: 30_000 });
  await finished(page);
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => j.numberRecordsProcessed)).toEqual([10, 30]);
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(40);
});

test('after a reload, jobs not yet uploaded wait for the same file, then run once', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 40);
  const other = writeContactsCsv(testInfo.outputPath('other.csv'), 40, { prefix: 'OTHER' });
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, trialRows: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 40 Contacts$/ })
    .click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 30_000 });
  // The prepared rows live in the page only: after a reload they are gone.
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click({ timeout: 30_000 });
  const sameFile = page.getByLabel('The same CSV file', { exact: true });
  await sameFile.setInputFiles(other);
  await expect(page.getByRole('alert').filter({ hasText: /not “other.csv”/ })).toBeVisible();
  await sameFile.setInputFiles(csv);
  await finished(page);
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.state, j.numberRecordsProcessed, j.uploads])).toEqual([
    ['JobComplete', 10, 1],
    ['JobComplete', 30, 1],
  ]);
});

test('a reload mid-run resumes the same job and creates no new one', async ({ page }, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), BIG);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 25,000 Contacts$/ })
    .click();
  await startProcessing();
  await stepTo(page, 10_000);
  const [before] = await demoOrgJobs();
  await page.reload();
  await expect(page.getByText(before?.id ?? 'no job')).toBeVisible();
  await expect.poll(() => processedRows(page), { timeout: 30_000 }).toBe(10_000);
  await stepTo(page, 20_000);
  await stepTo(page, BIG);
  await finished(page);
  const after = await demoOrgJobs();
  expect(after.map((j) => j.id)).toEqual([before?.id]);
  expect(after[0]).toMatchObject({ state: 'JobComplete', uploads: 1, numberRecordsProcessed: BIG });
});

test('a dropped upload connection ends with every row loaded once, in a new job', async ({
  page,
}, testInfo) => {
  const faults = await fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      // Chromium quietly sends a PUT again on another connection when one drops, so the demo
      // org drops several: the console then sees the upload fail and must send a new job.
      rules: [{ kind: 'drop-connection', match: { call: 'uploadData' }, times: 8 }],
    }),
  });
  expect(faults.ok).toBe(true);
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 2_000);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 2,000 Contacts$/ })
    .click();
  await finished(page);
  await expect(page.getByText(/Sent again as a new job/)).toBeVisible();
  const jobs = await demoOrgJobs();
  expect(jobs.length).toBeGreaterThanOrEqual(2);
  expect(jobs.at(-1)).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 2_000 });
  for (const job of jobs.slice(0, -1))
    expect([job.state, job.numberRecordsProcessed]).toEqual(['Aborted', 0]);
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(2_000);
});

test('abort leaves the job Aborted on the server with its unprocessed rows', async ({
  page,
}, testInfo) => {
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), BIG);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 25,000 Contacts$/ })
    .click();
  await startProcessing();
  await stepTo(page, 10_000);
  await page.getByRole('button', { name: 'Abort job 1' }).click();
  await expect.poll(async () => (await demoOrgJobs())[0]?.state).toBe('Aborted');
  await tick();
  await finished(page);
  await expect(
    page.getByText('The load was aborted: 10,000 succeeded, 0 failed, 15,000 not processed.'),
  ).toBeVisible();
  const [job] = await demoOrgJobs();
  expect(job).toMatchObject({ numberRecordsProcessed: 10_000, rows: { created: 10_000 } });
  // The rows the abort stopped are counted on the job, not lost.
  await expect(page.getByText('Aborted: 15,000 rows were not processed')).toBeVisible();
});

test('a delete in a demo org marked Production demands the typed org name', async ({
  page,
}, testInfo) => {
  await controlDemoOrg('config', { isSandbox: false }, 'PATCH');
  try {
    const { ids } = (await controlDemoOrg('seed', {
      object: 'Contact',
      records: [{ LastName: 'Gone 1' }, { LastName: 'Gone 2' }],
    })) as { ids: string[] };
    const path = testInfo.outputPath('delete.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, `Id\n${ids.join('\n')}\n`);
    await signInToDemoOrg(page);
    await prepareLoad(page, path, {
      operation: 'Delete',
      object: 'Contact',
      objectOption: 'Contact · Contact',
      orgCheck: true,
    });
    const dialog = page.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: /^Delete 2 Contacts$/ });
    await expect(page.getByRole('list', { name: 'Records to delete' })).toContainText('Gone 1');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type the org name to confirm').fill('forklift demo');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type the org name to confirm').fill('Forklift Demo');
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await finished(page);
    const [job] = await demoOrgJobs();
    expect(job).toMatchObject({
      operation: 'delete',
      state: 'JobComplete',
      numberRecordsProcessed: 2,
    });
  } finally {
    await controlDemoOrg('config', { isSandbox: true }, 'PATCH');
  }
});
