import { useId, useState } from 'react';
import type { ProblemGroup } from '../../load/preflight/preflight-aggregator';
import type { PreflightRule } from '../../load/preflight/preflight-problem';
import {
  setValueMapEntry,
  valueMapFromSuggestions,
  type ValueMapEntry,
} from '../../load/preflight/value-map';
import { formatCount } from '../../lib/format-numbers';
import { rowsText, valueText } from './preflight-text';

/** Values listed at first; the rest behind "Show all". */
export const VALUES_SHOWN = 10;

/**
 * Keys are not fixed by one value for all rows: every row given the same key would clash, and a
 * blank key given one Id would write every row into one record.
 */
const NOT_FIXABLE: ReadonlySet<PreflightRule> = new Set<PreflightRule>([
  'duplicate-key',
  'missing-id',
  'blank-matching-value',
]);

/** Whether a group gets the "Fix a value for all rows" editor. */
export function canFixValues(group: ProblemGroup): boolean {
  return group.column !== null && group.values.length > 0 && !NOT_FIXABLE.has(group.rule);
}

/**
 * "Fix a value for all rows": per distinct value of the group, what is sent instead. The box
 * shows what will be sent (the value itself until it is replaced); the closest valid value is
 * one click away. Every edit goes straight to the value map.
 */
export function ValueFixEditor(props: {
  group: ProblemGroup;
  fieldName: string;
  valueMap: readonly ValueMapEntry[];
  onValueMapChange(entries: ValueMapEntry[]): void;
}) {
  const { group, fieldName, valueMap } = props;
  const column = group.column ?? 0;
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.values : group.values.slice(0, VALUES_SHOWN);
  const replacement = (from: string) =>
    valueMap.find((e) => e.column === column && e.from === from)?.to;
  const set = (from: string, to: string) =>
    props.onValueMapChange(setValueMapEntry(valueMap, { column, from, to }));
  const suggested = valueMapFromSuggestions(column, group.values);

  return (
    <section aria-labelledby={headingId} className="slds-m-top_small">
      <h4 id={headingId} className="slds-text-title_bold">
        Fix a value for all rows
      </h4>
      <p className="slds-text-color_weak">
        A replacement is used for every row of this column with that value, in the check and in the
        upload. The file itself is not changed.
      </p>
      <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_x-small">
        <caption className="slds-assistive-text">Values of {fieldName} to replace</caption>
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Send instead</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((v) => {
            const to = replacement(v.value);
            return (
              <tr key={v.value}>
                <th scope="row" className="slds-cell-wrap">
                  {valueText(v.value)}
                </th>
                <td>{formatCount(v.rows)}</td>
                <td>
                  <div className="slds-grid slds-gutters_xx-small slds-wrap">
                    <input
                      className="slds-input slds-col"
                      type="text"
                      aria-label={`Replace ${valueText(v.value)} in ${fieldName}`}
                      value={to ?? v.value}
                      onChange={(event) => set(v.value, event.target.value)}
                    />
                    {v.suggestion !== null && v.suggestion !== v.value && (
                      <button
                        type="button"
                        className="slds-button slds-button_neutral slds-col_bump-left"
                        aria-label={`Use suggestion ${valueText(v.suggestion)} for ${valueText(v.value)} in ${fieldName}`}
                        disabled={to === v.suggestion}
                        onClick={() => set(v.value, v.suggestion ?? v.value)}
                      >
                        Use suggestion {valueText(v.suggestion)}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="slds-m-top_x-small">
        {group.values.length > shown.length && (
          <button
            type="button"
            className="slds-button slds-button_neutral"
            onClick={() => setShowAll(true)}
          >
            Show all {formatCount(group.values.length)} values
          </button>
        )}
        {suggested.length > 1 && (
          <button
            type="button"
            className="slds-button slds-button_neutral"
            onClick={() =>
              props.onValueMapChange(suggested.reduce(setValueMapEntry, [...valueMap]))
            }
          >
            Use every suggestion for {fieldName}
          </button>
        )}
      </div>
      {group.rowsWithOtherValues > 0 && (
        <p className="slds-text-color_weak slds-m-top_x-small">
          {rowsText(group.rowsWithOtherValues)} have other values, too many to list here: fix them
          in the file.
        </p>
      )}
    </section>
  );
}
