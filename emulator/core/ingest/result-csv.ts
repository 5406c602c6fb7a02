/**
 * The three result files of salesforce-api.md §1.9, produced as a stream of text chunks:
 * `"sf__Id","sf__Created"` / `"sf__Id","sf__Error"` quoted, the original header echoed as
 * uploaded and unquoted, every value quoted, just the header when there are no rows, values
 * re-rendered as Salesforce does, rows in a seeded shuffled order.
 */
import { Buffer } from 'node:buffer';
import type { DescribeField } from '../schema/types';
import type { IngestJob } from './ingest-job';
import type { ResultKind } from './ingest-types';
import { COLUMN_DELIMITERS, ROW_OUTCOME } from './ingest-types';
import { echoValue, SKIP_BLANK_LINES } from './salesforce-choices';
import { hashText, shuffleInPlace } from './seeded-shuffle';
import { readRowAt, UploadReader } from './upload-reader';

/** Chunks of about this many characters go to the response stream. */
const CHUNK_CHARS = 64 * 1024;
const QUOTE_PATTERN = /"/g;

export function quoteCsv(value: string): string {
  return value.includes('"') ? `"${value.replace(QUOTE_PATTERN, '""')}"` : `"${value}"`;
}

/** failedResults has carried `sf__Id` since API v53.0 (salesforce-api.md §0). */
export const FAILED_RESULTS_ID_SINCE = 53;

export function* resultCsvChunks(
  job: IngestJob,
  kind: ResultKind,
  seed: number,
  apiVersion: number,
): Generator<string> {
  const delimiter = COLUMN_DELIMITERS[job.columnDelimiter];
  const newline = job.lineEnding === 'CRLF' ? '\r\n' : '\n';
  const bytes = job.upload ?? Buffer.alloc(0);
  const reader = new UploadReader(bytes, delimiter);
  const headers = job.headers ?? (bytes.length === 0 ? [] : (reader.readRow() ?? []));
  const dataStart = job.headers === undefined ? reader.pos : job.nextRowOffset;
  const headerTail = headers.length > 0 ? delimiter + headers.join(delimiter) : '';
  const sink = new ChunkSink();

  if (kind === 'unprocessedrecords') {
    if (headers.length > 0) sink.push(headers.join(delimiter) + newline);
    const rest = new UploadReader(bytes, delimiter, dataStart);
    for (let row = rest.readRow(); row !== undefined; row = rest.readRow()) {
      if (rest.blank && SKIP_BLANK_LINES) continue;
      sink.push(row.map(quoteCsv).join(delimiter) + newline);
      if (sink.ready) yield sink.take();
    }
    yield sink.take();
    return;
  }

  const successful = kind === 'successfulResults';
  const withId = successful || apiVersion >= FAILED_RESULTS_ID_SINCE;
  const idHeader = withId ? `"sf__Id"${delimiter}` : '';
  sink.push(`${idHeader}${successful ? '"sf__Created"' : '"sf__Error"'}${headerTail}${newline}`);
  const fields = columnFields(job, headers.length);
  const rows = job.rows;
  const processed = rows.length;
  const order = successful
    ? rows.indicesOf(ROW_OUTCOME.Created, ROW_OUTCOME.Succeeded)
    : rows.indicesOf(ROW_OUTCOME.Failed);
  shuffleInPlace(order, hashText(job.id) ^ seed);
  for (const index of order) {
    // A row runs to where the next one starts (or to the first row not yet processed).
    const end = index + 1 < processed ? rows.start(index + 1) : job.nextRowOffset;
    const values = readRowAt(bytes, delimiter, rows.start(index), end);
    let line = withId ? quoteCsv(rows.id(index)) + delimiter : '';
    line += successful
      ? rows.outcome(index) === ROW_OUTCOME.Created
        ? '"true"'
        : '"false"'
      : quoteCsv(rows.error(index));
    for (let c = 0; c < headers.length; c++) {
      line += delimiter + quoteCsv(echoValue(values[c] ?? '', fields[c]));
    }
    sink.push(line + newline);
    if (sink.ready) yield sink.take();
  }
  yield sink.take();
}

/** The field behind each column (plain field columns only), for re-rendering echoed values. */
function columnFields(job: IngestJob, count: number): (DescribeField | undefined)[] {
  const fields: (DescribeField | undefined)[] = new Array(count).fill(undefined);
  for (const col of job.columns ?? []) if (col.kind === 'field') fields[col.column] = col.field;
  return fields;
}

class ChunkSink {
  private parts: string[] = [];
  private size = 0;

  get ready(): boolean {
    return this.size >= CHUNK_CHARS;
  }

  push(part: string): void {
    this.parts.push(part);
    this.size += part.length;
  }

  take(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return chunk;
  }
}
