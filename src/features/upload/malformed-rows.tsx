import type { MalformedRow } from '../../csv/malformed-row';
import { formatCount } from '../../lib/format-numbers';

/** Rows listed one by one; the rest are counted (the full list is in the result). */
const MALFORMED_SHOWN = 20;

const count = formatCount;

/** Rows that do not fit the header: ragged rows and quote trouble, with line numbers. */
export function MalformedRows(props: { rows: readonly MalformedRow[]; total: number }) {
  const { rows, total } = props;
  if (total === 0) return null;
  const shown = rows.slice(0, MALFORMED_SHOWN);
  const one = total === 1;
  return (
    <section
      aria-labelledby="forklift-malformed-heading"
      className="slds-scoped-notification slds-theme_warning slds-m-vertical_small"
    >
      <h3 id="forklift-malformed-heading" className="slds-text-title_bold">
        {count(total)} {one ? 'row does' : 'rows do'} not fit the header
      </h3>
      <p>
        {one ? 'It has' : 'They have'} a different number of values than the header has columns, or
        a quote out of place, so values may sit under the wrong column.
      </p>
      <p>
        Fix {one ? 'that line' : 'those lines'} in the source file and drop it again; a row left as
        it is may put values into the wrong fields.
      </p>
      <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_x-small">
        <caption className="slds-assistive-text">Rows that do not fit the header</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Row</th>
            <th scope="col">What is wrong</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.row}>
              <td>{count(row.line)}</td>
              <td>{count(row.row)}</td>
              <td className="slds-cell-wrap">{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > shown.length && (
        <p className="slds-m-top_x-small">and {count(total - shown.length)} more.</p>
      )}
    </section>
  );
}
