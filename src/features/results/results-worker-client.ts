/**
 * The main thread's side of the results worker (src/workers/results-worker.ts, issue 6): the
 * reconciliation of a load's rounds, its downloads and a column's values among chosen rows, all
 * read from the File off the main thread. The worker never calls Salesforce: when it needs a
 * results file it asks, and `openResults` here fetches it and hands its body stream over
 * (transferred, one file at a time). Calls run side by side, each under its own id.
 */
import type { Reconciliation } from '../../load/reconcile/row-outcomes';
import type {
  ColumnValue,
  ColumnValuesInput,
  DownloadInput,
  ReconcileRoundInput,
  ResultsFileKind,
  ResultsPhase,
  ResultsWorkerEvent,
  ResultsWorkerRequest,
} from '../../workers/results-protocol';

export type {
  ColumnValue,
  ColumnValuesInput,
  DownloadInput,
  DownloadKind,
  PrepareRecipe,
  ReconcileJobInput,
  ReconcileRoundInput,
  ResultsFileKind,
} from '../../workers/results-protocol';

export interface ReconcileInput {
  file: File;
  /** The root load first (round 0), then each retry in order: later rounds win for their rows. */
  rounds: ReconcileRoundInput[];
  /** One results file of a job as a stream (e.g. `ingest.fetchJobResults(...).body`). */
  openResults(jobId: string, kind: ResultsFileKind): Promise<ReadableStream<Uint8Array>>;
}

export interface ReconcileProgress {
  phase: ResultsPhase;
  done: number;
  total: number;
}

export interface ResultsWorkerClient {
  reconcile(
    input: ReconcileInput,
    onProgress?: (progress: ReconcileProgress) => void,
  ): Promise<Reconciliation>;
  download(input: DownloadInput): Promise<Blob>;
  /** Distinct values with their counts, most frequent first (at most 200). */
  columnValues(input: ColumnValuesInput): Promise<ColumnValue[]>;
  /** Stops the worker; pending calls reject with ResultsWorkerStoppedError. */
  dispose(): void;
}

/** The worker could not do what was asked; `message` is meant for the admin as it is. */
export class ResultsFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsFailedError';
  }
}

/** The client was disposed (or its worker stopped) before the answer came. */
export class ResultsWorkerStoppedError extends Error {
  constructor(message = 'The results worker was stopped before it answered.') {
    super(message);
    this.name = 'ResultsWorkerStoppedError';
  }
}

interface Pending {
  onEvent(event: ResultsWorkerEvent): void;
  reject(error: Error): void;
}

/** Request ids start at 1 and never repeat within a page. */
let nextRequestId = 1;

export function createResultsWorkerClient(): ResultsWorkerClient {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();

  function rejectAll(error: Error): void {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(error);
  }

  function started(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('../../workers/results-worker.ts', import.meta.url), {
      type: 'module',
      name: 'forklift-results',
    });
    w.onmessage = (message: MessageEvent<ResultsWorkerEvent>) =>
      pending.get(message.data.requestId)?.onEvent(message.data);
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      rejectAll(
        new ResultsWorkerStoppedError(
          `Forklift’s results worker stopped (${event.message || 'it could not start'}). Nothing in Salesforce changed; try again.`,
        ),
      );
    };
    w.onmessageerror = () =>
      rejectAll(
        new ResultsFailedError(
          'A message from Forklift’s results worker could not be read. Try again.',
        ),
      );
    worker = w;
    return w;
  }

  /** Posts a request and settles with `answer` on its final event. */
  function run<T>(
    request: ResultsWorkerRequest,
    answer: (event: ResultsWorkerEvent, settle: (value: T) => void) => void,
  ): Promise<T> {
    const w = started();
    const { requestId } = request;
    return new Promise<T>((resolve, reject) => {
      const done = () => pending.delete(requestId);
      pending.set(requestId, {
        onEvent(event) {
          if (event.type === 'failed') {
            done();
            reject(new ResultsFailedError(event.message));
            return;
          }
          answer(event, (value) => {
            done();
            resolve(value);
          });
        },
        reject,
      });
      w.postMessage(request);
    });
  }

  async function answerOpen(
    w: Worker,
    requestId: number,
    jobId: string,
    kind: ResultsFileKind,
    open: ReconcileInput['openResults'],
  ): Promise<void> {
    try {
      const stream = await open(jobId, kind);
      if (!pending.has(requestId)) return void stream.cancel().catch(() => undefined);
      const answer: ResultsWorkerRequest = {
        type: 'results-stream',
        requestId,
        jobId,
        kind,
        stream,
        error: null,
      };
      w.postMessage(answer, [stream as unknown as Transferable]);
    } catch (error) {
      const answer: ResultsWorkerRequest = {
        type: 'results-stream',
        requestId,
        jobId,
        kind,
        stream: null,
        error: error instanceof Error ? error.message : String(error),
      };
      w.postMessage(answer);
    }
  }

  return {
    reconcile(input, onProgress) {
      const requestId = nextRequestId++;
      const w = started();
      return run<Reconciliation>(
        { type: 'reconcile', requestId, file: input.file, rounds: input.rounds },
        (event, settle) => {
          switch (event.type) {
            case 'progress':
              onProgress?.({ phase: event.phase, done: event.done, total: event.total });
              return;
            case 'open-results':
              void answerOpen(w, requestId, event.jobId, event.kind, input.openResults);
              return;
            case 'reconciled':
              settle(event.reconciliation);
              return;
            default:
          }
        },
      );
    },
    download(input) {
      const requestId = nextRequestId++;
      return run<Blob>({ type: 'download', requestId, ...input }, (event, settle) => {
        if (event.type === 'downloaded') settle(event.blob);
      });
    },
    columnValues(input) {
      const requestId = nextRequestId++;
      return run<ColumnValue[]>({ type: 'column-values', requestId, ...input }, (event, settle) => {
        if (event.type === 'column-values') settle(event.values);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      rejectAll(new ResultsWorkerStoppedError());
    },
  };
}
