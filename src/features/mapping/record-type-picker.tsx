import { useId } from 'react';
import type { SObjectDescribe } from '../../load/describe-types';

/**
 * The record type of the loaded records, by name; written as a `RecordTypeId` constant. Shown
 * only where the object has record types beyond Master that this user may use.
 */
export function RecordTypePicker(props: {
  describe: SObjectDescribe;
  recordTypeId: string | null;
  onChange(recordTypeId: string | null): void;
}) {
  const id = useId();
  const usable = props.describe.recordTypeInfos.filter((r) => !r.master && r.active && r.available);
  if (usable.length === 0) return null;
  const fallback = usable.find((r) => r.defaultRecordTypeMapping);
  return (
    <div className="slds-form-element slds-m-bottom_medium">
      <label className="slds-form-element__label" htmlFor={id}>
        Record type
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={props.recordTypeId ?? ''}
            onChange={(event) => props.onChange(event.target.value || null)}
          >
            <option value="">
              {fallback
                ? `Your default (${fallback.name}), or the file’s RecordTypeId column`
                : 'Your default, or the file’s RecordTypeId column'}
            </option>
            {usable.map((r) => (
              <option key={r.recordTypeId} value={r.recordTypeId}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="slds-form-element__help slds-text-color_weak">
        A record type chosen here is written to every row as RecordTypeId.
      </p>
    </div>
  );
}
