/**
 * What a delete takes with it (issue 5, org check): related records the org deletes along with
 * the chosen ones (e.g. an Account's Contacts and Opportunities), and related records that stop
 * the delete. The org check reads the first rows of the file only: then the counts say so.
 */
import { formatCount } from '../../lib/format-numbers';

export interface CascadeCount {
  /** API name of the related object. */
  object: string;
  label: string;
  count: number;
}

export interface DeleteCascadeCounts {
  deleted: readonly CascadeCount[];
  blockers: readonly CascadeCount[];
  /** Data rows the org check read, from the start of the file, of all of them. */
  sampledRows: number;
  totalRows: number;
}

const rowsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

/** `cascade` is null when the org check did not run. */
export function DeleteCascade({ cascade }: { cascade: DeleteCascadeCounts | null }) {
  if (cascade === null) {
    return (
      <p className="slds-m-top_small">
        Related records that Salesforce deletes along with these were not counted: run the org check
        to see them.
      </p>
    );
  }
  const deleted = cascade.deleted.filter((entry) => entry.count > 0);
  const blockers = cascade.blockers.filter((entry) => entry.count > 0);
  const partial = cascade.sampledRows < cascade.totalRows;
  return (
    <div className="slds-m-top_small">
      {partial && (
        <p>
          The org check read the first {rowsText(cascade.sampledRows)} of{' '}
          {formatCount(cascade.totalRows)}: these counts are for those rows only, and the whole file
          may take more with it.
        </p>
      )}
      {deleted.length === 0 ? (
        <p>The org check found no related records deleted with these.</p>
      ) : (
        <CountList
          title={`Salesforce also deletes these related records${partial ? ', at least' : ''}:`}
          label="Deleted with them"
          entries={deleted}
        />
      )}
      {blockers.length > 0 && (
        <CountList
          title="These related records stop the delete: the rows of their parent records will fail (Salesforce error DELETE_FAILED) unless you delete or move them first."
          label="Related records that stop the delete"
          entries={blockers}
        />
      )}
    </div>
  );
}

function CountList(props: { title: string; label: string; entries: readonly CascadeCount[] }) {
  return (
    <>
      <p>{props.title}</p>
      <ul className="slds-list_dotted" aria-label={props.label}>
        {props.entries.map((entry) => (
          <li key={entry.object}>
            {formatCount(entry.count)} {entry.label} ({entry.object})
          </li>
        ))}
      </ul>
    </>
  );
}
