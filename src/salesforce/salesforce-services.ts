import { createSalesforceClient, type SalesforceClient } from './rest-client';
import { createMemoryStorage, type KeyValueStorage } from './session/key-value-storage';
import { createJsforceOAuthClient, type OAuthClient } from './session/oauth-client';
import { browserRefreshLocks } from './session/refresh-lock';
import { SESSION_CHANNEL_NAME } from './session/session-broadcast';
import { createSessionManager, type SessionManager } from './session/session-manager';
import { createSessionStore } from './session/session-store';

/** Everything that talks to Salesforce, made once per page and shared through React context. */
export interface SalesforceServices {
  sessions: SessionManager;
  client: SalesforceClient;
  oauth: OAuthClient;
  /** This tab's sessionStorage: the session and the pending login live here (design.md §3). */
  tabStorage: KeyValueStorage;
}

export function createBrowserSalesforceServices(apiVersion: string): SalesforceServices {
  const tabStorage = browserSessionStorage();
  const oauth = createJsforceOAuthClient();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(SESSION_CHANNEL_NAME) : undefined;
  const sessions = createSessionManager({
    store: createSessionStore(tabStorage),
    oauth,
    locks: browserRefreshLocks(),
    ...(channel ? { channel } : {}),
  });
  return { sessions, client: createSalesforceClient({ sessions, apiVersion }), oauth, tabStorage };
}

/** Some privacy settings make sessionStorage throw; then the session lasts as long as the page. */
function browserSessionStorage(): KeyValueStorage {
  try {
    const storage = globalThis.sessionStorage;
    storage.getItem(SESSION_CHANNEL_NAME);
    return storage;
  } catch {
    return createMemoryStorage();
  }
}
