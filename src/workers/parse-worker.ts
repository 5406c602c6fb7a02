/**
 * The drop step's parse worker (design.md §4): our own module worker, so papaparse's callbacks
 * run here and not on the main thread. Started by src/features/upload/parse-worker-client.ts.
 */
import type { ParseEvent, ParseRequest } from './parse-protocol';
import { createParseSession } from './parse-session';

/** The part of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is the DOM's). */
interface ParseWorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseEvent, transfer: Transferable[]): void;
}

const scope = self as unknown as ParseWorkerScope;
const session = createParseSession((event, transfer = []) => scope.postMessage(event, transfer));
scope.onmessage = (event) => session.handle(event.data);
