import type { SupportedEncoding } from './encodings';
import { findInvalidUtf8, type InvalidByteSequence } from './text-bytes';

function hex(...bytes: number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

const isShiftJisLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
const isShiftJisTrail = (b: number) => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc);
const isShiftJisSingle = (b: number) => b <= 0x80 || (b >= 0xa1 && b <= 0xdf);

function findInvalidShiftJis(
  bytes: Uint8Array,
  truncated: boolean,
  max: number,
): InvalidByteSequence[] {
  const found: InvalidByteSequence[] = [];
  const pairDecoder = new TextDecoder('shift_jis', { fatal: true });
  const pair = new Uint8Array(2);
  for (let i = 0; i < bytes.length && found.length < max; i++) {
    const b = bytes[i] ?? 0;
    if (isShiftJisSingle(b)) continue;
    if (!isShiftJisLead(b)) {
      found.push({ offset: i, hex: hex(b) });
      continue;
    }
    if (i + 1 >= bytes.length) {
      if (!truncated) found.push({ offset: i, hex: hex(b) });
      break;
    }
    const trail = bytes[i + 1] ?? 0;
    pair[0] = b;
    pair[1] = trail;
    let mapped = isShiftJisTrail(trail);
    if (mapped) {
      try {
        pairDecoder.decode(pair);
      } catch {
        mapped = false;
      }
    }
    if (mapped) i++;
    else found.push({ offset: i, hex: hex(b, trail) });
  }
  return found;
}

function findInvalidUtf16(
  bytes: Uint8Array,
  littleEndian: boolean,
  truncated: boolean,
  max: number,
): InvalidByteSequence[] {
  const found: InvalidByteSequence[] = [];
  const unitAt = (i: number) =>
    littleEndian
      ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
      : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  for (let i = 0; i + 1 < bytes.length && found.length < max; i += 2) {
    const unit = unitAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff)
      found.push({ offset: i, hex: hex(bytes[i] ?? 0, bytes[i + 1] ?? 0) });
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      if (i + 3 >= bytes.length) {
        if (!truncated) found.push({ offset: i, hex: hex(bytes[i] ?? 0, bytes[i + 1] ?? 0) });
        break;
      }
      const next = unitAt(i + 2);
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else found.push({ offset: i, hex: hex(bytes[i] ?? 0, bytes[i + 1] ?? 0) });
    }
  }
  if (!truncated && bytes.length % 2 === 1 && found.length < max) {
    found.push({ offset: bytes.length - 1, hex: hex(bytes[bytes.length - 1] ?? 0) });
  }
  return found;
}

/**
 * Byte sequences that are not valid text in `encoding`, with their offsets (at most `max`).
 * Windows-1252 defines every byte, so it never reports any.
 */
export function findInvalidSequences(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  options: { truncated: boolean; max: number },
): InvalidByteSequence[] {
  switch (encoding) {
    case 'utf-8':
      return findInvalidUtf8(bytes, { truncated: options.truncated, maxReports: options.max });
    case 'windows-1252':
      return [];
    case 'shift_jis':
      return findInvalidShiftJis(bytes, options.truncated, options.max);
    case 'utf-16le':
      return findInvalidUtf16(bytes, true, options.truncated, options.max);
    case 'utf-16be':
      return findInvalidUtf16(bytes, false, options.truncated, options.max);
  }
}
