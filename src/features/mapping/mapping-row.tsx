import type { ColumnMapping } from '../../load/column-mapping';
import { findField, type SObjectDescribe } from '../../load/describe-types';
import type { DraftColumn } from '../../load/load-draft';
import { SKIP_OPTION } from './field-options';
import { headerText, mappingText, suggestionReason } from './mapping-text';
import { ParentKeyPicker, type ParentDescribeState } from './parent-key-picker';
import { SearchableCombobox, type ComboboxOption } from './searchable-combobox';

const SAMPLE_VALUES = 3;
const SAMPLE_CHARS = 40;
const LINE_BREAK = /\r\n|\r|\n/g;

/** A few distinct non-blank values, line breaks shown, long values cut. */
export function sampleValues(rows: readonly (readonly string[])[], column: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = row[column] ?? '';
    if (value !== '') seen.add(value);
    if (seen.size === SAMPLE_VALUES) break;
  }
  return [...seen].map((v) => {
    const shown = v.replace(LINE_BREAK, ' ⏎ ');
    return shown.length > SAMPLE_CHARS ? `${shown.slice(0, SAMPLE_CHARS - 1)}…` : shown;
  });
}

function lookupOf(mapping: ColumnMapping, describe: SObjectDescribe) {
  const name =
    mapping.kind === 'field'
      ? mapping.field
      : mapping.kind === 'relationship'
        ? mapping.lookupField
        : null;
  const field = name === null ? undefined : findField(describe, name);
  return field?.type === 'reference' ? field : undefined;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  switch (a.kind) {
    case 'skip':
      return b.kind === 'skip';
    case 'field':
      return b.kind === 'field' && same(a.field, b.field);
    case 'relationship':
      return (
        b.kind === 'relationship' &&
        same(a.lookupField, b.lookupField) &&
        same(a.targetObject, b.targetObject) &&
        same(a.targetField, b.targetField)
      );
  }
}

function Decision(props: {
  column: DraftColumn;
  describe: SObjectDescribe;
  onMap(m: ColumnMapping): void;
}) {
  const { column, describe } = props;
  const { pending, match } = column;
  switch (column.origin) {
    case 'exact-match':
      return <span className="slds-text-color_weak">Matched by API name</span>;
    case 'saved':
      return <span className="slds-text-color_weak">From the saved mapping</span>;
    case 'chosen': {
      const suggested = match?.suggestion;
      if (suggested && sameMapping(suggested.mapping, column.mapping))
        return (
          <span className="slds-text-color_weak">
            Suggestion accepted: it {suggestionReason(suggested, column.header, describe)}.
          </span>
        );
      return (
        <span className="slds-text-color_weak">
          {column.mapping.kind === 'skip' ? 'Left out by you' : 'Chosen by you'}
        </span>
      );
    }
    case 'none':
      if (!pending)
        return (
          <span>
            {match?.unmatchedReason ??
              'No field matches this header: choose one, or don’t load the column.'}
          </span>
        );
      return (
        <div>
          <p>
            Suggested: <strong>{mappingText(pending.mapping, describe)}</strong>, because it{' '}
            {suggestionReason(pending, column.header, describe)}.
          </p>
          {pending.alternatives.length > 0 && (
            <p className="slds-text-color_weak">Also matches: {pending.alternatives.join(', ')}.</p>
          )}
          {pending.notes.map((note) => (
            <p key={note} className="slds-text-color_weak">
              {note}
            </p>
          ))}
          <button
            type="button"
            className="slds-button slds-button_neutral slds-m-top_xx-small"
            aria-label={`Accept suggestion for column "${column.header}"`}
            onClick={() => props.onMap(pending.mapping)}
          >
            Accept
          </button>
        </div>
      );
  }
}

/** One CSV column: its header, sample values, the field it goes to, and the suggestion. */
export function MappingRow(props: {
  column: DraftColumn;
  describe: SObjectDescribe;
  sampleRows: readonly (readonly string[])[];
  options: readonly ComboboxOption[];
  parents: ReadonlyMap<string, ParentDescribeState>;
  onMap(mapping: ColumnMapping): void;
}) {
  const { column, describe } = props;
  const { mapping } = column;
  const lookup = lookupOf(mapping, describe);
  const selected =
    mapping.kind === 'skip'
      ? column.origin === 'chosen'
        ? SKIP_OPTION
        : null
      : (lookup?.name ??
        (mapping.kind === 'field'
          ? (findField(describe, mapping.field)?.name ?? mapping.field)
          : null));
  const selectedText =
    mapping.kind === 'skip'
      ? column.origin === 'chosen'
        ? 'Don’t load this column'
        : ''
      : mappingText(lookup ? { kind: 'field', field: lookup.name } : mapping, describe);
  return (
    <tr className="slds-hint-parent">
      <th scope="row">
        <div className="slds-cell-wrap">{headerText(column.header)}</div>
      </th>
      <td>
        <div className="slds-cell-wrap slds-text-color_weak">
          {sampleValues(props.sampleRows, column.column).join(' · ') || '(all blank)'}
        </div>
      </td>
      <td>
        <SearchableCombobox
          label={`Field for column "${column.header}"`}
          hideLabel
          options={props.options}
          value={selected}
          selectedText={selectedText}
          placeholder="Choose a field"
          onSelect={(value) => {
            if (value === selected && column.origin === 'chosen') return;
            props.onMap(value === SKIP_OPTION ? { kind: 'skip' } : { kind: 'field', field: value });
          }}
        />
        {lookup && (
          <ParentKeyPicker
            header={column.header}
            lookup={lookup}
            mapping={mapping}
            describe={describe}
            parents={props.parents}
            onChange={props.onMap}
          />
        )}
      </td>
      <td>
        <div className="slds-cell-wrap">
          <Decision column={column} describe={describe} onMap={props.onMap} />
        </div>
      </td>
    </tr>
  );
}
