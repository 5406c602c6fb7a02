import { useId } from 'react';
import { OPERATION_RULES, OPERATIONS, type Operation } from '../../load/operation-rules';

/** Insert, update, upsert, delete or hard delete, each with its rules in words. */
export function OperationPicker(props: {
  operation: Operation;
  onChange(operation: Operation): void;
}) {
  const name = useId();
  return (
    <fieldset className="slds-form-element slds-m-bottom_medium">
      <legend className="slds-form-element__legend slds-form-element__label">Operation</legend>
      <div className="slds-form-element__control">
        {OPERATIONS.map((operation) => {
          const rule = OPERATION_RULES[operation];
          const id = `${name}-${operation}`;
          return (
            <div key={operation} className="slds-radio slds-m-bottom_x-small">
              <input
                type="radio"
                id={id}
                name={name}
                value={operation}
                checked={props.operation === operation}
                onChange={() => props.onChange(operation)}
                aria-describedby={`${id}-rule`}
              />
              <label className="slds-radio__label" htmlFor={id}>
                <span className="slds-radio_faux" />
                <span className="slds-form-element__label">{rule.label}</span>
              </label>
              <p
                id={`${id}-rule`}
                className={`slds-m-left_large ${rule.permanent ? 'slds-text-color_error' : 'slds-text-color_weak'}`}
              >
                {rule.summary}
              </p>
            </div>
          );
        })}
      </div>
      {props.operation === 'hardDelete' && (
        <p className="slds-text-color_error">
          Hard delete also needs the “Bulk API Hard Delete” permission, which Forklift cannot see in
          advance: without it, Salesforce refuses the job.
        </p>
      )}
    </fieldset>
  );
}
