/**
 * A set of row indices as one bit per row (125 KB for a million rows), growing as rows arrive.
 * Its words are a plain Uint32Array, so the set crosses a worker boundary by transfer.
 */

const BITS_PER_WORD = 32;
const WORD_SHIFT = 5;
const BIT_MASK = 31;
const INITIAL_WORDS = 32;

function popCount(word: number): number {
  let w = word - ((word >>> 1) & 0x55555555);
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export class RowBitSet {
  private words: Uint32Array;
  private count = 0;

  constructor(words?: Uint32Array) {
    this.words = words ?? new Uint32Array(INITIAL_WORDS);
    if (words) for (const word of words) this.count += popCount(word);
  }

  /** Rows in the set. */
  get size(): number {
    return this.count;
  }

  has(row: number): boolean {
    return (((this.words[row >>> WORD_SHIFT] ?? 0) >>> (row & BIT_MASK)) & 1) === 1;
  }

  add(row: number): void {
    const index = row >>> WORD_SHIFT;
    if (index >= this.words.length) this.grow(index + 1);
    const word = this.words[index] ?? 0;
    const bit = (1 << (row & BIT_MASK)) >>> 0;
    if ((word & bit) !== 0) return;
    this.words[index] = (word | bit) >>> 0;
    this.count++;
  }

  /** Adds every row of `other` to this set. */
  addAll(other: RowBitSet): void {
    const theirs = other.words;
    if (theirs.length > this.words.length) this.grow(theirs.length);
    let count = 0;
    for (let i = 0; i < this.words.length; i++) {
      const word = ((this.words[i] ?? 0) | (theirs[i] ?? 0)) >>> 0;
      this.words[i] = word;
      count += popCount(word);
    }
    this.count = count;
  }

  /** Row indices in ascending order. */
  *rows(): Generator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let word = this.words[i] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        yield i * BITS_PER_WORD + (BITS_PER_WORD - 1 - Math.clz32(low));
        word = (word ^ low) >>> 0;
      }
    }
  }

  /** A copy of the words, for storage or transfer; `new RowBitSet(words)` reads them back. */
  toWords(): Uint32Array {
    return this.words.slice();
  }

  private grow(minWords: number): void {
    let length = Math.max(this.words.length * 2, INITIAL_WORDS);
    while (length < minWords) length *= 2;
    const words = new Uint32Array(length);
    words.set(this.words);
    this.words = words;
  }
}
