/**
 * The load page wired to a running load: the latest snapshot, the tab title, a poll when the tab
 * comes back, and the user's commands handed to the run orchestrator. A command that fails (an
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

export function LoadRunScreen(props: {
  controls: LoadRunControls;
  /** e.g. "Upsert Contacts from contacts.csv". */
  title: string;
  /** Shorter, for the tab: e.g. "Upsert Contacts". */
  tabTitle: string;
  onProvideFile?(file: File): void;
}) {
  const { controls } = props;
  const snapshot = useLoadRun(controls);
  useLoadTabTitle(snapshot, props.tabTitle);
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
        onContinueAfterTrial={() => controls.continueAfterTrial()}
        onProvideFile={props.onProvideFile}
      />
    </>
  );
}
