import type { SupportedEncoding } from '../../csv/encodings';
import type { ParseEvent, ParseFileRequest, ParseRequest } from '../../workers/parse-protocol';

export interface ParseWorkerClient {
  /** Asks for the sniff and the first rows (in `encoding`, or the guessed one); returns the request id. */
  readSample(file: File, encoding: SupportedEncoding | null): number;
  /** Starts a parse (cancelling the running one) and returns its id. */
  parse(request: Omit<ParseFileRequest, 'type' | 'parseId'>): number;
  cancel(parseId: number): void;
  terminate(): void;
}

export type StartParseWorker = (
  onEvent: (event: ParseEvent) => void,
  onFailure: (message: string) => void,
) => ParseWorkerClient;

/** Request ids start at 1: 0 stands for a request that could not be sent. */
let nextRequestId = 1;

/** Starts the parse worker (design.md §4): a module worker that Vite bundles from its URL. */
export const startParseWorker: StartParseWorker = (onEvent, onFailure) => {
  const worker = new Worker(new URL('../../workers/parse-worker.ts', import.meta.url), {
    type: 'module',
    name: 'forklift-parse',
  });
  worker.onmessage = (event: MessageEvent<ParseEvent>) => onEvent(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(event.message || 'the parse worker could not start');
  };
  worker.onmessageerror = () => onFailure('a message from the parse worker could not be read');
  const send = (request: ParseRequest) => worker.postMessage(request);
  return {
    readSample(file, encoding) {
      const requestId = nextRequestId++;
      send({ type: 'read-sample', requestId, file, encoding });
      return requestId;
    },
    parse(request) {
      const parseId = nextRequestId++;
      send({ type: 'parse', parseId, ...request });
      return parseId;
    },
    cancel: (parseId) => send({ type: 'cancel', parseId }),
    terminate: () => worker.terminate(),
  };
};
