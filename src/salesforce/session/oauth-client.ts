import { createFetchTransport } from '../jsforce/fetch-transport';
import { SalesforceNetworkError } from '../network-error';
import { OAuthRequestError } from './session-errors';
import type { TokenResponseFields } from './session';

export interface OAuthEndpoints {
  loginUrl: string;
  clientId: string;
  redirectUri?: string;
}

/** Token exchange, refresh and revoke (salesforce-api.md §5.3, §5.4). */
export interface OAuthClient {
  requestToken(
    endpoints: OAuthEndpoints,
    code: string,
    codeVerifier: string,
  ): Promise<TokenResponseFields>;
  refreshToken(endpoints: OAuthEndpoints, refreshToken: string): Promise<TokenResponseFields>;
  revokeToken(endpoints: OAuthEndpoints, token: string): Promise<void>;
}

/**
 * The OAuth client on jsforce's `OAuth2`, loaded on first use so the first screen does not pay
 * for jsforce. Errors come out as `OAuthRequestError` or `SalesforceNetworkError`.
 */
export function createJsforceOAuthClient(fetchImpl: typeof fetch = fetchFromGlobal): OAuthClient {
  const transport = createFetchTransport(fetchImpl);

  async function oauth2For(endpoints: OAuthEndpoints) {
    const { OAuth2 } = await import('../jsforce/jsforce-core');
    const oauth2 = new OAuth2(endpoints);
    // jsforce only awaits `httpRequest(...)` and reads statusCode/body; see fetch-transport.ts.
    oauth2._transport = transport as unknown as typeof oauth2._transport;
    return oauth2;
  }

  return {
    requestToken: (endpoints, code, codeVerifier) =>
      call(async () => {
        const oauth2 = await oauth2For(endpoints);
        // jsforce keeps its verifier in memory only; ours crossed the redirect (§6.5).
        oauth2.codeVerifier = codeVerifier;
        return oauth2.requestToken(code);
      }),
    refreshToken: (endpoints, refreshToken) =>
      call(async () => (await oauth2For(endpoints)).refreshToken(refreshToken)),
    revokeToken: (endpoints, token) =>
      call(async () => (await oauth2For(endpoints)).revokeToken(token)),
  };
}

function fetchFromGlobal(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return globalThis.fetch(input, init);
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof SalesforceNetworkError) throw error;
    if (error instanceof Error) throw new OAuthRequestError(error.name, error.message);
    throw error;
  }
}
