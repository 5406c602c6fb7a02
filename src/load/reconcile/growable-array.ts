/**
 * Typed arrays that grow by doubling, for the join's per-row columns: a million rows stay a few
 * compact buffers instead of a million small objects.
 */

type TypedArrayCtor<T> = new (length: number) => T;

export class Growable<T extends Uint8Array | Uint32Array | Int32Array> {
  data: T;
  /** Entries (each `stride` elements) in use. */
  length = 0;

  constructor(
    private readonly ctor: TypedArrayCtor<T>,
    readonly stride = 1,
    initial = 64,
  ) {
    this.data = new ctor(initial * stride);
  }

  /** Makes room for one more entry and returns the element offset where it starts. */
  next(): number {
    const offset = this.length * this.stride;
    if (offset + this.stride > this.data.length) {
      const bigger = new this.ctor(Math.max(this.data.length * 2, this.stride * 16));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.length++;
    return offset;
  }

  push(value: number): void {
    const at = this.next(); // before reading `data`: next() may replace it
    this.data[at] = value;
  }
}
