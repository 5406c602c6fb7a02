/**
 * The moments of a load that need the user: the trial job's results (continue or stop), a run
 * stopped by a failure it cannot get past alone, jobs stopped until the user says Try again, a
 * load another tab runs, and the end of the load.
 */
import type { IngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import { FailureExplanation } from './failure-explanation';
import type { LoadRunSnapshot } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';
import { jobHasEnded } from './load-run-words';
import { TrialFailures } from './trial-failures';

export function TrialReviewPanel(props: {
  snapshot: LoadRunSnapshot;
  onContinue(): void;
  onStop(): void;
  /** The trial job's `failedResults` CSV: its failures are explained here when it has any. */
  readFailedResults?(jobId: string): Promise<string>;
}) {
  const trial = props.snapshot.jobs.find((job) => job.trial);
  const remaining = props.snapshot.jobs
    .filter((job) => !job.trial && !jobHasEnded(job))
    .reduce((sum, job) => sum + job.rows, 0);
  const processed = trial?.processed ?? 0;
  const failed = trial?.failed ?? 0;
  return (
    <section aria-label="Trial run results" className="slds-box slds-m-top_small">
      <p>
        The first {formatCount(trial?.rows ?? 0)} rows were loaded:{' '}
        {formatCount(processed - failed)} succeeded, {formatCount(failed)} failed. Continue with the
        remaining {formatCount(remaining)} rows?
      </p>
      {failed > 0 && (
        <p className="slds-text-color_weak">
          Look at why the trial rows failed first: the same cause will likely fail more rows.
        </p>
      )}
      {failed > 0 && trial?.jobId && props.readFailedResults && (
        <TrialFailures jobId={trial.jobId} readFailedResults={props.readFailedResults} />
      )}
      <div className="slds-m-top_x-small">
        <button type="button" className="slds-button slds-button_brand" onClick={props.onContinue}>
          Continue
        </button>
        <button type="button" className="slds-button slds-button_neutral" onClick={props.onStop}>
          Stop here
        </button>
      </div>
    </section>
  );
}

export function BlockedPanel({ failure }: { failure: IngestFailure | null }) {
  return (
    <div role="alert" className="slds-box slds-theme_error slds-m-top_small">
      <h2 className="slds-text-heading_small">The load is stopped</h2>
      <p className="slds-m-bottom_x-small">
        Forklift sends nothing more until this is solved. Jobs already in Salesforce keep running
        there.
      </p>
      {failure ? (
        <FailureExplanation failure={failure} />
      ) : (
        <p>The reason was not recorded. Reload the page to read the jobs again.</p>
      )}
    </div>
  );
}

export function FinishedSummary({ snapshot }: { snapshot: LoadRunSnapshot }) {
  const { progress, jobs, abortRequested } = snapshot;
  const unprocessed = Math.max(0, progress.totalRows - progress.processed);
  const failedJobs = jobs.filter((job) => job.jobState === 'Failed').length;
  return (
    <section aria-label="Load summary" className="slds-box slds-theme_shade slds-m-top_small">
      <h2 className="slds-text-heading_small">
        {abortRequested ? 'The load was aborted' : 'The load finished'}
      </h2>
      <p>
        Of {formatCount(progress.totalRows)} rows in this load, {formatCount(progress.succeeded)}{' '}
        succeeded and {formatCount(progress.failed)} failed.
        {unprocessed > 0 &&
          ` ${formatCount(unprocessed)} were not processed: their job was aborted or failed.`}
      </p>
      {failedJobs > 0 && (
        <p>
          {formatCount(failedJobs)} {failedJobs === 1 ? 'job' : 'jobs'} failed as a whole; the table
          below says why.
        </p>
      )}
      {(progress.failed > 0 || unprocessed > 0) && (
        <p className="slds-text-color_weak">
          The results list every failed and unprocessed row with Salesforce&apos;s error, to fix and
          load again.
        </p>
      )}
    </section>
  );
}

/** What the page says above the jobs besides the status panels: jobs stopped, another tab. */
export function RunNotices(props: { snapshot: LoadRunSnapshot; onTryAgain?(): void }) {
  const { snapshot } = props;
  return (
    <>
      {snapshot.elsewhere && snapshot.status !== 'finished' && <RunningElsewherePanel />}
      {snapshot.needsAttention && !snapshot.elsewhere && (
        <NeedsAttentionPanel snapshot={snapshot} onTryAgain={props.onTryAgain} />
      )}
    </>
  );
}

export function RunningElsewherePanel() {
  return (
    <div role="status" className="slds-box slds-theme_shade slds-m-top_small">
      <h2 className="slds-text-heading_small">Running in another tab or window</h2>
      <p>
        Another tab or window of this browser is running this load, so this page sends nothing and
        only shows its progress (read again every few seconds). To abort it, or to give it the file
        again, use that tab. Once that tab is closed (or signs out), this page takes the load over
        by itself.
      </p>
    </div>
  );
}

export function NeedsAttentionPanel(props: { snapshot: LoadRunSnapshot; onTryAgain?(): void }) {
  const stopped = props.snapshot.jobs.filter((job) => job.stopped);
  return (
    <section
      aria-label="The load needs your attention"
      className="slds-box slds-theme_warning slds-m-top_small"
    >
      <h2 className="slds-text-heading_small">The load needs your attention</h2>
      <p className="slds-m-bottom_x-small">
        {stopped.length === 1 ? 'One job is' : `${formatCount(stopped.length)} jobs are`} stopped
        and Forklift sends nothing more for {stopped.length === 1 ? 'it' : 'them'} until you say so.
        Other jobs go on. Solve the cause below, then try again.
      </p>
      {stopped.map((job) =>
        job.failure ? (
          <div key={job.planIndex} className="slds-m-bottom_x-small">
            <h3 className="slds-text-title_bold">Job {job.planIndex + 1}</h3>
            <FailureExplanation failure={job.failure} />
          </div>
        ) : null,
      )}
      {props.onTryAgain && (
        <button type="button" className="slds-button slds-button_brand" onClick={props.onTryAgain}>
          Try again
        </button>
      )}
    </section>
  );
}
