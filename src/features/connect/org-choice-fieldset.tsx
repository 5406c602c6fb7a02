import type { OrgChoice } from './sign-in-target';

const CHOICES: { value: OrgChoice; label: string; description: string }[] = [
  {
    value: 'demo',
    label: 'Demo org',
    description: 'The built-in demo org: runs on this machine, no Salesforce account needed.',
  },
  {
    value: 'my-domain',
    label: 'My Domain',
    description: 'Your production org or sandbox, signed in through its My Domain.',
  },
];

/** The "Org" radio group (SLDS radio group); each option's description is read after its name. */
export function OrgChoiceFieldset(props: {
  value: OrgChoice;
  onChange: (choice: OrgChoice) => void;
}) {
  return (
    <fieldset className="slds-form-element slds-m-bottom_medium">
      <legend className="slds-form-element__legend slds-form-element__label">Org</legend>
      <div className="slds-form-element__control">
        {CHOICES.map(({ value, label, description }) => (
          <div className="slds-m-bottom_x-small" key={value}>
            <label className="slds-radio forklift-radio" htmlFor={`org-choice-${value}`}>
              <input
                type="radio"
                id={`org-choice-${value}`}
                name="org-choice"
                value={value}
                checked={props.value === value}
                onChange={() => props.onChange(value)}
                aria-describedby={`org-choice-${value}-description`}
              />
              <span className="slds-radio_faux"></span>
              <span className="slds-form-element__label">{label}</span>
            </label>
            <p
              id={`org-choice-${value}-description`}
              className="slds-text-color_weak slds-p-left_large"
            >
              {description}
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
