import { writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { controlDemoOrg } from './demo-org';

/** Writes a Contact CSV keyed by External_Id__c: `bad` lists rows (0-based) with a bad Email. */
export function writeContactsCsv(
  path: string,
  rows: number,
  options: { bad?: readonly number[]; prefix?: string } = {},
): string {
  const bad = new Set(options.bad ?? []);
  const prefix = options.prefix ?? 'EXT';
  const lines = ['External Id,Last Name,Email'];
  for (let i = 0; i < rows; i++)
    lines.push(`${prefix}-${i},Contact ${i},${bad.has(i) ? 'not an email' : `c${i}@example.com`}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

export interface LoadChoices {
  operation: 'Insert' | 'Update' | 'Upsert' | 'Delete' | 'Hard delete';
  object: string;
  /** The option text of the object picker, e.g. `Contact · Contact`. */
  objectOption: string;
  matchingField?: string;
  rowsPerJob?: number;
  trialRows?: number;
  /** Run the org check and wait for its results before preparing. */
  orgCheck?: boolean;
  /** Choose "Send every row anyway" on the Check screen, so Salesforce's own errors come back. */
  sendEveryRow?: boolean;
  /** Map from the preview, without waiting for the drop step to read the whole file. */
  mapWhileReading?: boolean;
  /** Runs just before and just after "Check every row" is clicked. */
  aroundCheck?: { before(page: Page): Promise<void>; after(page: Page): Promise<void> };
}

/** SLDS hides a radio under its styled label: click the label, as a user does. */
async function chooseRadio(page: Page, name: string) {
  const radio = page.getByRole('radio', { name, exact: true });
  await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
  await expect(radio).toBeChecked();
}

/** New load → drop → map → check → prepare: ends with the Confirm dialog open. */
export async function prepareLoad(page: Page, csvPath: string, choices: LoadChoices) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New load' })
    .click();
  await page.getByLabel('CSV file', { exact: true }).setInputFiles(csvPath);
  if (!choices.mapWhileReading) await expect(page.getByText(/^Read [\d,]+ rows/)).toBeVisible();
  await chooseRadio(page, choices.operation);
  const objectPicker = page.getByRole('combobox', { name: 'Object' });
  await objectPicker.fill(choices.object);
  await page.getByRole('option', { name: choices.objectOption }).click();
  if (choices.matchingField)
    await page.getByLabel('Match records by').selectOption(choices.matchingField);
  const acceptAll = page.getByRole('button', { name: 'Accept all suggestions' });
  if (await acceptAll.isEnabled()) await acceptAll.click();
  await choices.aroundCheck?.before(page);
  await page.getByRole('button', { name: 'Check every row' }).click();
  await choices.aroundCheck?.after(page);
  // A big file takes a while to check.
  await expect(page.getByRole('button', { name: 'Prepare the load' })).toBeVisible({
    timeout: 60_000,
  });
  if (choices.sendEveryRow) await chooseRadio(page, 'Send every row anyway');
  if (choices.rowsPerJob !== undefined)
    await page.getByLabel(/Rows per job, at most/).fill(String(choices.rowsPerJob));
  if (choices.trialRows !== undefined) {
    await page.getByText('Trial run: load the first rows as a job of their own first').click();
    await expect(page.getByRole('checkbox', { name: /Trial run/ })).toBeChecked();
    await page.getByLabel('Rows in the trial run').fill(String(choices.trialRows));
  }
  if (choices.orgCheck) {
    await page.getByRole('button', { name: /^Check against the org/ }).click();
    await expect(page.getByRole('list', { name: 'Org check results' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Prepare the load' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

/** The overall progress bar's text: "42%: 10,000 of 25,000 rows processed". */
export async function processedRows(page: Page): Promise<number> {
  const text = await page
    .getByRole('progressbar', { name: 'Rows processed', exact: true })
    .getAttribute('aria-valuetext');
  const match = /: ([\d,]+) of/.exec(text ?? '');
  return match ? Number(match[1]?.replace(/,/g, '')) : -1;
}

export const setPace = (pace: 'manual' | 'fast' | 'demo') =>
  controlDemoOrg('config', { pace }, 'PATCH');

export const tick = (ms = 1000) => controlDemoOrg('tick', { ms });

interface InspectedJob {
  id: string;
  state: string;
  object: string;
  operation: string;
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
  uploads: number;
  /** Bytes of CSV the job's upload held (0 before it was uploaded). */
  uploadBytes: number;
  rows: { created: number; succeeded: number; failed: number };
}

export async function demoOrgJobs(): Promise<InspectedJob[]> {
  const { jobs } = (await controlDemoOrg('jobs', undefined, 'GET')) as { jobs: InspectedJob[] };
  return jobs;
}
