/**
 * An ingest call that Salesforce refuses: the HTTP status and the one-element JSON array body
 * `[{"errorCode","message"}]` of salesforce-api.md §1.11. Sourced ones are built here; the
 * guessed ones in http-choices.ts.
 */
export class IngestApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'IngestApiError';
  }

  /** The wire body: a JSON array with one error. */
  toBody(): [{ errorCode: string; message: string }] {
    return [{ errorCode: this.errorCode, message: this.message }];
  }
}

/** [DOC] §1.6: unknown or deleted job. The sf CLI matches this exact text. */
export function jobNotFound(): IngestApiError {
  return new IngestApiError(404, 'NOT_FOUND', 'The requested resource does not exist');
}

/**
 * [REAL] §1.4: closing a job that was PUT twice. "multipe" is Salesforce's spelling, and the id
 * in angle brackets is the 15-character form.
 */
export function multipleContents(jobId: string): IngestApiError {
  return new IngestApiError(
    400,
    'INVALIDJOB',
    `Found multipe contents for job: <${jobId.slice(0, 15)}>, please 'Close' / 'Abort' / 'Delete' the current Job then create a new Job and make sure you only do 'PUT' once on a given Job.`,
  );
}
