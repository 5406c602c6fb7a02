/**
 * The HTTP-level ingest behaviours salesforce-api.md marks [UNSURE] (§1.4, §1.7, §1.10, §1.11,
 * §8): statuses and error bodies for refused calls. Evidence: docs/decisions/0010 (H1, H2…).
 */
import { IngestApiError } from './ingest-api-error';
import type { IngestOperation, JobState } from './ingest-types';

/** H1. Creating a job answers 200 (simple-salesforce's mocks; the query-job doc example). */
export const CREATE_STATUS = 200;

/**
 * H2. At most 150 MB after base64 (§1.4), read as MiB: about 112.5 MiB of raw CSV. The demo org's
 * `maxUploadBytes` setting (emulator-config.ts) starts here and may only be lowered.
 */
export const MAX_UPLOAD_BASE64_BYTES = 150 * 1024 * 1024;

/** Salesforce base64-encodes on receipt; this is the size that counts against the limit. */
export function base64Size(rawBytes: number): number {
  return 4 * Math.ceil(rawBytes / 3);
}

/** H3. Multipart create: at most 100,000 characters of CSV (§1.3, current docs). */
export const MAX_MULTIPART_CSV_CHARS = 100_000;

/** H4. Refusals of a job's create request. */
export const CREATE_REFUSAL = {
  /** Bulk 2.0 wire shape of INVALIDENTITY (airbyte's test); wording seen on query jobs. */
  unknownObject: (object: string) =>
    new IngestApiError(
      400,
      'INVALIDENTITY',
      `Entity '${object}' is not supported by the Bulk API.`,
    ),
  /** Bulk 1.0's InvalidJob wording, in Bulk 2.0's upper-case code. */
  missingExternalId: (object: string) =>
    new IngestApiError(
      400,
      'INVALIDJOB',
      `External ID was blank for ${object}. An External ID must be specified for upsert.`,
    ),
  unknownExternalId: (field: string, object: string) =>
    new IngestApiError(
      400,
      'INVALIDJOB',
      `Field name provided, ${field} does not match an External ID, Salesforce Id, or indexed field for ${object}`,
    ),
  externalIdNotForOperation: (operation: IngestOperation) =>
    new IngestApiError(
      400,
      'INVALIDJOB',
      `External ID field name is not supported for the ${operation} operation`,
    ),
  missingField: (name: string) =>
    new IngestApiError(400, 'INVALIDJOB', `The '${name}' field is required`),
  /** Jackson's enum wording, as Salesforce's REST framework reports a bad enum value. */
  badEnum: (name: string, value: unknown) =>
    new IngestApiError(
      400,
      'JSON_PARSER_ERROR',
      `Cannot deserialize instance of ${name} from VALUE_STRING value ${String(value)} or request may be missing a required field`,
    ),
  badJson: (detail: string) => new IngestApiError(400, 'JSON_PARSER_ERROR', detail),
  /** Code [CLIENT] (sf CLI maps FEATURENOTENABLED); Bulk 1.0's wording. */
  hardDeleteNotPermitted: () =>
    new IngestApiError(
      400,
      'FEATURENOTENABLED',
      'hardDelete operation requires special user profile permission, please contact your system administrator',
    ),
  multipartTooLarge: () =>
    new IngestApiError(
      400,
      'INVALIDJOB',
      `The CSV data in a multipart request must be ${MAX_MULTIPART_CSV_CHARS} characters or less; upload larger data with a PUT to the job's contentUrl`,
    ),
  multipartMissingPart: (part: string) =>
    new IngestApiError(400, 'INVALIDJOB', `The multipart request has no '${part}' part`),
} as const;

/** H5. The docs list InvalidJobState; every call made in the wrong state gets 400 INVALIDJOBSTATE. */
export function wrongState(jobId: string, state: JobState, action: string): IngestApiError {
  return new IngestApiError(
    400,
    'INVALIDJOBSTATE',
    `Cannot ${action} job ${jobId} in state ${state}`,
  );
}

/** H6. An upload over `maxBytes` after base64: 413 with REST's EXCEEDED_MAX_SIZE_REQUEST. */
export function uploadTooLarge(maxBytes: number): IngestApiError {
  return new IngestApiError(
    413,
    'EXCEEDED_MAX_SIZE_REQUEST',
    `Request body exceeds the maximum of ${maxBytes} bytes after base64 encoding`,
  );
}

/** H7. A PATCH whose state is not UploadComplete or Aborted. */
export function badTargetState(value: unknown): IngestApiError {
  return new IngestApiError(
    400,
    'INVALIDJOBSTATE',
    `Invalid state for a job update: ${String(value)}`,
  );
}

/** H8. Which states allow which results resource (§1.9/§1.10; InProgress gives what is done so far). */
export function resultsAvailable(state: JobState): boolean {
  switch (state) {
    case 'InProgress':
    case 'JobComplete':
    case 'Failed':
    case 'Aborted':
      return true;
    case 'Open':
    case 'UploadComplete':
      return false;
  }
}

/** H9. The list's page cursor URL (`queryLocator` from §1.8). */
export function nextRecordsUrl(apiVersion: string, locator: string): string {
  return `/services/data/v${apiVersion}/jobs/ingest?queryLocator=${locator}`;
}

/** H10. The body of HTTP faults such as 429 and 403 (code [CLIENT], message guessed). */
export const REQUEST_LIMIT_MESSAGE = 'TotalRequests Limit exceeded.';
