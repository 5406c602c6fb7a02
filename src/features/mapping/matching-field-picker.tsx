import { useId } from 'react';
import { isIndexedLookupField, type SObjectDescribe } from '../../load/describe-types';

/**
 * Upsert's matching field (`externalIdFieldName`, salesforce-api.md §3): an External ID field,
 * a standard idLookup field, or Id, explained for someone who has never made one.
 */
export function MatchingFieldPicker(props: {
  describe: SObjectDescribe;
  matchingField: string | null;
  onChange(field: string | null): void;
}) {
  const { describe } = props;
  const id = useId();
  const candidates = describe.fields.filter(isIndexedLookupField);
  const hasExternalId = candidates.some((f) => f.externalId);
  return (
    <div className="slds-form-element slds-m-bottom_medium">
      <label className="slds-form-element__label" htmlFor={id}>
        Match records by
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={props.matchingField ?? ''}
            aria-describedby={`${id}-help`}
            onChange={(event) => props.onChange(event.target.value || null)}
          >
            <option value="">Choose the matching field</option>
            {candidates.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label} ({f.name}){f.externalId ? ' · External ID' : ''}
                {f.unique ? ' · Unique' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div id={`${id}-help`} className="slds-form-element__help slds-text-color_weak">
        <p>
          Upsert looks for the record whose matching field holds the row’s value: it updates that
          record, or creates one when none matches. An <strong>external ID</strong> is a field
          holding the record’s id in the system the data comes from, marked External ID in Setup, so
          Salesforce can find the record to update, or create it if it’s missing. Matching by Id
          works too: rows with an empty Id are created.
        </p>
        {!hasExternalId && (
          <p className="slds-m-top_x-small">
            {describe.label} has no External ID field yet. An admin can add one: Setup → Object
            Manager → {describe.label} → Fields &amp; Relationships → New → Text → tick “External
            ID” (and “Unique”, so two records can never share a value).
          </p>
        )}
      </div>
    </div>
  );
}
