/**
 * Which job each source row went to, as one Uint32 per row (4 MB for a million rows): results
 * are joined back to rows through it, and a job's rows can be listed again after a reload.
 */

/** A row the plan never saw (beyond the file's end, or not prepared yet). */
export const ROW_NOT_PLANNED = 0xffff_ffff;
/** A row the user excluded before upload. */
export const ROW_EXCLUDED = 0xffff_fffe;
/** Job indices stay below the two markers. */
export const MAX_JOB_INDEX = 0xffff_fffd;

const INITIAL_ROWS = 1024;

export class RowJobIndex {
  private jobs: Uint32Array;
  private rowCount = 0;

  /** `stored`: an array from `toArray()`, read back after a reload. */
  constructor(capacityOrStored: number | Uint32Array = INITIAL_ROWS) {
    if (typeof capacityOrStored === 'number') {
      this.jobs = new Uint32Array(Math.max(capacityOrStored, 1)).fill(ROW_NOT_PLANNED);
    } else {
      this.jobs = capacityOrStored.slice();
      this.rowCount = capacityOrStored.length;
    }
  }

  /** One past the highest row index recorded. */
  get length(): number {
    return this.rowCount;
  }

  set(row: number, job: number): void {
    if (job > MAX_JOB_INDEX && job !== ROW_EXCLUDED) throw new RangeError(`Bad job index ${job}`);
    if (row >= this.jobs.length) this.grow(row + 1);
    this.jobs[row] = job;
    if (row >= this.rowCount) this.rowCount = row + 1;
  }

  /** The job index, ROW_EXCLUDED or ROW_NOT_PLANNED. */
  jobOf(row: number): number {
    return row < this.rowCount ? (this.jobs[row] ?? ROW_NOT_PLANNED) : ROW_NOT_PLANNED;
  }

  /** Row indices of one job (or of ROW_EXCLUDED), ascending. */
  *rowsOf(job: number): Generator<number> {
    for (let row = 0; row < this.rowCount; row++) if (this.jobs[row] === job) yield row;
  }

  /** The index trimmed to its length, for IndexedDB or transfer. */
  toArray(): Uint32Array {
    return this.jobs.slice(0, this.rowCount);
  }

  private grow(minRows: number): void {
    let length = this.jobs.length * 2;
    while (length < minRows) length *= 2;
    const jobs = new Uint32Array(length).fill(ROW_NOT_PLANNED);
    jobs.set(this.jobs);
    this.jobs = jobs;
  }
}
