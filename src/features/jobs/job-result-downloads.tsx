/**
 * The three result files of one job (salesforce-api.md §1.9), each fetched when asked for and
 * saved as `<jobId>-success-records.csv`, `…-failed-records.csv`, `…-unprocessed-records.csv`.
 * Salesforce serves them once the job has ended; until then the buttons say so.
 */
import { useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import { explainIngestFailure } from '../../salesforce/bulk/explain-ingest-failure';
import {
  isTerminalJobState,
  type JobState,
  type ResultKind,
} from '../../salesforce/bulk/ingest-types';
import type { OrgJobsServices } from './org-jobs-services';
import { downloadBlob } from '../../lib/download-blob';

interface ResultFile {
  kind: ResultKind;
  label: string;
  suffix: string;
  what: string;
}

const RESULT_FILES: readonly ResultFile[] = [
  {
    kind: 'successfulResults',
    label: 'Download successful records',
    suffix: 'success-records',
    what: 'each row that succeeded, with the record Id (sf__Id) and whether it was created (sf__Created)',
  },
  {
    kind: 'failedResults',
    label: 'Download failed records',
    suffix: 'failed-records',
    what: 'each row that failed, with Salesforce’s error (sf__Error)',
  },
  {
    kind: 'unprocessedrecords',
    label: 'Download unprocessed records',
    suffix: 'unprocessed-records',
    what: 'the rows never attempted because the job failed or was aborted',
  },
];

export const resultFileName = (jobId: string, suffix: string) => `${jobId}-${suffix}.csv`;

type DownloadState =
  | { kind: 'idle' }
  | { kind: 'fetching'; fileName: string }
  | { kind: 'saved'; fileName: string; bytes: number }
  | { kind: 'failed'; fileName: string; error: unknown };

const ONE_KB = 1_024;

function sizeText(bytes: number): string {
  return bytes < ONE_KB
    ? `${formatCount(bytes)} bytes`
    : `${formatCount(Math.ceil(bytes / ONE_KB))} KB`;
}

function DownloadStatus({ state }: { state: DownloadState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'fetching':
      return <>Fetching {state.fileName} from Salesforce…</>;
    case 'saved':
      return (
        <>
          Saved {state.fileName} ({sizeText(state.bytes)}). Open it with a spreadsheet or text
          editor.
        </>
      );
    case 'failed': {
      const failure = explainIngestFailure(state.error);
      return (
        <span className="slds-text-color_error">
          {state.fileName} could not be fetched. {failure.explanation} {failure.whatToDo} (
          {failure.errorCode ?? 'Error'}: {failure.message})
        </span>
      );
    }
  }
}

export function JobResultDownloads(props: {
  services: OrgJobsServices;
  jobId: string;
  state: JobState;
}) {
  const [download, setDownload] = useState<DownloadState>({ kind: 'idle' });
  const ended = isTerminalJobState(props.state);

  async function fetchAndSave(file: ResultFile) {
    const fileName = resultFileName(props.jobId, file.suffix);
    setDownload({ kind: 'fetching', fileName });
    try {
      const response = await props.services.ingest.fetchJobResults(props.jobId, file.kind);
      const blob = await response.blob();
      downloadBlob(new Blob([blob], { type: 'text/csv' }), fileName);
      setDownload({ kind: 'saved', fileName, bytes: blob.size });
    } catch (error) {
      setDownload({ kind: 'failed', fileName, error });
    }
  }

  return (
    <section aria-labelledby="job-results-heading" className="slds-m-top_large">
      <h2 id="job-results-heading" className="slds-text-heading_medium slds-m-bottom_x-small">
        Result files
      </h2>
      {!ended && (
        <p className="slds-m-bottom_x-small">
          Salesforce offers the result files once the job has ended. This page refreshes the job on
          its own.
        </p>
      )}
      <ul>
        {RESULT_FILES.map((file) => (
          <li key={file.kind} className="slds-m-bottom_x-small">
            <button
              type="button"
              className="slds-button slds-button_neutral"
              disabled={!ended || download.kind === 'fetching'}
              onClick={() => void fetchAndSave(file)}
            >
              {file.label}
            </button>{' '}
            <span className="slds-text-body_small">
              {resultFileName(props.jobId, file.suffix)}: {file.what}.
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="slds-m-top_x-small">
        <DownloadStatus state={download} />
      </p>
    </section>
  );
}
