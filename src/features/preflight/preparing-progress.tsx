/**
 * The passes over the whole file as they run: "Checking every row" (preflight) and "Preparing
 * the jobs" (writing each job's Bulk CSV), by bytes read, with rows done and a Cancel button.
 */
import { formatCount, formatMegabytes } from '../../lib/format-numbers';

export type PreparingPhase = 'checking' | 'preparing';

const PHASE_TEXT: Readonly<Record<PreparingPhase, string>> = {
  checking: 'Checking every row',
  preparing: 'Preparing the jobs',
};

/** Whole percent of the file read; an empty file is fully read. */
export function percentDone(bytesDone: number, totalBytes: number): number {
  if (totalBytes <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((bytesDone / totalBytes) * 100)));
}

export function PreparingProgress(props: {
  phase: PreparingPhase;
  rowsDone: number;
  bytesDone: number;
  totalBytes: number;
  onCancel(): void;
}) {
  const { phase, rowsDone, bytesDone, totalBytes } = props;
  const percent = percentDone(bytesDone, totalBytes);
  const name = PHASE_TEXT[phase];
  return (
    <div className="slds-m-vertical_small">
      <p role="status" className="slds-m-bottom_x-small">
        {name}: {formatCount(rowsDone)} rows so far. Nothing is sent to Salesforce yet.
      </p>
      <div
        className="slds-progress-bar slds-progress-bar_large"
        role="progressbar"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${formatCount(rowsDone)} rows`}
      >
        <span className="slds-progress-bar__value" style={{ width: `${percent}%` }} />
      </div>
      <dl className="slds-list_horizontal slds-wrap slds-m-top_x-small">
        <dt className="slds-item_label slds-text-color_weak">Rows</dt>
        <dd className="slds-item_detail">{formatCount(rowsDone)}</dd>
        <dt className="slds-item_label slds-text-color_weak">Read</dt>
        <dd className="slds-item_detail">
          {formatMegabytes(bytesDone)} of {formatMegabytes(totalBytes)} ({percent}%)
        </dd>
      </dl>
      <button
        type="button"
        className="slds-button slds-button_neutral slds-m-top_x-small"
        onClick={props.onCancel}
      >
        Cancel
      </button>
    </div>
  );
}
