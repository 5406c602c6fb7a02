import type { SupportedEncoding } from '../../csv/encodings';
import type { ParseSummary } from '../../csv/parse-stream';
import type { ParseEvent } from '../../workers/parse-protocol';
import { parsedCsvOf, previewOf } from './drop-outcome';
import { dropReducer, EMPTY_DROP_STATE, type DropAction, type DropState } from './drop-state';
import type { ParseWorkerClient, StartParseWorker } from './parse-worker-client';
import { FIRST_ROWS, type CsvPreview, type ParsedCsv } from './parsed-csv';

export interface DropCallbacks {
  /** A file was dropped or picked: keep the reference; anything from an earlier file is stale. */
  onFileChange(file: File): void;
  /**
   * The header and first rows, as soon as the encoding is settled (before the full pass ends);
   * `null` when there are none: a new file or encoding, or the pass found the file unusable.
   */
  onPreview?(preview: CsvPreview | null): void;
  /** The whole file read and usable; `null` whenever a new pass starts or the file is unusable. */
  onParsed(result: ParsedCsv | null): void;
}

export interface DropSession {
  /** The parent's callbacks as of its last render. */
  setCallbacks(callbacks: DropCallbacks): void;
  getState(): DropState;
  subscribe(listener: () => void): () => void;
  drop(file: File): void;
  chooseEncoding(encoding: SupportedEncoding): void;
  /** Accepts the guessed encoding that needed confirming. */
  confirmEncoding(): void;
  stop(): void;
  /**
   * Lets another pass over the same file read the rest of it (the check, decision 0022) and
   * stops this one. False when there is no running pass to hand over (then nothing changes).
   */
  handOver(): boolean;
  /** The pass it was handed to read the file to the end: its summary ends this pass. */
  adopt(summary: ParseSummary): void;
  /** The pass it was handed to stopped early: read the file here again, from the start. */
  reclaim(): void;
  /** Ends the worker (it starts again on the next drop). */
  dispose(): void;
}

/**
 * The drop step's orchestration, outside React. Every byte is read in the parse worker: the
 * first 64 KB for the sniff and the preview, then the whole file. The main thread only keeps
 * the state and renders it (the sniff alone measured 50–90 ms of main-thread time, cold, on
 * 64 KB; see docs/decisions/0007-parse-worker.md).
 */
export function createDropSession(startWorker: StartParseWorker): DropSession {
  let callbacks: DropCallbacks = { onFileChange() {}, onParsed() {} };
  let state = EMPTY_DROP_STATE;
  let worker: ParseWorkerClient | null = null;
  const listeners = new Set<() => void>();

  function dispatch(action: DropAction): void {
    const next = dropReducer(state, action);
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  }

  /** The request whose answer the state is waiting for, if any. */
  function pendingId(): number | null {
    if (state.phase === 'sniffing') return state.requestId;
    if (state.phase !== 'read') return null;
    if (state.pass.status === 'running') return state.pass.parseId;
    if (state.pass.status === 'rereading') return state.pass.requestId;
    return null;
  }

  function onWorkerEvent(event: ParseEvent): void {
    const before = state;
    dispatch({ type: 'worker-event', event });
    if (state === before || state.phase !== 'read') return;
    if (event.type === 'sample') startPassIfReady();
    if (event.type !== 'done' && !(event.type === 'crashed' && state.pass.status === 'crashed'))
      return;
    passEnded();
  }

  function passEnded(): void {
    const result = parsedCsvOf(state);
    // A file that turned out unusable takes its preview back: nothing should be mapped from it.
    if (result === null) callbacks.onPreview?.(null);
    callbacks.onParsed(result);
  }

  function onWorkerFailure(message: string): void {
    const id = pendingId();
    worker?.terminate();
    worker = null;
    if (id !== null)
      dispatch({ type: 'worker-event', event: { type: 'crashed', parseId: id, message } });
  }

  /** The worker, started on first use; an Error when it cannot start. */
  function client(): ParseWorkerClient | Error {
    try {
      return (worker ??= startWorker(onWorkerEvent, onWorkerFailure));
    } catch (error) {
      // A Content-Security-Policy without worker-src 'self' lands here.
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Sends a request; when the worker cannot start, the state records request 0 as crashed. */
  function request(send: (client: ParseWorkerClient) => number, record: (id: number) => void) {
    const current = client();
    if (current instanceof Error) {
      record(0);
      onWorkerFailure(current.message);
      return;
    }
    record(send(current));
  }

  function startPassIfReady(): void {
    if (state.phase !== 'read' || state.pass.status !== 'ready') return;
    const { file, reading } = state;
    request(
      (worker) =>
        worker.parse({
          file,
          encoding: reading.encoding,
          leadingBytes: reading.leadingBytes,
          dialect: reading.dialect,
          firstRows: FIRST_ROWS,
        }),
      (parseId) => dispatch({ type: 'pass-started', parseId }),
    );
    // The preview goes out once the pass is under way (not when the worker could not start).
    const preview = previewOf(state);
    if (preview !== null) callbacks.onPreview?.(preview);
  }

  function cancelRunning(): void {
    if (state.phase === 'read' && state.pass.status === 'running')
      worker?.cancel(state.pass.parseId);
  }

  function forgetResults(): void {
    callbacks.onPreview?.(null);
    callbacks.onParsed(null);
  }

  return {
    setCallbacks(latest) {
      callbacks = latest;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    drop(file) {
      cancelRunning();
      callbacks.onFileChange(file);
      forgetResults();
      request(
        (worker) => worker.readSample(file, null),
        (requestId) => dispatch({ type: 'file-chosen', file, requestId }),
      );
    },
    chooseEncoding(encoding) {
      if (state.phase !== 'read') return;
      const { file } = state;
      cancelRunning();
      forgetResults();
      request(
        (worker) => worker.readSample(file, encoding),
        (requestId) => dispatch({ type: 'encoding-chosen', encoding, requestId }),
      );
    },
    confirmEncoding() {
      dispatch({ type: 'encoding-confirmed' });
      startPassIfReady();
    },
    stop: cancelRunning,
    handOver() {
      if (state.phase !== 'read' || state.pass.status !== 'running') return false;
      const { parseId } = state.pass;
      const before = state;
      dispatch({ type: 'handed-over' });
      // Unchanged: the header is not in yet, so the pass keeps going here.
      if (state === before) return false;
      worker?.cancel(parseId);
      return true;
    },
    adopt(summary) {
      const before = state;
      dispatch({ type: 'adopted', summary });
      if (state !== before) passEnded();
    },
    reclaim() {
      const before = state;
      dispatch({ type: 'reclaimed' });
      if (state !== before) startPassIfReady();
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
