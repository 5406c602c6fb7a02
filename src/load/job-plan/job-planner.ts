/**
 * Turns the stream of prepared rows into Bulk API jobs (design.md §4): each row's Bulk CSV line
 * goes into the current job's BulkCsvWriter (Blob pieces, header in every job) until the next
 * line would break a limit (JobCutter), and every source row's job is kept in a RowJobIndex.
 * Rows come in the order they are to be sent; within a job that order is kept. A row is encoded
 * once, as UTF-8 into a reused buffer: its size for the cut and its bytes for the body.
 */
import {
  bulkCsvByteLength,
  BulkCsvRowEncoder,
  BulkCsvWriter,
  encodeBulkCsvRow,
  type BulkCsvBody,
} from '../../csv/write-bulk-csv';
import { JobCutter, type JobLimits } from './job-cutter';
import { ROW_EXCLUDED, RowJobIndex } from './row-job-index';

export interface PlannedJob {
  index: number;
  /** Job 0 of a load with a trial run: sent and shown before the rest. */
  trial: boolean;
  rows: number;
  body: BulkCsvBody;
}

export interface JobPlan {
  headers: readonly string[];
  jobs: PlannedJob[];
  rowJobs: RowJobIndex;
  /** Rows marked as excluded before upload. */
  excludedRows: number;
}

export interface JobPlanOptions extends Partial<JobLimits> {
  /** The number of source rows, when known, to size the row index once. */
  rowCount?: number;
  /** Called as soon as a job's body is complete, so its upload can start before the pass ends. */
  onJobReady?: (job: PlannedJob) => void;
}

export class JobPlanner {
  private readonly cutter: JobCutter;
  private readonly rowJobs: RowJobIndex;
  private readonly encoder = new BulkCsvRowEncoder();
  private readonly jobs: PlannedJob[] = [];
  private writer: BulkCsvWriter | null = null;
  private writerJob = -1;
  private excluded = 0;
  private finished = false;
  private readonly onJobReady: ((job: PlannedJob) => void) | undefined;

  constructor(
    readonly headers: readonly string[],
    options: JobPlanOptions = {},
  ) {
    const headerBytes = bulkCsvByteLength(encodeBulkCsvRow(headers));
    const { rowCount, onJobReady, ...limits } = options;
    this.cutter = new JobCutter(headerBytes, limits);
    this.rowJobs = new RowJobIndex(rowCount);
    this.onJobReady = onJobReady;
  }

  /** Adds a source row's Bulk CSV values; returns the job it went to. */
  addRow(rowIndex: number, values: readonly string[]): number {
    const byteLength = this.encoder.encodeRow(values);
    const writer = this.writerFor(byteLength);
    writer.writeEncodedBytes(this.encoder.bytes, byteLength);
    this.rowJobs.set(rowIndex, this.writerJob);
    return this.writerJob;
  }

  /** Adds a line from `encodeBulkCsvRow` whose UTF-8 size the caller already measured. */
  addEncodedRow(rowIndex: number, line: string, byteLength: number): number {
    const writer = this.writerFor(byteLength);
    writer.writeEncodedRow(line, byteLength);
    this.rowJobs.set(rowIndex, this.writerJob);
    return this.writerJob;
  }

  /** The writer of the job a row of `byteLength` goes to, starting that job when needed. */
  private writerFor(byteLength: number): BulkCsvWriter {
    this.assertOpen();
    const job = this.cutter.place(byteLength);
    if (job !== this.writerJob || this.writer === null) {
      this.completeJob();
      this.writer = new BulkCsvWriter(this.headers);
      this.writerJob = job;
    }
    return this.writer;
  }

  /** Marks a source row as excluded before upload: it goes to no job. */
  exclude(rowIndex: number): void {
    this.assertOpen();
    this.rowJobs.set(rowIndex, ROW_EXCLUDED);
    this.excluded++;
  }

  finish(): JobPlan {
    this.assertOpen();
    this.completeJob();
    this.finished = true;
    return {
      headers: this.headers,
      jobs: this.jobs,
      rowJobs: this.rowJobs,
      excludedRows: this.excluded,
    };
  }

  private completeJob(): void {
    if (this.writer === null) return;
    const size = this.cutter.jobs()[this.writerJob];
    const job: PlannedJob = {
      index: this.writerJob,
      trial: size?.trial ?? false,
      rows: this.writer.rows,
      body: this.writer.finish(),
    };
    this.jobs.push(job);
    this.writer = null;
    this.onJobReady?.(job);
  }

  private assertOpen(): void {
    if (this.finished) throw new Error('The job plan is finished; start a new JobPlanner.');
  }
}
