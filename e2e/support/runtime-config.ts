/**
 * Test-only settings in the console's runtime config.json (src/lib/app-config.ts), for one page:
 * the page's requests for `/config.json` get the served config with the settings added. No
 * build and no server change, so every other test (and every shipped build) keeps the defaults.
 * Call before the page first loads the console.
 */
import type { Page } from '@playwright/test';

/** Cuts jobs at `bytes` of CSV per job (header included) instead of Salesforce's limit. */
export async function useJobSizeLimit(page: Page, bytes: number) {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, jobMaxBytes: bytes } });
  });
}
