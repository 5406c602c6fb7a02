/**
 * The loads this page watches, kept outside React like their runs (app/load-runs.ts): a run goes
 * on while the user looks at another page of the console, so its end is announced from here (one
 * browser notification per load, if the user allowed them, whatever page is open), and the app can
 * show a load's progress in the tab title on every page (backgroundLoadTitle).
 */
import { useEffect } from 'react';
import type { LoadRunControls, LoadRunSnapshot } from './load-run-types';
import {
  FinishedWatch,
  finishedNotificationTitle,
  showFinishedNotification,
} from './use-finished-notification';
import { loadTabTitle } from './use-load-tab-title';

export interface LoadNames {
  /** e.g. "Upsert Contacts from contacts.csv": the notification's title. */
  title: string;
  /** e.g. "Upsert Contacts": the tab title. */
  tabTitle: string;
}

interface WatchedLoad extends LoadNames {
  controls: LoadRunControls;
  snapshot: LoadRunSnapshot;
  watch: FinishedWatch;
  unsubscribe: () => void;
  /** Load pages showing it now. */
  screens: number;
  /** The user has seen its end on its page, or it had ended before it was watched. */
  endSeen: boolean;
}

/** By load id: a load watched again (new controls after signing in again) replaces its entry. */
const watched = new Map<string, WatchedLoad>();
/** Loads whose end was announced: never twice, even when watched again. */
const announced = new Set<string>();
const listeners = new Set<() => void>();

const changed = () => listeners.forEach((listener) => listener());

function see(entry: WatchedLoad, snapshot: LoadRunSnapshot): void {
  entry.snapshot = snapshot;
  const { loadId, status } = snapshot;
  if (entry.watch.see(status) && !announced.has(loadId)) {
    announced.add(loadId);
    showFinishedNotification(snapshot, finishedNotificationTitle(entry.title, snapshot));
  }
  if (status === 'finished' && (entry.screens > 0 || !entry.watch.sawUnderWay))
    entry.endSeen = true;
  changed();
}

/** Starts watching a load's run (again: the same controls are watched once). */
export function watchLoadRun(controls: LoadRunControls, names: LoadNames): void {
  const snapshot = controls.getSnapshot();
  const earlier = watched.get(snapshot.loadId);
  if (earlier?.controls === controls) {
    Object.assign(earlier, names);
    return;
  }
  earlier?.unsubscribe();
  const entry: WatchedLoad = {
    ...names,
    controls,
    snapshot,
    watch: new FinishedWatch(),
    unsubscribe: () => undefined,
    screens: earlier?.screens ?? 0,
    endSeen: false,
  };
  watched.set(snapshot.loadId, entry);
  entry.unsubscribe = controls.subscribe((next) => see(entry, next));
  see(entry, snapshot);
}

/** Stops watching every load (signed out); the ends already announced stay announced. */
export function forgetWatchedLoadRuns(): void {
  if (watched.size === 0) return;
  for (const entry of watched.values()) entry.unsubscribe();
  watched.clear();
  changed();
}

/** For useSyncExternalStore: called whenever a watched load changes. */
export function subscribeWatchedLoadRuns(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The tab title for a page that is not a load page: the newest load still under way, else the
 * newest whose end the user has not seen on its page; null when there is none.
 */
export function backgroundLoadTitle(): string | null {
  const newestFirst = [...watched.values()].reverse();
  const shown =
    newestFirst.find((e) => e.snapshot.status !== 'finished' && e.snapshot.status !== 'starting') ??
    newestFirst.find((e) => e.snapshot.status === 'finished' && !e.endSeen);
  return shown ? loadTabTitle(shown.snapshot, shown.tabTitle) : null;
}

/** The load page: watches its load's run, and counts as the user seeing the load's end. */
export function useWatchedLoadRun(controls: LoadRunControls, names: LoadNames): void {
  const { title, tabTitle } = names;
  useEffect(() => {
    watchLoadRun(controls, { title, tabTitle });
    const { loadId } = controls.getSnapshot();
    const entry = watched.get(loadId);
    if (!entry) return;
    entry.screens++;
    see(entry, entry.snapshot);
    return () => {
      // The entry now watched: another may have replaced the one counted above.
      const current = watched.get(loadId);
      if (current) current.screens = Math.max(0, current.screens - 1);
    };
  }, [controls, title, tabTitle]);
}
