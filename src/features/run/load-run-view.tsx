/**
 * The load page's body (issue 5, Watch): the whole load's progress, what needs the user now
 * (trial results, the file again, a failure, the end), abort controls, and every job. It renders
 * snapshots from the run orchestrator and hands the user's commands back; it calls nothing itself.
 * The notification of the load's end is not sent from here (the user may be on another page by
 * then): see watched-load-runs.ts.
 */
import { useRef } from 'react';
import { AbortLoadControl } from './abort-load-control';
import { FailureExplanation } from './failure-explanation';
import { LoadRunJobsTable } from './load-run-jobs-table';
import { BlockedPanel, FinishedSummary, RunNotices, TrialReviewPanel } from './load-run-panels';
import { LoadRunSummary } from './load-run-summary';
import type { LoadRunSnapshot } from './load-run-types';
import { NeedsFilePanel } from './needs-file-panel';
import { NotifyWhenFinished } from './notify-when-finished';

export interface LoadRunViewProps {
  snapshot: LoadRunSnapshot;
  /** e.g. "Upsert Contacts from contacts.csv". */
  title: string;
  onAbortJob(planIndex: number): void;
  onAbortAll(): void;
  onContinueAfterTrial(): void;
  onProvideFile?(file: File): void;
  /** Jobs stopped on a failure go on (the runner's tryAgain). */
  onTryAgain?(): void;
  /** A job's `failedResults` CSV, for the trial review. */
  readFailedResults?(jobId: string): Promise<string>;
}

export function LoadRunView(props: LoadRunViewProps) {
  const { snapshot, title } = props;
  // Try again removes its own panel: focus goes to the load's heading, not to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const { onTryAgain } = props;
  const tryAgain = onTryAgain
    ? () => {
        onTryAgain();
        heading.current?.focus();
      }
    : undefined;
  const { status, abortRequested } = snapshot;
  const finished = status === 'finished';
  const canAbort = !finished && !abortRequested && !snapshot.elsewhere;
  return (
    <section aria-label={title} className="slds-p-around_medium">
      <div className="slds-grid slds-grid_align-spread slds-wrap">
        <h1 ref={heading} tabIndex={-1} className="slds-text-heading_medium">
          {title}
        </h1>
        {!finished && <NotifyWhenFinished />}
      </div>
      <LoadRunSummary snapshot={snapshot} />
      {status === 'trial-review' && canAbort && (
        <TrialReviewPanel
          snapshot={snapshot}
          onContinue={props.onContinueAfterTrial}
          onStop={props.onAbortAll}
          readFailedResults={props.readFailedResults}
        />
      )}
      {status === 'needs-file' && (
        <NeedsFilePanel jobs={snapshot.jobs} onProvideFile={props.onProvideFile} />
      )}
      {status === 'blocked' && <BlockedPanel failure={snapshot.failure} />}
      <RunNotices snapshot={snapshot} onTryAgain={tryAgain} />
      {finished && <FinishedSummary snapshot={snapshot} />}
      {canAbort && status !== 'trial-review' && status !== 'starting' && (
        <AbortLoadControl onAbortAll={props.onAbortAll} />
      )}
      {abortRequested && !finished && (
        <p className="slds-m-top_small">
          Aborting: jobs that have not finished are being stopped. Rows already processed stay in
          Salesforce.
        </p>
      )}
      {snapshot.failure && status !== 'blocked' && (
        <div role="alert" className="slds-m-top_small">
          <h2 className="slds-text-heading_small">A problem during this load</h2>
          <FailureExplanation failure={snapshot.failure} />
        </div>
      )}
      <LoadRunJobsTable jobs={snapshot.jobs} canAbort={canAbort} onAbortJob={props.onAbortJob} />
    </section>
  );
}
