import { createSalesforceClient } from '../rest-client';
import type { SalesforceServices } from '../salesforce-services';
import { createMemoryStorage } from '../session/key-value-storage';
import { createJsforceOAuthClient, type OAuthClient } from '../session/oauth-client';
import { inProcessLocks } from '../session/refresh-lock';
import { createSessionManager } from '../session/session-manager';
import { createSessionStore } from '../session/session-store';

/** Real services over in-memory tab storage, for tests that render the console or run flows. */
export function createMemorySalesforceServices(
  options: { apiVersion?: string; oauth?: OAuthClient; fetch?: typeof fetch } = {},
): SalesforceServices {
  const tabStorage = createMemoryStorage();
  const oauth = options.oauth ?? createJsforceOAuthClient(options.fetch);
  const sessions = createSessionManager({
    store: createSessionStore(tabStorage),
    oauth,
    locks: inProcessLocks(),
  });
  const client = createSalesforceClient({
    sessions,
    apiVersion: options.apiVersion ?? '62.0',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { sessions, client, oauth, tabStorage };
}
