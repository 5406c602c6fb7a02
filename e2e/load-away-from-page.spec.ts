/**
 * A load goes on while the user browses other pages of the console (app/load-runs.ts): the tab
 * title shows its progress there, then its end, and the one browser notification the user asked
 * for comes wherever they are, never again when they open the load afterwards. Headless Chromium
 * shows no notification: the page's Notification class records what would be shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { CONTACT_UPSERT, startProcessing, stepTo } from './support/manual-run';
import { prepareLoad, setPace, tick, writeContactsCsv } from './support/new-load';
import { signInToDemoOrg } from './support/sign-in';

const ROWS = 25_000;

test.beforeEach(async () => {
  await resetDemoOrg();
});

test.afterEach(async () => {
  await setPace('fast');
});

interface Shown {
  title: string;
  body: string | undefined;
}

/** Replaces Notification, before any page script runs, by one that is granted and records. */
async function recordNotifications(page: Page) {
  await page.addInitScript(() => {
    const shown: Shown[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      }
    }
    Object.assign(window, { forkliftShownNotifications: shown });
    Object.defineProperty(window, 'Notification', {
      value: RecordedNotification,
      configurable: true,
      writable: true,
    });
  });
}

const shownNotifications = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { forkliftShownNotifications: Shown[] }).forkliftShownNotifications,
  );

test('a load watched from another page: progress in the title, one notification at its end', async ({
  page,
}, testInfo) => {
  await recordNotifications(page);
  await setPace('manual');
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), ROWS);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, CONTACT_UPSERT);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 25,000 Contacts$/ })
    .click();
  await expect(page).toHaveURL(/\/loads\/[0-9a-f-]{36}$/);
  const loadUrl = page.url();
  await startProcessing();
  await stepTo(page, 10_000);
  await expect(page).toHaveTitle('40% · Upsert Contacts — Forklift');

  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Loads', exact: true }).click();
  await expect(page).toHaveURL(/\/loads$/);
  await expect(page).toHaveTitle('40% · Upsert Contacts — Forklift');
  await tick();
  await expect(page).toHaveTitle('80% · Upsert Contacts — Forklift', { timeout: 45_000 });
  await tick();
  await expect(page).toHaveTitle('Done · Upsert Contacts — Forklift', { timeout: 45_000 });
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      { title: 'Upsert Contacts from contacts.csv: finished', body: '25,000 succeeded, 0 failed.' },
    ]);

  // Opening the load shows its end; no second notification, and other pages get their title back.
  await page.getByRole('link', { name: /from contacts\.csv$/ }).click();
  await expect(page).toHaveURL(loadUrl);
  await expect(page.getByText(/^The load finished:/)).toBeVisible();
  await expect(page).toHaveTitle('Done · Upsert Contacts — Forklift');
  await mainNav.getByRole('link', { name: 'Org jobs' }).click();
  await expect(page).toHaveTitle('Forklift');
  expect(await shownNotifications(page)).toHaveLength(1);
});
