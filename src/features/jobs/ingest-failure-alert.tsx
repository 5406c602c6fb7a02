/**
 * A failed call on the org jobs pages, explained (explain-ingest-failure.ts): what happened and
 * what to do in an admin's words, then Salesforce's own code and message, and a way to try again.
 */
import { explainIngestFailure } from '../../salesforce/bulk/explain-ingest-failure';

export function IngestFailureAlert(props: {
  /** What Forklift was doing: "The org's jobs could not be read." */
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const failure = explainIngestFailure(props.error);
  return (
    <div role="alert" className="slds-box slds-theme_error slds-m-vertical_small">
      <p>
        <strong>{props.title}</strong> {failure.explanation}
      </p>
      <p>
        <strong>What to do:</strong> {failure.whatToDo}
      </p>
      <p className="slds-text-body_small">
        {failure.errorCode ? `Salesforce error ${failure.errorCode}` : 'Error'}: {failure.message}
      </p>
      {props.onRetry && (
        <button
          type="button"
          className="slds-button slds-button_neutral slds-m-top_x-small"
          onClick={props.onRetry}
        >
          Try again
        </button>
      )}
    </div>
  );
}
