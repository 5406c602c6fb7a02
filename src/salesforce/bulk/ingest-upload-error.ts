import type { SalesforceApiError } from '../salesforce-api-error';

/**
 * Why an upload is not known to have succeeded:
 * - `network`: no HTTP answer (connection dropped, CORS, offline): the data may be stored;
 * - `aborted`: the caller cancelled while sending: the data may be stored;
 * - `refused`: Salesforce answered with an error (kept in `apiError`);
 * - `unexpected-answer`: a 2xx other than the documented 201 (salesforce-api.md §1.4).
 */
export type UploadUncertainReason = 'network' | 'aborted' | 'refused' | 'unexpected-answer';

/**
 * - `upload-uncertain`: the one PUT of this job failed or its outcome is unknown. The job must be
 *   aborted and its rows sent in a new job; a second PUT is never tried (design.md §4).
 * - `second-put-refused`: this client already sent data to the job; Salesforce would fail the
 *   close with INVALIDJOB "Found multipe contents" (§1.4), so nothing was sent.
 */
export type UploadFailureKind = 'upload-uncertain' | 'second-put-refused';

export class IngestUploadError extends Error {
  override readonly name = 'IngestUploadError';
  readonly kind: UploadFailureKind;
  readonly jobId: string;
  readonly reason: UploadUncertainReason | undefined;
  /** Salesforce's answer, with its errorCode, when there was one. */
  readonly apiError: SalesforceApiError | undefined;

  constructor(
    kind: UploadFailureKind,
    jobId: string,
    details: {
      reason?: UploadUncertainReason;
      apiError?: SalesforceApiError;
      cause?: unknown;
    } = {},
  ) {
    super(messageFor(kind, jobId, details.reason, details.apiError), { cause: details.cause });
    this.kind = kind;
    this.jobId = jobId;
    this.reason = details.reason;
    this.apiError = details.apiError;
  }
}

function messageFor(
  kind: UploadFailureKind,
  jobId: string,
  reason: UploadUncertainReason | undefined,
  apiError: SalesforceApiError | undefined,
): string {
  switch (kind) {
    case 'second-put-refused':
      return `Data was already sent to job ${jobId}; a job takes one upload only.`;
    case 'upload-uncertain':
      return apiError
        ? `The upload to job ${jobId} failed: ${apiError.errorCode}: ${apiError.message}`
        : `The upload to job ${jobId} did not finish (${reason ?? 'unknown'}); Salesforce may or may not have the data.`;
  }
}
