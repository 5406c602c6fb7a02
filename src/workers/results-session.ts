/**
 * What the results worker does with each request, apart from the worker plumbing: requests run
 * side by side under their own ids, progress at most every RESULTS_PROGRESS_INTERVAL_MS, a
 * reconciliation asks the page for each results file in turn and waits for its stream, typed
 * arrays are transferred at the end, and any failure is posted as `failed` in an admin's words.
 */
import type { RowOutcomes } from '../load/reconcile/row-outcomes';
import { failureMessage } from './prepare-failure';
import { runColumnValues } from './results-column-values';
import { runDownload } from './results-download';
import {
  RESULTS_PROGRESS_INTERVAL_MS,
  type ResultsFileKind,
  type ResultsPhase,
  type ResultsStreamAnswer,
  type ResultsWorkerEvent,
  type ResultsWorkerRequest,
} from './results-protocol';
import { reconcileRounds, ReconcileStopped } from './results-reconcile';

export type PostResultsEvent = (event: ResultsWorkerEvent, transfer?: Transferable[]) => void;

interface Running {
  controller: AbortController;
  /** The page's answer to the one results file asked for, while one is awaited. */
  awaiting: ((answer: ResultsStreamAnswer) => void) | null;
}

/** The typed arrays of a RowOutcomes, to transfer rather than copy. */
export function outcomeBuffers(outcomes: RowOutcomes): Transferable[] {
  const arrays = [
    outcomes.status,
    outcomes.created,
    outcomes.ambiguous,
    outcomes.errorOf,
    outcomes.sfIds,
    outcomes.jobOf,
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

export function createResultsSession(
  post: PostResultsEvent,
  now: () => number = () => performance.now(),
) {
  const running = new Map<number, Running>();

  function progressPoster(requestId: number) {
    let last = Number.NEGATIVE_INFINITY;
    return (phase: ResultsPhase, done: number, total: number, force = false) => {
      const at = now();
      if (!force && at - last < RESULTS_PROGRESS_INTERVAL_MS) return;
      last = at;
      post({ type: 'progress', requestId, phase, done, total });
    };
  }

  function track(requestId: number): Running {
    const entry: Running = { controller: new AbortController(), awaiting: null };
    running.set(requestId, entry);
    return entry;
  }

  function finish(requestId: number, entry: Running, send: () => void): void {
    if (running.get(requestId) !== entry) return;
    running.delete(requestId);
    if (!entry.controller.signal.aborted) send();
  }

  function fail(requestId: number, entry: Running, error: unknown): void {
    const message = error instanceof ReconcileStopped ? error.message : failureMessage(error, null);
    finish(requestId, entry, () => post({ type: 'failed', requestId, message }));
  }

  function openResults(requestId: number, entry: Running) {
    return (jobId: string, kind: ResultsFileKind) =>
      new Promise<ReadableStream<Uint8Array>>((resolve, reject) => {
        entry.awaiting = (answer) => {
          entry.awaiting = null;
          if (answer.stream !== null) resolve(answer.stream);
          else reject(new Error(answer.error ?? 'the page could not fetch it'));
        };
        post({ type: 'open-results', requestId, jobId, kind });
      });
  }

  /** Runs a one-pass request (download, column values) to its answer. */
  function runPass<T extends { status: string }>(
    requestId: number,
    totalRows: number,
    start: (onProgress: (rows: number) => void) => { done: Promise<T>; abort(): void },
    answer: (end: T & { status: 'done' }) => void,
  ): void {
    const entry = track(requestId);
    const progress = progressPoster(requestId);
    let pass: { done: Promise<T>; abort(): void };
    try {
      pass = start((rows) => progress('rows', rows, totalRows));
    } catch (error) {
      fail(requestId, entry, error);
      return;
    }
    entry.controller.signal.addEventListener('abort', () => pass.abort());
    pass.done.then(
      (end) => {
        if (end.status === 'done') {
          progress('rows', totalRows, totalRows, true);
          finish(requestId, entry, () => answer(end as T & { status: 'done' }));
        } else if (end.status === 'failed')
          fail(requestId, entry, new ReconcileStopped((end as { message?: string }).message ?? ''));
        else running.delete(requestId);
      },
      (error: unknown) => fail(requestId, entry, error),
    );
  }

  return {
    handle(request: ResultsWorkerRequest): void {
      const { requestId } = request;
      switch (request.type) {
        case 'reconcile': {
          const entry = track(requestId);
          const progress = progressPoster(requestId);
          reconcileRounds(request.file, request.rounds, {
            openResults: openResults(requestId, entry),
            onProgress: (phase, done, total) => progress(phase, done, total, done === total),
            signal: entry.controller.signal,
          }).then(
            (reconciliation) =>
              finish(requestId, entry, () =>
                post(
                  { type: 'reconciled', requestId, reconciliation },
                  outcomeBuffers(reconciliation.outcomes),
                ),
              ),
            (error: unknown) => fail(requestId, entry, error),
          );
          return;
        }
        case 'results-stream': {
          const waiter = running.get(requestId)?.awaiting;
          if (waiter) waiter(request);
          else void request.stream?.cancel().catch(() => undefined);
          return;
        }
        case 'download': {
          const { type: _type, requestId: _id, ...input } = request;
          runPass(
            requestId,
            input.outcomes.rowCount,
            (onProgress) => runDownload(input, onProgress),
            (end) => post({ type: 'downloaded', requestId, blob: end.blob, rows: end.rows }),
          );
          return;
        }
        case 'column-values': {
          const { type: _type, requestId: _id, ...input } = request;
          runPass(
            requestId,
            input.rows.length,
            (onProgress) => runColumnValues(input, onProgress),
            (end) => post({ type: 'column-values', requestId, values: end.values }),
          );
          return;
        }
        case 'cancel': {
          const entry = running.get(requestId);
          running.delete(requestId);
          entry?.controller.abort();
          entry?.awaiting?.({
            type: 'results-stream',
            requestId,
            jobId: '',
            kind: 'successfulResults',
            stream: null,
            error: 'cancelled',
          });
          return;
        }
        default:
          request satisfies never;
      }
    },
  };
}
