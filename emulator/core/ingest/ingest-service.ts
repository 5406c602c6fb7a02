/**
 * The Bulk API 2.0 ingest engine behind the HTTP routes: the job table and the state machine of
 * salesforce-api.md §1.10 (Open → UploadComplete → InProgress → JobComplete / Failed / Aborted),
 * with Salesforce's errors for illegal calls. HTTP concerns (bodies, sizes, streams) stay in
 * emulator/http/ingest-routes.ts.
 */
import { Buffer } from 'node:buffer';
import {
  badTargetState,
  CREATE_REFUSAL,
  MAX_MULTIPART_CSV_CHARS,
  resultsAvailable,
  wrongState,
} from './http-choices';
import { IngestApiError, jobNotFound, multipleContents } from './ingest-api-error';
import type { IngestJob } from './ingest-job';
import { newIngestJob } from './ingest-job';
import type { IngestPort, ProcessingFaults } from './ingest-port';
import { NO_PROCESSING_FAULTS } from './ingest-port';
import type { ResultKind } from './ingest-types';
import { JobProcessor } from './job-processor';
import { JobScheduler } from './job-scheduler';
import { parseJobSpec } from './job-spec';
import { listJobsPage } from './job-list';
import type { JobListPage, JobListQuery } from './job-list';
import { resultCsvChunks } from './result-csv';
import { ABORT_WHILE_IN_PROGRESS } from './salesforce-choices';

/** Bulk API 2.0 ingest exists from v41.0 (§0). */
export const MIN_INGEST_API_VERSION = 41;
/** The 15-character body of job ids: `750`, a pod-like pair, then a counter in base 62. */
const JOB_ID_PREFIX = '750Fk';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export class IngestService {
  private readonly jobTable = new Map<string, IngestJob>();
  private readonly processor: JobProcessor;
  private readonly scheduler: JobScheduler;
  private sequence = 0;

  constructor(
    private readonly port: IngestPort,
    faults: ProcessingFaults = NO_PROCESSING_FAULTS,
  ) {
    this.processor = new JobProcessor(port, faults);
    this.scheduler = new JobScheduler(
      port,
      this.processor,
      (job) => this.jobTable.get(job.id) === job,
    );
  }

  createJob(userId: string, body: unknown, apiVersion: number, multipartCsv?: string): IngestJob {
    const spec = parseJobSpec(body, this.port.schema, apiVersion);
    if (spec.operation === 'hardDelete' && !this.port.canHardDelete(userId))
      throw CREATE_REFUSAL.hardDeleteNotPermitted();
    if (multipartCsv !== undefined && multipartCsv.length > MAX_MULTIPART_CSV_CHARS)
      throw CREATE_REFUSAL.multipartTooLarge();
    const job = newIngestJob(this.nextJobId(), spec, userId, this.port.now());
    this.jobTable.set(job.id, job);
    if (multipartCsv !== undefined) {
      // §1.3: a multipart create uploads and closes in one call.
      this.upload(job.id, multipartCsv);
      this.close(job);
    }
    return job;
  }

  getJob(jobId: string): IngestJob {
    const job = this.findJob(jobId);
    if (job === undefined) throw jobNotFound();
    return job;
  }

  /** The job by 15- or 18-character id, if the table has it. */
  findJob(jobId: string): IngestJob | undefined {
    return this.jobTable.get(this.port.ids.normalize(jobId) ?? jobId);
  }

  /** §1.4: one PUT per job, only while Open; a second one is remembered and fails the close. */
  upload(jobId: string, csv: Buffer | string): void {
    const job = this.getJob(jobId);
    if (job.state !== 'Open') throw wrongState(job.id, job.state, 'upload data to');
    job.uploadCount++;
    if (job.uploadCount === 1) job.upload = typeof csv === 'string' ? Buffer.from(csv) : csv;
    job.systemModstamp = this.port.now();
  }

  /** PATCH `{"state": "UploadComplete" | "Aborted"}` (§1.5). */
  setState(jobId: string, body: unknown): IngestJob {
    const job = this.getJob(jobId);
    const state =
      typeof body === 'object' && body !== null ? (body as { state?: unknown }).state : undefined;
    if (state === 'UploadComplete') return this.close(job);
    if (state === 'Aborted') return this.abort(job);
    throw badTargetState(state);
  }

  /** §1.7: 204 only for UploadComplete, JobComplete, Aborted or Failed jobs. */
  deleteJob(jobId: string): void {
    const job = this.getJob(jobId);
    if (job.state === 'Open' || job.state === 'InProgress')
      throw wrongState(job.id, job.state, 'delete');
    this.jobTable.delete(job.id);
    this.processor.forget(job.id);
  }

  listJobs(query: JobListQuery): JobListPage {
    return listJobsPage([...this.jobTable.values()], query);
  }

  /** The result file as text chunks (§1.9), as the API version of the request shapes it. */
  results(jobId: string, kind: ResultKind, apiVersion: number): Generator<string> {
    const job = this.getJob(jobId);
    if (!resultsAvailable(job.state)) throw wrongState(job.id, job.state, `get ${kind} of`);
    return resultCsvChunks(job, kind, this.port.seed(), apiVersion);
  }

  /** Every job, oldest first (control plane inspection). */
  jobs(): IngestJob[] {
    return [...this.jobTable.values()];
  }

  /** Jobs parked for a manual tick resume when the pace changed away from manual. */
  noticePace(): void {
    this.scheduler.resumeIfPaceChanged();
  }

  dispose(): void {
    this.scheduler.dispose();
    this.jobTable.clear();
  }

  private close(job: IngestJob): IngestJob {
    if (job.state !== 'Open') throw wrongState(job.id, job.state, 'close');
    if (job.uploadCount > 1) throw multipleContents(job.id);
    job.state = 'UploadComplete';
    job.systemModstamp = this.port.now();
    this.scheduler.start(job);
    return job;
  }

  private abort(job: IngestJob): IngestJob {
    const abortable =
      job.state === 'Open' ||
      job.state === 'UploadComplete' ||
      (job.state === 'InProgress' && ABORT_WHILE_IN_PROGRESS);
    if (!abortable) throw wrongState(job.id, job.state, 'abort');
    job.state = 'Aborted';
    job.systemModstamp = this.port.now();
    this.processor.forget(job.id);
    return job;
  }

  private nextJobId(): string {
    let n = ++this.sequence;
    let digits = '';
    for (let i = 0; i < 15 - JOB_ID_PREFIX.length; i++) {
      digits = BASE62.charAt(n % 62) + digits;
      n = Math.floor(n / 62);
    }
    const id15 = JOB_ID_PREFIX + digits;
    const id18 = this.port.ids.normalize(id15);
    if (id18 === undefined)
      throw new IngestApiError(500, 'UNKNOWN_EXCEPTION', `Cannot make a job id from ${id15}`);
    return id18;
  }
}
