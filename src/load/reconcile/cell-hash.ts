/**
 * A 128-bit hash of a row's canonical cells (canonical-value.ts), so the join can key a million
 * sent rows without keeping their text: 16 bytes a row instead of the cells themselves.
 *
 * Why no "verify" step: two cyrb53-style mixers with different seeds and multipliers give four
 * 32-bit lanes; the chance that two different rows of a 1M-row job collide is about
 * (10^6)^2 / 2^129 ≈ 10^-27, far below the chance of a memory error. Each cell is fed as its
 * length then its characters, so cell boundaries cannot shift (`a|bc` ≠ `ab|c`).
 */

/** Uint32 lanes per hash. */
export const HASH_LANES = 4;

export class CellHasher {
  private h0 = 0;
  private h1 = 0;
  private h2 = 0;
  private h3 = 0;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.h0 = 0xdeadbeef;
    this.h1 = 0x41c6ce57;
    this.h2 = 0x9e3779b9;
    this.h3 = 0x7f4a7c15;
  }

  add(text: string): void {
    this.mix(text.length + 0x10000);
    for (let i = 0; i < text.length; i++) this.mix(text.charCodeAt(i));
  }

  /** Writes the 4 lanes at `out[offset…offset+3]` and resets for the next row. */
  finish(out: Uint32Array, offset: number): void {
    let { h0, h1, h2, h3 } = this;
    h0 = Math.imul(h0 ^ (h0 >>> 16), 2246822507);
    h0 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h0 ^ (h0 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 15), 0x27d4eb2f);
    h2 ^= Math.imul(h3 ^ (h3 >>> 13), 0x165667b1);
    h3 = Math.imul(h3 ^ (h3 >>> 15), 0x27d4eb2f);
    h3 ^= Math.imul(h2 ^ (h2 >>> 13), 0x165667b1);
    out[offset] = h0 >>> 0;
    out[offset + 1] = h1 >>> 0;
    out[offset + 2] = h2 >>> 0;
    out[offset + 3] = h3 >>> 0;
    this.reset();
  }

  private mix(code: number): void {
    this.h0 = Math.imul(this.h0 ^ code, 2654435761);
    this.h1 = Math.imul(this.h1 ^ code, 1597334677);
    this.h2 = Math.imul(this.h2 ^ code, 0x85ebca77);
    this.h3 = Math.imul(this.h3 ^ code, 0xc2b2ae3d);
  }
}
