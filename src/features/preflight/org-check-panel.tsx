/**
 * The optional org check on the Check screen (issue 5): a button that runs a few read-only
 * queries for the first rows of the file, then what they showed, in the admin's words.
 */
import { useId, useState } from 'react';
import type { SalesforceClient } from '../../salesforce/rest-client';
import { SalesforceApiError } from '../../salesforce/salesforce-api-error';
import { SalesforceNetworkError } from '../../salesforce/network-error';
import { SessionExpiredError } from '../../salesforce/session/session-errors';
import { runOrgCheck, type OrgCheckInput } from './org-check';
import { exampleRowsText, orgCheckFindings, sampleHeadline } from './org-check-text';
import type { OrgCheckProgress, OrgCheckResult } from './org-check-types';
import { formatCount } from '../../lib/format-numbers';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: OrgCheckProgress | null }
  | { kind: 'done'; result: OrgCheckResult }
  | { kind: 'failed'; message: string };

/** What went wrong, what it means and what to do next. */
export function orgCheckErrorText(error: unknown): string {
  if (error instanceof SessionExpiredError)
    return `Your Salesforce session has ended: ${error.message} Sign in again, then run the check again. Nothing was changed in the org.`;
  if (error instanceof SalesforceApiError)
    return `Salesforce refused a query: ${error.errorCode}: ${error.message}. Nothing was changed in the org; the load can still go on without this check.`;
  if (error instanceof SalesforceNetworkError)
    return `${error.message}. Check the connection and try again; nothing was changed in the org.`;
  return `The org check stopped: ${error instanceof Error ? error.message : String(error)}.`;
}

function progressText(progress: OrgCheckProgress | null): string {
  if (progress === null || progress.phase === 'reading')
    return 'Reading the first rows of the file…';
  return `Asking the org… ${formatCount(progress.queriesDone)} ${progress.queriesDone === 1 ? 'query' : 'queries'} done.`;
}

export function OrgCheckPanel(props: {
  input: OrgCheckInput;
  client: SalesforceClient;
  onResult?(result: OrgCheckResult): void;
}) {
  const { input, client, onResult } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const headingId = useId();

  async function run() {
    setState({ kind: 'running', progress: null });
    try {
      const result = await runOrgCheck(input, client, {
        onProgress: (progress) => setState({ kind: 'running', progress }),
      });
      setState({ kind: 'done', result });
      onResult?.(result);
    } catch (error) {
      setState({ kind: 'failed', message: orgCheckErrorText(error) });
    }
  }

  return (
    <section className="slds-box slds-m-top_medium" aria-labelledby={headingId}>
      <h2 id={headingId} className="slds-text-heading_small">
        Check against the org
      </h2>
      <p className="slds-m-vertical_x-small">
        Optional: looks up the keys of the first rows in {input.mapping.object} with a few queries.
        Nothing in the org is changed.
      </p>
      <button
        type="button"
        className="slds-button slds-button_neutral"
        disabled={state.kind === 'running'}
        onClick={() => void run()}
      >
        Check against the org (a few queries, no changes)
      </button>
      {state.kind === 'running' && (
        <p role="status" className="slds-m-top_x-small">
          {progressText(state.progress)}
        </p>
      )}
      {state.kind === 'failed' && (
        <div
          role="alert"
          className="slds-notify slds-notify_alert slds-alert_error slds-m-top_x-small"
        >
          {state.message}
        </div>
      )}
      {state.kind === 'done' && <OrgCheckResults result={state.result} />}
    </section>
  );
}

function OrgCheckResults({ result }: { result: OrgCheckResult }) {
  const findings = orgCheckFindings(result);
  return (
    <div className="slds-m-top_small">
      <p role="status">{sampleHeadline(result)}</p>
      {findings.length === 0 ? (
        <p>There was nothing to look up in these rows.</p>
      ) : (
        <ul className="slds-list_dotted" aria-label="Org check results">
          {findings.map((finding) => (
            <li
              key={finding.text}
              className={finding.tone === 'error' ? 'slds-text-color_error' : ''}
            >
              {finding.text}
              {finding.errorCode !== null && <> Salesforce error: {finding.errorCode}.</>}
              {finding.tone !== 'info' && finding.rows.examples.length > 0 && (
                <>
                  {' '}
                  See {exampleRowsText(finding.rows)} (
                  {finding.rows.examples.map((e) => `“${e.value}”`).join(', ')}).
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.records !== null && result.records.length > 0 && (
        <>
          <p className="slds-m-top_x-small">The first records this deletes:</p>
          <ul className="slds-list_dotted" aria-label="Records to delete">
            {result.records.map((record) => (
              <li key={record.id}>
                {record.name || '(no name)'} ({record.id})
              </li>
            ))}
          </ul>
        </>
      )}
      {result.cascade !== null && (
        <CascadeList
          title="Salesforce also deletes these related records:"
          label="Deleted with them"
          entries={result.cascade}
          empty="No related records are deleted along with the found records."
        />
      )}
      {result.blockers.some((b) => b.count > 0) && (
        <CascadeList
          title="These related records stop the delete (Salesforce error DELETE_FAILED): delete or move them first."
          label="Related records that stop the delete"
          entries={result.blockers}
          empty=""
        />
      )}
    </div>
  );
}

function CascadeList(props: {
  title: string;
  label: string;
  entries: readonly { object: string; label: string; count: number }[];
  empty: string;
}) {
  const counted = props.entries.filter((e) => e.count > 0);
  if (counted.length === 0) return <p className="slds-m-top_x-small">{props.empty}</p>;
  return (
    <>
      <p className="slds-m-top_x-small">{props.title}</p>
      <ul className="slds-list_dotted" aria-label={props.label}>
        {counted.map((entry) => (
          <li key={entry.object}>
            {formatCount(entry.count)} {entry.label} ({entry.object})
          </li>
        ))}
      </ul>
    </>
  );
}
