/**
 * Abort (a job not ended yet) and delete (an ended job), each confirmed first. A job Forklift did
 * not create belongs to another tool or integration: its buttons stay disabled until the user
 * ticks "Unlock abort and delete for this job", under a warning that says whose job it may be.
 */
import { useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import {
  isTerminalJobState,
  type ClosedJobInfo,
  type JobInfo,
} from '../../salesforce/bulk/ingest-types';
import { IngestFailureAlert } from './ingest-failure-alert';
import type { OrgJobsServices } from './org-jobs-services';

type Action = 'abort' | 'delete';

const CONFIRM: Record<Action, { question: string; text: string; yes: string; no: string }> = {
  abort: {
    question: 'Abort this job?',
    text: 'Salesforce stops the job and processes no more of its rows. Rows already processed are not rolled back: they stay in Salesforce. An abort cannot be undone.',
    yes: 'Yes, abort the job',
    no: 'Keep the job running',
  },
  delete: {
    question: 'Delete this job from the org?',
    text: 'Salesforce removes the job, its details and its result files for good; download the result files first if you need them. Records the job loaded stay as they are.',
    yes: 'Yes, delete the job',
    no: 'Keep the job',
  },
};

/** Which job, and how far it got: the confirmation says exactly what is being acted on. */
function jobSummary(info: JobInfo): string {
  const processed = info.numberRecordsProcessed.toLocaleString('en-US');
  const failed = info.numberRecordsFailed.toLocaleString('en-US');
  return `Job ${info.id} (${info.operation} ${info.object}, ${info.state}): ${processed} rows processed so far, ${failed} of them failed.`;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'confirming'; action: Action }
  | { kind: 'sending'; action: Action }
  | { kind: 'failed'; action: Action; error: unknown };

export function JobActions(props: {
  services: OrgJobsServices;
  info: JobInfo;
  /** True when Forklift created the job; false (or not known yet) keeps it locked. */
  createdByForklift: boolean;
  onAborted(info: ClosedJobInfo): void;
  onDeleted(): void;
}) {
  const { services, info, createdByForklift } = props;
  const [unlocked, setUnlocked] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const unlockId = useId();
  const warningId = useId();
  const ended = isTerminalJobState(info.state);
  const buttons = useRef<Record<Action, HTMLButtonElement | null>>({ abort: null, delete: null });
  const closeConfirmation = (action: Action) => {
    setStep({ kind: 'idle' });
    // Back where the user was, not lost at the top of the page.
    requestAnimationFrame(() => buttons.current[action]?.focus());
  };
  const allowed = createdByForklift || unlocked;
  const busy = step.kind === 'sending' || step.kind === 'confirming';

  async function send(action: Action) {
    setStep({ kind: 'sending', action });
    try {
      if (action === 'abort') props.onAborted(await services.ingest.abortJob(info.id));
      else {
        await services.ingest.deleteJob(info.id);
        props.onDeleted();
      }
      setStep({ kind: 'idle' });
    } catch (error) {
      setStep({ kind: 'failed', action, error });
    }
  }

  return (
    <section aria-labelledby="job-actions-heading" className="slds-m-top_large">
      <h2 id="job-actions-heading" className="slds-text-heading_medium slds-m-bottom_x-small">
        Abort or delete
      </h2>
      {!createdByForklift && (
        <div className="slds-box slds-theme_warning slds-m-bottom_small">
          <p id={warningId}>
            Forklift did not create this job: another tool or integration owns it (Data Loader, a
            middleware, a script). Aborting or deleting it may break that tool’s work, and it will
            not know why. Ask its owner first.
          </p>
          <div className="slds-form-element slds-m-top_x-small">
            <div className="slds-checkbox">
              <input
                type="checkbox"
                id={unlockId}
                checked={unlocked}
                aria-describedby={warningId}
                onChange={(event) => setUnlocked(event.target.checked)}
              />
              <label className="slds-checkbox__label" htmlFor={unlockId}>
                <span className="slds-checkbox_faux" />
                {/* Body text, not a form label's grey: it sits on the warning's yellow. */}
                <span className="slds-text-body_regular">Unlock abort and delete for this job</span>
              </label>
            </div>
          </div>
        </div>
      )}
      <p className="slds-m-bottom_x-small">
        {ended
          ? 'The job has ended, so it can no longer be aborted; it can be deleted from the org.'
          : 'The job has not ended, so it can be aborted; a job is deleted only once it has ended.'}
      </p>
      <button
        ref={(button) => {
          buttons.current.abort = button;
        }}
        type="button"
        className="slds-button slds-button_destructive"
        disabled={!allowed || ended || busy}
        onClick={() => setStep({ kind: 'confirming', action: 'abort' })}
      >
        Abort job
      </button>
      <button
        ref={(button) => {
          buttons.current.delete = button;
        }}
        type="button"
        className="slds-button slds-button_destructive"
        disabled={!allowed || !ended || busy}
        onClick={() => setStep({ kind: 'confirming', action: 'delete' })}
      >
        Delete job
      </button>
      {step.kind === 'confirming' && (
        <ConfirmDialog
          role="group"
          headingLevel={3}
          title={CONFIRM[step.action].question}
          description={`${jobSummary(info)} ${CONFIRM[step.action].text}`}
          cancelLabel={CONFIRM[step.action].no}
          confirmLabel={CONFIRM[step.action].yes}
          onCancel={() => closeConfirmation(step.action)}
          onConfirm={() => void send(step.action)}
        />
      )}
      {step.kind === 'sending' && (
        <p role="status" className="slds-m-top_small">
          {step.action === 'abort' ? 'Aborting the job…' : 'Deleting the job…'}
        </p>
      )}
      {step.kind === 'failed' && (
        <IngestFailureAlert
          title={step.action === 'abort' ? 'The job was not aborted.' : 'The job was not deleted.'}
          error={step.error}
        />
      )}
    </section>
  );
}
