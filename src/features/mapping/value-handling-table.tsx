import type { BlankPolicy } from '../../load/column-mapping';
import type { ColumnFormat } from '../../load/value-formats';
import type { ColumnValuePlan } from './column-values';
import { formatKey, formatText, headerText } from './mapping-text';

const count = (n: number) => n.toLocaleString('en-US');

/** How many blanks, and how sure that count is (only the first rows are counted here). */
export function blankCountText(plan: ColumnValuePlan, rowCount: number | null): string {
  const { blanks, sampleSize } = plan;
  const counted =
    rowCount !== null && rowCount <= sampleSize
      ? `${count(blanks)} of ${count(rowCount)} rows are blank.`
      : `${count(blanks)} of the first ${count(sampleSize)} rows are blank (a sample: ${
          rowCount === null
            ? 'the file is still being read'
            : `the other ${count(rowCount - sampleSize)} rows are counted by the check`
        }).`;
  return counted;
}

function FormatCell(props: { plan: ColumnValuePlan; onFormat(format: ColumnFormat): void }) {
  const { plan } = props;
  const { detection } = plan;
  const label = `Format of "${plan.header}"`;
  if (detection.choices.length < 2 && !plan.needsChoice)
    return <span>{plan.format.kind === 'text' ? 'Text, as it is' : formatText(plan.format)}</span>;
  return (
    <div className="slds-select_container">
      <select
        className="slds-select"
        aria-label={label}
        value={plan.needsChoice ? '' : formatKey(plan.format)}
        onChange={(event) => {
          const chosen = detection.choices.find((c) => formatKey(c) === event.target.value);
          if (chosen) props.onFormat(chosen);
        }}
      >
        {plan.needsChoice && <option value="">Choose how to read this column</option>}
        {detection.choices.map((choice) => (
          <option key={formatKey(choice)} value={formatKey(choice)}>
            {formatText(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Checks(props: { plan: ColumnValuePlan }) {
  const { detection } = props.plan;
  return (
    <ul>
      {detection.evidence.map((e) => (
        <li key={e} className="slds-text-color_weak">
          {e}
        </li>
      ))}
      {detection.unrecognised > 0 && (
        <li className="slds-text-color_error">
          {count(detection.unrecognised)} values in the sample fit no {props.plan.format.kind}{' '}
          reading; those rows are held back.
        </li>
      )}
      {detection.damage.map((d) => (
        <li key={d.code} className="slds-text-color_error">
          {d.message} ({count(d.count)} in the sample, e.g.{' '}
          {d.examples.map((x) => `“${x}”`).join(', ')})
        </li>
      ))}
    </ul>
  );
}

/**
 * Per mapped column: what a blank cell does (leave the field unchanged by default, or clear it
 * with #N/A), how values are read (with the evidence), and Excel damage found in the sample.
 */
export function ValueHandlingTable(props: {
  plans: readonly ColumnValuePlan[];
  blankPolicies: ReadonlyMap<number, BlankPolicy>;
  rowCount: number | null;
  onBlankPolicy(column: number, policy: BlankPolicy): void;
  onFormat(column: number, format: ColumnFormat): void;
}) {
  if (props.plans.length === 0) return <p>No column is mapped yet.</p>;
  return (
    <table
      className="slds-table slds-table_bordered slds-table_cell-buffer slds-table_fixed-layout slds-m-bottom_medium"
      aria-label="How values are written"
    >
      <thead>
        <tr className="slds-line-height_reset">
          <th scope="col">CSV column</th>
          <th scope="col">Blank cells</th>
          <th scope="col">Values read as</th>
          <th scope="col">What the sample shows</th>
        </tr>
      </thead>
      <tbody>
        {props.plans.map((plan) => {
          const policy = props.blankPolicies.get(plan.column) ?? 'leave-unchanged';
          return (
            <tr key={plan.column}>
              <th scope="row">
                <div className="slds-cell-wrap">
                  {headerText(plan.header)}
                  {plan.field && <span className="slds-text-color_weak"> → {plan.field.name}</span>}
                </div>
              </th>
              <td>
                <div className="slds-select_container">
                  <select
                    className="slds-select"
                    aria-label={`Blank cells in "${plan.header}"`}
                    value={policy}
                    onChange={(event) =>
                      props.onBlankPolicy(plan.column, event.target.value as BlankPolicy)
                    }
                  >
                    <option value="leave-unchanged">Leave the field unchanged</option>
                    <option value="clear">Clear the field (#N/A)</option>
                  </select>
                </div>
                <p className="slds-text-color_weak slds-cell-wrap">
                  {blankCountText(plan, props.rowCount)}
                </p>
              </td>
              <td>
                <FormatCell plan={plan} onFormat={(f) => props.onFormat(plan.column, f)} />
              </td>
              <td>
                <div className="slds-cell-wrap">
                  <Checks plan={plan} />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
