/** The scopes Forklift asks for: REST + Bulk API, and a refresh token (salesforce-api.md §5.2). */
export const OAUTH_SCOPES = 'api refresh_token';

export interface AuthorizeRequest {
  loginUrl: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  state: string;
  /** `login` makes Salesforce ask for credentials even when a Salesforce session exists. */
  prompt?: 'login';
}

/**
 * `GET <loginUrl>/services/oauth2/authorize` with PKCE S256 (salesforce-api.md §5.2). Built here
 * rather than by jsforce, so the Sign in click does not wait for jsforce to load, and
 * `code_challenge_method` is always sent (jsforce leaves it out).
 */
export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const params: [string, string][] = [
    ['response_type', 'code'],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ['code_challenge', request.codeChallenge],
    ['code_challenge_method', 'S256'],
    ['state', request.state],
    ['scope', OAUTH_SCOPES],
  ];
  if (request.prompt) params.push(['prompt', request.prompt]);
  // encodeURIComponent writes a space as %20, as Salesforce's examples do (URLSearchParams uses +).
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${request.loginUrl}/services/oauth2/authorize?${query}`;
}
