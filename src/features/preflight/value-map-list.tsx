import { useId } from 'react';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import { formatCount } from '../../lib/format-numbers';
import { valueText } from './preflight-text';

/** The column a replacement applies to, by its header when known. */
const columnText = (column: number, headers: readonly string[] | undefined) => {
  const header = headers?.[column];
  return header === undefined ? `column ${formatCount(column + 1)}` : `“${header}”`;
};

/**
 * The values replaced for all rows so far: once the rows are checked again a fixed value no
 * longer shows as a problem, so this is where a replacement is seen and undone.
 */
export function ValueMapList(props: {
  valueMap: readonly ValueMapEntry[];
  headers: readonly string[] | undefined;
  onValueMapChange(entries: ValueMapEntry[]): void;
}) {
  const headingId = useId();
  const { valueMap, headers } = props;
  if (valueMap.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="slds-box slds-m-bottom_medium">
      <h3 id={headingId} className="slds-text-heading_small">
        Values replaced for all rows
      </h3>
      <ul className="slds-m-top_x-small">
        {valueMap.map((entry) => {
          const where = columnText(entry.column, headers);
          return (
            <li
              key={`${entry.column}\u0000${entry.from}`}
              className="slds-grid slds-grid_vertical-align-center slds-m-bottom_xx-small"
            >
              <span className="slds-col">
                {valueText(entry.from)} → {valueText(entry.to)} in {where}
              </span>
              <button
                type="button"
                className="slds-button slds-button_neutral"
                aria-label={`Undo: keep ${valueText(entry.from)} in ${where}`}
                onClick={() =>
                  props.onValueMapChange(
                    valueMap.filter((e) => !(e.column === entry.column && e.from === entry.from)),
                  )
                }
              >
                Undo
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
