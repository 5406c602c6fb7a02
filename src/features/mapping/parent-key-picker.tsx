import { useId } from 'react';
import { bulkHeaderFor, type ColumnMapping } from '../../load/column-mapping';
import {
  isIndexedLookupField,
  type FieldDescribe,
  type SObjectDescribe,
} from '../../load/describe-types';

/** A parent object's describe as the table has it: read, being read, or unreadable. */
export type ParentDescribeState =
  | { status: 'ready'; describe: SObjectDescribe }
  | { status: 'pending' }
  | { status: 'error'; message: string };

const ID_KEY = 'id';
const SEPARATOR = '\u0000';

/**
 * How a lookup column names its parent (salesforce-api.md §2): by Salesforce Id, or by one of
 * the parent's External ID / idLookup fields, written `Rel.Field`, or `Type:Rel.Field` when the
 * lookup is polymorphic in this org.
 */
export function ParentKeyPicker(props: {
  header: string;
  lookup: FieldDescribe;
  mapping: ColumnMapping;
  describe: SObjectDescribe;
  parents: ReadonlyMap<string, ParentDescribeState>;
  onChange(mapping: ColumnMapping): void;
}) {
  const { lookup, mapping } = props;
  const id = useId();
  const value =
    mapping.kind === 'relationship'
      ? `${mapping.targetObject}${SEPARATOR}${mapping.targetField}`
      : ID_KEY;
  const options = lookup.referenceTo.flatMap((object) => {
    const parent = props.parents.get(object);
    if (!parent || parent.status === 'pending')
      return [
        { value: `${object}${SEPARATOR}`, text: `${object}: reading its fields…`, disabled: true },
      ];
    if (parent.status === 'error')
      return [
        {
          value: `${object}${SEPARATOR}`,
          text: `${object}: its fields could not be read (${parent.message})`,
          disabled: true,
        },
      ];
    return parent.describe.fields
      .filter((f) => isIndexedLookupField(f) && f.type !== 'id')
      .map((f) => ({
        value: `${object}${SEPARATOR}${f.name}`,
        text: `${object} by ${f.label} (${f.name})${f.externalId ? ' · External ID' : ''}`,
        disabled: false,
      }));
  });
  // A saved mapping may name a parent field not (yet) confirmed: keep it choosable.
  if (mapping.kind === 'relationship' && !options.some((o) => o.value === value))
    options.push({
      value,
      text: `${mapping.targetObject} by ${mapping.targetField}`,
      disabled: false,
    });
  const written = bulkHeaderFor(mapping, props.describe);
  return (
    <div className="slds-form-element slds-m-top_x-small">
      <label className="slds-form-element__label" htmlFor={id}>
        Parent key for column "{props.header}"
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={value}
            onChange={(event) => {
              const [object = '', field = ''] = event.target.value.split(SEPARATOR);
              props.onChange(
                event.target.value === ID_KEY
                  ? { kind: 'field', field: lookup.name }
                  : {
                      kind: 'relationship',
                      lookupField: lookup.name,
                      targetObject: object,
                      targetField: field,
                    },
              );
            }}
          >
            <option value={ID_KEY}>Salesforce Id of the {lookup.referenceTo.join(' or ')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value} disabled={o.disabled}>
                {o.text}
              </option>
            ))}
          </select>
        </div>
      </div>
      {written && (
        <p className="slds-form-element__help slds-text-color_weak">
          Written as <code>{written}</code>
        </p>
      )}
    </div>
  );
}
