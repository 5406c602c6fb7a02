import { useId } from 'react';
import type { ProblemGroup } from '../../load/preflight/preflight-aggregator';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import { formatCount } from '../../lib/format-numbers';
import { fieldText, placeText, rowNumber, rowsText, valueText } from './preflight-text';
import { canFixValues, ValueFixEditor } from './value-fix-editor';

const SEVERITY_TEXT: Readonly<Record<ProblemGroup['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
};

const SEVERITY_THEME: Readonly<Record<ProblemGroup['severity'], string>> = {
  error: 'slds-theme_error',
  warning: 'slds-theme_warning',
};

/**
 * One problem in one column: what it is in the admin's words, where, the Salesforce error it
 * prevents, how many rows, example rows, and (for values) a fix for all rows at once.
 */
export function ProblemGroupCard(props: {
  group: ProblemGroup;
  headers: readonly string[] | undefined;
  valueMap: readonly ValueMapEntry[];
  onValueMapChange(entries: ValueMapEntry[]): void;
}) {
  const { group, headers } = props;
  const headingId = useId();
  const fieldName = fieldText(group, headers);
  return (
    <li>
      <article aria-labelledby={headingId} className="slds-box slds-m-bottom_small">
        <h3 id={headingId} className="slds-text-heading_small">
          <span className={`slds-badge ${SEVERITY_THEME[group.severity]} slds-m-right_x-small`}>
            {SEVERITY_TEXT[group.severity]}
            <span className="slds-assistive-text">:</span>
          </span>{' '}
          {group.title} — {fieldName}
        </h3>
        <dl className="slds-list_horizontal slds-wrap slds-m-top_x-small">
          <dt className="slds-item_label slds-text-color_weak">Where</dt>
          <dd className="slds-item_detail">{placeText(group, headers)}</dd>
          <dt className="slds-item_label slds-text-color_weak">Rows</dt>
          <dd className="slds-item_detail">{rowsText(group.rows)}</dd>
          <dt className="slds-item_label slds-text-color_weak">Salesforce error</dt>
          <dd className="slds-item_detail">
            {group.salesforceCode === null ? (
              'none: Salesforce would accept the row and store the wrong data'
            ) : (
              <code>{group.salesforceCode}</code>
            )}
          </dd>
        </dl>
        <ExampleRows group={group} fieldName={fieldName} />
        {canFixValues(group) && (
          <ValueFixEditor
            group={group}
            fieldName={fieldName}
            valueMap={props.valueMap}
            onValueMapChange={props.onValueMapChange}
          />
        )}
      </article>
    </li>
  );
}

function ExampleRows(props: { group: ProblemGroup; fieldName: string }) {
  const { group } = props;
  if (group.examples.length === 0) return null;
  return (
    <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_x-small">
      <caption className="slds-text-align_left slds-p-vertical_xx-small">
        Example rows: {props.fieldName}
        {group.rows > group.examples.length &&
          ` (the first ${formatCount(group.examples.length)} of ${formatCount(group.rows)})`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Value</th>
          <th scope="col">What is wrong</th>
        </tr>
      </thead>
      <tbody>
        {group.examples.map((example) => (
          <tr key={example.rowIndex}>
            <th scope="row">{formatCount(rowNumber(example.rowIndex))}</th>
            <td className="slds-cell-wrap">{valueText(example.value)}</td>
            <td className="slds-cell-wrap">{example.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
