/**
 * Why the trial run's rows failed, shown while the user decides whether to send the rest (issue
 * 5, Trial run): the trial job's `failedResults` read whole (the trial is small) and grouped by
 * Salesforce error code in the admin's words. The full results, joined back to the file's rows,
 * come on the results page once the load has ended.
 */
import { useQuery } from '@tanstack/react-query';
import { formatCount } from '../../lib/format-numbers';
import { digestFailedResults } from '../../load/reconcile/failed-results-digest';

/** Columns of the examples table besides the error: the first ones sent. */
const VALUE_COLUMNS = 4;

export function TrialFailures(props: {
  jobId: string;
  /** The job's `failedResults` CSV text. */
  readFailedResults(jobId: string): Promise<string>;
}) {
  const { jobId, readFailedResults } = props;
  const digest = useQuery({
    queryKey: ['trial-failed-results', jobId],
    queryFn: async () => digestFailedResults(await readFailedResults(jobId)),
    staleTime: Infinity,
    retry: false,
  });
  if (digest.isPending) return <p role="status">Reading why the trial rows failed…</p>;
  if (digest.isError)
    return (
      <div role="alert" className="slds-m-top_x-small">
        <p>
          Why the trial rows failed could not be read ({digest.error.message}). The results page
          lists them once the load has ended; or try reading them again now.
        </p>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={() => void digest.refetch()}
        >
          Read the failed rows again
        </button>
      </div>
    );
  const { columns, groups } = digest.data;
  const shown = columns.slice(0, VALUE_COLUMNS);
  return (
    <div className="slds-m-top_small">
      {groups.map((group) => (
        <section
          key={group.code}
          aria-label={`${group.explanation.title}: ${formatCount(group.rows)} trial ${group.rows === 1 ? 'row' : 'rows'}`}
          className="slds-m-bottom_small"
        >
          <h3 className="slds-text-heading_small">
            {group.explanation.title}
            {group.code && <span className="slds-text-color_weak"> ({group.code})</span>}:{' '}
            {formatCount(group.rows)} {group.rows === 1 ? 'row' : 'rows'}
          </h3>
          <p>
            {group.explanation.meaning} {group.explanation.fix}
          </p>
          <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_x-small">
            <caption className="slds-assistive-text">
              Examples of trial rows that failed with {group.code || 'this error'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Salesforce’s message</th>
                {shown.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.examples.map((example, i) => (
                <tr key={i}>
                  <td className="slds-cell-wrap">
                    {example.message}
                    {example.fields.length > 0 && ` (${example.fields.join(', ')})`}
                  </td>
                  {shown.map((column, c) => (
                    <td key={column}>{example.values[c]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {group.rows > group.examples.length && (
            <p className="slds-text-color_weak">
              {formatCount(group.rows - group.examples.length)} more rows failed the same way.
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
