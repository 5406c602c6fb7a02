/**
 * The result files (issue 6), each built as a Blob and offered through an object URL: the
 * original file with result columns (optionally made safe for Excel), the failed rows (original
 * columns + error, ready to fix and drop again: never changed for Excel), the unprocessed rows,
 * and each job's three raw files exactly as Salesforce sent them.
 */
import { useId, useState } from 'react';
import { downloadBlob } from '../../lib/download-blob';
import type { RowOutcomes } from '../../load/reconcile/row-outcomes';
import type { RawResultKind, ResultsDownloadKind, ResultsService } from './results-service';

const RAW_FILES: { kind: RawResultKind; suffix: string; label: string }[] = [
  { kind: 'successfulResults', suffix: 'success-records', label: 'successful' },
  { kind: 'failedResults', suffix: 'failed-records', label: 'failed' },
  { kind: 'unprocessedrecords', suffix: 'unprocessed-records', label: 'unprocessed' },
];

/** `<jobId>-success-records.csv` and its siblings. */
export const rawResultsFileName = (jobId: string, kind: RawResultKind) =>
  `${jobId}-${RAW_FILES.find((f) => f.kind === kind)?.suffix ?? kind}.csv`;

/** `contacts-results.csv` from `contacts.csv`. */
export function resultsFileName(sourceName: string, kind: ResultsDownloadKind): string {
  const base = sourceName.replace(/\.(csv|txt)$/i, '');
  const suffix = { 'with-results': 'results', failed: 'failed', unprocessed: 'unprocessed' }[kind];
  return `${base}-${suffix}.csv`;
}

export function ResultsDownloads(props: {
  service: ResultsService;
  outcomes: RowOutcomes;
  fileName: string;
  failed: number;
  unprocessed: number;
}) {
  const { service, outcomes } = props;
  const excelId = useId();
  const keepId = useId();
  const [keep, setKeep] = useState(service.keepResultFiles);
  const [kept, setKept] = useState<string | null>(null);
  const [excelSafe, setExcelSafe] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(what: string, name: string, make: () => Promise<Blob>) {
    setBusy(what);
    setProblem(null);
    try {
      downloadBlob(await make(), name);
    } catch (error) {
      setProblem(`${what} could not be downloaded: ${(error as Error).message}. Try again.`);
    } finally {
      setBusy(null);
    }
  }

  async function toggleKeep(on: boolean) {
    setBusy(on ? 'Keeping the result files' : 'Deleting the kept result files');
    setProblem(null);
    setKept(null);
    try {
      setKept(await service.setKeepResultFiles(on));
      setKeep(on);
    } catch (error) {
      setProblem(
        `The result files were not ${on ? 'kept' : 'deleted'}: ${(error as Error).message}.`,
      );
    } finally {
      setBusy(null);
    }
  }

  const ours = (kind: ResultsDownloadKind, what: string, neutralise: boolean) =>
    void run(what, resultsFileName(props.fileName, kind), () =>
      service.download(kind, outcomes, neutralise),
    );

  return (
    <section aria-labelledby="downloads-heading" className="slds-m-vertical_medium">
      <h2 id="downloads-heading" className="slds-text-heading_medium">
        Downloads
      </h2>
      {busy && <p role="status">Preparing {busy.toLowerCase()}…</p>}
      {problem && (
        <p role="alert" className="slds-text-color_error">
          {problem}
        </p>
      )}
      <div className="slds-checkbox slds-m-vertical_x-small">
        <input
          type="checkbox"
          id={excelId}
          checked={excelSafe}
          onChange={(event) => setExcelSafe(event.target.checked)}
        />
        <label className="slds-checkbox__label" htmlFor={excelId}>
          <span className="slds-checkbox_faux" />
          <span className="slds-form-element__label">
            Make safe for Excel (cells starting with =, +, - or @ get a leading apostrophe; for the
            file with results only)
          </span>
        </label>
      </div>
      <div className="slds-button-group slds-m-bottom_small" role="group" aria-label="Your file">
        <button
          type="button"
          className="slds-button slds-button_neutral"
          disabled={busy !== null}
          onClick={() => ours('with-results', 'All rows with results', excelSafe)}
        >
          Download all rows with results
        </button>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          disabled={busy !== null || props.failed === 0}
          onClick={() => ours('failed', 'The failed rows', false)}
        >
          Download failed rows
        </button>
        <button
          type="button"
          className="slds-button slds-button_neutral"
          disabled={busy !== null || props.unprocessed === 0}
          onClick={() => ours('unprocessed', 'The unprocessed rows', false)}
        >
          Download unprocessed rows
        </button>
      </div>
      {service.jobIds.length > 0 && (
        <table className="slds-table slds-table_bordered slds-table_cell-buffer">
          <caption className="slds-text-title_caps slds-p-vertical_x-small">
            Salesforce’s own result files, per job
          </caption>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Files</th>
            </tr>
          </thead>
          <tbody>
            {service.jobIds.map((jobId) => (
              <tr key={jobId}>
                <th scope="row">{jobId}</th>
                <td>
                  {RAW_FILES.map((file) => (
                    <button
                      key={file.kind}
                      type="button"
                      className="slds-button slds-button_neutral"
                      disabled={busy !== null}
                      aria-label={`Download ${file.label} results of job ${jobId}`}
                      onClick={() =>
                        void run(
                          `The ${file.label} results of job ${jobId}`,
                          rawResultsFileName(jobId, file.kind),
                          () => service.rawResults(jobId, file.kind),
                        )
                      }
                    >
                      {rawResultsFileName(jobId, file.kind)}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {service.jobIds.length > 0 && (
        <div className="slds-checkbox slds-m-top_small">
          <input
            type="checkbox"
            id={keepId}
            checked={keep}
            disabled={busy !== null}
            onChange={(event) => void toggleKeep(event.target.checked)}
          />
          <label className="slds-checkbox__label" htmlFor={keepId}>
            <span className="slds-checkbox_faux" />
            <span className="slds-form-element__label">
              Keep Salesforce’s result files in this browser (they hold record data; Salesforce
              deletes its copies 7 days after each job ends)
            </span>
          </label>
        </div>
      )}
      {kept && <p role="status">{kept}</p>}
    </section>
  );
}
