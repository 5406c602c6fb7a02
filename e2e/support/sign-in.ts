import { expect, type Page } from '@playwright/test';
import { DEMO_ADMIN } from './demo-org';

/** Signs in to the demo org with the mouse, from the console's start page. */
export async function signInToDemoOrg(
  page: Page,
  user: { username: string; password: string } = DEMO_ADMIN,
  startUrl = '/',
) {
  await page.goto(startUrl);
  await expect(page.getByRole('heading', { name: 'Connect to Salesforce' })).toBeVisible();
  await page.getByRole('radio', { name: 'Demo org' }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expectSignedIn(page, user.username);
}

/** The header shows the org, its badge and the user on every screen (design.md §1). */
export async function expectSignedIn(page: Page, username: string) {
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Forklift Demo')).toBeVisible();
  await expect(banner.getByText(/^(Sandbox|Production)$/)).toBeVisible();
  await expect(banner.getByText(username)).toBeVisible();
}
