/**
 * Issue 7, session resilience, against the demo org (each test resets it): an access token that
 * expires mid-load is renewed without the user doing anything; a revoked refresh token stops the
 * load until the user signs in again in a popup window, after which the same page (never
 * reloaded) finishes the same load, every row loaded once, in the one job it had, and sends the
 * rest of a load from the rows it prepared before. With pop-ups blocked, signing in in the tab
 * itself still finishes the load.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { controlDemoOrg, DEMO_ADMIN, resetDemoOrg } from './support/demo-org';
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

const ROWS = 25_000;

test.beforeEach(async () => {
  await resetDemoOrg();
  await setPace('manual');
});

test.afterEach(async () => {
  await setPace('fast');
});

/** Starts the prepared upsert and waits until the demo org processes its one job. */
async function runUntilProcessing(page: Page) {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 25,000 Contacts$/ })
    .click();
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);
  await startProcessing();
  await stepTo(page, 10_000);
}

/** The demo org holds one job that got one upload and created every row once. */
async function expectEveryRowLoadedOnce() {
  const jobs = await demoOrgJobs();
  expect(jobs).toHaveLength(1);
  expect(jobs[0]).toMatchObject({
    state: 'JobComplete',
    uploads: 1,
    numberRecordsProcessed: ROWS,
    numberRecordsFailed: 0,
    rows: { created: ROWS, failed: 0 },
  });
}

const finished = (page: Page) =>
  expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });

const sessionEnded = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Your session ended' });

/** Signs in as the demo admin in the popup that "Sign in again" opens, until it closes. */
async function signInAgainInPopup(page: Page) {
  const popupOpened = page.waitForEvent('popup');
  await sessionEnded(page).getByRole('button', { name: 'Sign in again' }).click();
  const popup = await popupOpened;
  await popup.getByLabel('Username').fill(DEMO_ADMIN.username);
  await popup.getByLabel('Password').fill(DEMO_ADMIN.password);
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Log In' }).click();
  await closed;
  await expect(sessionEnded(page)).toHaveCount(0);
}

test('an access token that expires mid-load is renewed and the load finishes untouched', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), ROWS);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  // Expired before the job is even created: create and the PUT get a refused token first.
  await controlDemoOrg('sessions/expire');
  await runUntilProcessing(page);
  await controlDemoOrg('sessions/expire');
  await stepTo(page, 20_000);
  await stepTo(page, ROWS);
  await finished(page);
  await expect(sessionEnded(page)).toHaveCount(0);
  await expectEveryRowLoadedOnce();
});

test('a revoked refresh token: sign in again in a popup, and the same load completes once', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), ROWS);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await runUntilProcessing(page);
  const loadUrl = page.url();
  // Anything the page holds in memory survives only if the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { forkliftE2eMarker: 'same page' }));

  await controlDemoOrg('sessions/revoke', { username: DEMO_ADMIN.username });
  await tick();
  const prompt = sessionEnded(page);
  await expect(prompt).toBeVisible({ timeout: 45_000 });
  // The prompt itself; the run's own "load is stopped" panel is the run screen's to check.
  const { violations } = await new AxeBuilder({ page })
    .include('.forklift-session-ended')
    .analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);
  // The org went on processing the job; the page waits for the user.
  expect((await demoOrgJobs())[0]?.numberRecordsProcessed).toBe(20_000);

  await signInAgainInPopup(page);
  expect(page.url()).toBe(loadUrl);
  expect(
    await page.evaluate(() => (window as { forkliftE2eMarker?: string }).forkliftE2eMarker),
  ).toBe('same page');
  await expect.poll(() => processedRows(page), { timeout: 45_000 }).toBe(20_000);
  await stepTo(page, ROWS);
  await finished(page);
  await expectEveryRowLoadedOnce();
});

test('the prepared rows survive the popup sign-in: the rest of the load goes without the file', async ({
  page,
}, testInfo) => {
  await setPace('fast');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 40);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, trialRows: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 40 Contacts$/ })
    .click();
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await expect(continueButton).toBeVisible({ timeout: 30_000 });
  // The trial job is done; the other job exists only as a Blob in this page's memory.
  await controlDemoOrg('sessions/revoke', { username: DEMO_ADMIN.username });
  await continueButton.click();
  await expect(sessionEnded(page)).toBeVisible({ timeout: 30_000 });
  await signInAgainInPopup(page);
  await finished(page);
  await expect(page.getByLabel('The same CSV file', { exact: true })).toHaveCount(0);
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.state, j.numberRecordsProcessed, j.uploads])).toEqual([
    ['JobComplete', 10, 1],
    ['JobComplete', 30, 1],
  ]);
  expect(jobs.reduce((sum, j) => sum + j.rows.created, 0)).toBe(40);
});

test('with pop-ups blocked, the prompt says so and offers signing in in this tab', async ({
  page,
}, testInfo) => {
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), ROWS);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await runUntilProcessing(page);
  // What a popup blocker does to window.open: no window, null returned.
  await page.evaluate(() => Object.assign(window, { open: () => null }));
  await controlDemoOrg('sessions/revoke', { username: DEMO_ADMIN.username });
  await tick();
  const prompt = sessionEnded(page);
  await prompt.getByRole('button', { name: 'Sign in again' }).click({ timeout: 45_000 });
  await expect(prompt.getByText(/Your browser blocked the sign-in window/)).toBeVisible();
  await expect(prompt.getByText(/ask you to drop its file again/)).toBeVisible();
  await prompt.getByRole('button', { name: 'Sign in in this tab' }).click();
  await page.getByLabel('Username').fill(DEMO_ADMIN.username);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  // Back on the same load after the full-page sign-in; its one job is picked up again.
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);
  await expect.poll(() => processedRows(page), { timeout: 45_000 }).toBe(20_000);
  await stepTo(page, ROWS);
  await finished(page);
  await expectEveryRowLoadedOnce();
});
