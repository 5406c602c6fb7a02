import { useId } from 'react';
import type {
  PreflightChoice,
  PreflightSummary,
  ProblemGroup,
} from '../../load/preflight/preflight-aggregator';
import { EXCLUDED_BEFORE_UPLOAD } from '../../load/preflight/preflight-problem';
import { errorGroupKeys, excludedRowRange, toggleGroup } from './preflight-decision';
import { Checkbox } from '../../lib/checkbox';
import { formatCount } from '../../lib/format-numbers';
import { fieldText, rowsText } from './preflight-text';

type ChoiceKind = PreflightChoice['kind'];

function Radio(props: {
  name: string;
  kind: ChoiceKind;
  checked: boolean;
  label: string;
  help: string;
  onChoose(kind: ChoiceKind): void;
}) {
  const id = useId();
  return (
    <div className="slds-m-bottom_x-small">
      <span className="slds-radio">
        <input
          type="radio"
          id={id}
          name={props.name}
          value={props.kind}
          checked={props.checked}
          aria-describedby={`${id}-help`}
          onChange={() => props.onChoose(props.kind)}
        />
        <label className="slds-radio__label" htmlFor={id}>
          <span className="slds-radio_faux" />
          <span className="slds-form-element__label">{props.label}</span>
        </label>
      </span>
      <p id={`${id}-help`} className="slds-form-element__help slds-m-left_large">
        {props.help}
      </p>
    </div>
  );
}

function GroupCheckbox(props: {
  group: ProblemGroup;
  headers: readonly string[] | undefined;
  checked: boolean;
  onToggle(on: boolean): void;
}) {
  const { group } = props;
  return (
    <Checkbox
      label={`${group.title} — ${fieldText(group, props.headers)} (${rowsText(group.rows)})`}
      checked={props.checked}
      onChange={props.onToggle}
    />
  );
}

/** What the choice does to the row counts, said as it changes. */
function excludedText(summary: PreflightSummary, choice: PreflightChoice): string {
  const { min, max } = excludedRowRange(summary, choice);
  const total = summary.rowsChecked;
  if (min === max) return `${rowsText(min)} left out, ${rowsText(total - min)} sent.`;
  return `Between ${formatCount(min)} and ${rowsText(max)} left out (a row with several of these problems counts once); at least ${rowsText(total - max)} sent.`;
}

/** "Rows with problems": leave out the rows with errors, only chosen problems, or none. */
export function ProblemChoiceFieldset(props: {
  summary: PreflightSummary;
  headers: readonly string[] | undefined;
  choice: PreflightChoice;
  onChoiceChange(choice: PreflightChoice): void;
}) {
  const { summary, choice } = props;
  const name = useId();
  const choose = (kind: ChoiceKind) => {
    if (kind === choice.kind) return;
    switch (kind) {
      case 'exclude-error-rows':
        return props.onChoiceChange({ kind });
      case 'exclude-groups':
        return props.onChoiceChange({ kind, groups: errorGroupKeys(summary) });
      case 'go-on-anyway':
        return props.onChoiceChange({ kind });
    }
  };
  return (
    <fieldset className="slds-form-element slds-m-bottom_medium">
      <legend className="slds-form-element__legend slds-form-element__label slds-text-heading_small">
        Rows with problems
      </legend>
      <div className="slds-form-element__control">
        <Radio
          name={name}
          kind="exclude-error-rows"
          checked={choice.kind === 'exclude-error-rows'}
          label="Leave out the rows with errors"
          help={`${rowsText(summary.rowsWithErrors)} not sent: they are kept and reported as “${EXCLUDED_BEFORE_UPLOAD}”. Rows with only warnings are sent.`}
          onChoose={choose}
        />
        <Radio
          name={name}
          kind="exclude-groups"
          checked={choice.kind === 'exclude-groups'}
          label="Leave out only the rows of the problems I choose"
          help={`The rows of each problem you tick are kept and reported as “${EXCLUDED_BEFORE_UPLOAD}”; the others are sent.`}
          onChoose={choose}
        />
        {choice.kind === 'exclude-groups' && (
          <fieldset className="slds-form-element slds-m-left_large slds-m-bottom_small">
            <legend className="slds-form-element__legend slds-form-element__label">
              Problems whose rows are left out
            </legend>
            <div className="slds-form-element__control">
              {summary.groups.map((group) => (
                <GroupCheckbox
                  key={group.key}
                  group={group}
                  headers={props.headers}
                  checked={choice.groups.includes(group.key)}
                  onToggle={(on) =>
                    props.onChoiceChange({
                      kind: 'exclude-groups',
                      groups: toggleGroup(summary, choice.groups, group.key, on),
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
        )}
        <Radio
          name={name}
          kind="go-on-anyway"
          checked={choice.kind === 'go-on-anyway'}
          label="Send every row anyway"
          help="Salesforce rejects the rows with errors: they come back as failed rows, with Salesforce’s error, after the load."
          onChoose={choose}
        />
      </div>
      <p role="status" className="slds-m-top_x-small">
        <strong>{excludedText(summary, choice)}</strong>
      </p>
    </fieldset>
  );
}
