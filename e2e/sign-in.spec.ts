import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { controlDemoOrg, DEMO_ADMIN, resetDemoOrg } from './support/demo-org';
import { expectSignedIn, signInToDemoOrg } from './support/sign-in';

async function expectNoSeriousAxeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test.beforeEach(async () => {
  await resetDemoOrg();
});

test('signs in to the demo org with OAuth + PKCE and shows org, badge and user', async ({
  page,
}) => {
  await page.goto('/');
  await expectNoSeriousAxeFindings(page);
  await signInToDemoOrg(page);

  // The code and state never stay in the URL, and no token is ever in it.
  expect(page.url()).not.toMatch(/[?&](code|state|access_token)=/);
  await expect(page.getByRole('banner').getByText('Sandbox')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoSeriousAxeFindings(page);
});

test('the login page of the demo org has no serious accessibility finding', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
  await expectNoSeriousAxeFindings(page);
});

test('a production org shows a red Production badge', async ({ page }) => {
  await controlDemoOrg('config', { isSandbox: false }, 'PATCH');
  await signInToDemoOrg(page);
  const badge = page.getByRole('banner').getByText('Production', { exact: true });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveClass(/slds-theme_error/);
});

test('signs in with the keyboard only', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Connect to Salesforce' })).toBeVisible();
  // Tab to the org choice, pick the demo org, then tab to Sign in.
  await tabUntilFocused(page, page.getByRole('radio', { name: 'Demo org' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Demo org' })).toBeChecked();
  await tabUntilFocused(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');

  await tabUntilFocused(page, page.getByLabel('Username'));
  await page.keyboard.type(DEMO_ADMIN.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_ADMIN.password);
  await page.keyboard.press('Enter');

  await expectSignedIn(page, DEMO_ADMIN.username);
});

test('a wrong password is refused on the login page and the user can try again', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(DEMO_ADMIN.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expectSignedIn(page, DEMO_ADMIN.username);
});

test('sign out revokes the session and returns to Connect', async ({ page }) => {
  await signInToDemoOrg(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to Salesforce' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/00D\w{12,15}!/);
  await page.goto('/loads/new');
  await expect(page.getByRole('heading', { name: 'Connect to Salesforce' })).toBeVisible();
});

test('an expired session is refreshed without the user noticing', async ({ page }) => {
  await signInToDemoOrg(page);
  await controlDemoOrg('sessions/expire');
  // A reload re-reads the org through the API: the 401 is answered by a refresh.
  await page.reload();
  await expectSignedIn(page, DEMO_ADMIN.username);
});

async function tabUntilFocused(page: Page, target: ReturnType<Page['getByRole']>, maxTabs = 30) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
