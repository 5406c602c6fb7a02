/** One invalid byte sequence in text that claims to be UTF-8. */
export interface InvalidByteSequence {
  /** Offset of the first bad byte in the bytes examined. */
  offset: number;
  /** The bad bytes as hex, e.g. `E9 20`. */
  hex: string;
}

function hexOf(bytes: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++)
    parts.push((bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, '0'));
  return parts.join(' ');
}

/** Length of the UTF-8 sequence a lead byte starts, and the allowed range of its second byte. */
function leadInfo(lead: number): [length: number, secondMin: number, secondMax: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

/**
 * Invalid UTF-8 sequences (WHATWG rules), with byte offsets. When `truncated` is true the bytes
 * are a sample cut from a longer file, so a sequence cut off at the very end is not an error.
 */
export function findInvalidUtf8(
  bytes: Uint8Array,
  options: { truncated: boolean; maxReports: number; startOffset?: number },
): InvalidByteSequence[] {
  const found: InvalidByteSequence[] = [];
  const base = options.startOffset ?? 0;
  let i = 0;
  while (i < bytes.length && found.length < options.maxReports) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, secondMin, secondMax] = leadInfo(lead);
    let valid = length > 0;
    let consumed = 1;
    for (let k = 1; valid && k < length; k++) {
      if (i + k >= bytes.length) {
        if (options.truncated) return found;
        valid = false;
        break;
      }
      const b = bytes[i + k] ?? 0;
      const [min, max] = k === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      if (b < min || b > max) valid = false;
      else consumed++;
    }
    if (valid) {
      i += length;
      continue;
    }
    // A valid lead shows the byte that broke its sequence too (E9 20); an invalid lead stands alone.
    const shown = length > 0 ? Math.min(bytes.length, i + consumed + 1) : i + 1;
    found.push({ offset: base + i, hex: hexOf(bytes, i, shown) });
    i += consumed;
  }
  return found;
}

const NON_ASCII = /[\u0080-\uffff]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** UTF-8 byte length of `text[start, end)`. A surrogate pair is one 4-byte character. */
export function utf8ByteLength(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
