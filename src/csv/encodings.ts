/**
 * The text encodings Forklift reads. Salesforce takes UTF-8 only (salesforce-api.md §2), so every
 * other encoding is decoded here and re-written as UTF-8 by the Bulk CSV writer.
 * WHATWG's `windows-1252` decoder also serves the `iso-8859-1` label.
 */
export type SupportedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'shift_jis';

export const SUPPORTED_ENCODINGS: readonly SupportedEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
  'shift_jis',
];

export const ENCODING_LABELS: Readonly<Record<SupportedEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 / ISO-8859-1 (Western European)',
  shift_jis: 'Shift_JIS (Japanese)',
};

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

export interface ByteOrderMark {
  encoding: SupportedEncoding;
  length: number;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

export function detectBom(bytes: Uint8Array): ByteOrderMark | null {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', length: UTF8_BOM.length };
  if (startsWith(bytes, UTF16LE_BOM)) return { encoding: 'utf-16le', length: UTF16LE_BOM.length };
  if (startsWith(bytes, UTF16BE_BOM)) return { encoding: 'utf-16be', length: UTF16BE_BOM.length };
  return null;
}

/** Bytes of the BOM that a decoder for `encoding` removes from the start of `bytes`. */
export function bomLengthFor(bytes: Uint8Array, encoding: SupportedEncoding): number {
  const bom = detectBom(bytes);
  return bom !== null && bom.encoding === encoding ? bom.length : 0;
}

/**
 * Every decoder is fatal where the encoding can be invalid: a wrong byte stops the read with an
 * error instead of turning into U+FFFD, so a file is never silently mangled.
 */
export function createDecoder(encoding: SupportedEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true });
}

/**
 * Bytes to text for the streaming parse: `decodeTextStream(file.stream(), encoding)`. Fatal, so
 * a bad byte errors the stream (parse-stream.ts reports where); a matching BOM is removed.
 */
export function decodeTextStream(
  bytes: ReadableStream<Uint8Array>,
  encoding: SupportedEncoding,
): ReadableStream<string> {
  // Upcast for TypeScript's DOM lib, whose TextDecoderStream takes any BufferSource.
  return (bytes as ReadableStream<BufferSource>).pipeThrough(
    new TextDecoderStream(encoding, { fatal: true }),
  );
}
