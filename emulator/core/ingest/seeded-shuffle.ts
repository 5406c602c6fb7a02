/**
 * Reproducible shuffling: Bulk 2.0 returns result rows in no particular order (salesforce-api.md
 * §1.9), so the demo org returns them in a seeded shuffle — never the upload order, the same
 * order every time for the same job and seed.
 */

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a text, to derive per-job seeds. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a 32-bit hash evenly (FNV alone clusters). */
export function mix32(hash: number): number {
  let h = hash >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Shuffles in place (Fisher–Yates); with two or more items the result is never the input order. */
export function shuffleInPlace(items: Uint32Array, seed: number): Uint32Array {
  const random = seededRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as number;
    items[i] = items[j] as number;
    items[j] = held;
  }
  if (items.length >= 2 && isSorted(items)) {
    const first = items[0] as number;
    items[0] = items[1] as number;
    items[1] = first;
  }
  return items;
}

function isSorted(items: Uint32Array): boolean {
  for (let i = 1; i < items.length; i++)
    if ((items[i - 1] as number) > (items[i] as number)) return false;
  return true;
}
