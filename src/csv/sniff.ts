import type { CsvProblem } from './csv-problem';
import { detectBinary, type BinaryFileType } from './sniff-binary';
import { sniffDialect, type CsvDialect } from './sniff-dialect';
import { detectUtf16WithoutBom, guessEncoding, type EncodingGuess } from './sniff-encoding';

/** How much of the file the sniff reads: enough rows to judge, small enough to show at once. */
export const SNIFF_SAMPLE_BYTES = 64 * 1024;

export type SniffResult =
  | {
      kind: 'text';
      encoding: EncodingGuess;
      dialect: CsvDialect;
      /** The sample decoded with the guessed encoding (BOM removed), for the first-rows preview. */
      sampleText: string;
    }
  | { kind: 'binary'; fileType: BinaryFileType; evidence: string; problem: CsvProblem }
  | { kind: 'empty'; problem: CsvProblem };

export const EMPTY_FILE_PROBLEM: CsvProblem = {
  code: 'empty-file',
  severity: 'error',
  what: 'The file is empty.',
  meaning: 'There is no header row and no data, so there is nothing to load.',
  action: 'Check that you picked the right file, or export the data again.',
};

const WHITESPACE_ONLY = /^[\s\uFEFF]*$/;

/**
 * Sniffs the first bytes of a file (`SNIFF_SAMPLE_BYTES`). `truncated` is true when the file is
 * longer than the bytes given, so the last row of the sample may be cut off.
 */
export function sniff(bytes: Uint8Array, options: { truncated: boolean }): SniffResult {
  if (bytes.length === 0) return { kind: 'empty', problem: EMPTY_FILE_PROBLEM };
  const binary = detectBinary(bytes, detectUtf16WithoutBom(bytes) !== null);
  if (binary !== null) return { kind: 'binary', ...binary };
  const encoding = guessEncoding(bytes, options);
  // Non-fatal here on purpose: the sample only feeds the dialect sniff and a preview; the real
  // decode (decode.ts, parse-stream.ts) is fatal and reports bad bytes.
  const sampleText = new TextDecoder(encoding.encoding).decode(bytes, {
    stream: options.truncated,
  });
  if (!options.truncated && WHITESPACE_ONLY.test(sampleText))
    return { kind: 'empty', problem: EMPTY_FILE_PROBLEM };
  return { kind: 'text', encoding, dialect: sniffDialect(sampleText, options), sampleText };
}
