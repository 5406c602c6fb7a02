/**
 * Salesforce record Ids, checked without regular expressions or allocation: 15 case-sensitive
 * letters and digits (a 3-character key prefix first), or the 18-character form whose last 3
 * characters say, per block of 5, which characters are upper-case letters. Salesforce reads an
 * 18-character Id case-insensitively and repairs its case from that suffix
 * (https://help.salesforce.com/s/articleView?id=000385585), as the demo org does.
 */

export const KEY_PREFIX_LENGTH = 3;
export const ID_15_LENGTH = 15;
export const ID_18_LENGTH = 18;
const BLOCK = 5;

/**
 * - `id15`: a well-formed 15-character Id (its case cannot be checked).
 * - `id18`: an 18-character Id whose suffix matches its letters' case.
 * - `id18-case-lost`: the suffix does not match, but the letters are all one case, as after a
 *   tool upper- or lower-cased the Id; Salesforce repairs the case from the suffix.
 * - `wrong-length`, `bad-character`: not an Id at all.
 * - `bad-checksum`: 18 characters whose suffix contradicts their mixed case (an edited Id);
 *   Salesforce would repair it into a different Id.
 */
export type IdShape =
  'id15' | 'id18' | 'id18-case-lost' | 'wrong-length' | 'bad-character' | 'bad-checksum';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** The 5 case bits a suffix character stands for (`A`–`Z` = 0–25, `0`–`5` = 26–31, any case), or -1. */
function suffixBits(c: number): number {
  if (isUpper(c)) return c - 0x41;
  if (isLower(c)) return c - 0x61;
  if (c >= 0x30 && c <= 0x35) return c - 0x30 + 26;
  return -1;
}

export function idShape(value: string): IdShape {
  const length = value.length;
  if (length !== ID_15_LENGTH && length !== ID_18_LENGTH) return 'wrong-length';
  let uppers = 0;
  let lowers = 0;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (isUpper(c)) {
      if (i < ID_15_LENGTH) uppers++;
    } else if (isLower(c)) {
      if (i < ID_15_LENGTH) lowers++;
    } else if (!isDigit(c)) return 'bad-character';
  }
  if (length === ID_15_LENGTH) return 'id15';
  let matches = true;
  for (let block = 0; block < 3; block++) {
    const bits = suffixBits(value.charCodeAt(ID_15_LENGTH + block));
    if (bits < 0) return 'bad-checksum';
    for (let i = 0; i < BLOCK; i++) {
      const c = value.charCodeAt(block * BLOCK + i);
      const markedUpper = (bits & (1 << i)) !== 0;
      if (markedUpper && isDigit(c)) return 'bad-checksum';
      if (markedUpper !== isUpper(c)) matches = false;
    }
  }
  if (matches) return 'id18';
  return uppers === 0 || lowers === 0 ? 'id18-case-lost' : 'bad-checksum';
}

export function isWellFormedId(shape: IdShape): boolean {
  return shape === 'id15' || shape === 'id18' || shape === 'id18-case-lost';
}

/** The first 15 characters of an `id18-case-lost` Id with the case its suffix records. */
export function repairIdCase(value: string): string {
  let repaired = '';
  for (let block = 0; block < 3; block++) {
    const bits = suffixBits(value.charCodeAt(ID_15_LENGTH + block));
    for (let i = 0; i < BLOCK; i++) {
      const char = value.charAt(block * BLOCK + i);
      repaired += (bits & (1 << i)) !== 0 ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return repaired;
}

/** The key prefix of a well-formed Id, case repaired when needed (prefixes are case-sensitive). */
export function keyPrefixOfId(value: string, shape: IdShape): string {
  const id = shape === 'id18-case-lost' ? repairIdCase(value) : value;
  return id.slice(0, KEY_PREFIX_LENGTH);
}

/** Whether an Id's first three characters equal `prefix`, without slicing in the common case. */
export function idHasPrefix(value: string, shape: IdShape, prefix: string): boolean {
  if (shape === 'id18-case-lost') return keyPrefixOfId(value, shape) === prefix;
  return value.startsWith(prefix);
}
