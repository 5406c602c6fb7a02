import { userEvent } from 'vitest/browser';

/**
 * Presses Tab from a known place: a focusable sentinel put before everything on the page.
 *
 * Tab from "nowhere" depends on where the browser's sequential focus starting point was left by
 * the previous test (a removed element, the window itself), which made keyboard tests flaky in CI.
 */
export async function tabFromPageStart(): Promise<void> {
  const sentinel = document.createElement('span');
  sentinel.tabIndex = -1;
  sentinel.setAttribute('data-testid', 'tab-start');
  document.body.prepend(sentinel);
  sentinel.focus();
  await userEvent.tab();
  sentinel.remove();
}
