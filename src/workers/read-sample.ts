import type { CsvProblem } from '../csv/csv-problem';
import { decodeBytes, previewEncoding, type EncodingPreview } from '../csv/decode';
import { bomLengthFor, type SupportedEncoding } from '../csv/encodings';
import { parseCsvSample, type CsvSample } from '../csv/parse-sample';
import { sniff, SNIFF_SAMPLE_BYTES } from '../csv/sniff';
import { sniffDialect, type CsvDialect } from '../csv/sniff-dialect';
import type { EncodingGuess } from '../csv/sniff-encoding';
import { readFailedProblem } from '../csv/stream-problems';

/** Lines of the encoding preview: enough to spot mangled characters. */
const ENCODING_PREVIEW_LINES = 6;

/** The first bytes of the file as read in one encoding: what the user sees at once. */
export interface SampleReading {
  encoding: SupportedEncoding;
  /** BOM bytes this encoding's decoder removes. */
  leadingBytes: number;
  dialect: CsvDialect;
  /** The header and up to 50 rows (fewer when the first 64 KB hold fewer). */
  sample: CsvSample;
  preview: EncodingPreview;
  /** The first bytes are not valid in this encoding: the full pass would stop at once. */
  problem: CsvProblem | null;
}

/** What the first bytes say: not a CSV at all, or how they read (guessed or chosen encoding). */
export type SampleOutcome =
  | { kind: 'unusable'; problem: CsvProblem }
  | { kind: 'read'; guess: EncodingGuess; reading: SampleReading };

/**
 * Reads the first bytes with `encoding`. The dialect is sniffed again from the decoded text (a
 * wrong encoding can hide the delimiter), unless the caller has it for this encoding. When the
 * bytes are invalid, the sample shows U+FFFD where they are, and `problem` says where.
 */
export function readSample(
  head: Uint8Array,
  encoding: SupportedEncoding,
  options: { truncated: boolean; dialect?: CsvDialect },
): SampleReading {
  const { truncated } = options;
  const decoded = decodeBytes(head, encoding, { truncated });
  const text = decoded.ok
    ? decoded.text
    : new TextDecoder(encoding).decode(head, { stream: truncated });
  const dialect = options.dialect ?? sniffDialect(text, { truncated });
  return {
    encoding,
    leadingBytes: bomLengthFor(head, encoding),
    dialect,
    sample: parseCsvSample(text, dialect, { truncated }),
    preview: previewEncoding(head, encoding, { truncated, maxLines: ENCODING_PREVIEW_LINES }),
    problem: decoded.ok ? null : decoded.problem,
  };
}

/**
 * Sniffs the first `SNIFF_SAMPLE_BYTES` of a file and reads them with the guessed encoding, or
 * with `encoding` when the user chose one. Only those bytes are read.
 */
export async function readFileSample(
  file: Blob,
  encoding: SupportedEncoding | null,
): Promise<SampleOutcome> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_SAMPLE_BYTES).arrayBuffer());
  } catch (error) {
    return { kind: 'unusable', problem: readFailedProblem(error) };
  }
  const truncated = file.size > head.length;
  const sniffed = sniff(head, { truncated });
  if (sniffed.kind !== 'text') return { kind: 'unusable', problem: sniffed.problem };
  const guess = sniffed.encoding;
  const reading =
    encoding === null || encoding === guess.encoding
      ? readSample(head, guess.encoding, { truncated, dialect: sniffed.dialect })
      : readSample(head, encoding, { truncated });
  return { kind: 'read', guess, reading };
}
