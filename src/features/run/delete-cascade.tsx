/**
 * What a delete takes with it (issue 5, org check): related records the org deletes along with
 * the chosen ones, e.g. an Account's Contacts and Opportunities.
 */
import { formatCount } from '../../lib/format-numbers';

export interface CascadeCount {
  /** API name of the related object. */
  object: string;
  label: string;
  count: number;
}

/** `cascade` is null when the org check did not run. */
export function DeleteCascade({ cascade }: { cascade: readonly CascadeCount[] | null }) {
  if (cascade === null) {
    return (
      <p className="slds-m-top_small">
        Related records that Salesforce deletes along with these were not counted: run the org check
        to see them.
      </p>
    );
  }
  const counted = cascade.filter((entry) => entry.count > 0);
  if (counted.length === 0) {
    return (
      <p className="slds-m-top_small">The org check found no related records deleted with these.</p>
    );
  }
  return (
    <div className="slds-m-top_small">
      <p>Salesforce also deletes these related records:</p>
      <ul className="slds-list_dotted">
        {counted.map((entry) => (
          <li key={entry.object}>
            {formatCount(entry.count)} {entry.label} ({entry.object})
          </li>
        ))}
      </ul>
    </div>
  );
}
