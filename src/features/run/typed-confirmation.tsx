import { useId, type Ref } from 'react';

/**
 * A textbox the user types a given word into before a risky action (the org's name, DELETE). It
 * says whether the text matches, without ever filling it in for them.
 */
export function TypedConfirmation(props: {
  label: string;
  expected: string;
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { label, expected, value, onChange, inputRef } = props;
  const inputId = useId();
  const hintId = useId();
  const matches = typedTextMatches(value, expected);
  return (
    <div
      className={`slds-form-element slds-m-top_small${value && !matches ? ' slds-has-error' : ''}`}
    >
      <label className="slds-form-element__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="slds-form-element__control">
        <input
          ref={inputRef}
          id={inputId}
          className="slds-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-describedby={hintId}
          aria-invalid={value !== '' && !matches}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div id={hintId} className="slds-form-element__help">
        {matches ? 'Matches.' : <>Type exactly: {expected}</>}
      </div>
    </div>
  );
}

/** Exact and case-sensitive; only spaces around the text are forgiven. */
export function typedTextMatches(value: string, expected: string): boolean {
  return value.trim() === expected.trim() && expected.trim() !== '';
}
