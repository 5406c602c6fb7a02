/**
 * The prepare worker (design.md §4, issue 5): preflight over every row and the Bulk CSV of every
 * job, off the main thread. Started by src/features/preflight/prepare-worker-client.ts.
 */
import type { PrepareWorkerEvent, PrepareWorkerRequest } from './prepare-protocol';
import { createPrepareSession } from './prepare-session';

/** The part of DedicatedWorkerGlobalScope used here (the app's TypeScript lib is the DOM's). */
interface PrepareWorkerScope {
  onmessage: ((event: MessageEvent<PrepareWorkerRequest>) => void) | null;
  postMessage(message: PrepareWorkerEvent, transfer: Transferable[]): void;
}

const scope = self as unknown as PrepareWorkerScope;
const session = createPrepareSession((event, transfer = []) => scope.postMessage(event, transfer));
scope.onmessage = (event) => session.handle(event.data);
