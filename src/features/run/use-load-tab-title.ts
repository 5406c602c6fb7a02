/**
 * The load's progress in the tab's title ("42% · Upsert Contacts — Forklift"), so a load running
 * in a background tab can be watched from the tab strip. The page's own title comes back when the
 * load page goes away (on other pages the app shows a running load's title: watched-load-runs.ts).
 */
import { useEffect } from 'react';
import type { LoadRunSnapshot } from './load-run-types';
import { loadWasAborted, percentOf } from './load-run-words';

export const PRODUCT_NAME = 'Forklift';

/** The tab title for a snapshot; `baseTitle` names the load, e.g. "Upsert Contacts". */
export function loadTabTitle(snapshot: LoadRunSnapshot | null, baseTitle: string): string {
  const title = `${baseTitle} — ${PRODUCT_NAME}`;
  if (!snapshot) return title;
  switch (snapshot.status) {
    case 'starting':
      return title;
    case 'running':
      if (snapshot.abortRequested) return `Aborting · ${title}`;
      if (snapshot.needsAttention) return `Needs attention · ${title}`;
      return `${percentOf(snapshot.progress.fraction)}% · ${title}`;
    case 'trial-review':
      return `Trial done · ${title}`;
    case 'needs-file':
      return `File needed · ${title}`;
    case 'blocked':
      return `Stopped · ${title}`;
    case 'finished':
      return `${loadWasAborted(snapshot) ? 'Aborted' : 'Done'} · ${title}`;
  }
}

export function useLoadTabTitle(snapshot: LoadRunSnapshot | null, baseTitle: string): void {
  // Declared first so that it reads the title before the effect below changes it.
  useEffect(() => {
    const previous = document.title;
    return () => {
      document.title = previous;
    };
  }, []);
  const title = loadTabTitle(snapshot, baseTitle);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
