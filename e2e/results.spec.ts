/**
 * Issue 6 end to end against the demo org (each test resets it): a load of 30 Contacts in three
 * jobs of 10 meets data errors Salesforce rejects (a wrong restricted picklist value, a bad
 * email, sent anyway past the Check screen), lock errors on every row of job 2 (a fault) and
 * job 1 failing half-way (a fault). The results page must account for every row (the invariant,
 * with exact numbers), group the errors, and download files the test reads back row by row
 * against the CSV it wrote. A value fix and a retry of only the failures, then of the
 * unprocessed rows, end with every row loaded exactly once but the one meant to stay failed.
 * Over 300 lines on purpose: the expected outcome of every row, spelled out, is the test.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { demoOrgJobs, prepareLoad, setPace } from './support/new-load';
import { E2E_EMULATOR_URL } from './support/ports';
import { demoOrgQuery, downloadCsv, setCheckbox } from './support/results';
import { signInToDemoOrg } from './support/sign-in';

const UPSERT = {
  operation: 'Upsert',
  object: 'Contact',
  objectOption: 'Contact · Contact',
  matchingField: 'External_Id__c',
  rowsPerJob: 10,
} as const;

const ROWS = 30;
const HEADER = ['External Id', 'Last Name', 'Email', 'Clean Status'];
/** Clean Status is a restricted picklist: Salesforce refuses a value not in its list. */
const BAD_PICKLIST = new Set([2, 8, 13, 21, 25]);
const BAD_EMAIL = 27;
/** Job 1 (rows 0–9) fails after processing this many rows: the rest are unprocessed. */
const JOB_1_FAILS_AFTER = 6;
const LOCK = 'UNABLE_TO_LOCK_ROW';
const PICKLIST = 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST';
const EMAIL = 'INVALID_EMAIL_ADDRESS';

type Outcome =
  { status: 'Succeeded' } | { status: 'Failed'; code: string } | { status: 'Unprocessed' };

const sourceRow = (i: number) => [
  `EXT-${i}`,
  `Contact ${i}`,
  i === BAD_EMAIL ? 'not an email' : `c${i}@example.com`,
  BAD_PICKLIST.has(i) ? 'Synced' : 'Different',
];

/** What each source row of the first run should end as, by the design of the faults above. */
function expectedOutcome(i: number): Outcome {
  if (i >= JOB_1_FAILS_AFTER && i < 10) return { status: 'Unprocessed' };
  if (BAD_PICKLIST.has(i)) return { status: 'Failed', code: PICKLIST };
  if (i === BAD_EMAIL) return { status: 'Failed', code: EMAIL };
  if (i >= 10 && i < 20) return { status: 'Failed', code: LOCK };
  return { status: 'Succeeded' };
}

/** The error code Salesforce puts first in its error text: "CODE:message:fields --". */
const codeOf = (error: string | undefined) => (error ?? '').split(':')[0];
const expectedCode = (i: number) => {
  const expected = expectedOutcome(i);
  return expected.status === 'Failed' ? expected.code : '';
};

const ALL = Array.from({ length: ROWS }, (_, i) => i);
const withStatus = (status: Outcome['status']) =>
  ALL.filter((i) => expectedOutcome(i).status === status);

/** The demo org's faults (emulator/core/faults/fault-rules.ts), set with `PUT /faults`. */
async function setFaults(rules: unknown[]) {
  const response = await fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules }),
  });
  expect(response.ok).toBe(true);
}
const clearFaults = () =>
  fetch(`${E2E_EMULATOR_URL}/__emulator/faults`, { method: 'DELETE' }).then(() => undefined);

test.beforeEach(async () => {
  await resetDemoOrg();
});

test.afterEach(async () => {
  await clearFaults();
  await setPace('fast');
});

/** The source rows (by number) the org holds a Contact for, once per Contact (sorted). */
async function contactsInOrg(): Promise<number[]> {
  const records = await demoOrgQuery<{ External_Id__c: string }>(
    "SELECT External_Id__c FROM Contact WHERE External_Id__c LIKE 'EXT-%'",
  );
  return records.map((r) => Number(r.External_Id__c.slice(4))).sort((a, b) => a - b);
}

const invariant = (page: Page) => page.getByTestId('invariant');

/**
 * Runs the load with its faults: the demo org holds job 1 (manual pace) until job 2 is uploaded,
 * so each fault names its job; then everything runs at full speed. Ends on the results.
 */
async function runFaultyLoad(page: Page, testInfo: TestInfo): Promise<string[]> {
  const csv = testInfo.outputPath('contacts.csv');
  writeFileSync(csv, `${[HEADER, ...ALL.map(sourceRow)].map((r) => r.join(',')).join('\n')}\n`);
  await setPace('manual');
  await signInToDemoOrg(page);
  await prepareLoad(page, csv, { ...UPSERT, sendEveryRow: true });
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Upsert 30 Contacts$/ })
    .click();
  await expect
    .poll(async () => {
      const jobs = await demoOrgJobs();
      return jobs.length === 2 && jobs[0]?.state === 'UploadComplete' && jobs[1]?.uploads === 1;
    })
    .toBe(true);
  const [job1, job2] = (await demoOrgJobs()).map((job) => job.id);
  await setFaults([
    { kind: 'fail-job', afterRows: JOB_1_FAILS_AFTER, jobId: job1 },
    { kind: 'lock-rows', share: 1, jobId: job2 },
  ]);
  await setPace('fast');
  await expect(page.getByText(/^The load finished:/)).toBeVisible({ timeout: 30_000 });
  const jobs = await demoOrgJobs();
  expect(jobs.map((j) => [j.state, j.numberRecordsProcessed, j.numberRecordsFailed])).toEqual([
    ['Failed', JOB_1_FAILS_AFTER, 1],
    ['JobComplete', 10, 10],
    ['JobComplete', 10, 3],
  ]);
  await expect(invariant(page)).toHaveText(
    '30 rows = 12 succeeded (12 created, 0 updated) + 14 failed + 4 unprocessed + 0 excluded before upload + 0 not sent + 0 unknown',
    { timeout: 30_000 },
  );
  return jobs.map((j) => j.id);
}

test('a load with data errors, lock errors and a job failed half-way accounts for every row, and its files say so row by row', async ({
  page,
}, testInfo) => {
  const jobIds = await runFaultyLoad(page, testInfo);

  // Errors grouped by code and field, retryable ones marked.
  const groups = page.getByRole('region', { name: 'Failures by error' }).getByRole('article');
  await expect(groups).toHaveCount(3);
  const lock = page.getByRole('article', { name: new RegExp(`^9 rows — ${LOCK}`) });
  await expect(lock.getByText('Retryable', { exact: true })).toBeVisible();
  const picklist = page.getByRole('article', {
    name: `4 rows — ${PICKLIST} on Contact.CleanStatus`,
  });
  await expect(picklist.getByText('Retryable', { exact: true })).toHaveCount(0);
  await expect(
    page.getByRole('article', { name: `1 row — ${EMAIL} on Contact.Email` }),
  ).toBeVisible();
  await picklist.getByRole('button', { name: 'Show rows' }).click();
  const table = picklist.getByRole('table');
  for (const i of [2, 13, 21, 25]) await expect(table).toContainText(`EXT-${i}`);
  await expect(table).not.toContainText('EXT-8');

  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The whole file with results, row by row against the source.
  const all = await downloadCsv(
    page,
    page.getByRole('button', { name: 'Download all rows with results' }),
  );
  expect(all.name).toBe('contacts-results.csv');
  expect(all.header).toEqual([...HEADER, 'Forklift Status', 'Salesforce Id', 'Created', 'Error']);
  expect(all.rows).toHaveLength(ROWS);
  const orgIds = new Map(
    (
      await demoOrgQuery<{ Id: string; External_Id__c: string }>(
        "SELECT Id, External_Id__c FROM Contact WHERE External_Id__c LIKE 'EXT-%'",
      )
    ).map((r) => [r.External_Id__c, r.Id]),
  );
  expect(orgIds.size).toBe(withStatus('Succeeded').length);
  for (const i of ALL) {
    const row = all.rows[i] ?? {};
    const expected = expectedOutcome(i);
    const where = `row ${i + 2} of ${all.name}`;
    expect(
      HEADER.map((name) => row[name]),
      where,
    ).toEqual(sourceRow(i));
    expect(row['Forklift Status'], where).toBe(expected.status);
    if (expected.status === 'Succeeded') {
      expect(row['Salesforce Id'], where).toMatch(/^003\w{15}$/);
      expect(row['Salesforce Id'], where).toBe(orgIds.get(`EXT-${i}`));
      expect(row.Created, where).toBe('true');
      expect(row.Error, where).toBe('');
    } else {
      expect(row['Salesforce Id'], where).toBe('');
      expect(row.Created, where).toBe('');
      expect(codeOf(row.Error), where).toBe(expectedCode(i));
    }
  }

  // The failed rows: original columns + Error, in file order, ready to fix and drop again.
  const failed = await downloadCsv(
    page,
    page.getByRole('button', { name: 'Download failed rows' }),
  );
  expect(failed.name).toBe('contacts-failed.csv');
  expect(failed.header).toEqual([...HEADER, 'Error']);
  expect(failed.rows.map((row) => HEADER.map((name) => row[name]))).toEqual(
    withStatus('Failed').map(sourceRow),
  );
  expect(failed.rows.map((row) => codeOf(row.Error))).toEqual(
    withStatus('Failed').map(expectedCode),
  );

  // The unprocessed rows: job 1's rows after it failed, original columns only.
  const unprocessed = await downloadCsv(
    page,
    page.getByRole('button', { name: 'Download unprocessed rows' }),
  );
  expect(unprocessed.name).toBe('contacts-unprocessed.csv');
  expect(unprocessed.header).toEqual(HEADER);
  expect(unprocessed.rows.map((row) => HEADER.map((name) => row[name]))).toEqual(
    withStatus('Unprocessed').map(sourceRow),
  );

  // Salesforce's own files, as Salesforce sent them (in any order): job 2's failures and job 1's
  // unprocessed rows.
  const [job1 = '', job2 = ''] = jobIds;
  const rawFailed = await downloadCsv(
    page,
    page.getByRole('button', { name: `Download failed results of job ${job2}` }),
  );
  expect(rawFailed.name).toBe(`${job2}-failed-records.csv`);
  expect(rawFailed.header.slice(0, 2)).toEqual(['sf__Id', 'sf__Error']);
  const byKey = new Map(rawFailed.rows.map((row) => [row.External_Id__c, row]));
  expect([...byKey.keys()].sort()).toEqual(
    ALL.filter((i) => i >= 10 && i < 20)
      .map((i) => `EXT-${i}`)
      .sort(),
  );
  for (let i = 10; i < 20; i++) {
    const row = byKey.get(`EXT-${i}`);
    expect(codeOf(row?.sf__Error), `EXT-${i}`).toBe(expectedCode(i));
    expect([row?.sf__Id, row?.LastName, row?.Email], `EXT-${i}`).toEqual([
      '',
      `Contact ${i}`,
      `c${i}@example.com`,
    ]);
  }
  const rawUnprocessed = await downloadCsv(
    page,
    page.getByRole('button', { name: `Download unprocessed results of job ${job1}` }),
  );
  expect(rawUnprocessed.name).toBe(`${job1}-unprocessed-records.csv`);
  expect(rawUnprocessed.rows.map((row) => row.External_Id__c).sort()).toEqual(
    withStatus('Unprocessed')
      .map((i) => `EXT-${i}`)
      .sort(),
  );
});

test('a value fix and a retry of only the failures, then of the unprocessed rows, load every row once', async ({
  page,
}, testInfo) => {
  await runFaultyLoad(page, testInfo);
  await clearFaults();

  // Fix the picklist group's value for every row that holds it.
  const picklist = page.getByRole('article', { name: new RegExp(`^4 rows — ${PICKLIST}`) });
  await picklist.getByRole('button', { name: 'Fix a value for all rows of this group' }).click();
  const fix = picklist.getByRole('form', { name: 'Fix a value for all rows of this group' });
  await expect(fix.getByLabel('Column to fix')).toHaveValue('3');
  await expect(fix.getByLabel('Value to replace')).toHaveValue('Synced');
  await expect(fix.getByRole('option', { name: 'Synced — 4 rows' })).toBeAttached();
  await fix.getByLabel('Replace with').fill('Inactive');
  await fix.getByRole('button', { name: 'Save fix' }).click();
  await expect(fix.getByText(/will be sent with “Inactive”/)).toBeVisible();
  await expect(page.getByText('Clean Status: “Synced” → “Inactive”')).toBeVisible();

  // Retry only the failures.
  const retry = page.getByRole('form', { name: 'Retry rows' });
  await setCheckbox(page, /^Retry unprocessed rows \(4\)$/, false);
  await expect(retry).toContainText('Your 0 edited cells and 1 value fix are applied');
  await retry.getByRole('button', { name: 'Retry 14 rows' }).click();
  await expect(page.getByText(/This is retry 1 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(invariant(page)).toHaveText(
    '30 rows = 25 succeeded (25 created, 0 updated) + 1 failed + 4 unprocessed + 0 excluded before upload + 0 not sent + 0 unknown',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('article')).toHaveCount(1);
  // Only the failures were sent (14 rows): the unprocessed rows are still not in the org.
  const retried = (await demoOrgJobs()).slice(3);
  expect(retried.reduce((sum, job) => sum + job.numberRecordsProcessed, 0)).toBe(14);
  expect(await contactsInOrg()).toEqual(
    ALL.filter((i) => i !== BAD_EMAIL && expectedOutcome(i).status !== 'Unprocessed'),
  );
  await expect(
    page.getByRole('article', { name: `1 row — ${EMAIL} on Contact.Email` }),
  ).toBeVisible();

  // Then the unprocessed rows (row 8's bad value is fixed by the same value map).
  await setCheckbox(page, /^Retry failed rows \(1\)$/, false);
  await setCheckbox(page, /^Retry unprocessed rows \(4\)$/, true);
  await page
    .getByRole('form', { name: 'Retry rows' })
    .getByRole('button', { name: 'Retry 4 rows' })
    .click();
  await expect(page.getByText(/This is retry 2 of a load/)).toBeVisible({ timeout: 30_000 });
  await expect(invariant(page)).toHaveText(
    '30 rows = 29 succeeded (29 created, 0 updated) + 1 failed + 0 unprocessed + 0 excluded before upload + 0 not sent + 0 unknown',
    { timeout: 30_000 },
  );

  // The org holds each record exactly once, with the fixed value; the bad email is not there.
  const loaded = ALL.filter((i) => i !== BAD_EMAIL);
  expect(await contactsInOrg()).toEqual(loaded);
  const records = await demoOrgQuery<{ External_Id__c: string; CleanStatus: string | null }>(
    "SELECT External_Id__c, CleanStatus FROM Contact WHERE External_Id__c LIKE 'EXT-%'",
  );
  for (const record of records) {
    const i = Number(record.External_Id__c.slice(4));
    expect(record.CleanStatus, record.External_Id__c).toBe(
      BAD_PICKLIST.has(i) ? 'Inactive' : 'Different',
    );
  }
  // The whole load's file now has each row's latest outcome, with the Id the org gave it.
  const ids = new Map(
    (
      await demoOrgQuery<{ Id: string; External_Id__c: string }>(
        "SELECT Id, External_Id__c FROM Contact WHERE External_Id__c LIKE 'EXT-%'",
      )
    ).map((r) => [r.External_Id__c, r.Id]),
  );
  const all = await downloadCsv(
    page,
    page.getByRole('button', { name: 'Download all rows with results' }),
  );
  expect(all.rows.map((row) => HEADER.map((name) => row[name]))).toEqual(ALL.map(sourceRow));
  expect(
    all.rows.map((row) => [row['Forklift Status'], row['Salesforce Id'], codeOf(row.Error)]),
  ).toEqual(
    ALL.map((i) =>
      i === BAD_EMAIL ? ['Failed', '', EMAIL] : ['Succeeded', ids.get(`EXT-${i}`), ''],
    ),
  );
  const jobs = await demoOrgJobs();
  expect(jobs.reduce((sum, job) => sum + job.rows.created, 0)).toBe(loaded.length);
  expect(jobs.reduce((sum, job) => sum + job.rows.succeeded, 0)).toBe(0);
});
