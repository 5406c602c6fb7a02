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
  /** While the confirmed action runs, both choices are disabled. */
  busy?: boolean;
  /** Why the confirmed action did not happen, and what to do next. */
  problem?: string | null;
}) {
  const { role = 'alertdialog', headingLevel = 2, tone = 'shade' } = props;
  const titleId = useId();
  const descriptionId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const onKeyDown = useModalFocus(
    dialog,
    cancel,
    () => {
      if (!props.busy) props.onCancel();
    },
    { trapTab: false },
  );
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  return (
    <div
      ref={dialog}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
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
        <p role="alert" className="slds-text-color_error">
          {props.problem}
        </p>
      )}
      <button
        ref={cancel}
        type="button"
        className="slds-button slds-button_neutral"
        disabled={props.busy}
        onClick={props.onCancel}
      >
        {props.cancelLabel ?? 'Cancel'}
      </button>
      <button
        type="button"
        className="slds-button slds-button_destructive"
        disabled={props.busy}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
    </div>
  );
}
