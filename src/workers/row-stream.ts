/**
 * Every data row of a File, one callback per row, for the prepare worker's passes. A callback
 * that throws stops the pass: the parse is aborted and the pass ends `failed` with the admin's
 * message for that row.
 */
import { parseCsvStream, type ParseHandle, type ParseSummary } from '../csv/parse-stream';
import { fileTextStream } from './file-text-stream';
import { failureMessage, fileProblemMessage } from './prepare-failure';
import type { PrepareFileFields } from './prepare-protocol';

export type RowStreamEnd =
  | { status: 'complete'; rows: number; bytes: number; summary: ParseSummary }
  | { status: 'failed'; message: string }
  | { status: 'aborted' };

export interface RowStream {
  done: Promise<RowStreamEnd>;
  abort(): void;
}

export function streamRows(
  source: Omit<PrepareFileFields, 'setup'>,
  onRow: (row: readonly string[], rowIndex: number) => void,
  onProgress: (rows: number, bytes: number) => void,
  onHeader?: (header: readonly string[]) => void,
): RowStream {
  let failure: string | null = null;
  const handle: ParseHandle = parseCsvStream(fileTextStream(source.file, source.encoding), {
    dialect: source.dialect,
    encoding: source.encoding,
    leadingBytes: source.leadingBytes,
    ...(onHeader ? { onHeader: (header: string[]) => onHeader(header) } : {}),
    onRows({ firstRow, rows }) {
      if (failure !== null) return;
      let i = 0;
      try {
        for (; i < rows.length; i++) onRow(rows[i] as string[], firstRow + i);
      } catch (error) {
        failure = failureMessage(error, firstRow + i);
        handle.abort();
      }
    },
    onProgress(progress) {
      if (failure === null) onProgress(progress.rows, progress.bytes);
    },
  });
  const done = handle.done.then((summary): RowStreamEnd => {
    if (failure !== null) return { status: 'failed', message: failure };
    if (summary.status === 'aborted') return { status: 'aborted' };
    const problem = summary.problems.find((p) => p.severity === 'error');
    if (summary.status === 'failed')
      return {
        status: 'failed',
        message: problem ? fileProblemMessage(problem) : 'The file could not be read to the end.',
      };
    return { status: 'complete', rows: summary.rows, bytes: summary.bytes, summary };
  });
  return { done, abort: () => handle.abort() };
}
