/**
 * What the load page shows and asks of a running load: the snapshot the run orchestrator
 * (load-runner.ts) publishes after every step, and the commands it takes. The page renders
 * snapshots only; it never talks to Salesforce itself.
 */
import type { Owner } from '../../lib/load-store';
import type { AttemptState } from '../../load/run-state/job-attempt';
import type { IngestJobState } from '../../load/run-state/ingest-job-state';
import type { LoadProgress } from '../../load/run-state/load-progress';
import type { IngestOperation } from '../../salesforce/bulk/ingest-types';
import type { IngestFailure } from '../../salesforce/bulk/explain-ingest-failure';

/** One planned job's Bulk CSV, made by the prepare pass (src/load/job-plan). */
export interface PreparedJob {
  planIndex: number;
  /** The trial job (plan index 0 when the user asked for a trial run). */
  trial: boolean;
  rows: number;
  body: Blob;
}

/** What is sent: the same for every job of the load. */
export interface LoadRunSpec {
  owner: Owner;
  loadId: string;
  object: string;
  operation: IngestOperation;
  externalIdFieldName: string | null;
  assignmentRuleId: string | null;
  /** Planned jobs of the load (known also after a reload, when the Blobs are gone). */
  plannedJobs: number;
  /** Rows of each planned job, by plan index. */
  rowsPerJob: readonly number[];
  /** Run jobs one after another (the default) or this many at once. */
  parallelJobs?: number;
  /**
   * Plan index 0 is a trial job: the rest wait for continueAfterTrial(). Needed after a reload,
   * when there are no PreparedJobs to say so (otherwise `jobs[0].trial` is enough).
   */
  trialRun?: boolean;
}

/** One planned job on the load page: its latest attempt. */
export interface JobView {
  planIndex: number;
  trial: boolean;
  /** 0 for the first attempt; more when an uncertain upload made Forklift send the rows again. */
  attempt: number;
  /** Salesforce's job id, once created. */
  jobId: string | null;
  /** Where the write-ahead record stands. */
  attemptState: AttemptState;
  /** Salesforce's state of the job at the last poll (or from create / close). */
  jobState: IngestJobState | null;
  rows: number;
  processed: number;
  failed: number;
  /** Bytes of the PUT sent so far, while uploading. */
  uploadedBytes: number | null;
  totalBytes: number | null;
  /** The job-level `errorMessage` of a Failed job. */
  errorMessage: string | null;
  /** A failed call about this job, explained (the run goes on with other jobs where it can). */
  failure: IngestFailure | null;
  /**
   * The job stopped on `failure` and waits for the user's Try again (a refused upload, uploads
   * that kept failing, a step Salesforce refused); absent means false.
   */
  stopped?: boolean;
}

export type LoadRunStatus =
  /** Reading the write-ahead records back. */
  | 'starting'
  | 'running'
  /** The trial job ended: the user looks at its results and continues, or stops. */
  | 'trial-review'
  /** Some jobs were never uploaded and their Blobs are gone (reload): drop the same file again. */
  | 'needs-file'
  /** A call failed in a way that needs the user (e.g. the session ended and sign-in is needed). */
  | 'blocked'
  /** Every job is terminal (JobComplete, Failed, Aborted) or was cancelled before upload. */
  | 'finished';

export interface LoadRunSnapshot {
  loadId: string;
  status: LoadRunStatus;
  jobs: readonly JobView[];
  progress: LoadProgress;
  /** Why the run is blocked, or the last failure of the load as a whole. */
  failure: IngestFailure | null;
  /** True once the user asked to abort the whole load. */
  abortRequested: boolean;
  /** Some job stopped and waits for the user's Try again (JobView.stopped); absent means false. */
  needsAttention?: boolean;
  /**
   * Another tab or window of this browser runs the load (it holds the load's Web Lock): this page
   * shows its progress only, and takes over when that tab lets go. Absent means false.
   */
  elsewhere?: boolean;
}

export type LoadRunListener = (snapshot: LoadRunSnapshot) => void;

/** The commands the load page gives. */
export interface LoadRunControls {
  getSnapshot(): LoadRunSnapshot;
  subscribe(listener: LoadRunListener): () => void;
  /** After the trial job: send the rest. */
  continueAfterTrial(): void;
  /** Aborts one job (PATCH Aborted if it exists; a job not yet uploaded is cancelled). */
  abortJob(planIndex: number): Promise<void>;
  /** Aborts every job that has not ended and sends no more. */
  abortAll(): Promise<void>;
  /** Blobs for jobs still to upload, after a reload (from the same file dropped again). */
  provideJobs(jobs: readonly PreparedJob[]): void;
  /** Polls every running job now (the page became visible again, or a new sign-in). */
  pollNow(): void;
  /** The user's Try again: jobs stopped on a failure go on (a new attempt for a refused upload). */
  tryAgain(): void;
  /** Stops timers; Salesforce jobs keep running. */
  dispose(): void;
}
