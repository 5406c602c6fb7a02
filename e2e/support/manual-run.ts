/**
 * A load run under the demo org's manual clock, step by step (run-load and session-resilience
 * specs): the Contact upsert both use, one clock step at a time with the page's progress checked,
 * and the wait until the org starts processing the load's one job.
 */
import { expect, type Page } from '@playwright/test';
import { demoOrgJobs, processedRows, tick, type LoadChoices } from './new-load';

/** Contacts upserted by External_Id__c (the file `writeContactsCsv` writes). */
export const CONTACT_UPSERT = {
  operation: 'Upsert',
  object: 'Contact',
  objectOption: 'Contact · Contact',
  matchingField: 'External_Id__c',
} as const satisfies LoadChoices;

/** Moves the manual clock one step and waits for the page to show the rows processed. */
export async function stepTo(page: Page, rows: number) {
  await tick();
  await expect.poll(() => processedRows(page), { timeout: 45_000 }).toBe(rows);
}

/** Waits until the demo org holds the load's closed job, then moves it to InProgress. */
export async function startProcessing() {
  await expect
    .poll(async () => (await demoOrgJobs())[0]?.state, { timeout: 30_000 })
    .toBe('UploadComplete');
  await tick();
  await expect.poll(async () => (await demoOrgJobs())[0]?.state).toBe('InProgress');
}
