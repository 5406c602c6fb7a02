/**
 * The messages between the drop step and its parse worker (parse-worker.ts). The worker does all
 * the reading: the sniff of the first bytes (`read-sample`) and the full pass (`parse`). Every
 * message carries the id of its request: a newer request (another file, another encoding)
 * supersedes an older one, and late answers to a superseded request are ignored by id.
 */
import type { CsvProblem } from '../csv/csv-problem';
import type { SupportedEncoding } from '../csv/encodings';
import type { ParseProgress, ParseSummary } from '../csv/parse-stream';
import type { CsvDialect } from '../csv/sniff-dialect';
import type { SampleOutcome } from './read-sample';

/** At most one progress message per this many milliseconds: the UI needs no more. */
export const PROGRESS_INTERVAL_MS = 100;

/** Sniff the first bytes and read them with the guessed encoding, or with `encoding`. */
export interface ReadSampleRequest {
  type: 'read-sample';
  requestId: number;
  file: File;
  encoding: SupportedEncoding | null;
}

export interface ParseFileRequest {
  type: 'parse';
  parseId: number;
  /** Structured-cloned: the worker reads the same file on disk, nothing is copied. */
  file: File;
  encoding: SupportedEncoding;
  /** BOM bytes the decoder strips for this encoding (`bomLengthFor`). */
  leadingBytes: number;
  dialect: Pick<CsvDialect, 'delimiter' | 'quoteChar' | 'newline'>;
  /** How many data rows to send back as `first-rows`. */
  firstRows: number;
}

export interface CancelParseRequest {
  type: 'cancel';
  parseId: number;
}

export type ParseRequest = ReadSampleRequest | ParseFileRequest | CancelParseRequest;

export interface SampleEvent {
  type: 'sample';
  requestId: number;
  outcome: SampleOutcome;
}

export interface HeaderEvent {
  type: 'header';
  parseId: number;
  header: string[];
  problems: CsvProblem[];
}

export interface FirstRowsEvent {
  type: 'first-rows';
  parseId: number;
  rows: string[][];
}

export interface ProgressEvent {
  type: 'progress';
  parseId: number;
  progress: ParseProgress;
}

/** The end of a parse, complete or not; `summary.rowOffsets` arrives transferred, not copied. */
export interface DoneEvent {
  type: 'done';
  parseId: number;
  summary: ParseSummary;
}

/** Something broke inside the worker itself (not a problem with the file). */
export interface CrashedEvent {
  type: 'crashed';
  /** The parse or sample request that broke. */
  parseId: number;
  message: string;
}

export type ParseEvent =
  SampleEvent | HeaderEvent | FirstRowsEvent | ProgressEvent | DoneEvent | CrashedEvent;
