import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { createDropSession, type DropCallbacks, type DropSession } from './drop-session';
import type { DropState } from './drop-state';
import { startParseWorker } from './parse-worker-client';

/** One drop session per mounted drop step; the latest callbacks are always the ones called. */
export function useDropSession(callbacks: DropCallbacks): {
  session: DropSession;
  state: DropState;
} {
  const [session] = useState(() => createDropSession(startParseWorker));
  useLayoutEffect(() => session.setCallbacks(callbacks));
  useEffect(() => () => session.dispose(), [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
