/**
 * A failed call explained: what happened and what to do in an admin's words, then Salesforce's
 * own code and message (which support and the Salesforce docs know it by).
 */
import type { IngestFailure } from '../../salesforce/bulk/explain-ingest-failure';

export function FailureExplanation({ failure }: { failure: IngestFailure }) {
  return (
    <div className="slds-text-body_small">
      <p>{failure.explanation}</p>
      <p>
        <strong>What to do:</strong> {failure.whatToDo}
      </p>
      {/* Not slds-text-color_weak: grey fails contrast on the error theme's red (axe, serious). */}
      <p>
        {failure.errorCode ? `Salesforce error ${failure.errorCode}` : 'Error'}: {failure.message}
      </p>
    </div>
  );
}
