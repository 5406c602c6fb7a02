/**
 * The upsert keys given more than once within one batch (salesforce-api.md §1.13: both rows
 * fail). A batch has 10,000 keys and most hold no duplicate, so the check hashes each key into a
 * reused table — folding ASCII case on the fly for a case-insensitive field — instead of keeping
 * a lower-cased copy of every key in a Set; only the duplicates found are returned as strings.
 */
import { equalFolded, hashExact, hashFolded } from '../records/text-hash';

/** Returns the duplicated keys of a batch as `toLowerCase()`d text (case-insensitive) or as given. */
export type DuplicateFinder = (keys: readonly string[]) => Set<string>;

export function createDuplicateFinder(caseSensitive: boolean): DuplicateFinder {
  const hashOf = caseSensitive ? hashExact : hashFolded;
  const equal = caseSensitive ? (a: string, b: string) => a === b : equalFolded;
  /** Slots hold a key's position + 1 (0: empty), with the key's hash beside it. */
  let slots = new Int32Array(0);
  let hashes = new Int32Array(0);
  return (keys) => {
    const duplicates = new Set<string>();
    let capacity = 1024;
    while (capacity < keys.length * 2) capacity *= 2;
    if (slots.length !== capacity) {
      slots = new Int32Array(capacity);
      hashes = new Int32Array(capacity);
    } else {
      slots.fill(0);
    }
    const mask = capacity - 1;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (key === '') continue;
      const hash = hashOf(key);
      let slot = hash & mask;
      for (;;) {
        const held = slots[slot] as number;
        if (held === 0) {
          slots[slot] = k + 1;
          hashes[slot] = hash;
          break;
        }
        if (hashes[slot] === hash && equal(keys[held - 1] as string, key)) {
          duplicates.add(caseSensitive ? key : key.toLowerCase());
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return duplicates;
  };
}
