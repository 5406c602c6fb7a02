import { parseCsvStream, type ParseHandle, type ParseProgress } from '../csv/parse-stream';
import { fileTextStream } from './file-text-stream';
import { readFileSample } from './read-sample';
import {
  PROGRESS_INTERVAL_MS,
  type ParseEvent,
  type ParseFileRequest,
  type ParseRequest,
} from './parse-protocol';

export type PostEvent = (event: ParseEvent, transfer?: Transferable[]) => void;

interface RunningParse {
  parseId: number;
  handle: ParseHandle;
}

/**
 * What the parse worker does with each request, apart from the worker plumbing: samples read on
 * demand; one parse at a time (a new one cancels the running one), rows counted but not kept
 * beyond the first few, progress throttled, and the row-offset index transferred at the end.
 */
export function createParseSession(post: PostEvent, now: () => number = () => performance.now()) {
  let running: RunningParse | null = null;

  function start(request: ParseFileRequest): void {
    const { parseId, firstRows } = request;
    const kept: string[][] = [];
    let firstRowsSent = firstRows === 0;
    let lastProgressAt = Number.NEGATIVE_INFINITY;
    const sendFirstRows = () => {
      if (firstRowsSent) return;
      firstRowsSent = true;
      post({ type: 'first-rows', parseId, rows: kept });
    };
    const sendProgress = (progress: ParseProgress) => {
      lastProgressAt = now();
      post({ type: 'progress', parseId, progress });
    };

    const handle = parseCsvStream(fileTextStream(request.file, request.encoding), {
      dialect: request.dialect,
      encoding: request.encoding,
      leadingBytes: request.leadingBytes,
      onHeader: (header, problems) => post({ type: 'header', parseId, header, problems }),
      onRows(batch) {
        if (firstRowsSent) return;
        for (const row of batch.rows) {
          if (kept.length === firstRows) break;
          kept.push(row);
        }
        if (kept.length === firstRows) sendFirstRows();
      },
      onProgress(progress) {
        if (now() - lastProgressAt >= PROGRESS_INTERVAL_MS) sendProgress(progress);
      },
    });
    running = { parseId, handle };

    handle.done.then(
      (summary) => {
        if (running?.handle === handle) running = null;
        sendFirstRows();
        sendProgress({
          rows: summary.rows,
          bytes: summary.bytes,
          malformedRows: summary.malformedCount,
          blankLines: summary.blankLines,
        });
        post({ type: 'done', parseId, summary }, [summary.rowOffsets.buffer]);
      },
      (error: unknown) => {
        if (running?.handle === handle) running = null;
        post({ type: 'crashed', parseId, message: String(error) });
      },
    );
  }

  return {
    handle(request: ParseRequest): void {
      switch (request.type) {
        case 'read-sample': {
          const { requestId } = request;
          readFileSample(request.file, request.encoding).then(
            (outcome) => post({ type: 'sample', requestId, outcome }),
            (error: unknown) =>
              post({ type: 'crashed', parseId: requestId, message: String(error) }),
          );
          return;
        }
        case 'parse':
          running?.handle.abort();
          running = null;
          try {
            start(request);
          } catch (error) {
            post({ type: 'crashed', parseId: request.parseId, message: String(error) });
          }
          return;
        case 'cancel':
          if (running?.parseId === request.parseId) running.handle.abort();
          return;
        default:
          request satisfies never;
      }
    },
  };
}
