import { SalesforceNetworkError } from '../network-error';
import type { OAuthClient, OAuthEndpoints } from './oauth-client';
import { REFRESH_LOCK_PREFIX, type RefreshLocks } from './refresh-lock';
import { withRefreshedToken, type Session } from './session';
import {
  applyRenewedSession,
  applyTokenMessage,
  sessionRenewedMessage,
  tokenRefreshedMessage,
  type SessionChannel,
} from './session-broadcast';
import { SessionExpiredError } from './session-errors';
import { signedInSession, type SessionStore } from './session-store';

/** What the REST client needs: the current session, and a refresh when its token is refused. */
export interface SessionAccess {
  currentSession(): Session | undefined;
  /** A session whose token is not `stale`'s; throws SessionExpiredError if there is none. */
  refresh(stale: Session): Promise<Session>;
}

export interface SessionManager extends SessionAccess {
  readonly store: SessionStore;
  /**
   * Takes a new session from a sign-in, and, when it renews a session that had ended, hands it
   * to the other tabs whose session ended for the same user of the same org.
   */
  signIn(session: Session): void;
  /** Revokes the refresh token (or the access token) and forgets the session. */
  signOut(): Promise<void>;
  /** Stops listening to other tabs. */
  dispose(): void;
}

export interface SessionManagerDeps {
  store: SessionStore;
  oauth: OAuthClient;
  locks: RefreshLocks;
  channel?: SessionChannel;
}

/**
 * How long a tab that refreshed keeps the refresh lock after posting the new token, so the
 * other tabs have it before they get the lock (refresh-across-tabs.browser.test.ts).
 */
export const BROADCAST_SETTLE_MS = 100;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const endpointsOf = ({ loginUrl, clientId }: Session): OAuthEndpoints => ({ loginUrl, clientId });

export function createSessionManager({
  store,
  oauth,
  locks,
  channel,
}: SessionManagerDeps): SessionManager {
  let inFlight: Promise<Session> | undefined;

  const current = () => signedInSession(store.getState());
  const requireCurrent = () => {
    const session = current();
    if (!session) throw new SessionExpiredError('signed-out');
    return session;
  };

  const onMessage = (event: MessageEvent) => {
    const state = store.getState();
    if (state.status === 'signed-in') {
      const next = applyTokenMessage(state.session, event.data);
      if (next) store.replaceSession(next);
    } else if (state.status === 'expired') {
      const renewed = applyRenewedSession(state.ended, event.data);
      if (renewed) store.signIn(renewed);
    }
  };
  channel?.addEventListener('message', onMessage);

  /** Set when this tab refreshed and told the others: the lock is then held a little longer. */
  let broadcast = false;

  async function refreshUnderLock(stale: Session): Promise<Session> {
    const latest = requireCurrent();
    // Another tab refreshed while we waited for the lock, and told us.
    if (latest.accessToken !== stale.accessToken) return latest;
    if (!latest.refreshToken) {
      store.markExpired();
      throw new SessionExpiredError('no-refresh-token');
    }
    try {
      const token = await oauth.refreshToken(endpointsOf(latest), latest.refreshToken);
      const refreshed = withRefreshedToken(latest, token);
      store.replaceSession(refreshed);
      if (channel) {
        channel.postMessage(
          tokenRefreshedMessage(refreshed, refreshed.refreshToken !== latest.refreshToken),
        );
        broadcast = true;
      }
      return refreshed;
    } catch (error) {
      // With refresh-token rotation, a tab that refreshed first makes ours fail; its message
      // has arrived by the time our refusal has.
      const afterFailure = current();
      if (afterFailure && afterFailure.accessToken !== stale.accessToken) return afterFailure;
      // Offline is not the end of the session: the call fails and can be tried again.
      if (error instanceof SalesforceNetworkError) throw error;
      store.markExpired();
      throw new SessionExpiredError('refresh-refused', { cause: error });
    }
  }

  async function refreshOnce(stale: Session): Promise<Session> {
    const session = requireCurrent();
    if (session.accessToken !== stale.accessToken) return session;
    return new Promise<Session>((resolve, reject) => {
      const task = async () => {
        broadcast = false;
        try {
          resolve(await refreshUnderLock(stale));
        } catch (error) {
          reject(error);
          return;
        }
        // A BroadcastChannel message arrives on a later task, and nothing orders it before
        // the next tab's lock grant: without this wait that tab, still holding the old token,
        // refreshes again. Our own callers have their token already; only the lock waits.
        if (broadcast) await delay(BROADCAST_SETTLE_MS);
      };
      locks.request(REFRESH_LOCK_PREFIX + session.orgId, task).catch(reject);
    });
  }

  return {
    store,
    currentSession: current,
    signIn(session) {
      const renews = store.getState().status === 'expired';
      store.signIn(session);
      if (renews) channel?.postMessage(sessionRenewedMessage(session));
    },
    refresh(stale) {
      // Calls refused together share one refresh.
      inFlight ??= refreshOnce(stale).finally(() => (inFlight = undefined));
      return inFlight;
    },
    async signOut() {
      const session = current();
      if (session) {
        try {
          // Revoking the refresh token also revokes its access tokens (salesforce-api.md §5.4).
          await oauth.revokeToken(
            endpointsOf(session),
            session.refreshToken ?? session.accessToken,
          );
        } catch (error) {
          // Signing out locally still happens; the token lapses on its own.
          console.warn('Forklift: revoking the token failed', error);
        }
      }
      store.signOut();
    },
    dispose() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
