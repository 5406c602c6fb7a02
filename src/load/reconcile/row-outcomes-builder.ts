/**
 * Fills a RowOutcomes (row-outcomes.ts) one row at a time, for the results worker: one entry per
 * source row in typed arrays, error texts interned, job Ids registered once.
 *
 * Rounds: the root load is round 1; each retry of some rows is a later round, started with
 * `beginRound()`. A row written in a later round OVERWRITES what an earlier round said about it
 * (its whole entry: status, Id, error, job, flags), and only that row: rows the retry did not
 * touch keep their earlier outcome. Writing the same row twice in ONE round throws, because that
 * would be a row counted twice. A row nobody writes stays `unknown` (OUTCOME 0), never a success
 * or a failure.
 */
import { OUTCOME, SF_ID_BYTES, type OutcomeCode, type RowOutcomes } from './row-outcomes';
import { InternedTexts } from './interned-texts';

/** A row's result as the join decided it. */
export interface RowResult {
  status: typeof OUTCOME.succeeded | typeof OUTCOME.failed | typeof OUTCOME.unprocessed;
  created: boolean;
  /** `sf__Id`, '' when none; or its SF_ID_BYTES ASCII bytes (zero-padded), copied as they are. */
  sfId: string | Uint8Array;
  /** `sf__Error`, '' when none. */
  error: string;
  ambiguous: boolean;
}

export class RowOutcomesBuilder {
  readonly rowCount: number;
  private readonly status: Uint8Array;
  private readonly created: Uint8Array;
  private readonly ambiguous: Uint8Array;
  private readonly errorOf: Int32Array;
  private readonly sfIds: Uint8Array;
  private readonly jobOf: Int32Array;
  /** Round in which each row was last written; 0 = never. */
  private readonly rowRound: Uint16Array;
  private readonly errors = new InternedTexts();
  private readonly jobIds: string[] = [];
  private round = 1;

  constructor(rowCount: number) {
    this.rowCount = rowCount;
    this.status = new Uint8Array(rowCount);
    this.created = new Uint8Array(rowCount);
    this.ambiguous = new Uint8Array(rowCount);
    this.errorOf = new Int32Array(rowCount).fill(-1);
    this.sfIds = new Uint8Array(rowCount * SF_ID_BYTES);
    this.jobOf = new Int32Array(rowCount).fill(-1);
    this.rowRound = new Uint16Array(rowCount);
  }

  /** The current round (1 for the root load). */
  get currentRound(): number {
    return this.round;
  }

  /** Starts the next round (a retry): its writes overwrite earlier rounds' outcomes. */
  beginRound(): number {
    this.round++;
    return this.round;
  }

  /** The slot of a Salesforce job in `jobIds` (the same slot for the same job). */
  registerJob(jobId: string): number {
    const existing = this.jobIds.indexOf(jobId);
    if (existing >= 0) return existing;
    this.jobIds.push(jobId);
    return this.jobIds.length - 1;
  }

  markExcluded(row: number): void {
    this.begin(row, OUTCOME.excluded, -1);
  }

  markNotSent(row: number, jobSlot = -1): void {
    this.begin(row, OUTCOME.notSent, jobSlot);
  }

  /** Sent in `jobSlot`, but Salesforce returned no result for it. */
  markUnknown(row: number, jobSlot: number, ambiguous = false): void {
    this.begin(row, OUTCOME.unknown, jobSlot);
    this.ambiguous[row] = ambiguous ? 1 : 0;
  }

  setResult(row: number, jobSlot: number, result: RowResult): void {
    this.begin(row, result.status, jobSlot);
    this.created[row] = result.created && result.status === OUTCOME.succeeded ? 1 : 0;
    this.ambiguous[row] = result.ambiguous ? 1 : 0;
    if (result.status === OUTCOME.failed) this.errorOf[row] = this.errors.intern(result.error);
    const base = row * SF_ID_BYTES;
    const id = result.sfId;
    if (typeof id !== 'string') {
      this.sfIds.set(id.subarray(0, SF_ID_BYTES), base);
      return;
    }
    for (let i = 0; i < SF_ID_BYTES && i < id.length; i++) {
      this.sfIds[base + i] = id.charCodeAt(i) & 0x7f;
    }
  }

  /** Whether this row was written in the current round. */
  writtenThisRound(row: number): boolean {
    return this.rowRound[row] === this.round;
  }

  /** The arrays as they stand (shared, not copied: stop writing before handing them on). */
  toOutcomes(): RowOutcomes {
    return {
      rowCount: this.rowCount,
      status: this.status,
      created: this.created,
      ambiguous: this.ambiguous,
      errorOf: this.errorOf,
      errors: this.errors.texts,
      sfIds: this.sfIds,
      jobOf: this.jobOf,
      jobIds: this.jobIds,
    };
  }

  /** Claims a row for this round and clears what an earlier round said about it. */
  private begin(row: number, status: OutcomeCode, jobSlot: number): void {
    if (!Number.isInteger(row) || row < 0 || row >= this.rowCount) {
      throw new RangeError(`Row ${row} is outside the file's ${this.rowCount} rows.`);
    }
    if (this.rowRound[row] === this.round) {
      throw new Error(`Row ${row} was given two outcomes in round ${this.round}.`);
    }
    this.rowRound[row] = this.round;
    this.status[row] = status;
    this.created[row] = 0;
    this.ambiguous[row] = 0;
    this.errorOf[row] = -1;
    this.jobOf[row] = jobSlot;
    this.sfIds.fill(0, row * SF_ID_BYTES, (row + 1) * SF_ID_BYTES);
  }
}
