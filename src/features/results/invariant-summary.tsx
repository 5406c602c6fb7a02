/**
 * The invariant of issue 6, as a sentence and a table: every source row is succeeded, failed,
 * unprocessed, excluded before upload, not sent or unknown, and the parts add up to the whole.
 * Anything that is not a clean answer (unknown rows, uncertain matches, results that matched no
 * row, jobs whose results could not be read, parts that do not add up) is an alert, never hidden.
 */
import { formatCount } from '../../lib/format-numbers';
import type { ReconcileSummary } from '../../load/reconcile/row-outcomes';

const rows = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

/** What a succeeded row that created nothing did: deletes delete, the rest update. */
export function notCreatedWord(operation: string): string {
  return operation === 'delete' || operation === 'hardDelete' ? 'deleted' : 'updated';
}

/** "25,000 rows = 24,700 succeeded (24,500 created, 200 updated) + 250 failed + …". */
export function invariantSentence(s: ReconcileSummary, operation: string): string {
  const updated = s.succeeded - s.created;
  return (
    `${rows(s.rowCount)} = ${formatCount(s.succeeded)} succeeded ` +
    `(${formatCount(s.created)} created, ${formatCount(updated)} ${notCreatedWord(operation)}) + ` +
    `${formatCount(s.failed)} failed + ${formatCount(s.unprocessed)} unprocessed + ` +
    `${formatCount(s.excluded)} excluded before upload + ${formatCount(s.notSent)} not sent + ` +
    `${formatCount(s.unknown)} unknown`
  );
}

export function summaryTotal(s: ReconcileSummary): number {
  return s.succeeded + s.failed + s.unprocessed + s.excluded + s.notSent + s.unknown;
}

/** Each gap in an admin's words: what happened, what it means, what to do. */
export function summaryProblems(s: ReconcileSummary): string[] {
  const problems: string[] = [];
  const total = summaryTotal(s);
  if (total !== s.rowCount)
    problems.push(
      `The counts add up to ${rows(total)}, not the file's ${rows(s.rowCount)}: some rows are not accounted for. Do not rely on these counts; reconcile again, and if it persists download the raw result files of each job.`,
    );
  if (s.unknown > 0)
    problems.push(
      `${rows(s.unknown)} were sent but Salesforce returned no result for them, so whether they were saved is unknown. They are not counted as succeeded or failed; check them in Salesforce (or in the raw result files) before sending them again.`,
    );
  if (s.ambiguous > 0)
    problems.push(
      `${rows(s.ambiguous)} had the same values as other rows of their job and got different results, so which row got which result is a guess. They are left out of retries unless you include them.`,
    );
  if (s.unmatchedResults > 0)
    problems.push(
      `Salesforce returned ${formatCount(s.unmatchedResults)} result ${s.unmatchedResults === 1 ? 'row' : 'rows'} that match no row of the file (values changed on the way, or the file changed). Download the raw result files to see them.`,
    );
  for (const job of s.unreadJobs)
    problems.push(`The results of job ${job.jobId} could not be read: ${job.message}`);
  return problems;
}

export function InvariantSummary({
  summary,
  operation,
}: {
  summary: ReconcileSummary;
  operation: string;
}) {
  const problems = summaryProblems(summary);
  const updated = summary.succeeded - summary.created;
  const parts: [string, number][] = [
    ['Succeeded', summary.succeeded],
    ['  of which created', summary.created],
    [`  of which ${notCreatedWord(operation)}`, updated],
    ['Failed', summary.failed],
    ['Unprocessed (in a job that failed or was aborted)', summary.unprocessed],
    ['Excluded before upload', summary.excluded],
    ['Not sent', summary.notSent],
    ['Unknown (no result from Salesforce)', summary.unknown],
  ];
  return (
    <section aria-labelledby="results-summary-heading" className="slds-m-vertical_medium">
      <h2 id="results-summary-heading" className="slds-text-heading_medium">
        Every row accounted for
      </h2>
      <p className="slds-text-heading_small slds-m-vertical_small" data-testid="invariant">
        {invariantSentence(summary, operation)}
      </p>
      {problems.length > 0 && (
        <div role="alert" className="slds-box slds-theme_warning slds-m-vertical_small">
          <h3 className="slds-text-heading_small">Not every row has a clear answer</h3>
          <ul className="slds-list_dotted">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <table className="slds-table slds-table_bordered slds-table_cell-buffer slds-max-medium-table_stacked">
        <caption className="slds-assistive-text">Rows by outcome</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Rows</th>
          </tr>
        </thead>
        <tbody>
          {parts.map(([label, count]) => (
            <tr key={label}>
              <th scope="row" className={label.startsWith('  ') ? 'slds-p-left_large' : undefined}>
                {label.trim()}
              </th>
              <td>{formatCount(count)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <strong>Rows in the file</strong>
            </th>
            <td>
              <strong>{formatCount(summary.rowCount)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
