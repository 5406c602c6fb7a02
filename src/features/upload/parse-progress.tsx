import type { ParseProgress } from '../../csv/parse-stream';
import { formatCount, formatMegabytes } from '../../lib/format-numbers';

const count = formatCount;
const megabytes = formatMegabytes;

/** Whole percent of the file read; an empty file is fully read. */
export function percentRead(bytes: number, fileSize: number): number {
  if (fileSize <= 0) return 100;
  return Math.min(100, Math.floor((bytes / fileSize) * 100));
}

/** The full pass as it runs: a progress bar by bytes, and what has been counted so far. */
export function ParseProgressView(props: {
  progress: ParseProgress;
  fileSize: number;
  finished: boolean;
}) {
  const { progress, fileSize, finished } = props;
  const percent = finished ? 100 : percentRead(progress.bytes, fileSize);
  return (
    <div className="slds-m-vertical_small">
      <div
        className="slds-progress-bar slds-progress-bar_large"
        role="progressbar"
        aria-label="Reading the whole file"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% read, ${count(progress.rows)} rows`}
      >
        <span className="slds-progress-bar__value" style={{ width: `${percent}%` }} />
      </div>
      <dl className="slds-list_horizontal slds-wrap slds-m-top_x-small">
        <dt className="slds-item_label slds-text-color_weak">Rows</dt>
        <dd className="slds-item_detail">{count(progress.rows)}</dd>
        <dt className="slds-item_label slds-text-color_weak">Read</dt>
        <dd className="slds-item_detail">
          {megabytes(progress.bytes)} of {megabytes(fileSize)} ({percent}%)
        </dd>
        <dt className="slds-item_label slds-text-color_weak">Rows that do not fit the header</dt>
        <dd className="slds-item_detail">{count(progress.malformedRows)}</dd>
      </dl>
    </div>
  );
}
