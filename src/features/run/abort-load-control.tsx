/**
 * "Abort the whole load", with one confirmation step that says plainly what an abort does not do:
 * rows Salesforce already processed stay processed.
 */
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../lib/confirm-dialog';

export function AbortLoadControl(props: { onAbortAll(): void }) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'sent'>('idle');
  const abortButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      abortButton.current?.focus();
    }
  }, [step]);

  if (step === 'sent') return <p className="slds-m-top_small">Aborting the load…</p>;
  if (step === 'idle') {
    return (
      <button
        ref={abortButton}
        type="button"
        className="slds-button slds-button_destructive slds-m-top_small"
        onClick={() => setStep('confirming')}
      >
        Abort the whole load
      </button>
    );
  }
  return (
    <ConfirmDialog
      role="group"
      title="Abort the whole load?"
      description="Every job that has not finished stops, and jobs not sent yet are not sent. Rows already processed are not rolled back: they stay in Salesforce."
      cancelLabel="Keep loading"
      confirmLabel="Yes, abort the load"
      onCancel={() => {
        returnFocus.current = true;
        setStep('idle');
      }}
      onConfirm={() => {
        setStep('sent');
        props.onAbortAll();
      }}
    />
  );
}
