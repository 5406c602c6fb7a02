import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { resetDemoOrg } from './support/demo-org';
import { signInToDemoOrg } from './support/sign-in';

const FIXTURE = new URL('./fixtures/contacts-with-labels.csv', import.meta.url);
const HEADERS = [
  'First Name',
  'Last Name',
  'Email',
  'Birthdate',
  'Mailing Street',
  'Mailing City',
  'Business Phone',
];

async function expectNoSeriousAxeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
  ).toEqual([]);
}

test.beforeEach(async () => {
  await resetDemoOrg();
});

test('the fixture is what the test claims: a UTF-8 BOM, CRLF line endings, quoted multi-line values', () => {
  const bytes = readFileSync(FIXTURE);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEADERS.join(',')}`);
  expect(text).toMatch(/"12 St James's Square\r\nFlat 2"/);
});

test('drops a Contact CSV with label headers and reaches a complete mapping without typing a field name', async ({
  page,
}) => {
  await signInToDemoOrg(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New load' })
    .click();
  await expect(page.getByRole('heading', { name: 'New load', level: 1 })).toBeVisible();

  await page.getByLabel('CSV file', { exact: true }).setInputFiles(FIXTURE.pathname);
  await expect(page.getByText(/^Read 3 rows/)).toBeVisible();

  await page.getByRole('radio', { name: 'Insert' }).check();
  const objectPicker = page.getByRole('combobox', { name: 'Object' });
  await objectPicker.fill('Contact');
  await page.getByRole('option', { name: 'Contact · Contact' }).click();
  await expect(objectPicker).toHaveValue('Contact (Contact)');

  const fieldFor = (header: string) =>
    page.getByRole('combobox', { name: `Field for column "${header}"`, exact: true });
  await expect(fieldFor('Email')).toHaveValue('Email (Email)');
  await expect(page.getByText(/because it matches the field label 'First Name'/)).toBeVisible();

  await page.getByRole('button', { name: 'Accept all suggestions' }).click();

  const expected: Record<string, string> = {
    'First Name': 'First Name (FirstName)',
    'Last Name': 'Last Name (LastName)',
    Email: 'Email (Email)',
    Birthdate: 'Birthdate (Birthdate)',
    'Mailing Street': 'Mailing Street (MailingStreet)',
    'Mailing City': 'Mailing City (MailingCity)',
    'Business Phone': 'Business Phone (Phone)',
  };
  for (const header of HEADERS) await expect(fieldFor(header)).toHaveValue(expected[header] ?? '');

  await expect(page.getByText('The mapping is complete', { exact: false })).toBeVisible();
  await expect(page.getByText(/need[s]? a decision/)).toHaveCount(0);
  await expect(page.getByText(/Required to create a Contact/)).toHaveCount(0);

  // The preview is the upload CSV itself: API names, LF, dates as ISO, multi-line values quoted.
  const csv = await page.getByLabel('CSV to upload', { exact: true }).textContent();
  const lines = (csv ?? '').split('\n');
  expect(lines[0]).toBe('FirstName,LastName,Email,Birthdate,MailingStreet,MailingCity,Phone');
  expect(csv).toContain(
    'Ada,Lovelace,ada@example.com,1815-12-10,"12 St James\'s Square\r\nFlat 2",London,+44 20 7946 0001\n',
  );
  expect(csv).toContain('Zoë,"Ng, Jr.",zoe@example.com,1990-01-31,');
  expect(csv).not.toContain('\uFEFF');

  await expectNoSeriousAxeFindings(page);
});

test('drops and maps with the keyboard only', async ({ page }) => {
  await signInToDemoOrg(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'New load' })
    .click();

  await tabUntilFocused(page, page.getByRole('button', { name: 'Choose a CSV file' }));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(FIXTURE.pathname);
  await expect(page.getByText(/^Read 3 rows/)).toBeVisible();

  const objectPicker = page.getByRole('combobox', { name: 'Object' });
  await tabUntilFocused(page, objectPicker);
  await page.keyboard.type('contact');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(objectPicker).toHaveValue('Contact (Contact)');

  await tabUntilFocused(page, page.getByRole('button', { name: 'Accept all suggestions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('The mapping is complete', { exact: false })).toBeVisible();
});

async function tabUntilFocused(page: Page, target: ReturnType<Page['getByRole']>, maxTabs = 40) {
  for (let i = 0; i < maxTabs; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
