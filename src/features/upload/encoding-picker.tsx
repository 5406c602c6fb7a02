import { useId } from 'react';
import { ENCODING_LABELS, SUPPORTED_ENCODINGS, type SupportedEncoding } from '../../csv/encodings';
import type { EncodingGuess } from '../../csv/sniff-encoding';
import type { SampleReading } from '../../workers/read-sample';

/** Long lines are cut: the preview is for spotting mangled characters, not for reading. */
const PREVIEW_LINE_CHARS = 300;

/**
 * The encoding, always overridable, with the first lines as the chosen encoding reads them: the
 * user sees the effect (é or Ã©) before trusting the choice. A guess that needs confirming
 * holds the full pass back until the user confirms it or picks another.
 */
export function EncodingPicker(props: {
  reading: SampleReading;
  guess: EncodingGuess;
  awaitingConfirmation: boolean;
  /** An encoding picked whose first rows are still being read. */
  chosen?: SupportedEncoding;
  onChoose(encoding: SupportedEncoding): void;
  onConfirm(): void;
}) {
  const { reading, guess, awaitingConfirmation } = props;
  const selectId = useId();
  const previewId = useId();
  const { preview } = reading;
  return (
    <div className="slds-m-vertical_small">
      {awaitingConfirmation && (
        <div
          role="alert"
          className="slds-scoped-notification slds-theme_warning slds-m-bottom_small"
        >
          <p className="slds-text-title_bold">Check the encoding before Forklift reads the file.</p>
          <p>
            It looks like {ENCODING_LABELS[guess.encoding]} ({guess.evidence.join('; ')}). Read in
            the wrong encoding, accented and non-Latin characters would be changed.
          </p>
          <p>
            Compare the preview below with what you expect, pick another encoding if it looks wrong,
            then confirm.
          </p>
          <button
            type="button"
            className="slds-button slds-button_brand slds-m-top_x-small"
            onClick={props.onConfirm}
          >
            Read the file as {ENCODING_LABELS[reading.encoding]}
          </button>
        </div>
      )}
      <div className="slds-form-element">
        <label className="slds-form-element__label" htmlFor={selectId}>
          Encoding
        </label>
        <div className="slds-form-element__control">
          <div className="slds-select_container">
            <select
              id={selectId}
              className="slds-select"
              aria-describedby={previewId}
              value={props.chosen ?? reading.encoding}
              onChange={(event) => {
                const chosen = SUPPORTED_ENCODINGS.find((e) => e === event.target.value);
                if (chosen) props.onChoose(chosen);
              }}
            >
              {SUPPORTED_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {ENCODING_LABELS[encoding]}
                  {encoding === guess.encoding ? ' (detected)' : ''}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <figure id={previewId} className="slds-m-top_x-small">
        <figcaption className="slds-text-color_weak">
          The first lines read as {preview.label}
          {preview.replacementCount > 0
            ? `: ${preview.replacementCount} characters cannot be read (shown as �)`
            : ''}
        </figcaption>
        <pre className="slds-box slds-box_x-small slds-scrollable_x forklift-encoding-preview">
          {preview.lines.map((line) => line.slice(0, PREVIEW_LINE_CHARS)).join('\n')}
        </pre>
        {preview.warnings.length > 0 && (
          <ul className="slds-text-color_error">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </figure>
    </div>
  );
}
