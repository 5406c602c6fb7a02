import { useId, useState } from 'react';
import type { ConstantValue } from '../../load/column-mapping';
import { findField, type SObjectDescribe } from '../../load/describe-types';
import { OPERATION_RULES, type Operation } from '../../load/operation-rules';
import { loadableFields } from './field-options';

/** A value written to a field on every row, whatever the file says (e.g. LeadSource = Web). */
export function ConstantValues(props: {
  describe: SObjectDescribe;
  operation: Operation;
  constants: readonly ConstantValue[];
  recordTypeName: string | null;
  onAdd(constant: ConstantValue): void;
  onChange(index: number, constant: ConstantValue): void;
  onRemove(index: number): void;
}) {
  const id = useId();
  const [field, setField] = useState('');
  const [value, setValue] = useState('');
  if (OPERATION_RULES[props.operation].idOnly)
    return (
      <p>{OPERATION_RULES[props.operation].label} sends only Id, so constants do not apply.</p>
    );
  const fields = loadableFields(props.describe, props.operation).filter((f) => f.name !== 'Id');
  const labelOf = (name: string) => {
    const f = findField(props.describe, name);
    return f ? `${f.label} (${f.name})` : name;
  };
  return (
    <div className="slds-m-bottom_medium">
      {(props.constants.length > 0 || props.recordTypeName) && (
        <ul className="slds-m-bottom_small">
          {props.constants.map((c, index) => (
            <li
              key={`${c.field}-${index}`}
              className="slds-grid slds-grid_vertical-align-end slds-m-bottom_xx-small"
            >
              <label className="slds-form-element slds-col">
                <span className="slds-form-element__label">Value for {labelOf(c.field)}</span>
                <input
                  className="slds-input"
                  value={c.value}
                  onChange={(event) => props.onChange(index, { ...c, value: event.target.value })}
                />
              </label>
              <button
                type="button"
                className="slds-button slds-button_neutral slds-m-left_x-small"
                aria-label={`Remove the constant for ${c.field}`}
                onClick={() => props.onRemove(index)}
              >
                Remove
              </button>
            </li>
          ))}
          {props.recordTypeName && (
            <li className="slds-text-color_weak">
              RecordTypeId: {props.recordTypeName} (the record type chosen above)
            </li>
          )}
        </ul>
      )}
      <form
        className="slds-grid slds-grid_vertical-align-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!field) return;
          props.onAdd({ field, value });
          setField('');
          setValue('');
        }}
      >
        <div className="slds-form-element slds-col">
          <label className="slds-form-element__label" htmlFor={`${id}-field`}>
            Field for a constant value
          </label>
          <div className="slds-select_container">
            <select
              id={`${id}-field`}
              className="slds-select"
              value={field}
              onChange={(event) => setField(event.target.value)}
            >
              <option value="">Choose a field</option>
              {fields.map((f) => (
                <option key={f.name} value={f.name}>
                  {f.label} ({f.name})
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="slds-form-element slds-col slds-m-left_x-small">
          <label className="slds-form-element__label" htmlFor={`${id}-value`}>
            Constant value
          </label>
          <input
            id={`${id}-value`}
            className="slds-input"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="slds-button slds-button_neutral slds-m-left_x-small"
          disabled={!field}
        >
          Add constant value
        </button>
      </form>
    </div>
  );
}
