/**
 * Where one job ends and the next begins, from row sizes alone: a job holds rows while the
 * header plus its rows stay within `maxBytes` of UTF-8 (Salesforce: 150 MB after base64,
 * salesforce-api.md §1.13, so ~100 MB of CSV) and, optionally, `maxRows`. With a trial run, the
 * first `trialRows` rows form job 0 on their own, so the user sees real results before the rest
 * is sent. Greedy: a job is cut only when the next row would not fit.
 */
import { BULK_JOB_MAX_CSV_BYTES } from '../../csv/write-bulk-csv';

/** How many rows the trial run loads first (issue 5). */
export const DEFAULT_TRIAL_ROWS = 10;

export interface JobLimits {
  /** UTF-8 bytes per job, header included. */
  maxBytes: number;
  /** Rows per job; null for no limit. */
  maxRows: number | null;
  /** Rows in the trial job 0; 0 for no trial run. */
  trialRows: number;
}

export const DEFAULT_JOB_LIMITS: JobLimits = {
  maxBytes: BULK_JOB_MAX_CSV_BYTES,
  maxRows: null,
  trialRows: 0,
};

export interface JobSize {
  index: number;
  /** Job 0 of a load with a trial run. */
  trial: boolean;
  rows: number;
  /** Header included. */
  bytes: number;
}

/** A single row that does not fit in a job even alone: no split can send it. */
export class RowTooLargeError extends RangeError {
  constructor(
    readonly rowBytes: number,
    readonly maxBytes: number,
  ) {
    super(`A row of ${rowBytes} bytes does not fit in a job of at most ${maxBytes} bytes.`);
    this.name = 'RowTooLargeError';
  }
}

export class JobCutter {
  private readonly sizes: JobSize[] = [];
  private current: JobSize | null = null;
  readonly limits: JobLimits;

  constructor(
    readonly headerBytes: number,
    limits: Partial<JobLimits> = {},
  ) {
    this.limits = { ...DEFAULT_JOB_LIMITS, ...limits };
  }

  /** The job a row of `rowBytes` (encoded line, UTF-8) goes to; starts a new job when needed. */
  place(rowBytes: number): number {
    if (this.headerBytes + rowBytes > this.limits.maxBytes)
      throw new RowTooLargeError(rowBytes, this.limits.maxBytes - this.headerBytes);
    let job = this.current;
    if (job === null || !this.fits(job, rowBytes)) {
      const index = this.sizes.length;
      job = {
        index,
        trial: index === 0 && this.limits.trialRows > 0,
        rows: 0,
        bytes: this.headerBytes,
      };
      this.sizes.push(job);
      this.current = job;
    }
    job.rows++;
    job.bytes += rowBytes;
    return job.index;
  }

  /** The jobs so far, the last one possibly still growing. */
  jobs(): readonly JobSize[] {
    return this.sizes;
  }

  private fits(job: JobSize, rowBytes: number): boolean {
    const { maxBytes, maxRows, trialRows } = this.limits;
    if (job.trial && job.rows >= trialRows) return false;
    if (maxRows !== null && job.rows >= maxRows) return false;
    return job.bytes + rowBytes <= maxBytes;
  }
}
