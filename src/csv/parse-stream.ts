import Papa from 'papaparse';
import { papaDialectOptions } from './papa-dialect';
import type { CsvProblem } from './csv-problem';
import type { SupportedEncoding } from './encodings';
import { GrowableOffsets } from './growable-offsets';
import { checkHeader, HEADER_ONLY_PROBLEM } from './header-checks';
import { createPapaStream } from './papa-stream-adapter';
import { describeMalformed, type MalformedReason, type MalformedRow } from './malformed-row';
import { EMPTY_FILE_PROBLEM } from './sniff';
import type { CsvDialect } from './sniff-dialect';
import { readFailedProblem, runawayRecordProblem, streamErrorProblem } from './stream-problems';
import { TextPositionTracker } from './text-position-tracker';

/** Past this many characters without a row ending, the file has an unclosed quote (or a record Salesforce could not take anyway: 400,000 characters, salesforce-api.md §1.13). */
export const RUNAWAY_RECORD_CHARS = 1_000_000;
/** Malformed rows listed one by one; past this they are only counted. */
export const MAX_MALFORMED_LISTED = 1_000;

export interface RowBatch {
  /** 0-based index of the first row of the batch among the data rows (header excluded). */
  firstRow: number;
  rows: string[][];
}

export interface ParseProgress {
  rows: number;
  bytes: number;
  malformedRows: number;
  blankLines: number;
}

export interface ParseStreamOptions {
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  /** The encoding the text was decoded from, to measure byte offsets in the original file. */
  encoding: SupportedEncoding;
  /** Bytes the decoder removed before the first character (the BOM). */
  leadingBytes: number;
  onHeader?: (header: string[], problems: CsvProblem[]) => void;
  /** Data rows, one batch per chunk of input; without it rows are counted, not kept. */
  onRows?: (batch: RowBatch) => void;
  onProgress?: (progress: ParseProgress) => void;
}

export interface ParseSummary {
  status: 'complete' | 'failed' | 'aborted';
  header: string[] | null;
  headerProblems: CsvProblem[];
  /** File-level problems: empty, header only, bad encoding, unreadable, runaway quote. */
  problems: CsvProblem[];
  rows: number;
  bytes: number;
  blankLines: number;
  malformed: MalformedRow[];
  malformedCount: number;
  /** Byte offset in the original file where each data row starts (`file.slice(offset, next)`). */
  rowOffsets: Float64Array;
}

export interface ParseHandle {
  done: Promise<ParseSummary>;
  pause(): void;
  resume(): void;
  abort(): void;
}

const isBlankLine = (row: string[]) => row.length === 1 && row[0] === '';

/**
 * Streams CSV text through Papa Parse (design.md §4) with the sniffed dialect set explicitly.
 * Papa's `step` gives each row's end position, which the byte-offset index needs; rows are still
 * handed on in one batch per input chunk. Blank lines are skipped and counted.
 */
export function parseCsvStream(
  stream: ReadableStream<string>,
  options: ParseStreamOptions,
): ParseHandle {
  const { dialect } = options;
  const tracker = new TextPositionTracker(options.encoding, options.leadingBytes, dialect.newline);
  const offsets = new GrowableOffsets();
  const malformed: MalformedRow[] = [];
  const problems: CsvProblem[] = [];
  let header: string[] | null = null;
  let headerProblems: CsvProblem[] = [];
  let rows = 0;
  let blankLines = 0;
  let malformedCount = 0;
  let lastRowEnd = 0;
  let batch: string[][] = [];
  let batchFirstRow = 0;
  let settled = false;
  let resolveDone: (summary: ParseSummary) => void = () => {};
  const done = new Promise<ParseSummary>((resolve) => (resolveDone = resolve));

  function flushBatch(): void {
    if (batch.length === 0 || !options.onRows) return;
    options.onRows({ firstRow: batchFirstRow, rows: batch });
    batch = [];
    batchFirstRow = rows;
  }

  function settle(status: ParseSummary['status']): void {
    if (settled) return;
    settled = true;
    if (status === 'complete') {
      tracker.advanceTo(tracker.charsAppended);
      flushBatch();
      if (header === null) problems.push(EMPTY_FILE_PROBLEM);
      else if (rows === 0) problems.push(HEADER_ONLY_PROBLEM);
    }
    resolveDone({
      status,
      header,
      headerProblems,
      problems,
      rows,
      bytes: tracker.bytes,
      blankLines,
      malformed,
      malformedCount,
      rowOffsets: offsets.toArray(),
    });
  }

  function acceptHeader(row: string[], startChar: number, cursor: number): void {
    if (row[0]?.startsWith('\uFEFF')) row[0] = row[0].slice(1);
    header = row;
    // The row's text ends with its line break (unless it ends the file); the fields give a floor.
    const fromFields = row.reduce((n, field) => n + field.length, row.length - 1);
    headerProblems = checkHeader(
      row,
      Math.max(fromFields, cursor - startChar - dialect.newline.length),
    );
    options.onHeader?.(row, headerProblems);
  }

  function step(results: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void {
    if (settled) return parser.abort();
    const startByte = tracker.bytes;
    const startLine = tracker.lines + 1;
    const startChar = tracker.charPosition;
    const cursor = results.meta.cursor;
    tracker.advanceTo(cursor);
    lastRowEnd = cursor;
    const row = results.data;
    if (isBlankLine(row)) {
      blankLines++;
      return;
    }
    if (header === null) return acceptHeader(row, startChar, cursor);
    const rowNumber = ++rows;
    offsets.push(startByte);
    if (options.onRows) batch.push(row);
    const error = results.errors[0];
    let reason: MalformedReason | null = null;
    if (error) reason = error.code === 'MissingQuotes' ? 'unclosed-quote' : 'stray-quote';
    else if (row.length < header.length) reason = 'too-few-fields';
    else if (row.length > header.length) reason = 'too-many-fields';
    if (reason === null) return;
    malformedCount++;
    if (malformed.length < MAX_MALFORMED_LISTED) {
      malformed.push(
        describeMalformed({
          reason,
          row: rowNumber,
          line: startLine,
          byteOffset: startByte,
          fields: row.length,
          expected: header.length,
        }),
      );
    }
  }

  const controller = createPapaStream(stream, {
    beforeChunk: (chunk) => tracker.append(chunk),
    afterChunk() {
      if (settled) return;
      flushBatch();
      options.onProgress?.({
        rows,
        bytes: tracker.bytes,
        malformedRows: malformedCount,
        blankLines,
      });
      if (tracker.charsAppended - lastRowEnd > RUNAWAY_RECORD_CHARS) {
        problems.push(runawayRecordProblem(tracker.lines + 1, tracker.bytes, RUNAWAY_RECORD_CHARS));
        controller.cancel();
        settle('failed');
      }
    },
    onReadError(error) {
      if (settled) return;
      tracker.advanceTo(tracker.charsAppended);
      flushBatch();
      problems.push(
        error instanceof TypeError
          ? streamErrorProblem(options.encoding, tracker.bytes, tracker.lines + 1)
          : readFailedProblem(error),
      );
      settle('failed');
    },
  });

  Papa.parse(controller.readable as unknown as File, {
    ...papaDialectOptions(dialect),
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step,
    complete: () => settle('complete'),
  });
  controller.start();

  return {
    done,
    pause: () => controller.pause(),
    resume: () => controller.resume(),
    abort() {
      controller.cancel();
      settle('aborted');
    },
  };
}
