/**
 * After a reload, jobs not yet uploaded have lost their prepared rows (they lived in this tab's
 * memory). The user drops or picks the same file again; the page checks it is the same file and
 * sends only those jobs.
 */
import { useId } from 'react';
import { useDropzone } from 'react-dropzone';
import type { JobView } from './load-run-types';
import { formatCount } from '../../lib/format-numbers';

/** Jobs whose rows were never sent: they need the file again. */
export function jobsWaitingForFile(jobs: readonly JobView[]): JobView[] {
  return jobs.filter(
    (job) =>
      job.attemptState === 'planned' ||
      job.attemptState === 'creating' ||
      job.attemptState === 'created',
  );
}

export function NeedsFilePanel(props: {
  jobs: readonly JobView[];
  onProvideFile?: (file: File) => void;
}) {
  const headingId = useId();
  const waiting = jobsWaitingForFile(props.jobs);
  const rows = waiting.reduce((sum, job) => sum + job.rows, 0);
  const onProvideFile = props.onProvideFile;
  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    multiple: false,
    noClick: true,
    noKeyboard: true,
    disabled: !onProvideFile,
    onDrop(accepted, rejected) {
      const file = accepted[0] ?? rejected[0]?.file;
      if (file) onProvideFile?.(file);
    },
  });
  return (
    <section aria-labelledby={headingId} className="slds-box slds-theme_warning slds-m-top_small">
      <h2 id={headingId} className="slds-text-heading_small">
        Choose the same file again
      </h2>
      <p className="slds-m-vertical_x-small">
        The load stopped before every job was uploaded, and this browser no longer holds the
        prepared rows. {formatCount(waiting.length)} {waiting.length === 1 ? 'job' : 'jobs'} (
        {formatCount(rows)} rows) still need them. Drop or choose the same CSV file: Forklift checks
        that it is the same file and sends only the jobs not uploaded yet. Jobs already in
        Salesforce are not sent again.
      </p>
      {onProvideFile ? (
        <div
          {...getRootProps({
            role: 'group',
            'aria-label': 'Drop zone for the same CSV file',
            className: `slds-file-selector__dropzone slds-p-around_medium${isDragActive ? ' slds-has-drag-over' : ''}`,
          })}
        >
          <input {...getInputProps({ 'aria-label': 'The same CSV file' })} />
          <button type="button" className="slds-button slds-button_brand" onClick={open}>
            Choose the file
          </button>
          <span className="slds-m-left_small">
            {isDragActive ? 'Drop the file to check it' : 'or drop it here'}
          </span>
        </div>
      ) : (
        <p>
          The file cannot be chosen on this page. Abort the load to give up the jobs not uploaded
          yet.
        </p>
      )}
    </section>
  );
}
