import { SalesforceNetworkError } from '../network-error';
import { SalesforceApiError } from '../salesforce-api-error';
import { SessionExpiredError } from '../session/session-errors';
import { ingestErrorHelp, type ErrorHelp } from './ingest-error-help';
import { IngestUploadError } from './ingest-upload-error';
import { IngestResponseError } from './read-job-info';

/** What the console shows for a failed ingest call: Salesforce's code and words, then ours. */
export interface IngestFailure extends ErrorHelp {
  /** Salesforce's errorCode when Salesforce answered; otherwise undefined. */
  errorCode: string | undefined;
  /** Salesforce's own message, or ours when there was no answer. */
  message: string;
}

const UPLOAD_UNCERTAIN: ErrorHelp = {
  explanation:
    'The upload of this job did not finish cleanly, so Salesforce may or may not have its rows.',
  whatToDo:
    'Nothing: Forklift aborts this job and sends its rows in a new one, so no row is loaded twice.',
};
const SECOND_PUT: ErrorHelp = {
  explanation: 'This job already received its data; a Bulk API job takes one upload only.',
  whatToDo: "Nothing was sent. The job's rows go into a new job if this one cannot be used.",
};
const NO_ANSWER: ErrorHelp = {
  explanation:
    "Salesforce could not be reached: you are offline, or the org's CORS allowlist lacks this console's address.",
  whatToDo: 'Check the connection. If it is fine, an admin adds this address under Setup → CORS.',
};
const UNKNOWN: ErrorHelp = {
  explanation: 'Salesforce refused the request.',
  whatToDo: 'Read the message; if it is unclear, report it with the error code.',
};

const UNREADABLE: ErrorHelp = {
  explanation:
    'Salesforce answered with something Forklift could not read (a cut-off answer, or a page from a proxy in between).',
  whatToDo: 'Refresh the job to see its state; if it repeats, report it with the message.',
};

function fromApiError(error: SalesforceApiError): IngestFailure {
  return {
    errorCode: error.errorCode,
    message: error.message,
    ...(ingestErrorHelp(error.errorCode) ?? UNKNOWN),
  };
}

/** Explains any error the ingest client throws, keyed by error code, never by message text. */
export function explainIngestFailure(error: unknown): IngestFailure {
  if (error instanceof IngestUploadError) {
    const help = error.kind === 'second-put-refused' ? SECOND_PUT : UPLOAD_UNCERTAIN;
    return {
      errorCode: error.apiError?.errorCode,
      message: error.apiError?.message ?? error.message,
      ...help,
    };
  }
  if (error instanceof SalesforceApiError) return fromApiError(error);
  if (error instanceof SessionExpiredError) {
    return {
      errorCode: undefined,
      message: error.message,
      ...(ingestErrorHelp('INVALID_SESSION_ID') ?? UNKNOWN),
    };
  }
  if (error instanceof SalesforceNetworkError) {
    return { errorCode: undefined, message: error.message, ...NO_ANSWER };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof IngestResponseError) return { errorCode: undefined, message, ...UNREADABLE };
  return { errorCode: undefined, message, ...UNKNOWN };
}
