/**
 * The shared confirmation step in real Chromium: named and described for assistive technology,
 * opened on the safe choice, Escape backs out and puts focus back on the button that asked, and
 * while the confirmed action runs neither choice does anything yet keyboard focus stays where the
 * user pressed (a disabled button would drop it to <body>), through a failure and a retry.
 */
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css';
import '../styles/app.css';
import { StrictMode, useState, type ReactElement } from 'react';
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

/** Asks like the history delete does: busy while the action runs, the reason when it fails. */
function PendingAsker(props: { log: string[]; action(): Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function confirm() {
    props.log.push('confirmed');
    setBusy(true);
    setProblem(null);
    try {
      await props.action();
      setOpen(false);
    } catch (error) {
      setProblem(`Nothing was deleted: ${(error as Error).message}. Try again.`);
    }
    setBusy(false);
  }
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
          onConfirm={() => void confirm()}
          onCancel={() => {
            props.log.push('cancelled');
            setOpen(false);
          }}
          busy={busy}
          problem={problem}
        />
      )}
    </>
  );
}

function render(element: ReactElement) {
  root = createRoot(document.body.appendChild(document.createElement('div')));
  root.render(<StrictMode>{element}</StrictMode>);
}

/** An action that ends when the test says so. */
function pendingAction() {
  const settle: { resolve(): void; reject(error: Error): void }[] = [];
  const action = () =>
    new Promise<void>((resolve, reject) => {
      settle.push({ resolve, reject });
    });
  return { action, settle };
}

const ask = () => page.getByRole('button', { name: 'Delete the thing' });
const dialog = () => page.getByRole('alertdialog', { name: 'Delete the thing?' });
const cancel = () => dialog().getByRole('button', { name: 'Cancel' });
const yes = () => dialog().getByRole('button', { name: 'Yes, delete it' });

it('opens on Cancel, and Escape backs out to the button that asked', async () => {
  const log: string[] = [];
  render(<Asker log={log} />);
  await userEvent.click(ask());
  await expect
    .element(dialog())
    .toHaveAccessibleDescription('It goes for good; the other things stay.');
  await expect.element(cancel()).toHaveFocus();
  await userEvent.keyboard('{Escape}');
  expect(log).toEqual(['cancelled']);
  expect(dialog().elements()).toEqual([]);
  await expect.element(ask()).toHaveFocus();

  await userEvent.click(ask());
  await userEvent.tab();
  await expect.element(yes()).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  expect(log).toEqual(['cancelled', 'confirmed']);
});

it('while busy, neither choice can be pressed, and a problem is an alert', async () => {
  const log: string[] = [];
  render(<Asker log={log} busy problem="Nothing was deleted: the disk is full. Try again." />);
  await userEvent.click(ask());
  await expect.element(dialog()).toHaveAttribute('aria-busy', 'true');
  await expect.element(cancel()).toHaveAttribute('aria-disabled', 'true');
  await expect.element(yes()).toHaveAttribute('aria-disabled', 'true');
  await expect
    .element(page.getByRole('alert'))
    .toHaveTextContent('Nothing was deleted: the disk is full. Try again.');
  await expect.element(yes()).toHaveAccessibleDescription(/the disk is full/);
  // Playwright would wait for an aria-disabled button to be enabled: force the real clicks.
  await userEvent.click(yes(), { force: true });
  await userEvent.click(cancel(), { force: true });
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard(' ');
  await userEvent.keyboard('{Escape}');
  expect(log).toEqual([]);
  await expect.element(dialog()).toBeVisible();
  await expect.element(cancel()).toHaveFocus();
});

it('confirmed from the keyboard, focus stays on the choice through the wait, a failure and a retry', async () => {
  const log: string[] = [];
  const { action, settle } = pendingAction();
  render(<PendingAsker log={log} action={action} />);
  await userEvent.click(ask());
  await expect.element(cancel()).toHaveFocus();
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');

  // Pending: busy, yet the pressed choice keeps focus, and nothing can be pressed again.
  await expect.element(dialog()).toHaveAttribute('aria-busy', 'true');
  await expect.element(yes()).toHaveAttribute('aria-disabled', 'true');
  await expect.element(yes()).toHaveFocus();
  expect(document.activeElement).toBe(yes().element());
  await userEvent.keyboard('{Enter}');
  await userEvent.keyboard(' ');
  await userEvent.keyboard('{Escape}');
  await userEvent.click(yes(), { force: true });
  expect(log).toEqual(['confirmed']);
  expect(settle).toHaveLength(1);
  await expect.element(dialog()).toBeVisible();
  await expect.element(yes()).toHaveFocus();
  // Shift+Tab still reaches Cancel (it stays in the Tab order), which does nothing either.
  await userEvent.tab({ shift: true });
  await expect.element(cancel()).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await userEvent.click(cancel(), { force: true });
  expect(log).toEqual(['confirmed']);
  await userEvent.tab();
  await expect.element(yes()).toHaveFocus();

  // Fails: the reason is an alert, the choices work again, focus has not moved.
  settle[0]?.reject(new Error('the disk is full'));
  await expect
    .element(page.getByRole('alert'))
    .toHaveTextContent('Nothing was deleted: the disk is full. Try again.');
  await expect.element(dialog()).not.toHaveAttribute('aria-busy');
  await expect.element(yes()).not.toHaveAttribute('aria-disabled');
  await expect.element(yes()).toHaveFocus();
  expect(dialog().element().contains(document.activeElement)).toBe(true);
  await expect.element(yes()).toHaveAccessibleDescription(/the disk is full/);

  // Retry with Enter, where focus already is; it succeeds: closed, focus back on the asker.
  await userEvent.keyboard('{Enter}');
  await expect.element(yes()).toHaveAttribute('aria-disabled', 'true');
  await expect.element(yes()).toHaveFocus();
  expect(page.getByRole('alert').elements()).toEqual([]);
  settle[1]?.resolve();
  await expect.poll(() => dialog().elements()).toEqual([]);
  await expect.element(ask()).toHaveFocus();
  expect(log).toEqual(['confirmed', 'confirmed']);
});

it('a busy choice looks like a disabled SLDS button', async () => {
  render(
    <>
      <button type="button" className="slds-button slds-button_destructive">
        Enabled
      </button>
      <button type="button" className="slds-button slds-button_destructive" disabled>
        Disabled
      </button>
      <button type="button" className="slds-button slds-button_neutral" disabled>
        Disabled neutral
      </button>
      <Asker log={[]} busy />
    </>,
  );
  await userEvent.click(ask());
  await expect.element(yes()).toBeVisible();
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    return [style.backgroundColor, style.borderColor, style.color, style.cursor];
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true }).element();
  // The stylesheets are loaded: enabled and disabled differ.
  expect(look(button('Enabled'))).not.toEqual(look(button('Disabled')));
  expect(look(yes().element())).toEqual(look(button('Disabled')));
  expect(look(cancel().element())).toEqual(look(button('Disabled neutral')));
  // Hovered or focused, it still looks disabled.
  await userEvent.hover(yes(), { force: true });
  expect(look(yes().element())).toEqual(look(button('Disabled')));
});
