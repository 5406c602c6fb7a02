/**
 * Issue 5's trial run, its review (against the demo org, reset for the test): when trial rows
 * fail in Salesforce, the review says why, grouped by error in the admin's words with the rows'
 * values, before the user decides whether to send the rest.
 */
import { expect, test } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { E2E_EMULATOR_URL } from './support/ports';
import { demoOrgJobs, prepareLoad, writeContactsCsv } from './support/new-load';
import { CONTACT_UPSERT } from './support/manual-run';
import { signInToDemoOrg } from './support/sign-in';

const faults = (body?: unknown) =>
  fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, {
    method: body === undefined ? 'DELETE' : 'PUT',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

test.beforeEach(async () => {
  await resetDemoOrg();
});
test.afterEach(async () => {
  await faults();
});

test('the trial review says why trial rows failed before the rest is sent', async ({
  page,
}, testInfo) => {
  // Half the rows hit a record lock: errors no check before the upload can foresee.
  await faults({ seed: 3, rules: [{ kind: 'lock-rows', share: 0.5, object: 'Contact' }] });
  const csv = writeContactsCsv(testInfo.outputPath('contacts.csv'), 40);
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...CONTACT_UPSERT, trialRows: 10 });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 40 Contacts$/ })
    .click();
  const review = page.getByRole('region', { name: 'Trial run results' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  const group = review.getByRole('region', { name: /^Record was locked: \d+ trial rows?$/ });
  await expect(group).toBeVisible();
  await expect(group.getByRole('heading')).toContainText('UNABLE_TO_LOCK_ROW');
  const examples = group.getByRole('table');
  await expect(examples.getByRole('columnheader', { name: 'External_Id__c' })).toBeVisible();
  await expect(examples.getByRole('row')).not.toHaveCount(1);

  // What the review lists is what the demo org failed, and nothing else was sent yet.
  const jobs = await demoOrgJobs();
  expect(jobs).toHaveLength(1);
  const failed = jobs[0]?.numberRecordsFailed ?? 0;
  expect(failed).toBeGreaterThan(0);
  await expect(review).toContainText(`${failed} failed`);
});
