import { useId } from 'react';
import { useDropzone, type Accept } from 'react-dropzone';

/**
 * What the file picker offers. Windows reports .csv files as application/vnd.ms-excel. A file of
 * another type is still read when dropped: its bytes, not its name, decide (an .xlsx gets its
 * own message from the sniff).
 */
const CSV_FILES: Accept = {
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'text/plain': ['.txt', '.csv', '.tsv'],
  'text/tab-separated-values': ['.tsv'],
};

/**
 * The drop zone, which is also a file picker: a real button opens the dialog, so it works from
 * the keyboard. `onFile` gets the first file dropped and how many others were left out.
 */
export function DropZone(props: { onFile(file: File, othersIgnored: number): void }) {
  const hintId = useId();
  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    accept: CSV_FILES,
    multiple: false,
    noClick: true,
    noKeyboard: true,
    onDrop(accepted, rejections) {
      const files = [...accepted, ...rejections.map((rejection) => rejection.file)];
      if (files[0]) props.onFile(files[0], files.length - 1);
    },
  });
  return (
    <div className="slds-file-selector slds-file-selector_files forklift-drop-zone">
      <div
        {...getRootProps({
          role: 'group',
          'aria-label': 'Drop zone for a CSV file',
          'aria-describedby': hintId,
          className: `slds-file-selector__dropzone slds-p-around_large${isDragActive ? ' slds-has-drag-over' : ''}`,
        })}
      >
        <input {...getInputProps({ 'aria-label': 'CSV file' })} />
        <div className="slds-file-selector__body">
          <button type="button" className="slds-button slds-button_brand" onClick={open}>
            Choose a CSV file
          </button>
          <span className="slds-file-selector__text slds-m-left_small">
            {isDragActive ? 'Drop the file to read it' : 'or drop it here'}
          </span>
        </div>
        <p id={hintId} className="slds-text-color_weak slds-m-top_x-small">
          CSV or tab-separated text of any size. The file is read in this browser; nothing is sent
          to Salesforce until you start the load.
        </p>
      </div>
    </div>
  );
}
