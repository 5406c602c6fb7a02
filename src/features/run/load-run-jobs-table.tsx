/**
 * One row per planned job: its Salesforce job id, where it stands (in plain words and in
 * Salesforce's), rows processed and failed with a progress bar, the upload while it runs, and
 * anything that went wrong with what to do about it.
 */
import { FailureExplanation } from './failure-explanation';
import type { JobView } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';
import { canAbortJob, jobName, jobStateWords, percentOf } from './load-run-words';

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const megabytes = (bytes: number) => `${ONE_DECIMAL.format(bytes / 1_000_000)} MB`;

export function attemptNote(attempt: number): string | null {
  if (attempt === 0) return null;
  const note = 'Sent again as a new job after the upload broke off';
  return attempt === 1 ? `${note}.` : `${note} (attempt ${attempt + 1}).`;
}

function UploadProgress({ job }: { job: JobView }) {
  if (job.attemptState !== 'uploading' || job.totalBytes === null) return null;
  const sent = job.uploadedBytes ?? 0;
  const percent = percentOf(job.totalBytes === 0 ? 1 : sent / job.totalBytes);
  return (
    <div className="slds-m-top_xx-small">
      <div
        className="slds-progress-bar slds-progress-bar_x-small"
        role="progressbar"
        aria-label={`${jobName(job.planIndex)} upload`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% uploaded`}
      >
        <span className="slds-progress-bar__value" style={{ width: `${percent}%` }} />
      </div>
      <span className="slds-text-body_small">
        Uploaded {megabytes(sent)} of {megabytes(job.totalBytes)}
      </span>
    </div>
  );
}

function JobRow(props: { job: JobView; canAbort: boolean; onAbortJob(planIndex: number): void }) {
  const { job } = props;
  const name = jobName(job.planIndex);
  const percent = percentOf(job.rows === 0 ? 1 : job.processed / job.rows);
  const note = attemptNote(job.attempt);
  return (
    <tr>
      <th scope="row">
        {name}
        {job.trial && <span className="slds-text-color_weak"> (trial)</span>}
      </th>
      <td>{job.jobId ?? <span className="slds-text-color_weak">not created yet</span>}</td>
      <td className="slds-cell-wrap">
        <div>{jobStateWords(job)}</div>
        {job.jobState && (
          <div className="slds-text-body_small slds-text-color_weak">
            Salesforce state: {job.jobState}
          </div>
        )}
        <UploadProgress job={job} />
        {note && <div className="slds-text-body_small">{note}</div>}
        {job.errorMessage && (
          <div role="alert" className="slds-text-color_error slds-text-body_small">
            Salesforce stopped this job: {job.errorMessage}
          </div>
        )}
        {job.failure && (
          <div role="alert" className="slds-m-top_xx-small">
            <FailureExplanation failure={job.failure} />
          </div>
        )}
      </td>
      <td>
        {formatCount(job.processed)} of {formatCount(job.rows)}
      </td>
      <td>{formatCount(job.failed)}</td>
      <td>
        <div
          className="slds-progress-bar"
          role="progressbar"
          aria-label={`${name} rows processed`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span className="slds-progress-bar__value" style={{ width: `${percent}%` }} />
        </div>
      </td>
      <td>
        {props.canAbort && canAbortJob(job) && (
          <button
            type="button"
            className="slds-button slds-button_text-destructive"
            onClick={() => props.onAbortJob(job.planIndex)}
          >
            Abort {name.toLowerCase()}
          </button>
        )}
        {job.attemptState === 'aborting' && <span>Aborting…</span>}
      </td>
    </tr>
  );
}

export function LoadRunJobsTable(props: {
  jobs: readonly JobView[];
  /** False once the load is finished or being aborted as a whole. */
  canAbort: boolean;
  onAbortJob(planIndex: number): void;
}) {
  return (
    <table
      className="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_medium"
      aria-label="Jobs of this load"
    >
      <thead>
        <tr className="slds-line-height_reset">
          <th scope="col">Job</th>
          <th scope="col">Salesforce job ID</th>
          <th scope="col">State</th>
          <th scope="col">Processed</th>
          <th scope="col">Failed</th>
          <th scope="col">Progress</th>
          <th scope="col">
            <span className="slds-assistive-text">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.jobs.map((job) => (
          <JobRow
            key={job.planIndex}
            job={job}
            canAbort={props.canAbort}
            onAbortJob={props.onAbortJob}
          />
        ))}
      </tbody>
    </table>
  );
}
