/**
 * Issue 6, "Org jobs", end to end: jobs another tool created (jsforce, in Node, as a script or an
 * integration would) show on `/jobs` with their counts and creator; one opens at `/jobs/:jobId`,
 * its success file downloads with the rows Salesforce loaded, and abort stays refused until the
 * user unlocks it for that job. Checked with axe along the way.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { Connection, OAuth2 } from 'jsforce';
import { DEMO_ADMIN, resetDemoOrg } from './support/demo-org';
import { demoOrgJobs } from './support/new-load';
import { E2E_EMULATOR_URL } from './support/ports';
import { signInToDemoOrg } from './support/sign-in';

const CONTACTS = 'LastName,Email\nAda,ada@example.com\nBea,bea@example.com\nCy,not an email\n';
/** jsforce deletes the job when its poll times out (30 s by default): never, here. */
const POLL_TIMEOUT_MS = 600_000;

async function expectNoSeriousAxeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** jsforce signed in with the password grant (design.md §4: not `conn.login()`, which is SOAP). */
async function jsforceConnection(): Promise<Connection> {
  // jsforce insists on a secret for this grant; the demo client ignores it.
  const oauth2 = new OAuth2({
    loginUrl: E2E_EMULATOR_URL,
    clientId: 'forklift-console',
    clientSecret: 'unused-by-the-demo-org',
  });
  const tokens = await oauth2.authenticate(DEMO_ADMIN.username, DEMO_ADMIN.password);
  return new Connection({
    instanceUrl: tokens.instance_url,
    accessToken: tokens.access_token,
    version: '62.0',
  });
}

/** A finished insert of three Contacts (one with a bad Email), made by jsforce. */
async function jsforceFinishedJob(conn: Connection): Promise<string> {
  const job = conn.bulk2.createJob({ object: 'Contact', operation: 'insert', lineEnding: 'LF' });
  await job.open();
  await job.uploadData(CONTACTS);
  await job.close();
  await job.poll(200, POLL_TIMEOUT_MS);
  return job.id;
}

/** A job jsforce opened and never closed: still running as far as anyone can tell. */
async function jsforceOpenJob(conn: Connection): Promise<string> {
  const job = conn.bulk2.createJob({ object: 'Account', operation: 'insert', lineEnding: 'LF' });
  await job.open();
  return job.id;
}

test.beforeEach(async () => {
  await resetDemoOrg();
});

test('a job jsforce created shows on the org jobs page, downloads its results, and is locked', async ({
  page,
}) => {
  const conn = await jsforceConnection();
  const finished = await jsforceFinishedJob(conn);
  const open = await jsforceOpenJob(conn);

  await signInToDemoOrg(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Org jobs' })
    .click();
  await expect(page.getByRole('heading', { name: 'Org jobs', level: 1 })).toBeVisible();
  await expect(page.getByText('2 jobs in the org.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: finished });
  await expect(row).toContainText('JobComplete');
  await expect(row).toContainText('3 processed, 1 failed');
  await expect(row).toContainText('Alex Admin');
  await expect(row.getByText('Created by Forklift')).toHaveCount(0);
  await expectNoSeriousAxeFindings(page);

  // Open it and download its success file.
  await row.getByRole('link', { name: `Job ${finished}` }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${finished}$`));
  await expect(page.getByRole('heading', { name: 'State: JobComplete' })).toBeVisible();
  await expect(page.getByText('3 (2 succeeded)')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download successful records' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${finished}-success-records.csv`);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  expect(lines[0]).toBe('"sf__Id","sf__Created",LastName,Email');
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',').slice(1))
      .sort(),
  ).toEqual([
    ['"true"', '"Ada"', '"ada@example.com"'],
    ['"true"', '"Bea"', '"bea@example.com"'],
  ]);
  await expect(page.getByText(`Saved ${finished}-success-records.csv`)).toBeVisible();
  await expectNoSeriousAxeFindings(page);

  // The open job: abort is refused until unlocked for this job (by keyboard).
  await page.getByRole('link', { name: 'Back to the org’s jobs' }).first().click();
  await page.getByRole('link', { name: `Job ${open}` }).click();
  await expect(page.getByRole('heading', { name: 'State: Open' })).toBeVisible();
  const abort = page.getByRole('button', { name: 'Abort job' });
  await expect(abort).toBeDisabled();
  await expect(page.getByText(/Forklift did not create this job/)).toBeVisible();
  await expectNoSeriousAxeFindings(page);
  const unlock = page.getByRole('checkbox', { name: 'Unlock abort and delete for this job' });
  await unlock.focus();
  await page.keyboard.press('Space');
  await expect(unlock).toBeChecked();
  await expect(abort).toBeEnabled();
  await abort.focus();
  await page.keyboard.press('Enter');
  // The confirmation opens on its safe choice.
  await expect(page.getByRole('button', { name: 'Keep the job running' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, abort the job' }).click();
  await expect(page.getByRole('heading', { name: 'State: Aborted' })).toBeVisible();
  expect((await demoOrgJobs()).find((job) => job.id === open)?.state).toBe('Aborted');
  expect((await demoOrgJobs()).find((job) => job.id === finished)?.state).toBe('JobComplete');
});
