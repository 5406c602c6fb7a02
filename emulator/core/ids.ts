/**
 * Salesforce record ids: 15 case-sensitive characters (3-character key prefix + 12), and the
 * 18-character case-safe form whose 3 extra characters encode, per 5-character chunk, which
 * characters are upper-case letters. The suffix lets an 18-character id survive a case-folding
 * round trip, so Salesforce reads 18-character ids case-insensitively and repairs their case.
 * https://help.salesforce.com/s/articleView?id=000385585 (15- vs 18-character ids)
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ALNUM_15 = /^[0-9A-Za-z]{15}$/;
const ALNUM_18 = /^[0-9A-Za-z]{18}$/;
const CHUNK = 5;
const CODE_A = 65;
const CODE_Z = 90;
const KEY_PREFIX_LENGTH = 3;
/** Characters after the key prefix and the pod: 15 - 3 - 2. */
const COUNTER_LENGTH = 10;

function isUpperLetter(char: string): boolean {
  return char >= 'A' && char <= 'Z';
}

/** The 3-character case-safe suffix of a 15-character id. */
function checksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 15; chunk += CHUNK) {
    let bits = 0;
    for (let i = 0; i < CHUNK; i++) {
      if (isUpperLetter(id15.charAt(chunk + i))) bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** The 18-character form of a 15-character id (the id itself when it already has 18). */
export function toId18(id15: string): string {
  if (id15.length === 18) return id15;
  if (!ALNUM_15.test(id15)) throw new Error(`Not a 15-character id: ${id15}`);
  return id15 + checksum(id15);
}

/**
 * The canonical 18-character form of a 15- or 18-character id, or undefined when it is malformed.
 * An 18-character id is read case-insensitively: its suffix says which letters are upper-case,
 * and a suffix that cannot describe the id (a digit marked upper-case) makes it malformed.
 */
export function normalizeId(id: string): string | undefined {
  if (id.length === 15) return ALNUM_15.test(id) ? id + checksum(id) : undefined;
  if (!ALNUM_18.test(id)) return undefined;
  const suffix = id.slice(15).toUpperCase();
  let repaired = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
    if (bits === -1) return undefined;
    for (let i = 0; i < CHUNK; i++) {
      const char = id.charAt(chunk * CHUNK + i);
      const upper = (bits & (1 << i)) !== 0;
      const isLetter = char.toLowerCase() !== char.toUpperCase();
      if (upper && !isLetter) return undefined;
      repaired += upper ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return repaired + suffix;
}

/** True for a well-formed 15-character id, or an 18-character id whose checksum fits. */
export function isValidId(id: string): boolean {
  return normalizeId(id) !== undefined;
}

/** The 3-character key prefix that names the id's object (`001` → Account). */
export function keyPrefixOf(id: string): string {
  return id.slice(0, KEY_PREFIX_LENGTH);
}

export interface IdSequence {
  /** A new 18-character id: key prefix + the org's pod + a per-prefix counter + checksum. */
  next(keyPrefix: string): string;
}

/**
 * Deterministic ids for one org. The two "pod" characters come from the org seed and are always
 * an upper-case letter followed by a lower-case one (`Hs`), so ids made here never collide with
 * the fixed ids of the demo org's seed data (seed/demo-org.ts), whose pod starts with a digit.
 */
export function createIdSequence(orgSeed: number): IdSequence {
  if (!Number.isFinite(orgSeed)) throw new Error(`Bad org seed: ${orgSeed}`);
  const seed = Math.abs(Math.trunc(orgSeed));
  const pod = BASE62.charAt(10 + (seed % 26)) + BASE62.charAt(36 + (Math.floor(seed / 26) % 26));
  const counters = new Map<string, { count: number }>();
  let lastPrefix = '';
  let last = { count: 0 };
  // Ids are minted once per inserted record (a million per Bulk job): the 18 character codes
  // are written into one array and turned into one flat string, with no regex or concatenation,
  // and a run of ids for one prefix skips the counter lookup.
  const codes: number[] = new Array<number>(18).fill(0);
  return {
    next(keyPrefix) {
      if (keyPrefix !== lastPrefix) {
        if (keyPrefix.length !== KEY_PREFIX_LENGTH) throw new Error(`Bad key prefix: ${keyPrefix}`);
        let counter = counters.get(keyPrefix);
        if (counter === undefined) counters.set(keyPrefix, (counter = { count: 0 }));
        last = counter;
        lastPrefix = keyPrefix;
        const head = keyPrefix + pod;
        for (let i = 0; i < CHUNK; i++) codes[i] = head.charCodeAt(i);
      }
      const count = ++last.count;
      let rest = count;
      for (let i = 14; i >= 15 - COUNTER_LENGTH; i--) {
        codes[i] = BASE62.charCodeAt(rest % 62);
        rest = Math.floor(rest / 62);
      }
      for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < CHUNK; i++) {
          const code = codes[chunk * CHUNK + i] ?? 0;
          if (code >= CODE_A && code <= CODE_Z) bits |= 1 << i;
        }
        codes[15 + chunk] = SUFFIX_ALPHABET.charCodeAt(bits);
      }
      return String.fromCharCode.apply(null, codes);
    },
  };
}
