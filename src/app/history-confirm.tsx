/**
 * The confirmation of a history delete (issue 6): says exactly what goes (how many loads, of
 * whom) and what stays (Salesforce's jobs and records, saved mappings), and keeps the dialog open
 * with the reason when the delete fails, so nothing is lost silently.
 */
import { useState } from 'react';
import { ConfirmDialog } from '../lib/confirm-dialog';

export function HistoryConfirm(props: {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onCancel(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await props.onConfirm();
    } catch (error) {
      setProblem(
        `The delete stopped part-way: ${(error as Error).message}. Some of it may already be gone; the list shows what is left. Try again, or close other Forklift tabs first.`,
      );
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      role="alertdialog"
      tone="warning"
      title={props.title}
      description={props.description}
      confirmLabel={props.confirmLabel}
      onConfirm={() => void confirm()}
      onCancel={props.onCancel}
      busy={busy}
      problem={problem}
    />
  );
}
