import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { assignmentRulesQueryOptions, type SignedInKey } from '../../salesforce/describe-queries';
import { useSalesforce } from '../../salesforce/salesforce-context';

const OWNER_WITHOUT_RULE =
  'Without an assignment rule, new records are owned by you, the user running the load, unless the file maps OwnerId.';

/** Lead and Case: the assignment rule the job runs (`assignmentRuleId`, salesforce-api.md §1.2). */
export function AssignmentRulePicker(props: {
  signedIn: SignedInKey;
  object: string;
  assignmentRuleId: string | null;
  onChange(assignmentRuleId: string | null): void;
}) {
  const id = useId();
  const { client } = useSalesforce();
  const rules = useQuery(assignmentRulesQueryOptions(client, props.signedIn, props.object));
  if (rules.isPending) return <p role="status">Reading {props.object} assignment rules…</p>;
  if (rules.isError)
    return (
      <p className="slds-text-color_error">
        The assignment rules could not be read ({rules.error.message}). {OWNER_WITHOUT_RULE}
      </p>
    );
  if (!rules.data.available || rules.data.rules.length === 0)
    return (
      <p className="slds-m-bottom_medium">
        No {props.object} assignment rules are available in this org. {OWNER_WITHOUT_RULE}
      </p>
    );
  return (
    <div className="slds-form-element slds-m-bottom_medium">
      <label className="slds-form-element__label" htmlFor={id}>
        Assignment rule
      </label>
      <div className="slds-form-element__control">
        <div className="slds-select_container">
          <select
            id={id}
            className="slds-select"
            value={props.assignmentRuleId ?? ''}
            onChange={(event) => props.onChange(event.target.value || null)}
          >
            <option value="">No assignment rule</option>
            {rules.data.rules.map((rule) => (
              <option key={rule.Id} value={rule.Id}>
                {rule.Name}
                {rule.Active ? ' (active)' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="slds-form-element__help slds-text-color_weak">{OWNER_WITHOUT_RULE}</p>
    </div>
  );
}
