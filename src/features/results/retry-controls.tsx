/**
 * Retry (issue 6): send again only the failed, unprocessed and/or not-sent rows, with the user's
 * edits and value fixes, as a new load of the same file with the same mapping. Rows whose result
 * match is uncertain stay out unless the user includes them (they may have been saved). Rows not
 * sent are offered only once the load can never send them itself (`notSentFinal`). Rows that
 * failed on a row lock can be retried automatically: a few times, one retry at a time, waiting
 * longer before each. Every retry is checked against the org's daily limits, read fresh once its
 * rows are prepared: a retry by hand that would run them out (or whose limits could not be read)
 * waits for "Retry anyway"; an automatic one stops and says why. Automatic retries stop for this
 * page after one was sent, held or failed (any error, e.g. another tab's retry since the page read
 * the rounds): they never start again by themselves, so no stale rows are sent over and over.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { Checkbox } from '../../lib/checkbox';
import { formatCount } from '../../lib/format-numbers';
import { retryableErrors, retryRows } from '../../load/reconcile/retry-rows';
import type { Reconciliation } from '../../load/reconcile/row-outcomes';
import {
  StaleRoundsError,
  type ResultsOverlay,
  type ResultsService,
  type RetryHold,
  type RetryOutcome,
  type RetryRequest,
} from './results-service';
import { RetryHoldNotice } from './retry-hold-notice';

/** Automatic retries of row-lock failures, at most. */
export const MAX_AUTOMATIC_RETRIES = 3;
/** Wait before the first automatic retry; doubled before each next one. */
export const AUTOMATIC_RETRY_BASE_DELAY_MS = 5_000;

export const automaticRetryDelayMs = (retriesDone: number) =>
  AUTOMATIC_RETRY_BASE_DELAY_MS * 2 ** retriesDone;

/** How a retry went: started, held (nothing sent), or failed (nothing sent, `error` says why). */
type Sent = RetryOutcome | { kind: 'failed'; error: Error };

/** Why a retry did not start, for the user: a stale page is told to reload. */
function failureText(error: Error): string {
  return error instanceof StaleRoundsError
    ? `The retry did not start, and nothing was sent. ${error.message}`
    : `The retry did not start, and nothing was sent: ${error.message}`;
}

/** A message as a sentence of its own (ending with a full stop). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const rows = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

/** What the retry controls use of the results service. */
export type RetryService = Pick<
  ResultsService,
  | 'retry'
  | 'retriesRunning'
  | 'notSentFinal'
  | 'automaticRetriesDone'
  | 'autoRetryLockErrors'
  | 'setAutoRetryLockErrors'
>;

export function RetryControls(props: {
  reconciliation: Reconciliation;
  overlay: ResultsOverlay;
  service: RetryService;
}) {
  const { outcomes, summary } = props.reconciliation;
  const { service } = props;
  const [failed, setFailed] = useState(summary.failed > 0);
  const [unprocessed, setUnprocessed] = useState(summary.unprocessed > 0);
  const notSentOffered = summary.notSent > 0 && service.notSentFinal;
  const [notSent, setNotSent] = useState(notSentOffered);
  const notSentHintId = useId();
  const [includeAmbiguous, setIncludeAmbiguous] = useState(false);
  const [auto, setAuto] = useState(service.autoRetryLockErrors);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The last retry by hand was held: the next click sends anyway. */
  const [hold, setHold] = useState<RetryHold | null>(null);
  /**
   * An automatic retry was sent, held by the org's limits or failed: no more automatic retries on
   * this page until the user ticks the box again (a reload reads the rounds again).
   */
  const [autoStop, setAutoStop] = useState<Sent | null>(null);

  const chosen = useMemo(
    () => retryRows(outcomes, { failed, unprocessed, notSent, includeAmbiguous }),
    [outcomes, failed, unprocessed, notSent, includeAmbiguous],
  );
  /** A change of the rows chosen asks about the limits again. */
  const choose = (set: (on: boolean) => void) => (on: boolean) => {
    set(on);
    setHold(null);
  };
  const lockRows = useMemo(() => {
    const errors = retryableErrors(summary.groups);
    return errors.size === 0
      ? null
      : retryRows(outcomes, {
          failed: true,
          unprocessed: false,
          notSent: false,
          includeAmbiguous: false,
          onlyErrors: errors,
        });
  }, [outcomes, summary.groups]);
  const ambiguousAll = useMemo(
    () =>
      retryRows(outcomes, { failed, unprocessed, notSent, includeAmbiguous: false })
        .ambiguousLeftOut,
    [outcomes, failed, unprocessed, notSent],
  );
  const retriesDone = service.automaticRetriesDone;
  const blocked = service.retriesRunning > 0;
  const autoDue =
    !blocked &&
    !busy &&
    auto &&
    autoStop === null &&
    lockRows !== null &&
    lockRows.count > 0 &&
    retriesDone < MAX_AUTOMATIC_RETRIES;

  async function send(request: RetryRequest): Promise<Sent> {
    try {
      return await service.retry(request);
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  /** A retry by hand: held or failed, the user reads why and may press again. */
  async function sendChosen() {
    setBusy(true);
    setProblem(null);
    const request = { rows: chosen.rows, count: chosen.count, automatic: false };
    const sent = await send({ ...request, despiteLimits: hold !== null });
    if (sent.kind === 'failed') setProblem(failureText(sent.error));
    setHold(sent.kind === 'held' ? sent.hold : null);
    setBusy(false);
  }

  /** An automatic retry: however it went, the automatic loop stops here (set with `busy`). */
  async function sendAutomatic(request: RetryRequest) {
    setBusy(true);
    setProblem(null);
    const sent = await send(request);
    setAutoStop(sent);
    setBusy(false);
  }

  useEffect(() => {
    if (!autoDue || lockRows === null) return;
    const timer = setTimeout(
      () =>
        void sendAutomatic({
          rows: lockRows.rows,
          count: lockRows.count,
          automatic: true,
          despiteLimits: false,
        }),
      automaticRetryDelayMs(retriesDone),
    );
    return () => clearTimeout(timer);
    // sendAutomatic is stable enough: it only reads the service and setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoDue, lockRows, retriesDone]);

  async function toggleAuto(on: boolean) {
    setAuto(on);
    // Ticked again: the next automatic retry reads the limits (and the rounds) again.
    if (on) setAutoStop(null);
    try {
      await service.setAutoRetryLockErrors(on);
    } catch (error) {
      setProblem(`Your choice was not saved: ${(error as Error).message}`);
    }
  }

  const nothingToRetry = summary.failed === 0 && summary.unprocessed === 0 && !notSentOffered;
  const { edits, valueMap } = props.overlay;
  return (
    <section aria-labelledby="retry-heading" className="slds-m-vertical_medium">
      <h2 id="retry-heading" className="slds-text-heading_medium">
        Retry
      </h2>
      {blocked && (
        <p role="status">
          A retry of this load is still running. Its rows may succeed, so no other retry starts
          until it ends: open it from the Loads page, or come back here when it has finished.
        </p>
      )}
      {summary.notSent > 0 && !service.notSentFinal && (
        <p>
          {`${rows(summary.notSent)} not sent yet can still be sent by the load itself: choose the same file on its page to send them. They are not offered here, so that no row is sent twice.`}
        </p>
      )}
      {nothingToRetry ? (
        <p>No row failed or was left unprocessed or unsent: there is nothing to retry.</p>
      ) : (
        <form
          aria-label="Retry rows"
          onSubmit={(event) => {
            event.preventDefault();
            void sendChosen();
          }}
        >
          <div className="slds-form-element">
            <Checkbox
              label={`Retry failed rows (${formatCount(summary.failed)})`}
              checked={failed}
              disabled={summary.failed === 0}
              onChange={choose(setFailed)}
            />
            <Checkbox
              label={`Retry unprocessed rows (${formatCount(summary.unprocessed)})`}
              checked={unprocessed}
              disabled={summary.unprocessed === 0}
              onChange={choose(setUnprocessed)}
            />
            {notSentOffered && (
              <>
                <Checkbox
                  label={`Retry rows not sent (${formatCount(summary.notSent)})`}
                  checked={notSent}
                  describedBy={notSentHintId}
                  onChange={choose(setNotSent)}
                />
                <p id={notSentHintId} className="slds-form-element__help slds-m-left_large">
                  Salesforce never saw these rows: their jobs were cancelled before upload (the load
                  was aborted or stopped), and the load will not send them any more.
                </p>
              </>
            )}
            {ambiguousAll > 0 && (
              <Checkbox
                label={`Include ${rows(ambiguousAll)} whose match is uncertain (they may already be saved: sending them again can create duplicates)`}
                checked={includeAmbiguous}
                onChange={choose(setIncludeAmbiguous)}
              />
            )}
          </div>
          <p className="slds-m-vertical_x-small">
            {edits.length + valueMap.length > 0
              ? `Your ${formatCount(edits.length)} edited ${edits.length === 1 ? 'cell' : 'cells'} and ${formatCount(valueMap.length)} value ${valueMap.length === 1 ? 'fix' : 'fixes'} are applied to the rows sent.`
              : 'No edits or value fixes yet: the rows are sent as they are in the file.'}{' '}
            The retry is a new load of the same file with the same mapping; its results join these.
          </p>
          {problem && (
            <p role="alert" className="slds-text-color_error">
              {problem}
            </p>
          )}
          {hold && !busy && (
            <RetryHoldNotice
              hold={hold}
              rowsText={rows(chosen.count)}
              onDismiss={() => setHold(null)}
            />
          )}
          <button
            type="submit"
            className="slds-button slds-button_brand"
            disabled={busy || blocked || chosen.count === 0}
          >
            {busy ? 'Preparing the retry…' : `Retry ${rows(chosen.count)}${hold ? ' anyway' : ''}`}
          </button>
        </form>
      )}
      {lockRows !== null && (
        <div className="slds-m-top_small">
          <Checkbox
            label={`Retry rows that failed on a row lock or a timeout automatically (up to ${MAX_AUTOMATIC_RETRIES} times, waiting longer each time)`}
            checked={auto}
            onChange={(on) => void toggleAuto(on)}
          />
          {autoDue && (
            <p role="status">
              {`Retrying ${rows(lockRows.count)} that failed on a row lock or a timeout in ${automaticRetryDelayMs(retriesDone) / 1000} seconds (automatic retry ${retriesDone + 1} of ${MAX_AUTOMATIC_RETRIES}). Untick the box to stop.`}
            </p>
          )}
          {auto && autoStop?.kind === 'held' && (
            <p role="alert">
              {`Automatic retries stopped, and the ${rows(lockRows.count)} that failed on a row lock or a timeout were not sent: ${autoStop.hold.reason === 'limits' ? autoStop.hold.warning : autoStop.hold.message} To send them anyway, retry them by hand above (you are asked to confirm); to let automatic retries check again later, untick and tick the box.`}
            </p>
          )}
          {auto && autoStop?.kind === 'failed' && (
            <p role="alert">
              {autoStop.error instanceof StaleRoundsError
                ? `Automatic retries stopped, and the ${rows(lockRows.count)} that failed on a row lock or a timeout were not sent. ${autoStop.error.message} Automatic retries go on from the reloaded page.`
                : `Automatic retries stopped, and the ${rows(lockRows.count)} that failed on a row lock or a timeout were not sent, because the automatic retry did not start: ${sentence(autoStop.error.message)} They do not start again by themselves on this page: reload the page to see the latest results, then retry what is left by hand above, or untick and tick the box to let them try again.`}
            </p>
          )}
          {auto && lockRows.count > 0 && retriesDone >= MAX_AUTOMATIC_RETRIES && (
            <p role="status">
              {`${rows(lockRows.count)} still failed on a row lock or a timeout after ${MAX_AUTOMATIC_RETRIES} automatic retries. Another job or automation is probably holding these records: retry them later, or in smaller jobs.`}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
