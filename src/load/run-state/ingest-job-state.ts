/**
 * Bulk API 2.0 ingest job states and counters, in Salesforce's words (salesforce-api.md §1.6,
 * §1.10): Open → UploadComplete → InProgress → JobComplete | Failed | Aborted.
 */
export type IngestJobState =
  'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

export type TerminalJobState = Extract<IngestJobState, 'JobComplete' | 'Failed' | 'Aborted'>;

export function isTerminalJobState(state: IngestJobState): state is TerminalJobState {
  switch (state) {
    case 'JobComplete':
    case 'Failed':
    case 'Aborted':
      return true;
    case 'Open':
    case 'UploadComplete':
    case 'InProgress':
      return false;
  }
}

/** The counters of a job info response; processed = succeeded + failed (§1.6). */
export interface JobCounters {
  numberRecordsProcessed: number;
  numberRecordsFailed: number;
}
