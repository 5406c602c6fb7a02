/**
 * The running loads of this page, one run orchestrator per load, kept outside React: a load goes
 * on while the user looks at another page of the console, and React's double effects in
 * development never start a second orchestrator for the same load (two would race on the
 * write-ahead records). Across tabs and windows, each orchestrator runs only while it holds the
 * load's Web Lock (features/run/run-lock.ts); the others show the load and wait to take over.
 * Disposing a run (sign-out) frees its lock.
 */
import type { LoadRunControls } from '../features/run/load-run-types';
import type { Owner } from '../lib/load-store';

const runs = new Map<string, LoadRunControls>();

const keyOf = (owner: Owner, loadId: string) => `${owner.orgId}/${owner.userId}/${loadId}`;

export function loadRunFor(
  owner: Owner,
  loadId: string,
  start: () => LoadRunControls,
): LoadRunControls {
  const key = keyOf(owner, loadId);
  const existing = runs.get(key);
  if (existing) return existing;
  const controls = start();
  runs.set(key, controls);
  return controls;
}

/** Stops watching every load (sign-out): Salesforce's jobs keep running. */
export function stopAllLoadRuns(): void {
  for (const controls of runs.values()) controls.dispose();
  runs.clear();
}
