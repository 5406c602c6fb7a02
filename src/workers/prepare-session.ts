/**
 * What the prepare worker does with each request, apart from the worker plumbing: one pass at a
 * time (a newer `check` or `prepare` aborts the running one, as in parse-session.ts), progress
 * at most every PREPARE_PROGRESS_INTERVAL_MS, the row-job index transferred at the end, and any
 * failure posted as `failed` with the admin's words.
 */
import { failureMessage } from './prepare-failure';
import { runCheckPass, runPreparePass, type Pass, type PassOutcome } from './prepare-passes';
import {
  PREPARE_PROGRESS_INTERVAL_MS,
  type CheckRequest,
  type PrepareRequest,
  type PrepareWorkerEvent,
  type PrepareWorkerRequest,
} from './prepare-protocol';

export type PostPrepareEvent = (event: PrepareWorkerEvent, transfer?: Transferable[]) => void;

interface RunningPass {
  requestId: number;
  abort(): void;
}

export function createPrepareSession(
  post: PostPrepareEvent,
  now: () => number = () => performance.now(),
) {
  let running: RunningPass | null = null;

  function start(request: CheckRequest | PrepareRequest): void {
    const { requestId } = request;
    const totalBytes = request.file.size;
    let lastProgressAt = Number.NEGATIVE_INFINITY;
    const sendProgress = (rowsDone: number, bytesDone: number) => {
      lastProgressAt = now();
      post({ type: 'progress', requestId, rowsDone, bytesDone, totalBytes });
    };
    const onProgress = (rows: number, bytes: number) => {
      if (now() - lastProgressAt >= PREPARE_PROGRESS_INTERVAL_MS) sendProgress(rows, bytes);
    };
    const fail = (message: string) => post({ type: 'failed', requestId, message });

    let pass: Pass<unknown>;
    try {
      pass =
        request.type === 'check'
          ? finishWith(runCheckPass(request, onProgress), (result, rows) => {
              sendProgress(rows, totalBytes);
              const transfer: Transferable[] = [result.prepared.rowJobs.buffer];
              if (result.reading) transfer.push(result.reading.rowOffsets.buffer);
              post({ type: 'checked', requestId, ...result }, transfer);
            })
          : finishWith(runPreparePass(request, onProgress), (result, rows) => {
              sendProgress(rows, totalBytes);
              post({ type: 'prepared', requestId, ...result }, [result.rowJobs.buffer]);
            });
    } catch (error) {
      fail(failureMessage(error, null));
      return;
    }
    const current: RunningPass = { requestId, abort: pass.abort };
    running = current;
    pass.done.then(
      (outcome) => {
        if (running === current) running = null;
        if (outcome.status === 'failed') fail(outcome.message);
      },
      (error: unknown) => {
        if (running === current) running = null;
        fail(failureMessage(error, null));
      },
    );
  }

  return {
    handle(request: PrepareWorkerRequest): void {
      switch (request.type) {
        case 'check':
        case 'prepare':
          running?.abort();
          running = null;
          start(request);
          return;
        case 'cancel':
          if (running?.requestId === request.requestId) {
            running.abort();
            running = null;
          }
          return;
        default:
          request satisfies never;
      }
    },
  };
}

/** Runs `onDone` for a finished pass (with its row count) before the outcome settles. */
function finishWith<T extends { rowCount: number }>(
  pass: Pass<T>,
  onDone: (result: T, rows: number) => void,
): Pass<unknown> {
  const done = pass.done.then((outcome): PassOutcome<unknown> => {
    if (outcome.status === 'done') onDone(outcome.result, outcome.result.rowCount);
    return outcome;
  });
  return { done, abort: pass.abort };
}
