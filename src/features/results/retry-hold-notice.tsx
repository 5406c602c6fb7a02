/**
 * Why a retry by hand was held before anything was sent (RetryHold): the org's daily allowances
 * would run out part way (the Confirm step's warning), or they could not be read. The retry
 * button next to it becomes "Retry … anyway"; this notice says so and offers not to send.
 */
import type { RetryHold } from './results-service';

export function RetryHoldNotice(props: { hold: RetryHold; rowsText: string; onDismiss(): void }) {
  const { hold } = props;
  return (
    <div role="alert" className="slds-box slds-theme_warning slds-m-vertical_x-small">
      <h3 className="slds-text-heading_small">
        {hold.reason === 'limits'
          ? 'The org may run out of API allowance'
          : 'The org’s API allowances could not be read'}
      </h3>
      {hold.reason === 'limits' ? (
        <>
          <p>{hold.warning}</p>
          <p>
            {`Nothing was sent. Choose fewer rows, or retry ${props.rowsText} anyway if you know the allowance will last (it may free up while the jobs run).`}
          </p>
        </>
      ) : (
        <p>{hold.message}</p>
      )}
      <button
        type="button"
        className="slds-button slds-button_neutral slds-m-top_x-small"
        onClick={props.onDismiss}
      >
        Don’t send now
      </button>
    </div>
  );
}
