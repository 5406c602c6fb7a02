/**
 * Issue 6 around the results page (each test resets the demo org): a retry of lock failures and
 * the whole load's results after it, the same file asked for after a reload, the history list;
 * automatic retries of row-lock failures (opt-in, with backoff); and result files kept on
 * request, which still reconcile and download once Salesforce has forgotten the jobs.
 */
import { expect, test } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { E2E_EMULATOR_URL } from './support/ports';
import { prepareLoad, writeContactsCsv } from './support/new-load';
import { signInToDemoOrg } from './support/sign-in';

const UPSERT = {
  operation: 'Upsert',
  object: 'Contact',
  objectOption: 'Contact · Contact',
  matchingField: 'External_Id__c',
} as const;

const lockRows = (share: number) =>
  fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules: [{ kind: 'lock-rows', share, object: 'Contact' }] }),
  });
const noFaults = () => fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, { method: 'DELETE' });

test.beforeEach(async () => {
  await resetDemoOrg();
});
test.afterEach(async () => {
  await noFaults();
});

test('results, a retry of lock failures, reload, download, history', async ({ page }, testInfo) => {
  await lockRows(0.2);
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 200);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 200 Contacts$/ })
    .click();
  await expect(page.getByTestId('invariant')).toHaveText(
    /^200 rows = \d+ succeeded .* \+ \d+ failed/,
    { timeout: 60_000 },
  );
  const card = page.getByRole('article', { name: /UNABLE_TO_LOCK_ROW/ });
  await expect(card.getByText('Retryable', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Show rows' }).click();
  await expect(card.getByRole('table')).toBeVisible();
  await noFaults();
  await page
    .getByRole('form', { name: 'Retry rows' })
    .getByRole('button', { name: /^Retry \d+ rows?$/ })
    .click();
  await expect(page.getByText(/This is retry 1 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('invariant')).toHaveText(/^200 rows = 200 succeeded/, {
    timeout: 60_000,
  });
  await page.getByRole('link', { name: 'See the results of the whole load' }).click();
  await expect(page.getByTestId('invariant')).toHaveText(/^200 rows = 200 succeeded/, {
    timeout: 60_000,
  });
  await page.reload();
  await expect(page.getByText('Choose the same file to see the results')).toBeVisible({
    timeout: 30_000,
  });
  await page.getByLabel('The same file (contacts.csv)').setInputFiles(csv);
  await expect(page.getByTestId('invariant')).toHaveText(/^200 rows = 200 succeeded/, {
    timeout: 60_000,
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all rows with results' }).click();
  expect((await download).suggestedFilename()).toBe('contacts-results.csv');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Loads' }).click();
  await expect(page.getByRole('row', { name: /upsert Contact from contacts\.csv/ })).toContainText(
    '200 succeeded',
  );
});

test('rows failing on a row lock are retried automatically when asked', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await lockRows(0.3);
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 200);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 200 Contacts$/ })
    .click();
  await expect(page.getByTestId('invariant')).toBeVisible({ timeout: 60_000 });
  await page.getByText(/Retry rows that failed on a row lock or a timeout automatically/).click();
  await expect(page.getByText(/automatic retry 1 of 3/)).toBeVisible();
  await expect(page.getByText(/This is retry 1 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/automatic retry 2 of 3/)).toBeVisible({ timeout: 60_000 });
  await noFaults();
  await expect(page.getByText(/This is retry 2 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('invariant')).toHaveText(/^200 rows = 200 succeeded/, {
    timeout: 60_000,
  });
});

test('result files kept on request still reconcile and download once Salesforce forgot the job', async ({
  page,
}, testInfo) => {
  await lockRows(0.2);
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 200);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 200 Contacts$/ })
    .click();
  await expect(page.getByTestId('invariant')).toBeVisible({ timeout: 60_000 });
  const before = await page.getByTestId('invariant').textContent();
  await page.getByText(/Keep Salesforce’s result files in this browser/).click();
  await expect(page.getByText(/result files \(.*\) are kept in this browser/)).toBeVisible();
  await resetDemoOrg(); // Salesforce (and the session) forget everything
  await page.getByRole('button', { name: 'Reconcile again' }).click();
  await expect(page.getByText(/^Reconciling/)).toBeVisible();
  await expect(page.getByTestId('invariant')).toHaveText(before ?? '', { timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download failed results of job/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^750\w+-failed-records\.csv$/);
});
