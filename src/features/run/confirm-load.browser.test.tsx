import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ConfirmLoad, type ConfirmLoadProps } from './confirm-load';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

const SANDBOX = { name: 'Acme UAT', id: '00D000000000001EAA', isSandbox: true };
const PRODUCTION = { name: 'Acme Corp', id: '00D000000000002EAA', isSandbox: false };

function renderConfirm(overrides: Partial<ConfirmLoadProps> = {}) {
  const calls: string[] = [];
  const opener = document.body.appendChild(document.createElement('button'));
  opener.textContent = 'Start the load';
  opener.focus();
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  const draw = (more: Partial<ConfirmLoadProps>) =>
    root?.render(
      <StrictMode>
        <ConfirmLoad
          object={{ name: 'Contact', label: 'Contact' }}
          operation="upsert"
          rowsToSend={1234}
          rowsExcluded={3}
          jobs={2}
          trialRows={null}
          org={SANDBOX}
          username="admin@forklift.demo"
          onConfirm={() => calls.push('confirm')}
          onCancel={() => calls.push('cancel')}
          {...overrides}
          {...more}
        />
      </StrictMode>,
    );
  draw({});
  /** The same dialog with more props, as the page re-renders it. */
  return { calls, opener, rerender: draw };
}

const dialog = () => page.getByRole('dialog', { name: 'Confirm the load' });
const orgNameBox = () => page.getByRole('textbox', { name: 'Type the org name to confirm' });
const deleteWordBox = () => page.getByRole('textbox', { name: 'Type DELETE to confirm' });

describe('the Confirm dialog', () => {
  it('shows what goes where, and a sandbox insert needs no typing', async () => {
    const { calls } = renderConfirm({ operation: 'insert', trialRows: 10 });
    await expect.element(dialog()).toBeVisible();
    await expect.element(dialog()).toHaveAttribute('aria-modal', 'true');
    const text = dialog().element().textContent ?? '';
    expect(text).toContain('Contact (Contact)');
    expect(text).toMatch(/Rows to send\s*1,234/);
    expect(text).toMatch(/Rows excluded before upload\s*3/);
    expect(text).toMatch(/Jobs\s*2/);
    expect(text).toContain('The first 10 rows go first');
    expect(text).toContain('Acme UAT');
    expect(text).toContain('00D000000000001EAA');
    expect(text).toContain('admin@forklift.demo');
    expect(text).toContain(
      'Aborting stops what is not processed yet; rows already processed are not rolled back.',
    );
    await expect.element(page.getByText('Sandbox', { exact: true })).toBeVisible();
    expect(orgNameBox().query()).toBeNull();
    // Focus moved into the dialog, onto Cancel: Enter alone never starts a load.
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: 'Insert 1,234 Contacts' }));
    expect(calls).toEqual(['confirm']);
  });

  it('asks for the org name typed exactly before a load into production', async () => {
    const { calls } = renderConfirm({ org: PRODUCTION });
    const confirm = page.getByRole('button', { name: 'Upsert 1,234 Contacts' });
    await expect.element(page.getByText('Production', { exact: true })).toBeVisible();
    await expect.element(orgNameBox()).toHaveFocus();
    await expect.element(confirm).toBeDisabled();
    await userEvent.fill(orgNameBox(), 'acme corp');
    await expect.element(confirm).toBeDisabled();
    await expect.element(orgNameBox()).toHaveAttribute('aria-invalid', 'true');
    await userEvent.fill(orgNameBox(), 'Acme Corp');
    await expect.element(confirm).toBeEnabled();
    await userEvent.click(confirm);
    expect(calls).toEqual(['confirm']);
  });

  it('asks for the org name before a delete, even in a sandbox, and lists the cascade', async () => {
    const { calls } = renderConfirm({
      object: { name: 'Account', label: 'Account' },
      operation: 'delete',
      rowsToSend: 12,
      cascade: {
        deleted: [
          { object: 'Contact', label: 'Contacts', count: 34 },
          { object: 'Opportunity', label: 'Opportunities', count: 5 },
        ],
        blockers: [],
        sampledRows: 12,
        totalRows: 12,
      },
    });
    const confirm = page.getByRole('button', { name: 'Delete 12 Accounts' });
    await expect.element(confirm).toBeDisabled();
    const deleted = page.getByRole('list', { name: 'Deleted with them' });
    await expect.element(deleted.getByText('34 Contacts (Contact)')).toBeVisible();
    await expect.element(deleted.getByText('5 Opportunities (Opportunity)')).toBeVisible();
    expect(dialog().element().textContent).not.toContain('The org check read the first');
    expect(page.getByRole('list', { name: 'Related records that stop the delete' }).query()).toBe(
      null,
    );
    // Enter in the box does nothing while the name does not match.
    await userEvent.type(orgNameBox(), 'Acme{Enter}');
    expect(calls).toEqual([]);
    await userEvent.type(orgNameBox(), ' UAT{Enter}');
    expect(calls).toEqual(['confirm']);
  });

  it('asks for the org name and the word DELETE before a hard delete', async () => {
    const { calls } = renderConfirm({
      object: { name: 'Account', label: 'Account' },
      operation: 'hardDelete',
      rowsToSend: 1,
      cascade: null,
    });
    const confirm = page.getByRole('button', { name: 'Hard delete 1 Account' });
    await expect
      .element(page.getByText('Hard-deleted records skip the Recycle Bin and cannot be restored.'))
      .toBeVisible();
    await expect.element(page.getByText(/were not counted: run the org check/)).toBeVisible();
    await userEvent.fill(orgNameBox(), 'Acme UAT');
    await expect.element(confirm).toBeDisabled();
    await userEvent.fill(deleteWordBox(), 'delete');
    await expect.element(confirm).toBeDisabled();
    await userEvent.fill(deleteWordBox(), 'DELETE');
    await expect.element(confirm).toBeEnabled();
    await userEvent.click(confirm);
    expect(calls).toEqual(['confirm']);
  });

  it('is used from the keyboard: focus stays inside, Escape cancels and focus goes back', async () => {
    const { calls, opener } = renderConfirm({ org: PRODUCTION });
    await expect.element(orgNameBox()).toHaveFocus();
    await userEvent.keyboard('Acme Corp');
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Upsert 1,234 Contacts' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(orgNameBox()).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect.element(page.getByRole('button', { name: 'Upsert 1,234 Contacts' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(calls).toEqual(['cancel']);
    root?.unmount();
    root = undefined;
    expect(document.activeElement).toBe(opener);
  });

  it('warns, without blocking, when the org would run out of daily allowance', async () => {
    const { calls } = renderConfirm({
      operation: 'insert',
      limitWarning: 'This load needs up to 3 Bulk API batches, and the org has 1 left today.',
    });
    const warning = page.getByRole('alert').filter({ hasText: 'run out of API allowance' });
    await expect.element(warning).toBeVisible();
    await expect.element(warning).toHaveTextContent(/3 Bulk API batches/);
    await userEvent.click(page.getByRole('button', { name: 'Insert 1,234 Contacts' }));
    expect(calls).toEqual(['confirm']);
  });

  it('starts once: while the load starts every choice is ignored and focus stays put', async () => {
    const { calls, rerender } = renderConfirm({ operation: 'insert' });
    const confirm = page.getByRole('button', { name: 'Insert 1,234 Contacts' });
    await userEvent.click(confirm);
    expect(calls).toEqual(['confirm']);
    rerender({ starting: true });
    await expect.element(page.getByRole('status')).toHaveTextContent(/Starting the load/);
    await expect.element(confirm).toHaveAttribute('aria-disabled', 'true');
    await expect.element(confirm).toHaveFocus();
    // A real click on an aria-disabled button: Playwright waits for enabled unless forced.
    await userEvent.click(confirm, { force: true });
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    await expect.element(confirm).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: 'Cancel' }), { force: true });
    expect(calls).toEqual(['confirm']);
    rerender({
      starting: false,
      problem: 'The load did not start, and nothing was sent: offline.',
    });
    await expect.element(page.getByRole('alert')).toHaveTextContent(/nothing was sent: offline/);
    await userEvent.click(confirm);
    expect(calls).toEqual(['confirm', 'confirm']);
  });

  it('says when the cascade counts come from the first rows only, and lists what stops the delete', async () => {
    renderConfirm({
      object: { name: 'Account', label: 'Account' },
      operation: 'delete',
      rowsToSend: 5000,
      cascade: {
        deleted: [{ object: 'Contact', label: 'Contacts', count: 34 }],
        blockers: [{ object: 'Case', label: 'Cases', count: 2 }],
        sampledRows: 2000,
        totalRows: 5000,
      },
    });
    await expect
      .element(page.getByText(/The org check read the first 2,000 rows of 5,000/))
      .toBeVisible();
    await expect
      .element(page.getByText('Salesforce also deletes these related records, at least:'))
      .toBeVisible();
    const blockers = page.getByRole('list', { name: 'Related records that stop the delete' });
    await expect.element(blockers.getByText('2 Cases (Case)')).toBeVisible();
    await expect.element(page.getByText(/DELETE_FAILED/)).toBeVisible();
  });
});
