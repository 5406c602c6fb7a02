/**
 * The console's Bulk API 2.0 ingest client (salesforce-api.md §1). Job calls go through the REST
 * client (session token, one refresh on a refused token); the PUT goes through an upload
 * transport (upload-job-data.ts). Retries live here (design.md §4): GETs and PATCH calls retry
 * on 429, 5xx and network errors; create and the PUT never do.
 * See docs/decisions/0012-bulk-client.md.
 */
import type { SalesforceClient } from '../rest-client';
import { SalesforceApiError } from '../salesforce-api-error';
import type { SessionAccess } from '../session/session-manager';
import { fetchUploadTransport } from './fetch-upload-transport';
import { IngestUploadError } from './ingest-upload-error';
import type {
  ClosedJobInfo,
  CreatedJobInfo,
  IngestJobSpec,
  IngestJobType,
  JobInfo,
  JobState,
  ListedJobInfo,
  ResultKind,
  UploadTarget,
} from './ingest-types';
import {
  readClosedJobInfo,
  readCreatedJobInfo,
  readJobInfo,
  readJobListPage,
} from './read-job-info';
import { putJobData, type UploadOptions } from './upload-job-data';
import type { UploadTransport } from './upload-transport';
import { withRetries, type RetryOptions } from './with-retries';
import { xhrUploadTransport } from './xhr-upload-transport';

export interface CallOptions {
  signal?: AbortSignal;
}

export interface IngestClient {
  readonly apiVersion: string;
  /** POST …/jobs/ingest (§1.2). Never retried: a lost answer may still have made a job. */
  createIngestJob(spec: IngestJobSpec, options?: CallOptions): Promise<CreatedJobInfo>;
  /** The one PUT of the job's CSV (§1.4); see upload-job-data.ts for what is retried. */
  uploadJobData(job: UploadTarget, data: Blob, options?: UploadOptions): Promise<void>;
  /** PATCH UploadComplete (§1.5). */
  closeJob(jobId: string, options?: CallOptions): Promise<ClosedJobInfo>;
  /** PATCH Aborted (§1.5). Rows already processed stay processed. */
  abortJob(jobId: string, options?: CallOptions): Promise<ClosedJobInfo>;
  /** GET the full JobInfo (§1.6). */
  getJobInfo(jobId: string, options?: CallOptions): Promise<JobInfo>;
  /** DELETE (§1.7): 204; only for jobs that are not Open or InProgress. */
  deleteJob(jobId: string, options?: CallOptions): Promise<void>;
  /** Every page of GET …/jobs/ingest (§1.8), following nextRecordsUrl. */
  listIngestJobs(options?: CallOptions & { jobType?: IngestJobType }): Promise<ListedJobInfo[]>;
  /** A results CSV as a Response whose body is read as a stream (§1.9, design.md §4). */
  fetchJobResults(jobId: string, kind: ResultKind, options?: CallOptions): Promise<Response>;
}

export interface IngestClientOptions {
  /** The REST client and the session it uses; `SalesforceServices` has both. */
  client: SalesforceClient;
  sessions: SessionAccess;
  /** Defaults to XMLHttpRequest where there is one, else fetch with a Blob body. */
  upload?: UploadTransport;
  retry?: RetryOptions;
}

/** The states a job is in once a PATCH to `target` took effect (§1.10). */
const REACHED: Record<'UploadComplete' | 'Aborted', readonly JobState[]> = {
  UploadComplete: ['UploadComplete', 'InProgress', 'JobComplete', 'Failed'],
  Aborted: ['Aborted'],
};
const BAD_REQUEST = 400;
const JSON_BODY = { 'Content-Type': 'application/json; charset=UTF-8' };

export function createIngestClient(options: IngestClientOptions): IngestClient {
  const { client, sessions } = options;
  const transport = options.upload ?? defaultUploadTransport();
  /** Jobs this client has sent data to: the PUT is once per job (§1.4). */
  const uploaded = new Set<string>();

  const jobsPath = client.dataPath('/jobs/ingest');
  const jobPath = (jobId: string) => `${jobsPath}/${encodeURIComponent(jobId)}`;
  const retrying = <T>(call: (attempt: number) => Promise<T>, signal?: AbortSignal) =>
    withRetries(({ attempt }) => call(attempt), {
      ...options.retry,
      ...(signal ? { signal } : {}),
    });

  async function getJobInfo(jobId: string, o: CallOptions = {}): Promise<JobInfo> {
    return retrying(
      async () => readJobInfo(await client.json(jobPath(jobId), withSignal({}, o.signal))),
      o.signal,
    );
  }

  /**
   * PATCH a state, retried. When an earlier attempt reached Salesforce but its answer was lost,
   * the retry is refused (400); the job's state then says whether the change took effect.
   */
  function patchState(jobId: string, state: 'UploadComplete' | 'Aborted', o: CallOptions) {
    return retrying(async (attempt) => {
      try {
        const init = { method: 'PATCH', headers: JSON_BODY, body: JSON.stringify({ state }) };
        return readClosedJobInfo(await client.json(jobPath(jobId), withSignal(init, o.signal)));
      } catch (error) {
        if (attempt > 1 && error instanceof SalesforceApiError && error.status === BAD_REQUEST) {
          const info = await getJobInfo(jobId, o);
          if (REACHED[state].includes(info.state)) return info;
        }
        throw error;
      }
    }, o.signal);
  }

  return {
    apiVersion: client.apiVersion,

    async createIngestJob(spec, o = {}) {
      const body = JSON.stringify({
        object: spec.object,
        operation: spec.operation,
        externalIdFieldName: spec.externalIdFieldName,
        lineEnding: 'LF',
        columnDelimiter: 'COMMA',
        assignmentRuleId: spec.assignmentRuleId,
      });
      const init = withSignal({ method: 'POST', headers: JSON_BODY, body }, o.signal);
      return readCreatedJobInfo(await client.json(jobsPath, init));
    },

    async uploadJobData(job, data, o = {}) {
      if (uploaded.has(job.id)) throw new IngestUploadError('second-put-refused', job.id);
      if (o.signal?.aborted) throw o.signal.reason;
      uploaded.add(job.id);
      try {
        await putJobData({ sessions, transport }, job, data, o);
      } catch (error) {
        // Only an upload that may have reached Salesforce counts as the job's one PUT.
        if (!(error instanceof IngestUploadError)) uploaded.delete(job.id);
        throw error;
      }
    },

    closeJob: (jobId, o = {}) => patchState(jobId, 'UploadComplete', o),
    abortJob: (jobId, o = {}) => patchState(jobId, 'Aborted', o),
    getJobInfo,

    async deleteJob(jobId, o = {}) {
      await client.fetch(jobPath(jobId), withSignal({ method: 'DELETE' }, o.signal));
    },

    async listIngestJobs(o = {}) {
      const records: ListedJobInfo[] = [];
      let path: string | null = o.jobType
        ? `${jobsPath}?jobType=${encodeURIComponent(o.jobType)}`
        : jobsPath;
      while (path !== null) {
        const pagePath: string = path;
        const page = await retrying(
          async () => readJobListPage(await client.json(pagePath, withSignal({}, o.signal))),
          o.signal,
        );
        records.push(...page.records);
        path = page.done ? null : instancePath(page.nextRecordsUrl);
      }
      return records;
    },

    fetchJobResults(jobId, kind, o = {}) {
      const init = withSignal({ headers: { Accept: 'text/csv' } }, o.signal);
      return retrying(() => client.fetch(`${jobPath(jobId)}/${kind}`, init), o.signal);
    },
  };
}

/** XMLHttpRequest where there is one (pages and workers), for progress; else fetch (Node). */
export function defaultUploadTransport(): UploadTransport {
  return typeof XMLHttpRequest === 'function' ? xhrUploadTransport : fetchUploadTransport();
}

function withSignal(init: RequestInit, signal: AbortSignal | undefined): RequestInit {
  return signal ? { ...init, signal } : init;
}

/** nextRecordsUrl is a path (`/services/data/…?queryLocator=…`); accept a full URL too (§1.8). */
function instancePath(next: string | null): string | null {
  if (next === null) return null;
  if (next.startsWith('/')) return next;
  const url = new URL(next);
  return `${url.pathname}${url.search}`;
}
