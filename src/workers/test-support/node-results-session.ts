/**
 * The results and prepare sessions driven in Node as their workers drive them (same messages,
 * same order), for tests that need no browser: the page's side answers `open-results` with a
 * stream, exactly as results-worker-client.ts does.
 */
import type { Reconciliation } from '../../load/reconcile/row-outcomes';
import type { PreparedData } from '../prepare-passes';
import type { PrepareWorkerEvent } from '../prepare-protocol';
import { createPrepareSession } from '../prepare-session';
import type {
  ColumnValue,
  ColumnValuesRequest,
  DownloadRequest,
  PrepareRecipe,
  ReconcileRoundInput,
  ResultsFileKind,
  ResultsWorkerEvent,
} from '../results-protocol';
import { createResultsSession } from '../results-session';

let nextId = 1;

export function prepareInNode(file: File, recipe: PrepareRecipe): Promise<PreparedData> {
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    const session = createPrepareSession((event: PrepareWorkerEvent) => {
      if (event.type === 'prepared') {
        const { type: _type, requestId: _id, ...data } = event;
        resolve(data);
      } else if (event.type === 'failed') reject(new Error(event.message));
    });
    session.handle({ type: 'prepare', requestId, file, ...recipe });
  });
}

function runInNode<T>(
  start: (session: ReturnType<typeof createResultsSession>, requestId: number) => void,
  onEvent: (
    event: ResultsWorkerEvent,
    session: ReturnType<typeof createResultsSession>,
    settle: (value: T) => void,
  ) => void,
): Promise<T> {
  const requestId = nextId++;
  return new Promise<T>((resolve, reject) => {
    const session = createResultsSession((event) => {
      if (event.type === 'failed') reject(new Error(event.message));
      else onEvent(event, session, resolve);
    });
    start(session, requestId);
  });
}

export function reconcileInNode(
  file: File,
  rounds: ReconcileRoundInput[],
  openResults: (jobId: string, kind: ResultsFileKind) => Promise<ReadableStream<Uint8Array>>,
  progress: { phase: string; done: number; total: number }[] = [],
): Promise<Reconciliation> {
  return runInNode<Reconciliation>(
    (session, requestId) => session.handle({ type: 'reconcile', requestId, file, rounds }),
    (event, session, settle) => {
      if (event.type === 'progress') progress.push(event);
      if (event.type === 'reconciled') settle(event.reconciliation);
      if (event.type !== 'open-results') return;
      const { requestId, jobId, kind } = event;
      openResults(jobId, kind).then(
        (stream) =>
          session.handle({ type: 'results-stream', requestId, jobId, kind, stream, error: null }),
        (error: Error) =>
          session.handle({
            type: 'results-stream',
            requestId,
            jobId,
            kind,
            stream: null,
            error: error.message,
          }),
      );
    },
  );
}

export function downloadInNode(input: Omit<DownloadRequest, 'type' | 'requestId'>): Promise<Blob> {
  return runInNode<Blob>(
    (session, requestId) => session.handle({ type: 'download', requestId, ...input }),
    (event, _session, settle) => {
      if (event.type === 'downloaded') settle(event.blob);
    },
  );
}

export function columnValuesInNode(
  input: Omit<ColumnValuesRequest, 'type' | 'requestId'>,
): Promise<ColumnValue[]> {
  return runInNode<ColumnValue[]>(
    (session, requestId) => session.handle({ type: 'column-values', requestId, ...input }),
    (event, _session, settle) => {
      if (event.type === 'column-values') settle(event.values);
    },
  );
}
