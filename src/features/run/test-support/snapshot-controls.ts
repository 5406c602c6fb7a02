/**
 * Run controls over a plain snapshot store, for tests of what watches a run: the run
 * orchestrator's side of the contract reduced to publishing snapshots and recording commands.
 */
import type { LoadRunControls, LoadRunListener, LoadRunSnapshot } from '../load-run-types';

export function snapshotControls(first: LoadRunSnapshot) {
  let current = first;
  const listeners = new Set<LoadRunListener>();
  const commands: string[] = [];
  const controls: LoadRunControls = {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    continueAfterTrial: () => commands.push('continueAfterTrial'),
    abortJob: async (planIndex) => void commands.push(`abortJob ${planIndex}`),
    abortAll: async () => void commands.push('abortAll'),
    provideJobs: (jobs) => void commands.push(`provideJobs ${jobs.length}`),
    pollNow: () => commands.push('pollNow'),
    tryAgain: () => commands.push('tryAgain'),
    dispose: () => commands.push('dispose'),
  };
  const publish = (next: LoadRunSnapshot) => {
    current = next;
    for (const listener of listeners) listener(next);
  };
  return { controls, commands, publish, listeners };
}
