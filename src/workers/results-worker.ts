/**
 * The results worker (design.md §4, issue 6): reconciliation of a load's results with its source
 * rows, downloads and column values, off the main thread. Started by
 * src/features/results/results-worker-client.ts.
 */
import type { ResultsWorkerEvent, ResultsWorkerRequest } from './results-protocol';
import { createResultsSession } from './results-session';

/** The part of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is the DOM's). */
interface ResultsWorkerScope {
  onmessage: ((event: MessageEvent<ResultsWorkerRequest>) => void) | null;
  postMessage(message: ResultsWorkerEvent, transfer: Transferable[]): void;
}

const scope = self as unknown as ResultsWorkerScope;
const session = createResultsSession((event, transfer = []) => scope.postMessage(event, transfer));
scope.onmessage = (event) => session.handle(event.data);
