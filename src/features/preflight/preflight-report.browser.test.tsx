import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEFAULT_TRIAL_ROWS } from '../../load/job-plan/job-cutter';
import { PREFLIGHT_LIMITS_NOTICE } from '../../load/preflight/preflight-problem';
import { field } from '../../load/preflight/test-support/preflight-fixture';
import { tabFromPageStart } from '../../test/keyboard';
import {
  checkRows,
  cleanUpPreflightReport,
  CONTACT_COLUMNS,
  CONTACT_ROWS,
  renderPreflightReport,
} from './test-support/render-preflight-report';

afterEach(cleanUpPreflightReport);

const contactSummary = () =>
  checkRows('upsert', CONTACT_COLUMNS, CONTACT_ROWS, { matchingField: 'External_Id__c' });

const groups = () => page.getByRole('list', { name: 'Problems found' }).getByRole('article');
const radio = (name: string) => page.getByRole('radio', { name });
const prepare = () => page.getByRole('button', { name: 'Prepare the load' });
const ONLY_CHOSEN = 'Leave out only the rows of the problems I choose';

describe('the preflight report', () => {
  it('shows each problem by column, errors first, with its Salesforce error, row count and example rows', async () => {
    renderPreflightReport(contactSummary());
    await expect
      .element(page.getByRole('status').first())
      .toHaveTextContent('7 rows checked: 3 rows with errors, 5 rows with warnings.');
    await expect.element(page.getByRole('note')).toHaveTextContent(PREFLIGHT_LIMITS_NOTICE);
    const headings = groups()
      .all()
      .map((g) => g.getByRole('heading', { level: 3 }).element().textContent);
    expect(headings).toEqual([
      'Error: The same key in several rows — External_Id__c',
      'Error: A required field is blank — LastName',
      'Error: Not an email address — Email',
      'Warning: A value the picklist does not list — Salutation',
      'Warning: No matching value: the row creates a record — External_Id__c',
    ]);
    const duplicate = groups().first();
    await expect
      .element(duplicate)
      .toHaveTextContent('Column “External_Id__c” (1) → External_Id__c');
    await expect.element(duplicate.getByText('DUPLICATE_VALUE')).toBeVisible();
    // Data rows count from 1 under the header: index 2 is row 3, repeating row 1.
    await expect.element(duplicate.getByRole('rowheader', { name: '3' })).toBeVisible();
    await expect.element(duplicate.getByText(/"C-1" is also in row 1\./)).toBeVisible();
    const email = groups().nth(2);
    await expect.element(email.getByText('INVALID_EMAIL_ADDRESS')).toBeVisible();
    await expect.element(email.getByRole('rowheader', { name: '2' })).toBeVisible();
    const salutation = groups().nth(3);
    await expect.element(salutation).toHaveTextContent(/Rows\s*4 rows/);
    await expect
      .element(salutation)
      .toHaveTextContent('none: Salesforce would accept the row and store the wrong data');
    // A key is never fixed by one value for every row.
    expect(duplicate.getByText('Fix a value for all rows').elements()).toHaveLength(0);
  });

  it('says when nothing was found, still says what the check cannot see, and prepares', async () => {
    const summary = checkRows(
      'insert',
      [field('LastName'), field('Email')],
      [
        ['Lovelace', 'ada@example.com'],
        ['Hopper', 'grace@example.com'],
      ],
    );
    const rendered = renderPreflightReport(summary);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('2 rows checked. No problems found.');
    await expect.element(page.getByRole('note')).toHaveTextContent(/Validation rules, flows/);
    expect(radio('Send every row anyway').elements()).toHaveLength(0);
    await prepare().click();
    expect(rendered.prepared).toBe(1);
  });

  it('lists problems of the whole load, such as a required field no column supplies', async () => {
    renderPreflightReport(checkRows('insert', [field('Email')], [['ada@example.com']]));
    const section = page.getByRole('region', { name: 'Problems of the whole load' });
    await expect
      .element(section)
      .toHaveTextContent(
        'Must fix: Last Name is required to create a Contact, and no column or constant supplies it. (prevents REQUIRED_FIELD_MISSING)',
      );
  });

  it('fixes a value for all rows: typed, from the suggestion, or every suggestion at once', async () => {
    const rendered = renderPreflightReport(contactSummary());
    const mr = page.getByRole('textbox', { name: 'Replace “mr.” in Salutation' });
    await expect.element(mr).toHaveValue('mr.');
    await userEvent.clear(mr);
    await userEvent.type(mr, 'Mr');
    expect(rendered.valueMaps.at(-1)).toEqual([{ column: 2, from: 'mr.', to: 'Mr' }]);
    await page
      .getByRole('button', { name: 'Use suggestion “Mr.” for “mr.” in Salutation' })
      .click();
    await expect.element(mr).toHaveValue('Mr.');
    await page
      .getByRole('button', { name: 'Use suggestion “Prof.” for “Proff.” in Salutation' })
      .click();
    expect(rendered.valueMaps.at(-1)).toEqual([
      { column: 2, from: 'mr.', to: 'Mr.' },
      { column: 2, from: 'Proff.', to: 'Prof.' },
    ]);
    // Typing the value back leaves it as it is: the entry goes.
    const proff = page.getByRole('textbox', { name: 'Replace “Proff.” in Salutation' });
    await userEvent.clear(proff);
    await userEvent.type(proff, 'Proff.');
    expect(rendered.valueMaps.at(-1)).toEqual([{ column: 2, from: 'mr.', to: 'Mr.' }]);
    await page.getByRole('button', { name: 'Use every suggestion for Salutation' }).click();
    expect(rendered.valueMaps.at(-1)).toEqual([
      { column: 2, from: 'mr.', to: 'Mr.' },
      { column: 2, from: 'Proff.', to: 'Prof.' },
    ]);
    // "Dr" has no close value: a box, but no suggestion; a blank required value can be filled.
    await expect
      .element(page.getByRole('textbox', { name: 'Replace “Dr” in Salutation' }))
      .toBeVisible();
    expect(page.getByRole('button', { name: /for “Dr”/ }).elements()).toHaveLength(0);
    await userEvent.type(
      page.getByRole('textbox', { name: 'Replace blank in LastName' }),
      'Unknown',
    );
    expect(rendered.valueMaps.at(-1)).toContainEqual({ column: 1, from: '', to: 'Unknown' });
    // Every replacement is listed, and can be undone (a fixed value no longer shows as a problem).
    const replaced = page.getByRole('region', { name: 'Values replaced for all rows' });
    await expect.element(replaced).toHaveTextContent('“mr.” → “Mr.” in “Salutation”');
    await replaced.getByRole('button', { name: 'Undo: keep “mr.” in “Salutation”' }).click();
    expect(rendered.valueMaps.at(-1)).toEqual([
      { column: 2, from: 'Proff.', to: 'Prof.' },
      { column: 1, from: '', to: 'Unknown' },
    ]);
    await expect.element(mr).toHaveValue('mr.');
  });

  it('leaves out the rows with errors by default, or only the chosen problems, or none', async () => {
    const summary = contactSummary();
    const rendered = renderPreflightReport(summary);
    await expect.element(radio('Leave out the rows with errors')).toBeChecked();
    await expect
      .element(radio('Leave out the rows with errors'))
      .toHaveAccessibleDescription(
        /3 rows not sent: they are kept and reported as “Excluded before upload”/,
      );
    await expect.element(page.getByText('3 rows left out, 4 rows sent.')).toBeVisible();

    await radio(ONLY_CHOSEN).click();
    const errorKeys = ['duplicate-key@0', 'required-missing@1', 'invalid-email@3'];
    expect(rendered.decisions.at(-1)?.choice).toEqual({
      kind: 'exclude-groups',
      groups: errorKeys,
    });
    const problems = page.getByRole('group', { name: 'Problems whose rows are left out' });
    const email = problems.getByRole('checkbox', { name: 'Not an email address — Email (1 row)' });
    await expect.element(email).toBeChecked();
    await email.click();
    await problems
      .getByRole('checkbox', { name: 'A value the picklist does not list — Salutation (4 rows)' })
      .click();
    expect(rendered.decisions.at(-1)?.choice).toEqual({
      kind: 'exclude-groups',
      groups: ['duplicate-key@0', 'required-missing@1', 'unknown-picklist-value@2'],
    });
    await expect
      .element(page.getByText(/^Between 4 and 6 rows left out/))
      .toHaveTextContent(/at least 1 row sent\.$/);

    await radio('Send every row anyway').click();
    expect(rendered.decisions.at(-1)?.choice).toEqual({ kind: 'go-on-anyway' });
    await expect
      .element(radio('Send every row anyway'))
      .toHaveAccessibleDescription(/Salesforce rejects the rows with errors/);
    await expect.element(page.getByText('0 rows left out, 7 rows sent.')).toBeVisible();
    expect(problems.elements()).toHaveLength(0);
  });

  it('asks for a trial run of the first rows, 10 unless told otherwise, and checks the number', async () => {
    const rendered = renderPreflightReport(contactSummary());
    const trial = page.getByRole('checkbox', { name: /^Trial run: load the first rows/ });
    await expect.element(trial).not.toBeChecked();
    await trial.click();
    expect(rendered.decisions.at(-1)?.trialRows).toBe(DEFAULT_TRIAL_ROWS);
    const rows = page.getByRole('spinbutton', { name: 'Rows in the trial run' });
    await expect.element(rows).toHaveValue(DEFAULT_TRIAL_ROWS);
    await expect
      .element(page.getByText('The file has 7 rows: the trial run is the whole load.'))
      .toBeVisible();
    await rows.fill('3');
    expect(rendered.decisions.at(-1)?.trialRows).toBe(3);
    await rows.fill('0');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Type a whole number of rows, 1 or more.');
    await expect.element(rows).toHaveAttribute('aria-invalid', 'true');
    await expect.element(prepare()).toBeDisabled();
    expect(rendered.decisions.at(-1)?.trialRows).toBe(3);
    await trial.click();
    expect(rendered.decisions.at(-1)?.trialRows).toBe(0);
    await expect.element(prepare()).toBeEnabled();
  });

  it('offers sorting by parent only when the mapping has a parent key', async () => {
    const summary = contactSummary();
    renderPreflightReport(summary);
    const sort = () =>
      page.getByRole('checkbox', { name: 'Sort rows by parent to reduce lock contention' });
    await expect.element(prepare()).toBeVisible();
    expect(sort().elements()).toHaveLength(0);
    cleanUpPreflightReport();
    const rendered = renderPreflightReport(summary, { canSortByParent: true });
    await sort().click();
    expect(rendered.decisions.at(-1)).toMatchObject({ sortByParent: true });
  });

  it('cannot prepare twice, nor a load that leaves out every row', async () => {
    renderPreflightReport(contactSummary(), { preparing: true });
    await expect.element(prepare()).toBeDisabled();
    cleanUpPreflightReport();
    renderPreflightReport(checkRows('insert', [field('LastName')], [[''], ['']]));
    await expect.element(prepare()).toBeDisabled();
    await expect.element(prepare()).toHaveAccessibleDescription(/Every row is left out/);
  });

  it('is usable from the keyboard: arrows move the choice, Space ticks, Enter prepares', async () => {
    const rendered = renderPreflightReport(contactSummary());
    await expect.element(prepare()).toBeVisible();
    radio('Leave out the rows with errors').element().focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(radio(ONLY_CHOSEN)).toBeChecked();
    await expect.element(radio(ONLY_CHOSEN)).toHaveFocus();
    await userEvent.tab();
    await expect
      .element(page.getByRole('checkbox', { name: /^The same key in several rows/ }))
      .toHaveFocus();
    await userEvent.keyboard(' ');
    expect(rendered.decisions.at(-1)?.choice).toEqual({
      kind: 'exclude-groups',
      groups: ['required-missing@1', 'invalid-email@3'],
    });
    prepare().element().focus();
    await userEvent.keyboard('{Enter}');
    expect(rendered.prepared).toBe(1);
    await tabFromPageStart();
    await expect.element(page.getByRole('textbox').first()).toHaveFocus();
  });

  it('names every control and points descriptions at text that exists', async () => {
    renderPreflightReport(contactSummary(), { canSortByParent: true });
    await page.getByRole('checkbox', { name: /^Trial run/ }).click();
    await radio(ONLY_CHOSEN).click();
    const controls = [...document.querySelectorAll<HTMLElement>('input, button, select, textarea')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) await expect.element(control).toHaveAccessibleName();
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of document.querySelectorAll('[aria-describedby], [aria-labelledby]'))
      for (const attr of ['aria-describedby', 'aria-labelledby'])
        for (const id of (e.getAttribute(attr) ?? '').split(' ').filter(Boolean))
          expect(document.getElementById(id), `${attr}="${id}"`).not.toBeNull();
  });
});
