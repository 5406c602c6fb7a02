/**
 * The confirmation of a history delete (issue 6): says exactly what goes (how many loads, of
 * whom) and what stays (Salesforce's jobs and records, saved mappings), and takes focus so a
 * keyboard user lands on the choice.
 */
import { useEffect, useId, useRef, useState } from 'react';

export function HistoryConfirm(props: {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onCancel(): void;
}) {
  const titleId = useId();
  const descriptionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => confirmRef.current?.focus(), []);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await props.onConfirm();
    } catch (error) {
      setProblem(
        `Nothing was deleted: ${(error as Error).message}. Try again, or close other Forklift tabs first.`,
      );
      setBusy(false);
    }
  }

  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      className="slds-box slds-theme_warning slds-m-vertical_small"
    >
      <h2 id={titleId} className="slds-text-heading_small">
        {props.title}
      </h2>
      <p id={descriptionId} className="slds-m-vertical_x-small">
        {props.description}
      </p>
      {problem && (
        <p role="alert" className="slds-text-color_error">
          {problem}
        </p>
      )}
      <button
        ref={confirmRef}
        type="button"
        className="slds-button slds-button_destructive"
        disabled={busy}
        onClick={() => void confirm()}
      >
        {props.confirmLabel}
      </button>
      <button
        type="button"
        className="slds-button slds-button_neutral"
        disabled={busy}
        onClick={props.onCancel}
      >
        Cancel
      </button>
    </div>
  );
}
