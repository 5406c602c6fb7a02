import type { ColumnMapping } from '../../load/column-mapping';
import type { SObjectDescribe } from '../../load/describe-types';
import { pendingSuggestions, type DraftColumn } from '../../load/load-draft';
import { MappingRow } from './mapping-row';
import type { ParentDescribeState } from './parent-key-picker';
import type { ComboboxOption } from './searchable-combobox';

/**
 * Every CSV column → a field. Exact API names are taken; every other match waits as a
 * suggestion with its reason, accepted one by one or all at once, never silently.
 */
export function MappingTable(props: {
  columns: readonly DraftColumn[];
  describe: SObjectDescribe;
  sampleRows: readonly (readonly string[])[];
  options: readonly ComboboxOption[];
  parents: ReadonlyMap<string, ParentDescribeState>;
  onMap(column: number, mapping: ColumnMapping): void;
  onAcceptAll(accepted: { column: number; mapping: ColumnMapping }[]): void;
}) {
  const pending = pendingSuggestions(props.columns);
  return (
    <div className="slds-m-bottom_medium">
      <div className="slds-grid slds-grid_vertical-align-center slds-m-bottom_x-small">
        <p className="slds-col">
          {pending.length === 0
            ? 'No suggestions are waiting.'
            : `${pending.length} ${pending.length === 1 ? 'suggestion is' : 'suggestions are'} waiting for you.`}
        </p>
        <button
          type="button"
          className="slds-button slds-button_brand"
          disabled={pending.length === 0}
          onClick={() => props.onAcceptAll(pending)}
        >
          Accept all suggestions
        </button>
      </div>
      <table
        className="slds-table slds-table_bordered slds-table_cell-buffer slds-table_fixed-layout"
        aria-label="Column mapping"
      >
        <thead>
          <tr className="slds-line-height_reset">
            <th scope="col">CSV column</th>
            <th scope="col">Sample values</th>
            <th scope="col">Salesforce field</th>
            <th scope="col">Suggestion</th>
          </tr>
        </thead>
        <tbody>
          {props.columns.map((column) => (
            <MappingRow
              key={column.column}
              column={column}
              describe={props.describe}
              sampleRows={props.sampleRows}
              options={props.options}
              parents={props.parents}
              onMap={(mapping) => props.onMap(column.column, mapping)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
