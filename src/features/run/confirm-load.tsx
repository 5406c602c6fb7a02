/**
 * The last step before any row is sent (issue 5, Confirm): a modal that shows exactly what goes
 * where — object, operation, row and job counts, the org (name, id, Production / Sandbox) and the
 * user. Deletes and any load into production ask for the org's name typed out; a hard delete also
 * asks for the word DELETE, because hard-deleted records cannot be restored.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { IngestOperation } from '../../salesforce/bulk/ingest-types';
import { DeleteCascade, type DeleteCascadeCounts } from './delete-cascade';
import { formatCount } from '../../lib/format-numbers';
import { isDeleteOperation, operationVerb, recordsText } from './load-run-words';
import { EnvironmentBadge } from '../../lib/environment-badge';
import { TypedConfirmation, typedTextMatches } from './typed-confirmation';
import { useModalFocus } from '../../lib/use-modal-focus';

export const DELETE_WORD = 'DELETE';

export interface ConfirmLoadProps {
  object: { name: string; label: string; labelPlural?: string };
  operation: IngestOperation;
  rowsToSend: number;
  rowsExcluded: number;
  jobs: number;
  /** Jobs processed at once, when the user opted in to more than 1. */
  parallelJobs?: number;
  /** Rows of the trial job, when the user asked for a trial run. */
  trialRows: number | null;
  org: { name: string; id: string; isSandbox: boolean };
  username: string;
  /** Deletes only: what else the org deletes with these records (from the org check). */
  cascade?: DeleteCascadeCounts | null;
  /**
   * The org's daily allowances would run out part way (wouldExceedLimits, issue 7): shown as a
   * warning; the admin may still go on (the allowance may free up while earlier jobs run).
   */
  limitWarning?: string | null;
  /**
   * Confirmed, and the load is being written down before its first job: a second confirm would
   * start a second load of the same rows, so every choice is ignored until it ends.
   */
  starting?: boolean;
  /** Why the load did not start, and what to do next (shown in the dialog, where focus is). */
  problem?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmLoad(props: ConfirmLoadProps) {
  const { object, operation, rowsToSend, rowsExcluded, jobs, trialRows, org, username } = props;
  const headingId = useId();
  const dialog = useRef<HTMLElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const askOrgName = isDeleteOperation(operation) || !org.isSandbox;
  const askDeleteWord = operation === 'hardDelete';
  const starting = props.starting === true;
  const onKeyDown = useModalFocus(dialog, askOrgName ? firstInput : cancelButton, () => {
    if (!starting) props.onCancel();
  });
  const [typedOrgName, setTypedOrgName] = useState('');
  const [typedDeleteWord, setTypedDeleteWord] = useState('');

  const ready =
    rowsToSend > 0 &&
    (!askOrgName || typedTextMatches(typedOrgName, org.name)) &&
    (!askDeleteWord || typedTextMatches(typedDeleteWord, DELETE_WORD));
  const action = `${operationVerb(operation)} ${recordsText(rowsToSend, object)}`;
  const risky = askOrgName;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready && !starting) props.onConfirm();
  }

  return (
    <>
      <section
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        tabIndex={-1}
        className="slds-modal slds-fade-in-open"
        onKeyDown={onKeyDown}
      >
        <form className="slds-modal__container" onSubmit={submit}>
          <div className="slds-modal__header">
            <h1 id={headingId} className="slds-modal__title slds-hyphenate">
              Confirm the load
            </h1>
          </div>
          <div className="slds-modal__content slds-p-around_medium">
            <div className="slds-box slds-m-bottom_small">
              <p className="slds-text-title_caps slds-m-bottom_xx-small">Into this org</p>
              <p>
                <EnvironmentBadge isSandbox={org.isSandbox} />{' '}
                <strong className="slds-text-heading_small">{org.name}</strong>
              </p>
              <dl className="slds-list_horizontal slds-wrap">
                <dt className="slds-item_label slds-text-color_weak">Org ID</dt>
                <dd className="slds-item_detail">{org.id}</dd>
                <dt className="slds-item_label slds-text-color_weak">Signed in as</dt>
                <dd className="slds-item_detail">{username}</dd>
              </dl>
            </div>
            <dl className="slds-list_horizontal slds-wrap">
              <dt className="slds-item_label slds-text-color_weak">Object</dt>
              <dd className="slds-item_detail">
                {object.label} ({object.name})
              </dd>
              <dt className="slds-item_label slds-text-color_weak">Operation</dt>
              <dd className="slds-item_detail">{operationVerb(operation)}</dd>
              <dt className="slds-item_label slds-text-color_weak">Rows to send</dt>
              <dd className="slds-item_detail">{formatCount(rowsToSend)}</dd>
              <dt className="slds-item_label slds-text-color_weak">Rows excluded before upload</dt>
              <dd className="slds-item_detail">
                {formatCount(rowsExcluded)}
                {rowsExcluded > 0 && ' (not sent; the results list them)'}
              </dd>
              <dt className="slds-item_label slds-text-color_weak">Jobs</dt>
              <dd className="slds-item_detail">
                {formatCount(jobs)}
                {(props.parallelJobs ?? 1) > 1 && `, ${props.parallelJobs} processed at a time`}
              </dd>
              {trialRows !== null && (
                <>
                  <dt className="slds-item_label slds-text-color_weak">Trial run</dt>
                  <dd className="slds-item_detail">
                    The first {formatCount(trialRows)} rows go first; you see their results before
                    the rest is sent.
                  </dd>
                </>
              )}
            </dl>
            {isDeleteOperation(operation) && <DeleteCascade cascade={props.cascade ?? null} />}
            {operation === 'hardDelete' && (
              <p className="slds-text-color_error slds-m-top_small">
                <strong>Hard-deleted records skip the Recycle Bin and cannot be restored.</strong>
              </p>
            )}
            <p className="slds-m-top_small">
              Aborting stops what is not processed yet; rows already processed are not rolled back.
            </p>
            {askOrgName && (
              <>
                <p className="slds-m-top_small">
                  {isDeleteOperation(operation)
                    ? 'This load deletes records.'
                    : `${org.name} is a production org.`}{' '}
                  Type the org&apos;s name to confirm it is the org you mean.
                </p>
                <TypedConfirmation
                  label="Type the org name to confirm"
                  expected={org.name}
                  value={typedOrgName}
                  onChange={setTypedOrgName}
                  inputRef={firstInput}
                />
              </>
            )}
            {askDeleteWord && (
              <TypedConfirmation
                label="Type DELETE to confirm"
                expected={DELETE_WORD}
                value={typedDeleteWord}
                onChange={setTypedDeleteWord}
              />
            )}
            {props.limitWarning && (
              <div role="alert" className="slds-box slds-theme_warning slds-m-top_small">
                <h2 className="slds-text-heading_small">The org may run out of API allowance</h2>
                <p>{props.limitWarning}</p>
              </div>
            )}
            {starting && (
              <p role="status" className="slds-m-top_small">
                Starting the load: writing it down in this browser before its first job is created…
              </p>
            )}
            {props.problem && (
              <p role="alert" className="slds-text-color_error slds-m-top_small">
                {props.problem}
              </p>
            )}
            {rowsToSend === 0 && (
              <p role="alert" className="slds-text-color_error slds-m-top_small">
                No rows are left to send: every row was excluded.
              </p>
            )}
          </div>
          <div className="slds-modal__footer">
            <button
              ref={cancelButton}
              type="button"
              className="slds-button slds-button_neutral"
              // aria-disabled, not disabled, while starting: focus stays on the pressed button.
              aria-disabled={starting ? true : undefined}
              onClick={() => {
                if (!starting) props.onCancel();
              }}
            >
              Cancel
            </button>
            <button
              type="submit"
              className={`slds-button ${risky ? 'slds-button_destructive' : 'slds-button_brand'}`}
              disabled={!ready}
              aria-disabled={starting ? true : undefined}
            >
              {action}
            </button>
          </div>
        </form>
      </section>
      <div className="slds-backdrop slds-backdrop_open" role="presentation" />
    </>
  );
}
