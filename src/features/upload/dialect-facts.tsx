import { ENCODING_LABELS } from '../../csv/encodings';
import { DELIMITER_NAMES, LINE_ENDING_NAMES, type CsvDialect } from '../../csv/sniff-dialect';
import type { EncodingGuess } from '../../csv/sniff-encoding';
import type { SampleReading } from '../../workers/read-sample';

const QUOTE_NAMES: Readonly<Record<CsvDialect['quoteChar'], string>> = {
  '"': 'double quote (")',
  "'": "single quote (')",
};

/** How Forklift reads the file, and why: the sniff's evidence, in its own words. */
export function DialectFacts(props: { reading: SampleReading; guess: EncodingGuess }) {
  const { reading, guess } = props;
  const { dialect } = reading;
  const guessed = reading.encoding === guess.encoding;
  const encodingEvidence = guessed
    ? [`${guess.confidence} confidence: ${guess.evidence.join('; ')}`]
    : ['chosen by you'];
  return (
    <div className="slds-m-vertical_small">
      <dl className="slds-list_horizontal slds-wrap">
        <dt className="slds-item_label slds-text-color_weak">Delimiter</dt>
        <dd className="slds-item_detail">{DELIMITER_NAMES[dialect.delimiter]}</dd>
        <dt className="slds-item_label slds-text-color_weak">Quote character</dt>
        <dd className="slds-item_detail">{QUOTE_NAMES[dialect.quoteChar]}</dd>
        <dt className="slds-item_label slds-text-color_weak">Line ending</dt>
        <dd className="slds-item_detail">{LINE_ENDING_NAMES[dialect.newline]}</dd>
        <dt className="slds-item_label slds-text-color_weak">Encoding</dt>
        <dd className="slds-item_detail">
          {ENCODING_LABELS[reading.encoding]}
          {reading.leadingBytes > 0 ? ' (byte order mark skipped)' : ''}
        </dd>
      </dl>
      <details className="slds-m-top_x-small">
        <summary>Why Forklift reads it this way</summary>
        <ul className="slds-list_dotted">
          {[...dialect.evidence, ...encodingEvidence].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
