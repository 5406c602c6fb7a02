/**
 * Keyboard behaviour of a dialog (WAI-ARIA dialog pattern), shared by the Confirm modal and every
 * inline confirmation (`ConfirmDialog`): focus moves into the dialog when it opens and back to
 * where it was when it closes, Escape cancels, and in a modal Tab and Shift+Tab stay inside.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

// An aria-disabled control matches on purpose: it is kept focusable (a choice whose action runs,
// see ConfirmDialog), so Tab must still reach it and the trap must still count it.
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * `initialFocus` is focused on open (else the first focusable element). Returns the dialog's
 * keydown handler. `trapTab: false` is for a confirmation shown in place in the page (not a
 * modal): Tab may move on past it, as everywhere else on the page.
 */
export function useModalFocus(
  dialog: RefObject<HTMLElement | null>,
  initialFocus: RefObject<HTMLElement | null>,
  onEscape: () => void,
  { trapTab = true }: { trapTab?: boolean } = {},
): (event: KeyboardEvent<HTMLElement>) => void {
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const container = dialog.current;
    const first = initialFocus.current ?? (container ? focusableIn(container)[0] : undefined);
    (first ?? container)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [dialog, initialFocus]);

  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      escape.current();
      return;
    }
    const container = dialog.current;
    if (event.key !== 'Tab' || !trapTab || !container) return;
    const items = focusableIn(container);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
