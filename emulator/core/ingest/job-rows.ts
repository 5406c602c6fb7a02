/**
 * What a job remembers about each processed row, compactly: where the row starts in the upload
 * (to echo its values into results later), its outcome (one byte), the record Id and the error.
 * No copy of the row's values is kept; results re-read them from the upload.
 */
import type { RowOutcome } from './ingest-types';
import { ROW_OUTCOME } from './ingest-types';

const INITIAL_CAPACITY = 1024;

export class JobRows {
  private starts = new Uint32Array(INITIAL_CAPACITY);
  private outcomes = new Uint8Array(INITIAL_CAPACITY);
  private ids: (string | undefined)[] = [];
  private readonly errors = new Map<number, string>();
  private size = 0;
  /** Rows per outcome, indexed by RowOutcome. */
  private readonly counts = [0, 0, 0, 0];

  get length(): number {
    return this.size;
  }

  count(outcome: RowOutcome): number {
    return this.counts[outcome] ?? 0;
  }

  /** Records one processed row; returns its index. */
  add(
    start: number,
    outcome: RowOutcome,
    id: string | undefined,
    error: string | undefined,
  ): number {
    const index = this.size;
    if (index === this.starts.length) this.grow();
    this.starts[index] = start;
    this.outcomes[index] = outcome;
    if (id !== undefined) this.ids[index] = id;
    if (error !== undefined) this.errors.set(index, error);
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
    this.size = index + 1;
    return index;
  }

  start(index: number): number {
    return this.starts[index] ?? 0;
  }

  outcome(index: number): RowOutcome {
    return (this.outcomes[index] ?? ROW_OUTCOME.Unprocessed) as RowOutcome;
  }

  id(index: number): string {
    return this.ids[index] ?? '';
  }

  error(index: number): string {
    return this.errors.get(index) ?? '';
  }

  /** Indices of the rows with this outcome (or either of two), in upload order. */
  indicesOf(outcome: RowOutcome, alsoOutcome?: RowOutcome): Uint32Array {
    const wanted = this.count(outcome) + (alsoOutcome === undefined ? 0 : this.count(alsoOutcome));
    const result = new Uint32Array(wanted);
    let n = 0;
    for (let i = 0; i < this.size && n < wanted; i++) {
      const o = this.outcomes[i];
      if (o === outcome || o === alsoOutcome) result[n++] = i;
    }
    return result;
  }

  private grow(): void {
    const starts = new Uint32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const outcomes = new Uint8Array(this.outcomes.length * 2);
    outcomes.set(this.outcomes);
    this.outcomes = outcomes;
  }
}
