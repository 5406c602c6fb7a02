import {
  JOB_STATES,
  type ClosedJobInfo,
  type CreatedJobInfo,
  type JobInfo,
  type JobState,
  type ListedJobInfo,
} from './ingest-types';

/**
 * Salesforce answered 2xx with a body that is not the JobInfo we expected (a proxy's HTML page,
 * a truncated body). Never retried: the request itself may have had its effect.
 */
export class IngestResponseError extends Error {
  override readonly name = 'IngestResponseError';
}

type Fields = Record<string, unknown>;

function objectOf(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestResponseError(`Salesforce's ${what} answer is not a JSON object.`);
  }
  return value as Fields;
}

function isJobState(value: unknown): value is JobState {
  return (JOB_STATES as readonly unknown[]).includes(value);
}

/** Checks the fields every shape has; the rest is trusted as Salesforce documents it (§1.2). */
function base(value: unknown, what: string): Fields {
  const fields = objectOf(value, what);
  if (typeof fields.id !== 'string' || fields.id === '') {
    throw new IngestResponseError(`Salesforce's ${what} answer has no job id.`);
  }
  if (!isJobState(fields.state)) {
    throw new IngestResponseError(
      `Salesforce's ${what} answer has an unknown job state: ${String(fields.state)}`,
    );
  }
  if (typeof fields.apiVersion !== 'number') {
    throw new IngestResponseError(`Salesforce's ${what} answer has no numeric apiVersion.`);
  }
  return fields;
}

export function readCreatedJobInfo(value: unknown): CreatedJobInfo {
  const fields = base(value, 'create job');
  if (typeof fields.contentUrl !== 'string' || fields.contentUrl === '') {
    throw new IngestResponseError("Salesforce's create job answer has no contentUrl.");
  }
  return fields as unknown as CreatedJobInfo;
}

export function readClosedJobInfo(value: unknown): ClosedJobInfo {
  return base(value, 'job update') as unknown as ClosedJobInfo;
}

/** The full shape; counters default to 0 where an Open job's answer leaves them out (§1.6 note). */
export function readJobInfo(value: unknown): JobInfo {
  const fields = base(value, 'job info');
  return {
    ...fields,
    numberRecordsProcessed: numberOr0(fields.numberRecordsProcessed),
    numberRecordsFailed: numberOr0(fields.numberRecordsFailed),
    retries: numberOr0(fields.retries),
    totalProcessingTime: numberOr0(fields.totalProcessingTime),
    apiActiveProcessingTime: numberOr0(fields.apiActiveProcessingTime),
    apexProcessingTime: numberOr0(fields.apexProcessingTime),
  } as unknown as JobInfo;
}

export interface JobListPage {
  done: boolean;
  nextRecordsUrl: string | null;
  records: ListedJobInfo[];
}

export function readJobListPage(value: unknown): JobListPage {
  const fields = objectOf(value, 'job list');
  if (!Array.isArray(fields.records)) {
    throw new IngestResponseError("Salesforce's job list answer has no records array.");
  }
  const next = typeof fields.nextRecordsUrl === 'string' ? fields.nextRecordsUrl : null;
  return {
    done: fields.done !== false || next === null,
    nextRecordsUrl: next,
    records: fields.records.map((record) => base(record, 'job list') as unknown as ListedJobInfo),
  };
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
