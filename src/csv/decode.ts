import type { CsvProblem } from './csv-problem';
import { bomLengthFor, createDecoder, ENCODING_LABELS, type SupportedEncoding } from './encodings';
import { findInvalidSequences } from './invalid-sequences';
import type { InvalidByteSequence } from './text-bytes';

export type DecodeResult =
  | { ok: true; text: string; bomLength: number }
  | { ok: false; invalid: InvalidByteSequence[]; problem: CsvProblem };

const MAX_INVALID_REPORTED = 20;
const DEFAULT_PREVIEW_LINES = 10;
/** What UTF-8 looks like when read as Windows-1252: Ã© for é, â€™ for ’, Â  for a no-break space. */
const UTF8_READ_AS_LEGACY =
  /[\u00c2\u00c3][\u0080-\u00bf]|\u00e2\u20ac[\u0080-\u00bf\u2018-\u201d\u2122]/g;
const LINE_BREAK = /\r\n|\r|\n/;

export function invalidEncodingProblem(
  encoding: SupportedEncoding,
  byteOffset: number | undefined,
  detail: string,
): CsvProblem {
  const where = byteOffset === undefined ? '' : ` at byte ${byteOffset}`;
  return {
    code: 'invalid-encoding',
    severity: 'error',
    what: `The file is not valid ${ENCODING_LABELS[encoding]}${where}${detail ? ` (${detail})` : ''}.`,
    meaning: 'Reading it this way would change characters, so nothing was decoded past that point.',
    action:
      'Pick the encoding the file was saved in (the preview shows the effect), or save it again as CSV UTF-8.',
    ...(byteOffset === undefined ? {} : { byteOffset }),
  };
}

/**
 * Decodes bytes strictly: invalid sequences are reported with their byte offsets instead of being
 * replaced. A BOM matching the encoding is removed. `truncated` tolerates a character cut off at
 * the end of a sample.
 */
export function decodeBytes(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  options: { truncated: boolean },
): DecodeResult {
  try {
    const text = createDecoder(encoding).decode(bytes, { stream: options.truncated });
    return { ok: true, text, bomLength: bomLengthFor(bytes, encoding) };
  } catch {
    const invalid = findInvalidSequences(bytes, encoding, {
      truncated: options.truncated,
      max: MAX_INVALID_REPORTED,
    });
    const first = invalid[0];
    return {
      ok: false,
      invalid,
      problem: invalidEncodingProblem(encoding, first?.offset, first ? `bytes ${first.hex}` : ''),
    };
  }
}

export interface EncodingPreview {
  encoding: SupportedEncoding;
  label: string;
  /** The first lines as this encoding reads them (U+FFFD where a byte is invalid). */
  lines: string[];
  invalid: InvalidByteSequence[];
  /** Characters that came out as U+FFFD. */
  replacementCount: number;
  /** Signs the choice is wrong even though every byte decodes, e.g. UTF-8 read as Windows-1252. */
  warnings: string[];
}

/** What the first lines look like in `encoding`, so the user can compare choices side by side. */
export function previewEncoding(
  bytes: Uint8Array,
  encoding: SupportedEncoding,
  options: { truncated: boolean; maxLines?: number },
): EncodingPreview {
  const text = new TextDecoder(encoding).decode(bytes, { stream: options.truncated });
  const lines = text.split(LINE_BREAK).slice(0, options.maxLines ?? DEFAULT_PREVIEW_LINES);
  let replacementCount = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1))
    replacementCount++;
  const invalid = findInvalidSequences(bytes, encoding, {
    truncated: options.truncated,
    max: MAX_INVALID_REPORTED,
  });
  const mojibake = text.match(UTF8_READ_AS_LEGACY) ?? [];
  const warnings: string[] = [];
  if (invalid.length > 0) {
    warnings.push(
      `${invalid.length >= MAX_INVALID_REPORTED ? 'many' : invalid.length} invalid byte sequences, first at byte ${invalid[0]?.offset ?? 0}`,
    );
  }
  if (encoding !== 'utf-8' && mojibake.length > 0) {
    warnings.push(
      `${mojibake.length} places look like UTF-8 read as ${ENCODING_LABELS[encoding]} (e.g. "${mojibake[0] ?? ''}")`,
    );
  }
  return { encoding, label: ENCODING_LABELS[encoding], lines, invalid, replacementCount, warnings };
}
