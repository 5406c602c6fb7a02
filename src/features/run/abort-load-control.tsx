/**
 * "Abort the whole load", with one confirmation step that says plainly what an abort does not do:
 * rows Salesforce already processed stay processed.
 */
import { useEffect, useId, useRef, useState } from 'react';

export function AbortLoadControl(props: { onAbortAll(): void }) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'sent'>('idle');
  const headingId = useId();
  const textId = useId();
  const keepLoading = useRef<HTMLButtonElement>(null);
  const abortButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') keepLoading.current?.focus();
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
    <div
      role="group"
      aria-labelledby={headingId}
      aria-describedby={textId}
      className="slds-box slds-theme_shade slds-m-top_small"
    >
      <h2 id={headingId} className="slds-text-heading_small">
        Abort the whole load?
      </h2>
      <p id={textId} className="slds-m-vertical_x-small">
        Every job that has not finished stops, and jobs not sent yet are not sent. Rows already
        processed are not rolled back: they stay in Salesforce.
      </p>
      <button
        ref={keepLoading}
        type="button"
        className="slds-button slds-button_neutral"
        onClick={() => {
          returnFocus.current = true;
          setStep('idle');
        }}
      >
        Keep loading
      </button>
      <button
        type="button"
        className="slds-button slds-button_destructive"
        onClick={() => {
          setStep('sent');
          props.onAbortAll();
        }}
      >
        Yes, abort the load
      </button>
    </div>
  );
}
