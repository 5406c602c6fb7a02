/**
 * The results page's downloads (issue 6), written from the File and the reconciliation in one
 * pass, into a Blob of ~4 MB pieces (fine at millions of rows), in the file's own delimiter,
 * quote and line ending:
 * - `with-results`: every source row, its original columns (with the user's edits), then
 *   `Forklift Status`, `Salesforce Id`, `Created`, `Error`: the success file with all my columns;
 * - `failed`: failed rows only, original columns + `Error`, ready to fix and drop again;
 * - `unprocessed`: unprocessed rows only, original columns.
 * Formulas are neutralised only in `with-results` and only when asked: the other two are meant
 * to be loaded again, where a leading `'` would be a wrong value. The text is UTF-8, with a BOM
 * when the source had one or was in another encoding (so a spreadsheet reads it right).
 */
import { CsvBlobWriter } from '../csv/csv-blob-writer';
import { neutraliseFormula } from '../csv/spreadsheet-safe';
import { OUTCOME, SF_ID_BYTES, type RowOutcomes } from '../load/reconcile/row-outcomes';
import type { DownloadKind, DownloadRequest } from './results-protocol';
import { RowOverlay } from './row-overlay';
import { streamRows, type RowStreamEnd } from './row-stream';

export const RESULT_COLUMNS = ['Forklift Status', 'Salesforce Id', 'Created', 'Error'] as const;

export const STATUS_WORDS: Record<number, string> = {
  [OUTCOME.unknown]: 'Unknown',
  [OUTCOME.excluded]: 'Excluded',
  [OUTCOME.notSent]: 'Not sent',
  [OUTCOME.succeeded]: 'Succeeded',
  [OUTCOME.failed]: 'Failed',
  [OUTCOME.unprocessed]: 'Unprocessed',
};

export type DownloadEnd =
  { status: 'done'; blob: Blob; rows: number } | Exclude<RowStreamEnd, { status: 'complete' }>;

export interface DownloadPass {
  done: Promise<DownloadEnd>;
  abort(): void;
}

export function sfIdOf(outcomes: RowOutcomes, row: number): string {
  let id = '';
  const base = row * SF_ID_BYTES;
  for (let i = 0; i < SF_ID_BYTES; i++) {
    const code = outcomes.sfIds[base + i] ?? 0;
    if (code === 0) break;
    id += String.fromCharCode(code);
  }
  return id;
}

function errorOf(outcomes: RowOutcomes, row: number): string {
  const index = outcomes.errorOf[row] ?? -1;
  return index < 0 ? '' : (outcomes.errors[index] ?? '');
}

function extraHeader(kind: DownloadKind): readonly string[] {
  switch (kind) {
    case 'with-results':
      return RESULT_COLUMNS;
    case 'failed':
      return ['Error'];
    case 'unprocessed':
      return [];
  }
}

export function runDownload(
  request: Omit<DownloadRequest, 'type' | 'requestId'>,
  onProgress: (rows: number) => void,
): DownloadPass {
  const { outcomes, kind, recipe } = request;
  const neutralise = kind === 'with-results' && request.neutraliseFormulas;
  const overlay = new RowOverlay(undefined, request.rowEdits);
  const byteOrderMark = recipe.encoding !== 'utf-8' || recipe.leadingBytes > 0;
  let writer: CsvBlobWriter | null = null;
  const line: string[] = [];

  const stream = streamRows(
    { ...recipe, file: request.file },
    (row, rowIndex) => {
      const status = outcomes.status[rowIndex] ?? OUTCOME.unknown;
      if (kind === 'failed' && status !== OUTCOME.failed) return;
      if (kind === 'unprocessed' && status !== OUTCOME.unprocessed) return;
      const cells = overlay.cells(row, rowIndex);
      line.length = 0;
      for (const cell of cells) line.push(neutralise ? neutraliseFormula(cell) : cell);
      if (kind === 'with-results') {
        const succeeded = status === OUTCOME.succeeded;
        line.push(
          STATUS_WORDS[status] ?? 'Unknown',
          sfIdOf(outcomes, rowIndex),
          succeeded ? (outcomes.created[rowIndex] === 1 ? 'true' : 'false') : '',
          neutralise ? neutraliseFormula(errorOf(outcomes, rowIndex)) : errorOf(outcomes, rowIndex),
        );
      } else if (kind === 'failed') line.push(errorOf(outcomes, rowIndex));
      (writer as CsvBlobWriter).writeRow(line);
    },
    onProgress,
    (header) => {
      const cells = neutralise ? header.map(neutraliseFormula) : header;
      writer = new CsvBlobWriter(recipe.dialect, [...cells, ...extraHeader(kind)], {
        byteOrderMark,
      });
    },
  );
  const done = stream.done.then((end): DownloadEnd => {
    if (end.status !== 'complete') return end;
    const finished = writer as CsvBlobWriter | null;
    if (finished === null) return { status: 'failed', message: 'The file has no header row.' };
    return { status: 'done', blob: finished.finish(), rows: finished.rows };
  });
  return { done, abort: stream.abort };
}
