const INITIAL_CAPACITY = 1 << 16;

/**
 * An append-only list of numbers in a Float64Array that doubles when full: a million row offsets
 * take 8 MB and no per-row allocation. Float64 keeps byte offsets exact past 4 GB.
 */
export class GrowableOffsets {
  private data = new Float64Array(INITIAL_CAPACITY);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.count++] = value;
  }

  /** A copy trimmed to the values pushed (safe to transfer to another thread). */
  toArray(): Float64Array {
    return this.data.slice(0, this.count);
  }
}
