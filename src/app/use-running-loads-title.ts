/**
 * The tab title on every page but a load's own (which shows its load: useLoadTabTitle): the
 * progress of a load still running in this tab ("42% · Upsert Contacts — Forklift"), or the end
 * of one the user has not looked at yet ("Done · …", "Aborted · …"), since runs go on while the
 * user browses other pages (load-runs.ts). Signed out, no load is watched any more.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useMatch } from 'react-router';
import {
  backgroundLoadTitle,
  forgetWatchedLoadRuns,
  subscribeWatchedLoadRuns,
} from '../features/run/watched-load-runs';

export function useRunningLoadsTitle(signedIn: boolean): void {
  const loadPage = useMatch('/loads/:loadId');
  const onLoadPage = loadPage !== null && loadPage.params.loadId !== 'new';
  const watchedTitle = useSyncExternalStore(subscribeWatchedLoadRuns, backgroundLoadTitle);
  const title = signedIn && !onLoadPage ? watchedTitle : null;
  useEffect(() => {
    if (!signedIn) forgetWatchedLoadRuns();
  }, [signedIn]);
  useEffect(() => {
    if (title === null) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
