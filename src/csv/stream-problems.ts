import type { CsvProblem } from './csv-problem';
import { ENCODING_LABELS, type SupportedEncoding } from './encodings';

export function streamErrorProblem(
  encoding: SupportedEncoding,
  byteOffset: number,
  line: number,
): CsvProblem {
  return {
    code: 'invalid-encoding',
    severity: 'error',
    what: `The file stops being valid ${ENCODING_LABELS[encoding]} after byte ${byteOffset.toLocaleString('en-US')} (line ${line}).`,
    meaning:
      'The first part of the file looked fine, but later bytes are in another encoding; reading on would change characters.',
    action:
      'Pick the encoding the file was saved in, or save it again as CSV UTF-8 and drop it again.',
    byteOffset,
    line,
  };
}

export function runawayRecordProblem(line: number, byteOffset: number, limit: number): CsvProblem {
  return {
    code: 'record-too-long',
    severity: 'error',
    what: `The record starting on line ${line} runs on for more than ${limit.toLocaleString('en-US')} characters.`,
    meaning:
      'Almost always a quote that is never closed: everything after it reads as one value. Salesforce takes at most 400,000 characters per record.',
    action: `Open the file at line ${line}, close or double ("") the stray quote, and drop the file again.`,
    line,
    byteOffset,
  };
}

export function readFailedProblem(error: unknown): CsvProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'read-failed',
    severity: 'error',
    what: `The file could not be read to the end (${detail}).`,
    meaning: 'It may have been moved or changed while it was being read.',
    action: 'Drop the file again; if it lives on a network drive, copy it to your computer first.',
  };
}
