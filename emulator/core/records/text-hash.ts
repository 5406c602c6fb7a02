/**
 * Hashing and comparing key text exactly or case-insensitively ("equal after `toLowerCase()`")
 * without making lower-cased copies: ASCII letters are folded on the fly, and only text with a
 * non-ASCII character falls back to `toLowerCase()`. Shared by the field index
 * (records/field-index.ts) and the ingest engine's duplicate-key check within a batch.
 */

const UPPER_A = 65;
const UPPER_Z = 90;
const ASCII_MAX = 127;

/** FNV-1a over the text's UTF-16 code units. */
export function hashExact(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The hash of `text.toLowerCase()`, computed without the copy when the text is ASCII. */
export function hashFolded(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > ASCII_MAX) return hashExact(text.toLowerCase());
    if (c >= UPPER_A && c <= UPPER_Z) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** `a.toLowerCase() === b.toLowerCase()`, without copies for ASCII text. */
export function equalFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return a.toLowerCase() === b.toLowerCase();
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > ASCII_MAX || y > ASCII_MAX) return a.toLowerCase() === b.toLowerCase();
    if (x >= UPPER_A && x <= UPPER_Z) x += 32;
    if (y >= UPPER_A && y <= UPPER_Z) y += 32;
    if (x !== y) return false;
  }
  return true;
}
