import { readJsonItem, type KeyValueStorage } from './key-value-storage';
import { parseSession, type Session } from './session';

/**
 * The ONE sessionStorage key that holds the session (tokens, instance URL, ids), so a reload of
 * the tab keeps it and closing the tab ends it. Never localStorage, cookies, IndexedDB or the
 * URL (design.md §3; docs/decisions/0003-session-storage.md).
 */
export const SESSION_STORAGE_KEY = 'forklift.session';

/** Where the user was signed in, kept after the session ends so "Sign in again" knows the org. */
export interface EndedSession {
  loginUrl: string;
  clientId: string;
  orgId: string;
  userId: string;
}

export type SessionState =
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'expired'; ended: EndedSession };

export interface SessionStore {
  getState(): SessionState;
  /** useSyncExternalStore-shaped: returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  signIn(session: Session): void;
  /** New tokens for the same session (refresh here, or broadcast from another tab). */
  replaceSession(session: Session): void;
  markExpired(): void;
  signOut(): void;
}

const SIGNED_OUT: SessionState = { status: 'signed-out' };

export function createSessionStore(storage: KeyValueStorage): SessionStore {
  const stored = parseSession(readJsonItem(storage, SESSION_STORAGE_KEY));
  let state: SessionState = stored ? { status: 'signed-in', session: stored } : SIGNED_OUT;
  const listeners = new Set<() => void>();

  function set(next: SessionState): void {
    state = next;
    if (next.status === 'signed-in') {
      storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(next.session));
    } else {
      storage.removeItem(SESSION_STORAGE_KEY);
    }
    for (const listener of [...listeners]) listener();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    signIn: (session) => set({ status: 'signed-in', session }),
    replaceSession(session) {
      if (state.status === 'signed-in') set({ status: 'signed-in', session });
    },
    markExpired() {
      if (state.status !== 'signed-in') return;
      const { loginUrl, clientId, orgId, userId } = state.session;
      set({ status: 'expired', ended: { loginUrl, clientId, orgId, userId } });
    },
    signOut: () => set(SIGNED_OUT),
  };
}

export function signedInSession(state: SessionState): Session | undefined {
  return state.status === 'signed-in' ? state.session : undefined;
}
