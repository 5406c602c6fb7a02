/**
 * After a reload the source file is no longer in the page, and the results need it: rows are
 * read from it through the row index, downloads carry its columns, retries send its rows. The
 * user chooses the same file; the caller checks it is the same one and says why not if it is not.
 */
import { useId, useState } from 'react';

export function SourceFileRequest(props: {
  fileName: string;
  /** Resolves to why the file is not the load's file, or null when it is. */
  onFile(file: File): Promise<string | null>;
}) {
  const headingId = useId();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function choose(file: File) {
    setChecking(true);
    setProblem(null);
    try {
      setProblem(await props.onFile(file));
    } catch (error) {
      setProblem(`The file could not be read: ${(error as Error).message}. Choose it again.`);
    } finally {
      setChecking(false);
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className="slds-box slds-theme_shade slds-m-vertical_medium"
    >
      <h2 id={headingId} className="slds-text-heading_small">
        Choose the same file to see the results
      </h2>
      <p className="slds-m-vertical_x-small">
        {`The page was reloaded, so it no longer holds “${props.fileName}”. The results are matched to the rows of that file, and its rows are shown, downloaded and retried from it. Choose the same file: Forklift checks it is the same one, and reads it only in this browser.`}
      </p>
      <label className="slds-form-element__label" htmlFor={inputId}>
        {`The same file (${props.fileName})`}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv,text/plain"
        disabled={checking}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void choose(file);
        }}
      />
      {checking && <p role="status">Checking the file…</p>}
      {problem && (
        <p role="alert" className="slds-text-color_error">
          {problem}
        </p>
      )}
    </section>
  );
}
