import { objectAllowsOperation, OPERATION_RULES, type Operation } from '../../load/operation-rules';
import type { GlobalDescribeSObject } from '../../salesforce/describe-queries';
import { SearchableCombobox } from './searchable-combobox';

/** What each operation needs from the object, for the "you cannot" message. */
function permissionWords(operation: Operation): string {
  switch (operation) {
    case 'insert':
      return 'create';
    case 'update':
      return 'edit';
    case 'upsert':
      return 'create and edit';
    case 'delete':
    case 'hardDelete':
      return 'delete';
  }
}

/**
 * The object to load, from global describe: only objects this user may load with the chosen
 * operation (salesforce-api.md §4.3 flags), searchable by label or API name.
 */
export function ObjectPicker(props: {
  objects: readonly GlobalDescribeSObject[];
  operation: Operation;
  object: string | null;
  onChange(object: string): void;
}) {
  const { objects, operation, object } = props;
  const allowed = objects.filter(
    (o) => !o.deprecatedAndHidden && objectAllowsOperation(o, operation),
  );
  const chosen = objects.find((o) => o.name.toLowerCase() === object?.toLowerCase());
  const notAllowed = chosen !== undefined && !allowed.includes(chosen);
  return (
    <div className="slds-m-bottom_medium">
      <SearchableCombobox
        label="Object"
        options={allowed.map((o) => ({ value: o.name, text: o.label, detail: o.name }))}
        value={object}
        selectedText={chosen ? `${chosen.label} (${chosen.name})` : (object ?? '')}
        placeholder="Search objects by label or API name"
        onSelect={props.onChange}
      />
      <p className="slds-text-color_weak slds-m-top_xx-small">
        {allowed.length} of {objects.length} objects let you{' '}
        {OPERATION_RULES[operation].label.toLowerCase()} records.
      </p>
      {notAllowed && (
        <p role="alert" className="slds-text-color_error">
          You cannot {permissionWords(operation)} {chosen.label} records in this org: choose another
          operation or object, or ask an admin for the permission.
        </p>
      )}
    </div>
  );
}
