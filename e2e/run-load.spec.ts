/**
 * Issue 5 end to end against the demo org (each test resets it): check, prepare, confirm, run,
 * watch, jobs cut by a row cap and by the job size limit (lowered for the test in the console's
 * config.json and in the demo org, which refuses any bigger upload), trial run, reload, a dropped
 * upload, abort with its unprocessed rows in the results, and the typed confirmation a delete and
 * any load into a production org demand.
 */
import { expect, test, type Page } from '@playwright/test';
import { controlDemoOrg, resetDemoOrg } from './support/demo-org';
import { demoOrgQuery, downloadCsv } from './support/results';
import { useJobSizeLimit } from './support/runtime-config';
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

test('a load over the rows-per-job cap runs as several jobs, each row once', async ({
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

/** The job size limit the console is given for the test: a few KB, so 300 rows need several jobs. */
const JOB_MAX_BYTES = 3_000;
/** A Bulk CSV row of `writeContactsCsv`'s file is well under this. */
const ROW_BYTES_BELOW = 100;
/** Salesforce counts an upload's size after base64 (emulator/core/ingest/http-choices.ts H2). */
const base64Size = (bytes: number) => 4 * Math.ceil(bytes / 3);

test('a load over the job size limit runs as several jobs, each upload within it, each row once', async ({
  page,
}, testInfo) => {
  const rows = 300;
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), rows);
  // The demo org refuses any upload over the limit: a job cut too big fails, it cannot slip by.
  const { maxUploadBytes } = (await controlDemoOrg('config', undefined, 'GET')) as {
    maxUploadBytes: number;
  };
  await controlDemoOrg('config', { maxUploadBytes: base64Size(JOB_MAX_BYTES) }, 'PATCH');
  try {
    await useJobSizeLimit(page, JOB_MAX_BYTES);
    await signInToDemoOrg(page);
    await prepareLoad(page, csv, CONTACT_UPSERT);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Upsert 300 Contacts$/ })
      .click();
    await finished(page);
    await expect(page.getByText('The load finished: 300 succeeded, 0 failed.')).toBeVisible();

    const jobs = await demoOrgJobs();
    const totalBytes = jobs.reduce((sum, j) => sum + j.uploadBytes, 0);
    expect(jobs.length).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(totalBytes / JOB_MAX_BYTES)));
    for (const job of jobs) {
      expect(job).toMatchObject({ state: 'JobComplete', uploads: 1, numberRecordsFailed: 0 });
      expect(job.uploadBytes).toBeGreaterThan(0);
      expect(job.uploadBytes).toBeLessThanOrEqual(JOB_MAX_BYTES);
    }
    // Cut by size, not by a row count: every job but the last was full to within one row.
    for (const job of jobs.slice(0, -1))
      expect(job.uploadBytes).toBeGreaterThan(JOB_MAX_BYTES - ROW_BYTES_BELOW);
    expect(jobs.reduce((sum, j) => sum + j.numberRecordsProcessed, 0)).toBe(rows);
    expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(rows);
    // Every row is in the org exactly once.
    const contacts = await demoOrgQuery<{ External_Id__c: string }>(
      "SELECT External_Id__c FROM Contact WHERE External_Id__c LIKE 'EXT-%'",
    );
    expect(contacts.map((c) => c.External_Id__c).sort()).toEqual(
      Array.from({ length: rows }, (_, i) => `EXT-${i}`).sort(),
    );
  } finally {
    await controlDemoOrg('config', { maxUploadBytes }, 'PATCH');
  }
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
      // org drops several: the console then sees the upload fail and must send a new job (after
      // 2 s, then 4 s: a few drops, so the test stays well within the attempts the runner makes).
      rules: [{ kind: 'drop-connection', match: { call: 'uploadData' }, times: 4 }],
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

  // The results list them: counted in the summary, and row by row in the downloads.
  await expect(page.getByTestId('invariant')).toHaveText(
    '25,000 rows = 10,000 succeeded (10,000 created, 0 updated) + 0 failed + 15,000 unprocessed + 0 excluded before upload + 0 not sent + 0 unknown',
    { timeout: 30_000 },
  );
  // The demo org processes in upload order (file order here): rows 10,000 to 24,999 were not.
  const notProcessed = Array.from({ length: BIG - 10_000 }, (_, i) => `EXT-${10_000 + i}`);
  const unprocessed = await downloadCsv(
    page,
    page.getByRole('button', { name: 'Download unprocessed rows' }),
  );
  expect(unprocessed.header).toEqual(['External Id', 'Last Name', 'Email']);
  expect(unprocessed.rows.map((row) => row['External Id'])).toEqual(notProcessed);
  // Salesforce's own file for the aborted job lists the same rows, in its own order.
  const raw = await downloadCsv(
    page,
    page.getByRole('button', { name: `Download unprocessed results of job ${job?.id}` }),
  );
  expect(raw.rows.map((row) => row.External_Id__c).sort()).toEqual([...notProcessed].sort());
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
    await expect(page.getByRole('banner').getByText('Production', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Production', { exact: true })).toBeVisible();
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

test('an upsert into a demo org marked Production demands the typed org name', async ({
  page,
}, testInfo) => {
  await controlDemoOrg('config', { isSandbox: false }, 'PATCH');
  try {
    const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 5);
    await signInToDemoOrg(page);
    await prepareLoad(page, csv, CONTACT_UPSERT);
    const dialog = page.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: /^Upsert 5 Contacts$/ });
    await expect(page.getByRole('banner').getByText('Production', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Production', { exact: true })).toBeVisible();
    await expect(dialog.getByText(/Forklift Demo is a production org\./)).toBeVisible();
    const orgName = dialog.getByLabel('Type the org name to confirm');
    await expect(confirm).toBeDisabled();
    await orgName.fill('forklift demo');
    await expect(confirm).toBeDisabled();
    await orgName.fill('Forklift Demo');
    await expect(confirm).toBeEnabled();
    await confirm.click();
    await finished(page);
    const [job] = await demoOrgJobs();
    expect(job).toMatchObject({
      operation: 'upsert',
      state: 'JobComplete',
      numberRecordsProcessed: 5,
    });
  } finally {
    await controlDemoOrg('config', { isSandbox: true }, 'PATCH');
  }
});

test('the same upsert into a sandbox asks for no org name', async ({ page }, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 5);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Production', { exact: true })).toHaveCount(0);
  await expect(dialog.getByLabel('Type the org name to confirm')).toHaveCount(0);
  const confirm = dialog.getByRole('button', { name: /^Upsert 5 Contacts$/ });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await finished(page);
  const [job] = await demoOrgJobs();
  expect(job).toMatchObject({
    operation: 'upsert',
    state: 'JobComplete',
    numberRecordsProcessed: 5,
  });
});
