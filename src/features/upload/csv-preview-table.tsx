import type { CsvSample } from '../../csv/parse-sample';

/** Enough to recognise the file; the rows stay in the file, not in React state. */
const ROWS_SHOWN = 10;
const COLUMNS_SHOWN = 30;
const VALUE_CHARS = 120;

const cut = (value: string) =>
  value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS)}…` : value;

/** The header and first rows, from the first bytes of the file, shown before the full pass. */
export function CsvPreviewTable(props: { sample: CsvSample; fileName: string }) {
  const { header, rows } = props.sample;
  const columns = header.slice(0, COLUMNS_SHOWN);
  const hidden = header.length - columns.length;
  return (
    <div className="slds-scrollable_x slds-m-vertical_small">
      <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-table_striped">
        <caption className="slds-text-title_caps slds-p-vertical_x-small">
          First rows of {props.fileName}
          {hidden > 0
            ? ` (first ${COLUMNS_SHOWN} of ${header.length.toLocaleString('en-US')} columns)`
            : ''}
        </caption>
        <thead>
          <tr>
            {columns.map((name, i) => (
              <th key={i} scope="col">
                {cut(name) || <span className="slds-text-color_weak">(no name)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, ROWS_SHOWN).map((row, r) => (
            <tr key={r}>
              {columns.map((_name, c) => (
                <td key={c} className="slds-cell-wrap">
                  {cut(row[c] ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
