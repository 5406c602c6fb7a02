/**
 * The one confirmation step before something that cannot be undone (abort a job or a whole load,
 * delete a job from the org, delete history): a heading that asks, a paragraph that says what
 * happens and what does not, the safe choice first and focused, then the destructive one. Escape
 * takes the safe choice and focus goes back to where it was. It opens in place in the page, not
 * as a modal, so Tab may move on past it. Shared UI lives in lib/ because features never import
 * each other.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useModalFocus } from './use-modal-focus';

export function ConfirmDialog(props: {
  /** The question, also the dialog's accessible name. */
  title: string;
  /** What happens, what does not, and what to do first; the dialog's accessible description. */
  description: ReactNode;
  confirmLabel: string;
  /** The safe choice; "Cancel" unless it can say more ("Keep loading"). */
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
  /**
   * `alertdialog` where the question interrupts the page (deleting history); `group` where it
   * opens under the button that asked, as one more step of the same control.
   */
  role?: 'alertdialog' | 'group';
  headingLevel?: 2 | 3;
  tone?: 'warning' | 'shade';
  /**
   * While the confirmed action runs, neither choice does anything (clicks, Enter, Space and
   * Escape are ignored) and the dialog is `aria-busy`.
   */
  busy?: boolean;
  /** Why the confirmed action did not happen, and what to do next. */
  problem?: string | null;
}) {
  const { role = 'alertdialog', headingLevel = 2, tone = 'shade', busy = false } = props;
  const titleId = useId();
  const descriptionId = useId();
  const problemId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const onKeyDown = useModalFocus(
    dialog,
    cancel,
    () => {
      if (!busy) props.onCancel();
    },
    { trapTab: false },
  );
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  // While busy the choices are aria-disabled, not disabled: the button the user just pressed has
  // keyboard focus, and a disabled button drops it to <body>, so a keyboard or screen reader user
  // would lose their place, and be nowhere near the problem if the action fails. aria-disabled
  // keeps focus (and the Tab order) where it is, is announced as unavailable, and looks disabled
  // (src/styles/app.css; SLDS draws only [disabled]); the handlers below ignore presses meanwhile.
  const unavailable = busy ? true : undefined;

  return (
    <div
      ref={dialog}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      aria-busy={unavailable}
      className={`slds-box slds-theme_${tone} slds-m-vertical_small`}
      onKeyDown={onKeyDown}
    >
      <Heading id={titleId} className="slds-text-heading_small">
        {props.title}
      </Heading>
      <p id={descriptionId} className="slds-m-vertical_x-small">
        {props.description}
      </p>
      {props.problem && (
        <p id={problemId} role="alert" className="slds-text-color_error">
          {props.problem}
        </p>
      )}
      <button
        ref={cancel}
        type="button"
        className="slds-button slds-button_neutral"
        aria-disabled={unavailable}
        onClick={() => {
          if (!busy) props.onCancel();
        }}
      >
        {props.cancelLabel ?? 'Cancel'}
      </button>
      {/* After a failed action focus stays here, on the choice that tries again, rather than
          moving to the problem: the problem is an alert, so it is announced where focus is, and
          Enter retries at once. It also describes this button, so coming back to it says why. */}
      <button
        type="button"
        className="slds-button slds-button_destructive"
        aria-disabled={unavailable}
        aria-describedby={props.problem ? problemId : undefined}
        onClick={() => {
          if (!busy) props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
    </div>
  );
}
