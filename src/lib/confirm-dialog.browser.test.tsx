/**
 * The shared confirmation step in real Chromium: named and described for assistive technology,
 * opened on the safe choice, Escape backs out and puts focus back on the button that asked, and
 * while the confirmed action runs neither choice can be pressed.
 */
import { StrictMode, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ConfirmDialog } from './confirm-dialog';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

function Asker(props: { log: string[]; busy?: boolean; problem?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete the thing
      </button>
      {open && (
        <ConfirmDialog
          title="Delete the thing?"
          description="It goes for good; the other things stay."
          confirmLabel="Yes, delete it"
          onConfirm={() => props.log.push('confirmed')}
          onCancel={() => {
            props.log.push('cancelled');
            setOpen(false);
          }}
          busy={props.busy}
          problem={props.problem}
        />
      )}
    </>
  );
}

function render(props: Parameters<typeof Asker>[0]) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <Asker {...props} />
    </StrictMode>,
  );
}

it('opens on Cancel, and Escape backs out to the button that asked', async () => {
  const log: string[] = [];
  render({ log });
  const ask = page.getByRole('button', { name: 'Delete the thing' });
  await userEvent.click(ask);
  const dialog = page.getByRole('alertdialog', { name: 'Delete the thing?' });
  await expect
    .element(dialog)
    .toHaveAccessibleDescription('It goes for good; the other things stay.');
  await expect.element(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.keyboard('{Escape}');
  expect(log).toEqual(['cancelled']);
  expect(dialog.elements()).toEqual([]);
  await expect.element(ask).toHaveFocus();

  await userEvent.click(ask);
  await userEvent.tab();
  await expect.element(page.getByRole('button', { name: 'Yes, delete it' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  expect(log).toEqual(['cancelled', 'confirmed']);
});

it('while busy, neither choice can be pressed, and a problem is an alert', async () => {
  const log: string[] = [];
  render({ log, busy: true, problem: 'Nothing was deleted: the disk is full. Try again.' });
  await userEvent.click(page.getByRole('button', { name: 'Delete the thing' }));
  await expect.element(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await expect.element(page.getByRole('button', { name: 'Yes, delete it' })).toBeDisabled();
  await expect
    .element(page.getByRole('alert'))
    .toHaveTextContent('Nothing was deleted: the disk is full. Try again.');
  expect(log).toEqual([]);
});
