import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { tabFromPageStart } from '../../test/keyboard';
import { PreparingProgress, type PreparingPhase } from './preparing-progress';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

function renderProgress(phase: PreparingPhase, rowsDone: number, bytesDone: number) {
  const calls = { cancel: 0 };
  root ??= createRoot(document.body.appendChild(document.createElement('div')));
  root.render(
    <StrictMode>
      <PreparingProgress
        phase={phase}
        rowsDone={rowsDone}
        bytesDone={bytesDone}
        totalBytes={4_000_000}
        onCancel={() => calls.cancel++}
      />
    </StrictMode>,
  );
  return calls;
}

describe('the progress of the passes over the file', () => {
  it('shows how far the check has read, then the prepare pass, by name', async () => {
    renderProgress('checking', 12_500, 1_000_000);
    const checking = page.getByRole('progressbar', { name: 'Checking every row' });
    await expect.element(checking).toHaveAttribute('aria-valuenow', '25');
    await expect.element(checking).toHaveAttribute('aria-valuetext', '25%, 12,500 rows');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(
        'Checking every row: 12,500 rows so far. Nothing is sent to Salesforce yet.',
      );
    await expect.element(page.getByText('1 MB of 4 MB (25%)')).toBeVisible();

    renderProgress('preparing', 50_000, 4_000_000);
    const preparing = page.getByRole('progressbar', { name: 'Preparing the jobs' });
    await expect.element(preparing).toHaveAttribute('aria-valuenow', '100');
    expect(page.getByRole('progressbar', { name: 'Checking every row' }).elements()).toHaveLength(
      0,
    );
  });

  it('cancels with a click or from the keyboard', async () => {
    const calls = renderProgress('preparing', 0, 0);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.click();
    await tabFromPageStart();
    await expect.element(cancel).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(calls.cancel).toBe(2);
  });
});
