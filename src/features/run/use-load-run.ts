/**
 * The running load's latest snapshot, for React: the orchestrator publishes a new snapshot object
 * after every step, and this re-renders on each (useSyncExternalStore, so no torn reads).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { LoadRunControls, LoadRunSnapshot } from './load-run-types';

export function useLoadRun(controls: LoadRunControls | null): LoadRunSnapshot | null {
  const subscribe = useCallback(
    (onChange: () => void) => (controls ? controls.subscribe(() => onChange()) : () => {}),
    [controls],
  );
  const getSnapshot = useCallback(() => (controls ? controls.getSnapshot() : null), [controls]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
