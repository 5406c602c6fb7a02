import { useId } from 'react';
import { Checkbox } from '../../lib/checkbox';
import { DEFAULT_TRIAL_ROWS } from '../../load/job-plan/job-cutter';
import {
  PARALLEL_JOBS_MAX,
  PARALLEL_JOBS_MIN,
  parseTrialRows,
  type PreflightDecision,
} from './preflight-decision';
import { rowsText } from './preflight-text';

type Options = Pick<PreflightDecision, 'trialRows' | 'sortByParent' | 'parallelJobs'>;

const PARALLEL_CHOICES = Array.from(
  { length: PARALLEL_JOBS_MAX - PARALLEL_JOBS_MIN + 1 },
  (_, i) => PARALLEL_JOBS_MIN + i,
);

/**
 * The trial run (the first rows as a real job first), sorting rows by parent, and running the
 * load's jobs in parallel (issue 5: one after another unless the user opts in).
 */
export function LoadOptions(props: {
  options: Options;
  rowCount: number;
  canSortByParent: boolean;
  /** What the trial-rows box holds: kept by the caller, who blocks "Prepare" while it is wrong. */
  trialText: string;
  onTrialTextChange(text: string): void;
  onChange(options: Options): void;
}) {
  const { options, rowCount } = props;
  const ids = {
    trial: useId(),
    trialError: useId(),
    trialHelp: useId(),
    sortHelp: useId(),
    parallel: useId(),
    parallelHelp: useId(),
  };
  const parallelOn = options.parallelJobs > 1;
  const trialOn = options.trialRows > 0;
  const { trialText } = props;
  const typed = parseTrialRows(trialText);
  const set = (change: Partial<Options>) => props.onChange({ ...options, ...change });

  return (
    <fieldset className="slds-form-element slds-m-bottom_medium">
      <legend className="slds-form-element__legend slds-form-element__label slds-text-heading_small">
        Options
      </legend>
      <div className="slds-form-element__control">
        <Checkbox
          label="Trial run: load the first rows as a job of their own first"
          checked={trialOn}
          describedBy={ids.trialHelp}
          onChange={(on) => set({ trialRows: on ? (typed ?? DEFAULT_TRIAL_ROWS) : 0 })}
        />
        <p id={ids.trialHelp} className="slds-form-element__help slds-m-left_large">
          Those rows go to Salesforce for real; you see their results, then the rest is sent. The
          trial rows are never sent again.
        </p>
        {trialOn && (
          <div
            className={`slds-form-element slds-m-left_large slds-m-bottom_small ${typed === null ? 'slds-has-error' : ''}`}
          >
            <label className="slds-form-element__label" htmlFor={ids.trial}>
              Rows in the trial run
            </label>
            <div className="slds-form-element__control">
              <input
                id={ids.trial}
                className="slds-input"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={trialText}
                aria-invalid={typed === null}
                aria-describedby={typed === null ? ids.trialError : undefined}
                onChange={(event) => {
                  props.onTrialTextChange(event.target.value);
                  const rows = parseTrialRows(event.target.value);
                  if (rows !== null) set({ trialRows: rows });
                }}
              />
            </div>
            {typed === null ? (
              <p id={ids.trialError} role="alert" className="slds-form-element__help">
                Type a whole number of rows, 1 or more.
              </p>
            ) : (
              typed >= rowCount && (
                <p className="slds-form-element__help">
                  The file has {rowsText(rowCount)}: the trial run is the whole load.
                </p>
              )
            )}
          </div>
        )}
        {props.canSortByParent && (
          <>
            <Checkbox
              label="Sort rows by parent to reduce lock contention"
              checked={options.sortByParent}
              describedBy={ids.sortHelp}
              onChange={(on) => set({ sortByParent: on })}
            />
            <p id={ids.sortHelp} className="slds-form-element__help slds-m-left_large">
              Rows with the same parent record are sent next to each other, so Salesforce does not
              lock that parent from several batches at once (UNABLE_TO_LOCK_ROW). It takes a second
              pass over the file.
            </p>
          </>
        )}
        <Checkbox
          label="Run jobs in parallel"
          checked={parallelOn}
          describedBy={ids.parallelHelp}
          onChange={(on) => set({ parallelJobs: on ? PARALLEL_JOBS_MIN : 1 })}
        />
        <p id={ids.parallelHelp} className="slds-form-element__help slds-m-left_large">
          Only a load of more than one job is affected. By default Salesforce processes one job at a
          time (the next one uploads meanwhile). Jobs processed side by side finish sooner, but rows
          of the same parent record in different jobs can then fail with UNABLE_TO_LOCK_ROW.
          {props.canSortByParent && ' Sorting rows by parent (above) makes that rarer.'} Rows that
          failed on a lock can be sent again from the results page.
        </p>
        {parallelOn && (
          <div className="slds-form-element slds-m-left_large slds-m-bottom_small">
            <label className="slds-form-element__label" htmlFor={ids.parallel}>
              Jobs processed at a time
            </label>
            <div className="slds-form-element__control">
              <div className="slds-select_container" style={{ maxWidth: '6rem' }}>
                <select
                  id={ids.parallel}
                  className="slds-select"
                  value={options.parallelJobs}
                  onChange={(event) => set({ parallelJobs: Number(event.target.value) })}
                >
                  {PARALLEL_CHOICES.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>
        )}
      </div>
    </fieldset>
  );
}
