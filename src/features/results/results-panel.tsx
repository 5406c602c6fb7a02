/**
 * The results of a load (issue 6, design.md §1 step 6): the reconciliation of every round (the
 * load and its retries), the invariant, failures grouped with their meaning and fix, the rows of
 * a group with edits, value fixes, retry and downloads. Everything comes through the
 * ResultsService; this panel holds only what the user is looking at.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import type { ValueMapEntry } from '../../load/preflight/value-map';
import type { Reconciliation, RowEdit } from '../../load/reconcile/row-outcomes';
import { explainError } from '../../load/reconcile/error-explanations';
import { ErrorGroupCard } from './error-group-card';
import { InvariantSummary } from './invariant-summary';
import { ResultsDownloads } from './results-downloads';
import type { ReconcileProgress, ResultsOverlay, ResultsService } from './results-service';
import { RetryControls } from './retry-controls';

type State =
  | { kind: 'reconciling'; progress: ReconcileProgress | null }
  | { kind: 'done'; reconciliation: Reconciliation }
  | { kind: 'failed'; message: string };

function progressText(progress: ReconcileProgress | null): string {
  if (!progress) return 'Reconciling: matching every row of the file to its result…';
  const what =
    progress.phase === 'rows' ? 'reading the rows of the file' : 'reading Salesforce’s results';
  const total = progress.total > 0 ? ` of ${formatCount(progress.total)}` : '';
  return `Reconciling: ${what} (${formatCount(progress.done)}${total})…`;
}

export function ResultsPanel(props: {
  service: ResultsService;
  object: string;
  operation: string;
  fileName: string;
}) {
  const { service } = props;
  const [state, setState] = useState<State>({ kind: 'reconciling', progress: null });
  const [overlay, setOverlay] = useState<ResultsOverlay>({ edits: [], valueMap: [] });
  const [overlayProblem, setOverlayProblem] = useState<string | null>(null);
  const [runs, setRuns] = useState(0);

  useEffect(() => {
    let current = true;
    service
      .reconcile((progress) => {
        if (current) setState({ kind: 'reconciling', progress });
      })
      .then(
        (reconciliation) => {
          if (!current) return;
          setState({ kind: 'done', reconciliation });
          // History shows the counts; failing to keep them takes nothing from this page.
          service.rememberCounts(reconciliation).catch(() => undefined);
        },
        (error: unknown) => {
          if (current)
            setState({
              kind: 'failed',
              message: `The results could not be reconciled: ${(error as Error).message}`,
            });
        },
      );
    return () => {
      current = false;
    };
  }, [service, runs]);

  useEffect(() => {
    service
      .loadOverlay()
      .then(setOverlay, (error: unknown) =>
        setOverlayProblem(
          `Your saved edits could not be read: ${(error as Error).message}. Reload the page before editing.`,
        ),
      );
  }, [service]);

  function reconcileAgain() {
    setState({ kind: 'reconciling', progress: null });
    setRuns((n) => n + 1);
  }

  const keep = useCallback(async (change: Promise<ResultsOverlay>) => {
    setOverlay(await change);
  }, []);
  const onEdit = (edit: RowEdit) => keep(service.setEdit(edit));
  const onRemoveEdit = (row: number, column: number) => keep(service.removeEdit(row, column));
  const onSetValue = (entry: ValueMapEntry) => keep(service.setValue(entry));

  return (
    <section aria-labelledby="results-heading" className="slds-p-horizontal_medium">
      <h2 id="results-heading" className="slds-text-heading_large slds-m-top_large">
        Results
      </h2>
      {service.rounds > 1 && (
        <p className="slds-text-color_weak">
          {`These results cover the load and its ${formatCount(service.rounds - 1)} ${service.rounds === 2 ? 'retry' : 'retries'}: a retried row shows its latest outcome.`}
        </p>
      )}
      {state.kind === 'reconciling' && (
        <div role="status" className="slds-m-vertical_medium">
          <p>{progressText(state.progress)}</p>
          {state.progress && state.progress.total > 0 && (
            <progress
              aria-label="Reconciliation progress"
              max={state.progress.total}
              value={state.progress.done}
            />
          )}
        </div>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="slds-box slds-theme_error slds-m-vertical_medium">
          <p>{state.message}</p>
          <p>
            Nothing in Salesforce changed. Try again; if it keeps failing, open each job on the Jobs
            page to download Salesforce’s own result files.
          </p>
          <button
            type="button"
            className="slds-button slds-button_neutral"
            onClick={reconcileAgain}
          >
            Reconcile again
          </button>
        </div>
      )}
      {overlayProblem && (
        <p role="alert" className="slds-text-color_error">
          {overlayProblem}
        </p>
      )}
      {state.kind === 'done' && (
        <>
          <InvariantSummary summary={state.reconciliation.summary} operation={props.operation} />
          <section aria-labelledby="error-groups-heading" className="slds-m-vertical_medium">
            <h2 id="error-groups-heading" className="slds-text-heading_medium">
              Failures by error
            </h2>
            {state.reconciliation.summary.groups.length === 0 && <p>No row failed.</p>}
            {state.reconciliation.summary.groups.map((group) => (
              <ErrorGroupCard
                key={group.key}
                group={group}
                object={props.object}
                explanation={explainError(group.code, group.sampleMessage)}
                outcomes={state.reconciliation.outcomes}
                service={service}
                edits={overlay.edits}
                onEdit={onEdit}
                onRemoveEdit={onRemoveEdit}
                onSetValue={onSetValue}
              />
            ))}
            {overlay.valueMap.length > 0 && (
              <div className="slds-m-top_small">
                <h3 className="slds-text-heading_small">Value fixes for the retry</h3>
                <ul>
                  {overlay.valueMap.map((entry) => (
                    <li key={`${entry.column}:${entry.from}`}>
                      {`${service.header[entry.column] ?? `Column ${entry.column + 1}`}: “${entry.from}” → “${entry.to}”`}{' '}
                      <button
                        type="button"
                        className="slds-button"
                        onClick={() =>
                          void onSetValue({ ...entry, to: entry.from }).catch((error: unknown) =>
                            setOverlayProblem(
                              `The fix was not removed: ${(error as Error).message}. Try again.`,
                            ),
                          )
                        }
                      >
                        {`Remove fix of “${entry.from}”`}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
          <RetryControls
            reconciliation={state.reconciliation}
            overlay={overlay}
            service={service}
          />
          <ResultsDownloads
            service={service}
            outcomes={state.reconciliation.outcomes}
            fileName={props.fileName}
            failed={state.reconciliation.summary.failed}
            unprocessed={state.reconciliation.summary.unprocessed}
          />
          <button
            type="button"
            className="slds-button slds-button_neutral slds-m-bottom_large"
            onClick={reconcileAgain}
          >
            Reconcile again
          </button>
        </>
      )}
    </section>
  );
}
