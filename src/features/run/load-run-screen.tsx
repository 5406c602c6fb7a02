/**
 * The load page wired to a running load: the latest snapshot, the tab title, a poll when the tab
 * comes back, the run watched for its end whatever page comes next (watched-load-runs.ts), and
 * the user's commands handed to the run orchestrator. A command that fails (an
 * abort Salesforce refused) is explained here; everything else comes back in the snapshots.
 */
import { useState } from 'react';
import {
  explainIngestFailure,
  type IngestFailure,
} from '../../salesforce/bulk/explain-ingest-failure';
import { FailureExplanation } from './failure-explanation';
import type { LoadRunControls } from './load-run-types';
import { LoadRunView } from './load-run-view';
import { useLoadRun } from './use-load-run';
import { useLoadTabTitle } from './use-load-tab-title';
import { usePollOnVisible } from './use-poll-on-visible';
import { useWatchedLoadRun } from './watched-load-runs';

export function LoadRunScreen(props: {
  controls: LoadRunControls;
  /** e.g. "Upsert Contacts from contacts.csv". */
  title: string;
  /** Shorter, for the tab: e.g. "Upsert Contacts". */
  tabTitle: string;
  onProvideFile?(file: File): void;
  /**
   * Stores the user's Continue after the trial, so a reload before the next job starts does not
   * ask again; the run continues once it is stored (or could not be: the next job's own record
   * then says it).
   */
  rememberTrialContinued?(): Promise<void>;
  /** A job's `failedResults` CSV: why the trial's rows failed, shown before the rest is sent. */
  readFailedResults?(jobId: string): Promise<string>;
}) {
  const { controls } = props;
  const snapshot = useLoadRun(controls);
  useLoadTabTitle(snapshot, props.tabTitle);
  useWatchedLoadRun(controls, { title: props.title, tabTitle: props.tabTitle });
  usePollOnVisible(controls);
  const [commandFailure, setCommandFailure] = useState<IngestFailure | null>(null);
  if (!snapshot) return null;

  const send = (command: () => Promise<void>) => {
    setCommandFailure(null);
    command().catch((error: unknown) => setCommandFailure(explainIngestFailure(error)));
  };
  return (
    <>
      {commandFailure && (
        <div role="alert" className="slds-box slds-theme_error slds-m-around_medium">
          <h2 className="slds-text-heading_small">The abort did not go through</h2>
          <FailureExplanation failure={commandFailure} />
        </div>
      )}
      <LoadRunView
        snapshot={snapshot}
        title={props.title}
        onAbortJob={(planIndex) => send(() => controls.abortJob(planIndex))}
        onAbortAll={() => send(() => controls.abortAll())}
        onContinueAfterTrial={() =>
          void (props.rememberTrialContinued?.() ?? Promise.resolve())
            .catch(() => undefined)
            .then(() => controls.continueAfterTrial())
        }
        onProvideFile={props.onProvideFile}
        onTryAgain={() => controls.tryAgain()}
        readFailedResults={props.readFailedResults}
      />
    </>
  );
}
