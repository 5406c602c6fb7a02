import { useId } from 'react';
import type { UploadPreview } from './upload-preview-rows';

/** The exact CSV the load will upload for the first rows, from the load's own writer. */
export function UploadPreviewView(props: { preview: UploadPreview }) {
  const headingId = useId();
  const { preview } = props;
  return (
    <section aria-labelledby={headingId} className="slds-m-bottom_medium">
      <h3 id={headingId} className="slds-text-heading_small slds-m-bottom_x-small">
        The CSV Forklift will upload (first rows)
      </h3>
      <pre
        aria-label="CSV to upload"
        className="slds-box slds-box_x-small"
        style={{ whiteSpace: 'pre', overflowX: 'auto', fontFamily: 'monospace' }}
      >
        {preview.csv}
      </pre>
      {preview.heldBack.length > 0 && (
        <ul className="slds-m-top_x-small">
          {preview.heldBack.map((cell) => (
            <li key={`${cell.row}-${cell.header}`} className="slds-text-color_error">
              Row {cell.row} is held back: in “{cell.header}”, {cell.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
