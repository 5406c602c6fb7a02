/**
 * Issue 7, first "Done when": against the demo org, drive each readiness failure (origin missing
 * from CORS, OAuth CORS off, no Bulk API Hard Delete, API limit nearly spent, demo org down),
 * check the message and fix shown, fix it through the control plane and see the check pass.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { controlDemoOrg, resetDemoOrg } from './support/demo-org';
import { E2E_CONSOLE_URL, E2E_PREVIEW_PORT } from './support/ports';
import { signInToDemoOrg } from './support/sign-in';

const ANALYST = { username: 'analyst@forklift.demo', password: 'forklift' } as const;

test.afterEach(async () => {
  await resetDemoOrg();
});
test.beforeEach(async () => {
  await resetDemoOrg();
});

/** The item of a readiness list, by its title and status in words. */
const item = (page: Page, title: string, status: string) =>
  page.getByRole('listitem', { name: `${title}: ${status}` });

async function checkDemoOrgBeforeSignIn(page: Page) {
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Check this org' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /checks passed|see each item/ }),
  ).toBeVisible();
}

async function openReadiness(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: 'Org readiness' }).click();
  await expect(page.getByRole('heading', { name: 'Org readiness' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Org readiness' })).toBeVisible();
}

async function checkAgain(page: Page) {
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('button', { name: 'Check again' })).toBeEnabled();
}

test('an origin missing from the CORS allowlist is named, with the exact origin to add', async ({
  page,
}) => {
  await controlDemoOrg(
    'config',
    { corsOrigins: [`http://127.0.0.1:${E2E_PREVIEW_PORT}`] },
    'PATCH',
  );
  await page.goto('/connect');
  await checkDemoOrgBeforeSignIn(page);
  const failing = item(page, 'Salesforce answers this console', 'Needs a fix');
  await expect(failing).toContainText('its CORS allowlist does not contain this console’s origin');
  await expect(failing).toContainText(
    `Setup → CORS → New and enter Origin URL pattern: ${E2E_CONSOLE_URL}`,
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await controlDemoOrg(
    'config',
    { corsOrigins: [E2E_CONSOLE_URL, `http://127.0.0.1:${E2E_PREVIEW_PORT}`] },
    'PATCH',
  );
  await page.getByRole('button', { name: 'Check this org' }).click();
  await expect(item(page, 'Salesforce answers this console', 'Ready')).toBeVisible();
  await expect(page.getByRole('status').getByText(/All 3 checks passed/)).toBeVisible();
});

test('"Enable CORS for OAuth endpoints" off: the failed sign-in leads to the check, which names the checkbox', async ({
  page,
}) => {
  await controlDemoOrg('config', { oauthCors: false }, 'PATCH');
  await page.goto('/connect');
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill('admin@forklift.demo');
  await page.getByLabel('Password').fill('forklift');
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.getByRole('alert')).toContainText('could not reach');
  await page.getByRole('link', { name: 'Back to Connect' }).click();

  // The check runs by itself after a failed sign-in.
  const failing = item(
    page,
    'Sign-in works from a browser (CORS for OAuth endpoints)',
    'Needs a fix',
  );
  await expect(failing).toContainText('"Enable CORS for OAuth endpoints" is off');
  await expect(failing).toContainText('Setup → CORS and tick "Enable CORS for OAuth endpoints"');

  await controlDemoOrg('config', { oauthCors: true }, 'PATCH');
  await page.getByRole('button', { name: 'Check this org' }).click();
  await expect(
    item(page, 'Sign-in works from a browser (CORS for OAuth endpoints)', 'Ready'),
  ).toBeVisible();
  await signInToDemoOrg(page);
});

test('the demo org down is told apart from CORS, and passes once it is back', async ({ page }) => {
  await page.goto('/connect');
  await controlDemoOrg('config', { down: true }, 'PATCH');
  await checkDemoOrgBeforeSignIn(page);
  const failing = item(page, 'Salesforce answers this console', 'Needs a fix');
  await expect(failing).toContainText('could not be reached: it gave no answer at all');
  await expect(failing).toContainText('Start the demo org (npm run emulator');
  await expect(item(page, 'API version 62.0', 'Could not check')).toBeVisible();

  await controlDemoOrg('config', { down: false }, 'PATCH');
  await page.getByRole('button', { name: 'Check this org' }).click();
  await expect(item(page, 'Salesforce answers this console', 'Ready')).toBeVisible();
  await expect(item(page, 'API version 62.0', 'Ready')).toBeVisible();
});

test('a user without Bulk API Hard Delete is told which permission to ask for', async ({
  page,
}) => {
  await signInToDemoOrg(page, ANALYST);
  await openReadiness(page);
  const warning = item(page, 'Bulk API Hard Delete', 'Warning');
  await expect(warning).toContainText('the hardDelete operation will be refused');
  await expect(warning).toContainText(
    'tick "Bulk API Hard Delete" in Setup → Users → Permission Sets',
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await controlDemoOrg(
    `users/${ANALYST.username}/permissions`,
    { bulkApiHardDelete: true },
    'PATCH',
  );
  await checkAgain(page);
  await expect(item(page, 'Bulk API Hard Delete', 'Ready')).toBeVisible();
});

test('daily API requests nearly spent are a warning with what to do', async ({ page }) => {
  await controlDemoOrg('limits', { DailyApiRequests: { Remaining: 500 } }, 'PATCH');
  await signInToDemoOrg(page);
  await openReadiness(page);
  const warning = item(page, 'Daily API requests', 'Warning');
  await expect(warning).toContainText(
    /Nearly spent: \d+ of 100,000 left today \(DailyApiRequests\)/,
  );
  await expect(warning).toContainText('Setup → Company Information');

  await controlDemoOrg('limits', { DailyApiRequests: { Remaining: 100_000 } }, 'PATCH');
  await checkAgain(page);
  await expect(item(page, 'Daily API requests', 'Ready')).toBeVisible();
  await expect(item(page, 'Daily Bulk API batches', 'Ready')).toBeVisible();
});
