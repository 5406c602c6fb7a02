import { SalesforceNetworkError } from '../network-error';
import type { OAuthClient, OAuthEndpoints } from './oauth-client';
import { REFRESH_LOCK_PREFIX, type RefreshLocks } from './refresh-lock';
import { withRefreshedToken, type Session } from './session';
import { applyTokenMessage, tokenRefreshedMessage, type SessionChannel } from './session-broadcast';
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
    const session = current();
    const next = session && applyTokenMessage(session, event.data);
    if (next) store.replaceSession(next);
  };
  channel?.addEventListener('message', onMessage);

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
      channel?.postMessage(
        tokenRefreshedMessage(refreshed, refreshed.refreshToken !== latest.refreshToken),
      );
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
    return locks.request(REFRESH_LOCK_PREFIX + session.orgId, () => refreshUnderLock(stale));
  }

  return {
    store,
    currentSession: current,
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
