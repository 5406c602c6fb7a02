/**
 * A labelled SLDS checkbox (`slds-checkbox` with its faux box), so each form states only what it
 * asks: the label, the value, and what a change does. The label is the box's accessible name.
 */
import { useId, type ReactNode } from 'react';

export function Checkbox(props: {
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  describedBy?: string;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="slds-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label className="slds-checkbox__label" htmlFor={id}>
        <span className="slds-checkbox_faux" />
        <span className="slds-form-element__label">{props.label}</span>
      </label>
    </div>
  );
}
