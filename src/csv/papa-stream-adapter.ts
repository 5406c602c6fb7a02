/**
 * Papa Parse reads any object with `readable: true`, `read`, `on`, `removeListener`, `pause` and
 * `resume` as a Node-style stream (design.md §4). This adapter turns a web ReadableStream of text
 * into that shape, reading one chunk at a time: Papa Parse handles each `data` event
 * synchronously, so its queue never grows, and pausing simply stops reading.
 */
type PapaEvent = 'data' | 'end' | 'error';
type Listener = (value?: unknown) => void;

export interface PapaStreamHooks {
  /** Called with each chunk just before Papa Parse sees it. */
  beforeChunk(chunk: string): void;
  /** Called after Papa Parse has handled a chunk (all its complete rows delivered). */
  afterChunk(): void;
  /** The source failed (e.g. a fatal decoding error); Papa Parse is not told. */
  onReadError(error: unknown): void;
}

export interface PapaReadable {
  readonly readable: true;
  read(): void;
  on(event: PapaEvent, listener: Listener): void;
  removeListener(event: PapaEvent, listener: Listener): void;
  pause(): void;
  resume(): void;
}

export interface PapaStreamController {
  readonly readable: PapaReadable;
  start(): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

export function createPapaStream(
  stream: ReadableStream<string>,
  hooks: PapaStreamHooks,
): PapaStreamController {
  const reader = stream.getReader();
  const listeners: Record<PapaEvent, Listener[]> = { data: [], end: [], error: [] };
  let paused = false;
  let pumping = false;
  let cancelled = false;

  const emit = (event: PapaEvent, value?: unknown) => {
    for (const listener of [...listeners[event]]) listener(value);
  };

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (!paused && !cancelled) {
        const { done, value } = await reader.read();
        if (cancelled) break;
        if (done) {
          emit('end');
          break;
        }
        if (value.length === 0) continue;
        hooks.beforeChunk(value);
        emit('data', value);
        hooks.afterChunk();
      }
    } catch (error) {
      if (!cancelled) hooks.onReadError(error);
    } finally {
      pumping = false;
    }
  }

  const readable: PapaReadable = {
    readable: true,
    read() {},
    on(event, listener) {
      listeners[event].push(listener);
    },
    removeListener(event, listener) {
      const at = listeners[event].indexOf(listener);
      if (at >= 0) listeners[event].splice(at, 1);
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      void pump();
    },
  };

  return {
    readable,
    start: () => void pump(),
    pause: () => readable.pause(),
    resume: () => readable.resume(),
    cancel() {
      cancelled = true;
      reader.cancel().catch(() => {});
    },
  };
}
