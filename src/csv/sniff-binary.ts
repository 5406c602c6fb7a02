import type { CsvProblem } from './csv-problem';

/** What a file that is not text turned out to be. */
export type BinaryFileType = 'xlsx' | 'xls' | 'pdf' | 'gzip' | 'binary';

export interface BinaryEvidence {
  fileType: BinaryFileType;
  evidence: string;
  problem: CsvProblem;
}

interface Magic {
  fileType: BinaryFileType;
  bytes: readonly number[];
  name: string;
}

/** File signatures seen when someone drops the wrong file. */
const MAGIC_NUMBERS: readonly Magic[] = [
  {
    fileType: 'xlsx',
    bytes: [0x50, 0x4b, 0x03, 0x04],
    name: 'a zip archive (PK\\x03\\x04): an Excel .xlsx workbook or another zip file',
  },
  {
    fileType: 'xls',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: 'an Office compound document: an old Excel .xls workbook',
  },
  { fileType: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document (%PDF-)' },
  { fileType: 'gzip', bytes: [0x1f, 0x8b], name: 'a gzip-compressed file' },
];

/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) that no CSV has. */
const MAX_CONTROL_BYTE_SHARE = 0.01;

const SAVE_AS_CSV =
  'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)", then drop that file.';

function problemFor(fileType: BinaryFileType, evidence: string): CsvProblem {
  switch (fileType) {
    case 'xlsx':
      return {
        code: 'excel-workbook',
        severity: 'error',
        what: 'This is an Excel workbook (.xlsx), not a CSV file.',
        meaning: 'Salesforce loads CSV text only; a workbook cannot be read row by row.',
        action: SAVE_AS_CSV,
      };
    case 'xls':
      return {
        code: 'legacy-excel-workbook',
        severity: 'error',
        what: 'This is an old-style Excel workbook (.xls), not a CSV file.',
        meaning: 'Salesforce loads CSV text only; a workbook cannot be read row by row.',
        action: SAVE_AS_CSV,
      };
    case 'pdf':
    case 'gzip':
    case 'binary':
      return {
        code: 'binary-file',
        severity: 'error',
        what: `This file is not text: it looks like ${evidence}.`,
        meaning: 'Only CSV text files can be loaded.',
        action: 'Export the data as CSV (UTF-8 if you can choose) and drop that file instead.',
      };
  }
}

function matches(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function isAllowedControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x1b;
}

/**
 * Recognises files that are not text. UTF-16 text has NUL bytes too, so callers check for a
 * UTF-16 pattern before treating NULs as binary (see sniff-encoding.ts).
 */
export function detectBinary(bytes: Uint8Array, utf16Likely: boolean): BinaryEvidence | null {
  for (const magic of MAGIC_NUMBERS) {
    if (matches(bytes, magic.bytes)) {
      return {
        fileType: magic.fileType,
        evidence: magic.name,
        problem: problemFor(magic.fileType, magic.name),
      };
    }
  }
  if (utf16Likely) return null;
  let nulAt = -1;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0 && nulAt < 0) nulAt = i;
    if (b < 0x20 && !isAllowedControl(b)) controls++;
  }
  if (nulAt >= 0) {
    const evidence = `a binary file (a NUL byte at offset ${nulAt}; text files have none)`;
    return {
      fileType: 'binary',
      evidence,
      problem: { ...problemFor('binary', evidence), byteOffset: nulAt },
    };
  }
  if (bytes.length > 0 && controls / bytes.length > MAX_CONTROL_BYTE_SHARE) {
    const evidence = `a binary file (${controls} control bytes in the first ${bytes.length})`;
    return { fileType: 'binary', evidence, problem: problemFor('binary', evidence) };
  }
  return null;
}
