/**
 * The check screen's report and choices (issue 5): what preflight found over every row, grouped
 * by problem and column with the Salesforce error each prevents, a value fix for all rows that
 * share a value, which rows with problems to leave out, the trial run and sorting options, and
 * "Prepare the load". Presentational: the caller owns the summary, value map and decision.
 */
import { useId, useState, type ReactNode } from 'react';
import { DEFAULT_TRIAL_ROWS } from '../../load/job-plan/job-cutter';
import type { PreflightSummary } from '../../load/preflight/preflight-aggregator';
import {
  PREFLIGHT_LIMITS_NOTICE,
  type PreflightProblem,
} from '../../load/preflight/preflight-problem';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import { OPERATION_RULES, type Operation } from '../../load/operation-rules';
import { LoadOptions } from './load-options';
import { excludedRowRange, parseTrialRows, type PreflightDecision } from './preflight-decision';
import { headlineText, rowsText } from './preflight-text';
import { ProblemChoiceFieldset } from './problem-choice-fieldset';
import { ProblemGroupCard } from './problem-group-card';
import { ValueMapList } from './value-map-list';

export { DEFAULT_PREFLIGHT_DECISION, type PreflightDecision } from './preflight-decision';

export interface PreflightReportProps {
  summary: PreflightSummary;
  /** Data rows in the file. */
  rowCount: number;
  objectLabel: string;
  operation: Operation;
  /** The CSV header, to name columns as the file does; field names are shown without it. */
  headers?: readonly string[];
  valueMap: readonly ValueMapEntry[];
  onValueMapChange(entries: ValueMapEntry[]): void;
  decision: PreflightDecision;
  onDecisionChange(decision: PreflightDecision): void;
  onPrepare(): void;
  preparing: boolean;
  /** The mapping has a parent key (a lookup or relationship column) to sort by. */
  canSortByParent: boolean;
  /** More checks and options, shown before "Prepare the load" (the org check, job size). */
  children?: ReactNode;
}

/** Why "Prepare the load" cannot be pressed yet, or null. */
function blockedReason(props: PreflightReportProps, trialText: string): string | null {
  const { summary, decision } = props;
  if (decision.trialRows > 0 && parseTrialRows(trialText) === null)
    return 'Type how many rows the trial run loads, or switch the trial run off.';
  const { min } = excludedRowRange(summary, decision.choice);
  if (summary.rowsChecked > 0 && min >= summary.rowsChecked)
    return 'Every row is left out, so nothing would be sent: fix values above, or choose which rows to send.';
  return null;
}

export function PreflightReport(props: PreflightReportProps) {
  const { summary, decision } = props;
  const headingId = useId();
  const blockedId = useId();
  const [trialText, setTrialText] = useState(String(decision.trialRows || DEFAULT_TRIAL_ROWS));
  const blocked = blockedReason(props, trialText);
  const notChecked = props.rowCount - summary.rowsChecked;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="slds-text-heading_medium slds-m-bottom_small">
        Check: {OPERATION_RULES[props.operation].label} {props.objectLabel}
      </h2>
      <p role="status" className="slds-text-heading_small slds-m-bottom_x-small">
        {headlineText(summary)}
        {notChecked > 0 && ` ${rowsText(notChecked)} of the file were not checked.`}
      </p>
      <div className="slds-scoped-notification slds-theme_light slds-m-bottom_medium" role="note">
        <p>{PREFLIGHT_LIMITS_NOTICE}</p>
      </div>
      <LoadProblems problems={summary.loadProblems} />
      <ValueMapList
        valueMap={props.valueMap}
        headers={props.headers}
        onValueMapChange={props.onValueMapChange}
      />
      {summary.groups.length > 0 && (
        <>
          <ul aria-label="Problems found" className="slds-m-bottom_medium">
            {summary.groups.map((group) => (
              <ProblemGroupCard
                key={group.key}
                group={group}
                headers={props.headers}
                valueMap={props.valueMap}
                onValueMapChange={props.onValueMapChange}
              />
            ))}
          </ul>
          <ProblemChoiceFieldset
            summary={summary}
            headers={props.headers}
            choice={decision.choice}
            onChoiceChange={(choice) => props.onDecisionChange({ ...decision, choice })}
          />
        </>
      )}
      <LoadOptions
        options={decision}
        rowCount={props.rowCount}
        canSortByParent={props.canSortByParent}
        trialText={trialText}
        onTrialTextChange={setTrialText}
        onChange={(options) => props.onDecisionChange({ ...decision, ...options })}
      />
      {props.children}
      {blocked !== null && (
        <p id={blockedId} className="slds-text-color_error slds-m-bottom_x-small">
          {blocked}
        </p>
      )}
      <button
        type="button"
        className="slds-button slds-button_brand"
        disabled={props.preparing || blocked !== null}
        aria-describedby={blocked === null ? undefined : blockedId}
        onClick={props.onPrepare}
      >
        Prepare the load
      </button>
    </section>
  );
}

/** Problems of the whole load, not of a row: every creating row fails with them. */
function LoadProblems(props: { problems: readonly PreflightProblem[] }) {
  const headingId = useId();
  if (props.problems.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="slds-scoped-notification slds-theme_error slds-m-bottom_medium"
    >
      <h3 id={headingId} className="slds-text-heading_small">
        Problems of the whole load
      </h3>
      <ul className="slds-list_dotted">
        {props.problems.map((problem, i) => (
          <li key={`${problem.rule}-${problem.field ?? ''}-${i}`}>
            <strong>{problem.severity === 'error' ? 'Must fix' : 'Check'}:</strong>{' '}
            {problem.message}
            {problem.salesforceCode !== null && (
              <>
                {' '}
                (prevents <code>{problem.salesforceCode}</code>)
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
